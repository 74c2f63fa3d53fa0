import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Always visible under the title: changes not yet sent, online or not, the last successful sync (or why the
// last one failed), a sync button and, while syncing, a progress bar. Tap the text for the details.
Rectangle {
    id: bar
    required property SyncController sync
    signal detailsRequested

    implicitHeight: column.implicitHeight + Theme.gap
    color: bar.sync.errorKind !== SyncController.None && bar.sync.hasReceipt ? "#fff3e0" : "#e8f5e9"

    ColumnLayout {
        id: column
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: Theme.gap / 2
        }
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Rectangle {
                objectName: "onlineDot"
                width: 12
                height: 12
                radius: 6
                color: bar.sync.online ? Theme.ok : Theme.muted
                Layout.leftMargin: Theme.gap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    objectName: "pendingLabel"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    font.bold: bar.sync.pendingCount > 0
                    elide: Text.ElideRight
                    text: bar.sync.pendingCount > 0 ? qsTr("%Ln change(s) not sent yet", "", bar.sync.pendingCount) : qsTr("Everything sent")
                }
                Label {
                    objectName: "lastSyncLabel"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    elide: Text.ElideRight
                    text: bar.sync.busy ? bar.sync.progressText : (bar.sync.hasReceipt && !bar.sync.lastOk ? bar.sync.errorTitle : (bar.sync.online ? qsTr("Online") : qsTr("Offline")) + " · " + bar.sync.lastSyncText)
                }
                TapHandler {
                    objectName: "syncDetails"
                    onTapped: bar.detailsRequested()
                }
            }
            Button {
                objectName: "syncButton"
                text: bar.sync.busy ? qsTr("Syncing…") : qsTr("Sync")
                font.capitalization: Font.MixedCase
                enabled: !bar.sync.busy
                highlighted: bar.sync.pendingCount > 0
                Layout.minimumHeight: Theme.touch
                Layout.rightMargin: Theme.gap / 2
                onClicked: bar.sync.sync()
            }
        }
        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            visible: bar.sync.busy
            indeterminate: bar.sync.progress < 0
            value: Math.max(0, bar.sync.progress)
        }
    }
}
