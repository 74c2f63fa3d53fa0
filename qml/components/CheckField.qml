import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A check box whose text wraps (a long Vietnamese label at large text is never cut), a full touch target high.
CheckBox {
    id: box
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    contentItem: Label {
        leftPadding: box.indicator.width + box.spacing
        text: box.text
        font: box.font
        color: Theme.text
        wrapMode: Text.WordWrap
        verticalAlignment: Text.AlignVCenter
    }
}
