import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Always visible under the title, and honest: a conflict to review, a refused change or a failed sync turn it
// orange and say so first; otherwise the records not sent yet (by record, not by field), the network only
// when it is known, and this user's last successful sync. A sync button and, while syncing, a progress bar.
// Tap the text for what is waiting, record by record.
Rectangle {
    id: bar
    required property SyncController sync
    signal detailsRequested

    implicitHeight: column.implicitHeight + Theme.gap
    color: bar.sync.needsAttention ? Theme.warningSurface : Theme.okSurface

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
                visible: bar.sync.onlineKnown
                width: 12
                height: 12
                radius: 6
                color: bar.sync.online ? Theme.ok : Theme.okSurface
                border.color: bar.sync.online ? Theme.ok : Theme.muted
                border.width: 2
                Layout.leftMargin: Theme.gap
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: bar.sync.onlineKnown ? 0 : Theme.gap
                spacing: 0
                Label {
                    objectName: "pendingLabel"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    font.bold: bar.sync.pendingCount > 0 || bar.sync.needsAttention
                    color: bar.sync.needsAttention ? Theme.warning : Theme.text
                    wrapMode: Text.WordWrap
                    text: {
                        const parts = [];
                        if (bar.sync.conflictCount > 0)
                            parts.push(qsTr("%Ln conflict(s) to review", "", bar.sync.conflictCount));
                        if (bar.sync.rejectedCount > 0)
                            parts.push(qsTr("%Ln change(s) refused", "", bar.sync.rejectedCount));
                        if (bar.sync.pendingCount > 0)
                            parts.push(qsTr("%Ln record(s) not sent yet", "", bar.sync.pendingCount));
                        return parts.length > 0 ? parts.join(" · ") : qsTr("Everything sent");
                    }
                }
                Label {
                    objectName: "lastSyncLabel"
                    Layout.fillWidth: true
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    text: {
                        if (bar.sync.busy)
                            return bar.sync.progressText;
                        if (bar.sync.hasReceipt && !bar.sync.lastOk)
                            return bar.sync.errorTitle;
                        const network = bar.sync.onlineKnown ? (bar.sync.online ? qsTr("Online") : qsTr("Offline")) + " · " : "";
                        return network + bar.sync.lastSyncText;
                    }
                }
                TapHandler {
                    objectName: "syncDetails"
                    onTapped: bar.detailsRequested()
                }
            }
            BigButton {
                objectName: "syncButton"
                Layout.fillWidth: false
                Layout.minimumHeight: Theme.touch
                Layout.rightMargin: Theme.gap / 2
                text: bar.sync.busy ? qsTr("Syncing…") : qsTr("Sync")
                enabled: !bar.sync.busy
                highlighted: bar.sync.pendingCount > 0
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
