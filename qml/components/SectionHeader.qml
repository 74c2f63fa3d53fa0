import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A section's title. In a layout it takes the row's width and wraps: at its natural width a long title in large
// type held the whole column wider than the phone.
Label {
    property string title
    Layout.fillWidth: true
    text: title
    textFormat: Text.PlainText
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: Theme.primary
    topPadding: Theme.margin
    bottomPadding: Theme.gap / 2
    wrapMode: Text.WordWrap
}
