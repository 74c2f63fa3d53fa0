import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled choice from a short list of words (sex, relation, schooling...). `currentIndex` is the
// protobuf enum value: index 0 means "not given".
ColumnLayout {
    id: field
    property string label
    property var options: []
    property int currentIndex: 0
    property string error
    signal activated(int index)

    spacing: 2
    Layout.fillWidth: true
    Label {
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    ComboBox {
        objectName: field.objectName + "Combo"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        model: field.options
        currentIndex: field.currentIndex
        onActivated: (index) => field.activated(index)
    }
    Label {
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
