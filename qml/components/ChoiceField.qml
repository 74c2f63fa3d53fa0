import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled choice from a short list of words (sex, relation, schooling...). `currentIndex` is the
// protobuf enum value: index 0 means "not given".
// A Column, not a ColumnLayout: Qt 6.4's nested layouts keep stale positions when the error line
// appears or disappears; a positioner re-lays out reliably.
Column {
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
        width: field.width
        height: Math.max(implicitHeight, Theme.touch)
        model: field.options
        currentIndex: field.currentIndex
        onActivated: index => field.activated(index)
    }
    Label {
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        width: field.width
    }
}
