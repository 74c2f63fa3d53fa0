import QtQuick
import QtQuick.Controls
import KhuyenHoc

// A small word in a box on a row or a page: "Draft", "Not sent", "Conflict", "Refused". `color` is the box,
// `ink` the word and the edge.
Rectangle {
    id: mark
    property string text
    property color ink: Theme.info
    implicitWidth: label.implicitWidth + 2 * Theme.gap
    implicitHeight: label.implicitHeight + 4
    radius: 4
    color: Theme.infoSurface
    border.color: mark.ink
    Label {
        id: label
        anchors.centerIn: parent
        text: mark.text
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: mark.ink
    }
}
