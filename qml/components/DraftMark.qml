import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// "Draft not saved yet, from 10:32": the form shows what was typed before the app closed. A button drops it.
Rectangle {
    id: mark
    property string text
    signal discard

    objectName: "draftMark"
    Layout.fillWidth: true
    visible: text.length > 0
    implicitHeight: row.implicitHeight + Theme.gap
    radius: Theme.radius
    color: Theme.warningSurface
    border.color: Theme.warning
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            text: mark.text
            color: Theme.warning
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "discardDraftButton"
            Layout.fillWidth: false
            flat: true
            destructive: true
            text: qsTr("Discard")
            onClicked: mark.discard()
        }
    }
}
