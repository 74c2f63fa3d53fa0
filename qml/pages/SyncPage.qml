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

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
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
                text: page.sync.pendingCount > 0 ? qsTr("%Ln change(s) waiting to be sent", "", page.sync.pendingCount) : qsTr("Everything on this phone has reached the server")
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
                    color: page.sync.errorKind === SyncController.None ? "#e8f5e9" : "#fff3e0"
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
            CheckBox {
                Layout.minimumHeight: Theme.touch
                text: qsTr("Sync automatically when the network is back")
                checked: page.sync.autoSync
                onToggled: page.sync.autoSync = checked
            }
        }
    }
}
