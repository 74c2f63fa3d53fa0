import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// After a deletion, at the bottom of the window for a few seconds: what was deleted, and Undo.
Rectangle {
    id: bar
    required property Workspace workspace
    objectName: "undoBar"
    visible: bar.workspace.undoText.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.gap
    color: Theme.snackbar

    Timer {
        interval: 12000
        running: bar.visible
        onTriggered: bar.workspace.forgetUndo()
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        Label {
            objectName: "undoText"
            Layout.fillWidth: true
            text: bar.workspace.undoText
            textFormat: Text.PlainText
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Button {
            id: undo
            objectName: "undoButton"
            text: qsTr("Undo")
            flat: true
            font.pixelSize: Theme.fontBody
            font.bold: true
            font.capitalization: Font.MixedCase
            Layout.minimumHeight: Theme.touch
            onClicked: bar.workspace.undo()
            contentItem: Label {
                text: undo.text
                font: undo.font
                color: Theme.snackbarAction
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
