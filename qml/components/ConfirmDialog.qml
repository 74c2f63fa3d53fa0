pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Asking before something that cannot be taken back easily, in the app's own words and language (Qt's own
// dialog buttons would read "YES / NO"). The question says what will happen ("Recognise 19 households under
// decision 45/QĐ-UBND?"); the buttons say what they do. Full-width buttons one under the other: the safe
// choice first, a destructive one last, apart and in red.
Dialog {
    id: dialog
    property string question
    property string message
    property string acceptText
    property string rejectText: qsTr("Cancel")
    property bool destructive: false
    // A destructive third choice, last and in red (the leave dialog's "Discard changes").
    property string discardText
    signal discarded

    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: Math.max(Theme.margin, (parent.height - height) / 2)
    width: Math.min(parent.width - 2 * Theme.margin, 480)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: Theme.margin
    // A plain white card with an edge: the style's own ground is drawn through a shader effect, which a phone
    // on the software renderer does not draw, and the question then stood over the dimmed page behind it.
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: 1
        border.color: Theme.fieldLine
    }

    // The question and the message in one Column rather than as the dialog's header: a wrapping header re-wrapped
    // while the dialog read its implicit height (a binding loop Qt reported when the window narrowed).
    contentItem: Column {
        spacing: Theme.margin
        Label {
            objectName: "confirmQuestion"
            width: parent.width
            text: dialog.question
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "confirmMessage"
            width: parent.width
            text: dialog.message
            visible: text.length > 0
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }
    footer: ColumnLayout {
        spacing: Theme.gap
        BigButton {
            objectName: "confirmAccept"
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: !dialog.destructive
            highlighted: true
            text: dialog.acceptText
            onClicked: dialog.accept()
        }
        BigButton {
            objectName: "confirmReject"
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: dialog.destructive || dialog.discardText.length > 0 ? 0 : Theme.margin
            highlighted: dialog.destructive
            text: dialog.rejectText
            onClicked: dialog.reject()
        }
        // The destructive choice: last, after a gap, outlined in red.
        BigButton {
            objectName: "confirmDestroy"
            Layout.topMargin: Theme.margin
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.margin
            visible: dialog.destructive || dialog.discardText.length > 0
            destructive: true
            text: dialog.destructive ? dialog.acceptText : dialog.discardText
            onClicked: {
                if (dialog.destructive) {
                    dialog.accept();
                } else {
                    dialog.close();
                    dialog.discarded();
                }
            }
        }
    }
}
