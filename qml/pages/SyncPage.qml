pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Sync in detail: what is waiting, the receipt of the last sync in words, and when it failed, why and
// what to do. Refused changes and conflicts are listed, never silent.
Page {
    id: page
    required property Navigator nav
    property string recordId
    readonly property SyncController sync: page.nav.sync
    title: qsTr("Sync")

    PendingListModel {
        id: waiting
        workspace: page.nav.workspace
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        contentWidth: width   // no sideways scrolling: text wraps
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Label {
                objectName: "pendingText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle
                text: page.sync.pendingCount > 0 ? qsTr("%Ln record(s) waiting to be sent", "", page.sync.pendingCount) : qsTr("Everything on this phone has reached the server")
            }
            Label {
                Layout.fillWidth: true
                text: page.sync.lastSyncText
                color: Theme.muted
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Server: %1").arg(page.nav.workspace.serverUrl)
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: page.sync.busy
                indeterminate: page.sync.progress < 0
                value: Math.max(0, page.sync.progress)
            }
            Label {
                Layout.fillWidth: true
                visible: page.sync.busy
                text: page.sync.progressText
            }
            BigButton {
                objectName: "reloginButton"
                visible: page.sync.errorKind === SyncController.LoginNeeded && page.nav.profiles !== null && !page.nav.profiles.developerMode
                highlighted: true
                text: qsTr("Log in again")
                onClicked: page.nav.open("LoginPage", {
                        "relogin": true
                    })
            }
            BigButton {
                objectName: "syncNowButton"
                text: page.sync.busy ? qsTr("Cancel") : qsTr("Sync now")
                highlighted: !page.sync.busy
                onClicked: page.sync.busy ? page.sync.cancel() : page.sync.sync()
            }
            Frame {
                objectName: "receipt"
                Layout.fillWidth: true
                visible: page.sync.hasReceipt && !page.sync.busy
                background: Rectangle {
                    radius: Theme.radius
                    color: page.sync.errorKind === SyncController.None ? Theme.okSurface : Theme.warningSurface
                    border.color: page.sync.errorKind === SyncController.None ? Theme.ok : Theme.warning
                }
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        wrapMode: Text.WordWrap
                        text: page.sync.lastOk ? qsTr("Last sync finished") : page.sync.errorTitle
                    }
                    Label {
                        objectName: "receiptText"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        visible: page.sync.lastOk
                        text: page.sync.receiptText
                    }
                    Label {
                        objectName: "errorAdvice"
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        visible: page.sync.errorAdvice.length > 0
                        text: page.sync.errorAdvice
                    }
                }
            }
            // What is waiting, record by record: tap one to see it.
            SectionHeader {
                visible: waiting.count > 0
                title: qsTr("Waiting or needing you (%1)").arg(waiting.count)
            }
            Repeater {
                model: waiting
                delegate: ListRow {
                    required property int index
                    required property string recordTitle
                    required property string kindText
                    required property int mark
                    required property string markWords
                    required property string pageName
                    required property var pageProps
                    objectName: "waiting" + index
                    Layout.fillWidth: true
                    title: recordTitle
                    detail: kindText
                    markText: markWords
                    markColor: Theme.markColor(mark)
                    markSurface: Theme.markSurface(mark)
                    enabled: pageName.length > 0
                    onClicked: page.nav.open(pageName, pageProps)
                }
            }
            BigButton {
                visible: page.sync.conflictCount > 0
                text: qsTr("Review %Ln conflict(s)", "", page.sync.conflictCount)
                onClicked: page.nav.open("ConflictsPage", {})
            }
            SectionHeader {
                visible: page.sync.rejectedCount > 0
                title: qsTr("Changes the server refused (%1)").arg(page.sync.rejectedCount)
            }
            Repeater {
                model: page.sync.rejectedReasons
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontSmall
                    text: "• " + modelData
                }
            }
            CheckField {
                Layout.minimumHeight: Theme.touch
                text: qsTr("Sync automatically when the network is back")
                checked: page.sync.autoSync
                onToggled: page.sync.autoSync = checked
            }
        }
    }
}
