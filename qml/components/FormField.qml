import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled text field with its validation message beside it. `text` shows the controller's value;
// every edit goes back through `edited`.
// A Column, not a ColumnLayout: Qt 6.4's nested layouts keep stale positions when the error line
// appears or disappears; a positioner re-lays out reliably.
Column {
    id: field
    property string label
    property string text
    property string error
    property string placeholder
    property int inputHints: Qt.ImhNone
    property bool multiline: false
    property int echoMode: TextInput.Normal
    property int fontSize: Theme.fontBody
    signal edited(string value)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: field.error.length > 0 ? Theme.danger : Theme.muted
        width: field.width
        wrapMode: Text.WordWrap
    }
    TextField {
        objectName: field.objectName + "Input"
        visible: !field.multiline
        width: field.width
        height: Math.max(implicitHeight, Theme.touch)
        font.pixelSize: field.fontSize
        text: field.text
        placeholderText: field.placeholder
        inputMethodHints: field.inputHints
        echoMode: field.echoMode
        onTextEdited: field.edited(text)
    }
    TextArea {
        objectName: field.objectName + "Area"
        visible: field.multiline
        width: field.width
        height: Math.max(implicitHeight, Theme.touch * 2)
        wrapMode: TextEdit.Wrap
        font.pixelSize: field.fontSize
        text: field.text
        placeholderText: field.placeholder
        onTextChanged: if (activeFocus)
            field.edited(text)
    }
    Label {
        objectName: field.objectName + "Error"
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        width: field.width
    }
}
