import QtQuick
import QtQuick.Controls
import KhuyenHoc

// This year's stage as a chip: the stage in words, in its colour on a light ground (readable in the sun).
Rectangle {
    id: chip
    property int stage: 0
    property string text
    implicitWidth: label.implicitWidth + 2 * Theme.gap
    implicitHeight: label.implicitHeight + Theme.gap / 2
    radius: Math.min(height / 2, Theme.radius * 2)
    color: Theme.stageSurface(chip.stage)
    border.color: Theme.stageColor(chip.stage)
    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - Theme.gap)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: chip.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.stageColor(chip.stage)
    }
}
