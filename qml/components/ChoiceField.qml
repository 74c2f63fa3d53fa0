import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled choice from a list of words (schooling, literacy, village...). `currentIndex` is the protobuf
// enum value: index 0 means "not given". `placeholder` is shown while nothing is chosen (index -1).
// A Column, not a ColumnLayout: Qt 6.4's nested layouts keep stale positions when the error line
// appears or disappears; a positioner re-lays out reliably.
Column {
    id: field
    property string label
    property var options: []
    property int currentIndex: 0
    property string error
    property string placeholder
    property alias textRole: combo.textRole
    property alias model: combo.model
    signal activated(int index)

    spacing: 2
    Layout.fillWidth: true
    Label {
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: field.error.length > 0 ? Theme.danger : Theme.muted
        width: field.width
        wrapMode: Text.WordWrap
    }
    ComboBox {
        id: combo
        objectName: field.objectName + "Combo"
        width: field.width
        height: Math.max(implicitHeight, Theme.touch)
        font.pixelSize: Theme.fontBody
        model: field.options
        currentIndex: field.currentIndex
        displayText: currentIndex < 0 ? field.placeholder : currentText
        onActivated: index => field.activated(index)
        background: Rectangle {
            implicitHeight: Theme.touch
            radius: 4
            color: Theme.surface
            border.width: combo.activeFocus ? 2 : 1
            border.color: field.error.length > 0 ? Theme.danger : combo.activeFocus ? Theme.primary : Theme.fieldLine
        }
    }
    Label {
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        width: field.width
    }
    Item {
        visible: field.error.length === 0
        width: field.width
        height: errorMetrics.height
    }
    FontMetrics {
        id: errorMetrics
        font.pixelSize: Theme.fontSmall
    }
}
