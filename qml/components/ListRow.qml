import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// One row of a list: a title, a line of detail and an optional chip, at least one touch target high.
// Data goes through plain-text labels (a "&" in a name must not become a shortcut underline).
ItemDelegate {
    id: row
    property string title
    property string detail
    property string chipText
    property int chipStage: -1
    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touch + 12, contentItem.implicitHeight + 2 * Theme.gap)

    contentItem: RowLayout {
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.detail.length > 0
                text: row.detail
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideRight
            }
        }
        StatusChip {
            visible: row.chipStage >= 0 && row.chipText.length > 0
            stage: Math.max(0, row.chipStage)
            text: row.chipText
            Layout.maximumWidth: row.width * 0.45
        }
    }
}
