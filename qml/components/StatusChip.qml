import QtQuick
import QtQuick.Controls
import KhuyenHoc

// This year's stage as a chip: the stage in words, in its colour on a light ground (readable in the sun).
Rectangle {
    id: chip
    property int stage: 0
    property string text
    // The words' own width measured apart: the wrapped label's implicit width changes with the width given to it,
    // so sizing the chip from it was a binding loop.
    implicitWidth: Math.ceil(words.advanceWidth) + 2 * Theme.gap
    implicitHeight: label.implicitHeight + Theme.gap / 2
    radius: Math.min(height / 2, Theme.radius * 2)
    color: Theme.stageSurface(chip.stage)
    border.color: Theme.stageColor(chip.stage)
    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(Math.ceil(words.advanceWidth) + 1, chip.width - Theme.gap)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: chip.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.stageColor(chip.stage)
    }
    TextMetrics {
        id: words
        font: label.font
        text: chip.text
    }
}
