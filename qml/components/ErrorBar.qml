import QtQuick
import QtQuick.Controls
import KhuyenHoc

// Why the last step was refused, at the bottom of the page whatever is scrolled into view: a message written at
// the end of a long page, or at its top, was never seen by the officer who had tapped a button in the middle.
Rectangle {
    id: bar
    property string text
    property string textName: "errorText"   // the label's objectName, for tests
    visible: bar.text.length > 0
    implicitHeight: visible ? message.implicitHeight + 2 * Theme.gap : 0
    color: Theme.dangerSurface
    border.color: Theme.danger
    border.width: 1

    Label {
        id: message
        objectName: bar.textName
        anchors {
            left: parent.left
            right: parent.right
            verticalCenter: parent.verticalCenter
            leftMargin: Theme.margin
            rightMargin: Theme.margin
        }
        text: bar.text
        textFormat: Text.PlainText
        color: Theme.danger
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }
}
