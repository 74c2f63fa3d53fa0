import QtQuick
import QtQuick.Controls
import KhuyenHoc

// This year's learning-family stage as a coloured chip.
Rectangle {
    id: chip
    property int stage: 0
    property string text
    implicitWidth: label.implicitWidth + 2 * Theme.gap
    implicitHeight: label.implicitHeight + Theme.gap / 2
    radius: height / 2
    color: Qt.lighter(Theme.stageColor(chip.stage), 1.9)
    border.color: Theme.stageColor(chip.stage)
    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - Theme.gap)
        elide: Text.ElideRight
        text: chip.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        color: Theme.stageColor(chip.stage)
    }
}
