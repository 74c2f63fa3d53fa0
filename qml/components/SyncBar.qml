import QtQuick
import QtQuick.Controls
import KhuyenHoc

// Always visible under the title, and honest: a conflict to review, a refused change or a failed sync turn it
// orange and say so first; otherwise the records not sent yet (by record, not by field), the network only
// when it is known, and this user's last successful sync. A sync button and, while syncing, a progress bar.
// Tap the text for what is waiting, record by record.
Rectangle {
    id: bar
    required property SyncController sync
    signal detailsRequested

    implicitHeight: Math.max(texts.implicitHeight, syncButton.implicitHeight) + Theme.gap + (progress.visible ? progress.implicitHeight : 0)
    color: bar.sync.needsAttention ? Theme.warningSurface : Theme.okSurface

    // Positioners, not layouts: the wrapped labels get their width before their height is asked for, so a line
    // that fits is one line high in every language.
    Column {
        id: texts
        anchors {
            left: parent.left
            right: syncButton.left
            leftMargin: Theme.gap
            rightMargin: Theme.gap
            top: parent.top
            topMargin: Math.max(Theme.gap / 2, (syncButton.height - texts.implicitHeight) / 2 + Theme.gap / 2)
        }
        Label {
            objectName: "pendingLabel"
            width: texts.width
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
                if (parts.length > 0)
                    return parts.join(" · ");
                // Before the first sync nothing was sent at all: say only that nothing waits.
                return bar.sync.everSynced ? qsTr("Everything sent") : qsTr("Nothing waiting to be sent");
            }
        }
        // The network's dot beside the words that name it, on their first line.
        Item {
            width: texts.width
            height: lastSync.implicitHeight
            Rectangle {
                objectName: "onlineDot"
                visible: bar.sync.onlineKnown
                y: Math.max(0, (lastSyncMetrics.height - height) / 2)
                width: 12
                height: 12
                radius: 6
                color: bar.sync.online ? Theme.ok : Theme.okSurface
                border.color: bar.sync.online ? Theme.ok : Theme.muted
                border.width: 2
            }
            Label {
                id: lastSync
                objectName: "lastSyncLabel"
                x: bar.sync.onlineKnown ? 12 + Theme.gap : 0
                width: parent.width - x
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
            FontMetrics {
                id: lastSyncMetrics
                font: lastSync.font
            }
        }
        TapHandler {
            objectName: "syncDetails"
            onTapped: bar.detailsRequested()
        }
    }
    BigButton {
        id: syncButton
        objectName: "syncButton"
        anchors {
            right: parent.right
            rightMargin: Theme.gap
            top: parent.top
            topMargin: Theme.gap / 2
        }
        height: Math.max(implicitHeight, Theme.touch)
        text: bar.sync.busy ? qsTr("Syncing…") : qsTr("Sync")
        enabled: !bar.sync.busy
        highlighted: bar.sync.pendingCount > 0
        onClicked: bar.sync.sync()
    }
    ProgressBar {
        id: progress
        objectName: "syncProgress"
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
            margins: Theme.gap / 2
        }
        visible: bar.sync.busy
        indeterminate: bar.sync.progress < 0
        value: Math.max(0, bar.sync.progress)
    }
}
