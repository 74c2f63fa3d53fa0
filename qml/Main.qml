pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KhuyenHoc

// The window: a title bar with back, the sync bar that is always visible, and a stack of pages loaded on
// demand. First run shows the setup page; a phone handed to a household shows only the self-service page.
ApplicationWindow {
    id: window
    required property Workspace workspace
    required property AppSettings settings
    property string startPage
    property string startArg
    property bool syncAtStart: false
    // The users of this phone (login, PIN, lock); null with a database given on the command line.
    property Profiles profiles: null
    readonly property bool unlocked: !profiles || profiles.unlocked

    width: 360
    height: 760
    visible: true
    title: qsTr("Khuyến Học")
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary    // highlighted controls: white on green, readable in the sun
    color: Theme.background
    font.pixelSize: Theme.fontBody

    SyncController {
        id: syncController
        objectName: "syncController"
        workspace: window.workspace
    }

    Navigator {
        id: nav
        objectName: "navigator"
        stack: stack
        workspace: window.workspace
        sync: syncController
        settings: window.settings
        profiles: window.profiles
    }

    header: ColumnLayout {
        spacing: 0
        ToolBar {
            Layout.fillWidth: true
            // Drawn by the app, not by the style's elevation layer: the same green on every renderer.
            background: Rectangle {
                implicitHeight: Theme.touch
                color: Theme.primary
            }
            RowLayout {
                anchors.fill: parent
                ToolButton {
                    id: backButton
                    objectName: "backButton"
                    visible: stack.depth > 1
                    text: "‹"
                    font.pixelSize: Theme.fontIcon
                    contentItem: Label {
                        text: backButton.text
                        font: backButton.font
                        color: Theme.textOnPrimary
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    Layout.preferredWidth: Theme.touch
                    Layout.preferredHeight: Theme.touch
                    Accessible.name: qsTr("Back")
                    onClicked: nav.back()
                }
                Label {
                    objectName: "pageTitle"
                    Layout.fillWidth: true
                    Layout.leftMargin: stack.depth > 1 ? 0 : Theme.margin
                    text: (stack.currentItem as Page)?.title ?? window.title
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontTitle
                    // A long name wraps: cutting its end would hide the given name, the part people go by.
                    wrapMode: Text.WordWrap
                    topPadding: Theme.gap / 2
                    bottomPadding: Theme.gap / 2
                    color: Theme.textOnPrimary
                }
            }
        }
        SyncBar {
            Layout.fillWidth: true
            visible: window.unlocked && window.workspace.configured && window.workspace.lockedHousehold.length === 0
            sync: syncController
            onDetailsRequested: nav.open("SyncPage", {})
        }
        Label {
            Layout.fillWidth: true
            visible: window.workspace.lastError.length > 0
            text: window.workspace.lastError
            color: Theme.textOnPrimary
            wrapMode: Text.WordWrap
            padding: Theme.gap
            background: Rectangle {
                color: Theme.danger
            }
        }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
    }

    footer: UndoBar {
        workspace: window.workspace
    }

    // An app update that brings a new database layout upgrades the phone's data once, on another thread: it
    // says so over everything (a whole ward's phone takes seconds) instead of looking frozen.
    Popup {
        objectName: "upgradingNotice"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 420)
        modal: true
        closePolicy: Popup.NoAutoClose
        visible: window.workspace.upgrading
        padding: Theme.margin
        background: Rectangle {
            // drawn on every renderer (see ConfirmDialog)
            color: Theme.surface
            radius: Theme.radius
            border.width: 1
            border.color: Theme.fieldLine
        }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: window.workspace.upgrading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Upgrading the data on this phone for the new version of the app. This is done once and can take a minute; do not close the app.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    // Android's back gesture and Escape on a desktop go back one page.
    Shortcut {
        sequences: ["Esc", "Back"]
        onActivated: nav.back()
    }
    onClosing: close => {
        if (stack.depth > 1) {
            close.accepted = false;
            nav.back();
        }
    }

    function home(): void {
        if (!window.unlocked) {
            // A login under way or refused (the phone locks while it asks): the person stays on the form they
            // filled, with what they typed.
            if (!window.profiles.needsPin && (stack.currentItem as LoginPage) !== null)
                return;
            if (window.profiles.needsPin)
                nav.replace("PinPage", {});
            else if (window.profiles.users.length > 0)
                nav.replace("UsersPage", {});
            else
                nav.replace("LoginPage", {});
        } else if (!window.workspace.configured)
            nav.replace("SetupPage", {});
        else if (window.workspace.isHousehold)
            nav.replace("OwnHouseholdPage", {});
        else if (window.workspace.lockedHousehold.length > 0)
            nav.replace("SelfServicePage", {
                    "householdId": window.workspace.lockedHousehold
                });
        else
            nav.replace("HomePage", {});
    }

    // Models hold words in the UI language (stages, relations): reload them when it changes.
    Connections {
        target: window.settings
        function onLanguageChanged() {
            window.workspace.notifyChanged();
        }
    }

    Connections {
        target: window.workspace
        function onSettingsChanged() {
            window.home();
        }
        function onModeChanged() {
            window.home();
        }
    }
    Connections {
        target: window.profiles
        enabled: window.profiles !== null
        // Logged in, PIN chosen or entered, locked, a user removed: the start page changes. (A re-login of the
        // signed-in user changes none of that: its page goes back by itself.)
        function onAccessChanged() {
            window.home();
        }
    }

    Component.onCompleted: {
        home();
        if (startPage.length > 0 && window.workspace.configured && window.unlocked && !window.workspace.isHousehold)
            nav.open(startPage, startArg.length > 0 ? {
                    "recordId": startArg
                } : {});
        if (syncAtStart)
            syncController.sync();
    }
}
