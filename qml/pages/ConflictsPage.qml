pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Two people changed the same field of the same record before seeing each other's change. Both values
// are shown side by side with who and when; the officer picks the one to keep.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Conflicts")

    ConflictModel {
        id: conflicts
        workspace: page.nav.workspace
    }

    Label {
        id: intro
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            margins: Theme.gap
        }
        wrapMode: Text.WordWrap
        visible: conflicts.count > 0
        height: visible ? implicitHeight : 0
        text: qsTr("The same information was changed on two phones. Choose the value that is right.")
    }
    Label {
        id: problem
        anchors {
            left: parent.left
            right: parent.right
            top: intro.bottom
            margins: Theme.gap
        }
        visible: conflicts.lastError.length > 0
        height: visible ? implicitHeight : 0
        text: conflicts.lastError
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
    ListView {
        id: list
        objectName: "conflictList"
        anchors {
            left: parent.left
            right: parent.right
            top: problem.bottom
            bottom: parent.bottom
            margins: Theme.gap
        }
        spacing: Theme.gap
        clip: true
        model: conflicts
        delegate: Frame {
            id: card
            required property string conflictId
            required property string recordTitle
            required property string fieldLabel
            required property string keptValue
            required property string keptWhen
            required property string keptWho
            required property string otherValue
            required property string otherWhen
            required property string otherWho
            width: list.width
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: Theme.divider
            }
            ColumnLayout {
                width: parent.width
                spacing: Theme.gap
                Label {
                    Layout.fillWidth: true
                    text: card.recordTitle + " · " + card.fieldLabel
                    textFormat: Text.PlainText
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                // Side by side with widths of their own (positioners, not layouts): wrapped text measured at a
                // column's first, narrow layout left a gap or pushed a button out of the card.
                Row {
                    id: sides
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Repeater {
                        model: [{
                                "value": card.keptValue,
                                "when": card.keptWhen,
                                "who": card.keptWho,
                                "other": false
                            }, {
                                "value": card.otherValue,
                                "when": card.otherWhen,
                                "who": card.otherWho,
                                "other": true
                            }]
                        delegate: Column {
                            id: side
                            required property var modelData
                            width: (sides.width - sides.spacing) / 2
                            spacing: 4
                            Label {
                                width: side.width
                                text: side.modelData.other ? qsTr("Other value") : qsTr("Current value")
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                            }
                            Label {
                                width: side.width
                                text: side.modelData.value
                                textFormat: Text.PlainText
                                font.pixelSize: Theme.fontBody
                                wrapMode: Text.WrapAnywhere
                            }
                            Label {
                                width: side.width
                                text: side.modelData.who + "\n" + side.modelData.when
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                            BigButton {
                                objectName: side.modelData.other ? "keepOtherButton" : "keepCurrentButton"
                                width: side.width
                                text: side.modelData.other ? qsTr("Use the other value") : qsTr("Keep the current value")
                                highlighted: !side.modelData.other
                                onClicked: conflicts.resolve(card.conflictId, side.modelData.other)
                            }
                        }
                    }
                }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            message: qsTr("No conflicts. Every change agrees.")
        }
    }
}
