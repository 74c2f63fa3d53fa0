import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled text field with its validation message beside it. `text` shows the controller's value;
// every edit goes back through `edited`.
ColumnLayout {
    id: field
    property string label
    property string text
    property string error
    property string placeholder
    property int inputHints: Qt.ImhNone
    property bool multiline: false
    property int fontSize: Theme.fontBody
    signal edited(string value)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: field.error.length > 0 ? Theme.danger : Theme.muted
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    TextField {
        objectName: field.objectName + "Input"
        visible: !field.multiline
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch
        font.pixelSize: field.fontSize
        text: field.text
        placeholderText: field.placeholder
        inputMethodHints: field.inputHints
        onTextEdited: field.edited(text)
    }
    TextArea {
        objectName: field.objectName + "Area"
        visible: field.multiline
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touch * 2
        wrapMode: TextEdit.Wrap
        font.pixelSize: field.fontSize
        text: field.text
        placeholderText: field.placeholder
        onTextChanged: if (activeFocus) field.edited(text)
    }
    Label {
        objectName: field.objectName + "Error"
        visible: field.error.length > 0
        text: field.error
        color: Theme.danger
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
