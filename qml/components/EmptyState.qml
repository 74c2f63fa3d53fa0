import QtQuick
import QtQuick.Controls
import KhuyenHoc

Label {
    property string message
    text: message
    horizontalAlignment: Text.AlignHCenter
    wrapMode: Text.WordWrap
    color: Theme.muted
    font.pixelSize: Theme.fontBody
    padding: Theme.margin * 2
}
