import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A labelled text field with its validation message under it. `text` shows the controller's value; every
// edit goes back through `edited`. The message's line is kept even when empty, so fields do not jump when an
// error appears or clears. Enter moves on to the next field (the keyboard shows "Next").
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
    signal accepted

    spacing: 2
    Layout.fillWidth: true

    function focusInput(): void {
        if (field.multiline)
            area.forceActiveFocus();
        else
            input.forceActiveFocus();
    }

    Label {
        objectName: field.objectName + "Label"
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: field.error.length > 0 ? Theme.danger : Theme.muted
        width: field.width
        wrapMode: Text.WordWrap
    }
    TextField {
        id: input
        objectName: field.objectName + "Input"
        visible: !field.multiline
        width: field.width
        height: Math.max(implicitHeight, Theme.touch)
        font.pixelSize: field.fontSize
        color: Theme.text
        text: field.text
        placeholderText: field.placeholder
        placeholderTextColor: Theme.hint
        font.italic: input.length === 0   // the example, in italics, does not look like a value typed
        inputMethodHints: field.inputHints
        echoMode: field.echoMode
        EnterKey.type: Qt.EnterKeyNext
        onTextEdited: field.edited(text)
        onAccepted: {
            field.accepted();
            const next = input.nextItemInFocusChain(true);
            if (next && next !== input)
                next.forceActiveFocus(Qt.TabFocusReason);
        }
        background: Rectangle {
            y: input.height - height
            width: input.width
            height: input.activeFocus ? 2 : 1
            color: field.error.length > 0 ? Theme.danger : input.activeFocus ? Theme.primary : Theme.fieldLine
        }
    }
    TextArea {
        id: area
        objectName: field.objectName + "Area"
        visible: field.multiline
        width: field.width
        height: Math.max(implicitHeight, Theme.touch * 2)
        wrapMode: TextEdit.Wrap
        font.pixelSize: field.fontSize
        color: Theme.text
        text: field.text
        placeholderText: field.placeholder
        placeholderTextColor: Theme.hint
        font.italic: area.length === 0
        onTextChanged: if (activeFocus)
            field.edited(text)
        background: Rectangle {
            color: Theme.surface
            radius: 4
            border.width: area.activeFocus ? 2 : 1
            border.color: area.activeFocus ? Theme.primary : Theme.fieldLine
        }
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
    // The error's place while there is none.
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
