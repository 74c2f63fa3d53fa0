import QtQuick
import QtQuick.Controls
import KhuyenHoc

Label {
    property string title
    text: title
    textFormat: Text.PlainText
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: Theme.primary
    topPadding: Theme.margin
    bottomPadding: Theme.gap / 2
    wrapMode: Text.WordWrap
}
