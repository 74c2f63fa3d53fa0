pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// One evaluation, any learning model: each item with what was declared, what the records say and what an
// officer verified; the steps allowed at this stage (assess on the subject's behalf, verify item by item,
// complete the verification, recognise, reopen). Refusals are shown in words.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: ctl.title

    EvaluationController {
        id: ctl
        workspace: page.nav.workspace
        evaluationId: page.recordId
    }

    ErrorBar {
        id: errorBar
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        text: ctl.error
    }
    Flickable {
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            bottom: errorBar.top
        }
        contentHeight: column.implicitHeight + 2 * Theme.margin
        contentWidth: width   // no sideways scrolling: text wraps
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Label {
                objectName: "subjectName"
                Layout.fillWidth: true
                text: ctl.subjectName
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            StatusChip {
                objectName: "stageChip"
                stage: ctl.stage
                text: ctl.stageText
            }
            Label {
                objectName: "resultText"
                Layout.fillWidth: true
                text: ctl.resultText
                font.bold: true
                color: !ctl.verified ? Theme.text : ctl.passed ? Theme.ok : Theme.warning
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "whyNotText"
                Layout.fillWidth: true
                visible: ctl.whyNotText.length > 0
                //: %1: each reason the result does not pass, separated by ";"
                text: qsTr("Why: %1").arg(ctl.whyNotText)
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: ctl.decisionText.length > 0
                text: ctl.decisionText
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                objectName: "criteriaText"
                text: qsTr("Criteria: %1").arg(ctl.criteriaRef)
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: ctl.items
                delegate: Frame {
                    id: card
                    required property string code
                    required property string text
                    required property int points
                    required property int declared
                    required property int verified
                    required property bool met
                    required property bool computed
                    required property string explanation
                    required property int recordsSay
                    required property bool recordsDisagree
                    required property string verifyNote
                    Layout.fillWidth: true
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius
                        border.color: card.met ? Theme.ok : Theme.divider
                    }
                    Column {
                        id: cardColumn
                        width: parent.width
                        spacing: Theme.gap / 2
                        Label {
                            width: cardColumn.width
                            text: card.code + ". " + card.text + (card.points > 0 ? qsTr(" (%1 points)").arg(card.points) : "")
                            textFormat: Text.PlainText
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            width: cardColumn.width
                            visible: card.explanation.length > 0
                            text: qsTr("From the records: %1").arg(card.explanation)
                            textFormat: Text.PlainText
                            color: card.recordsSay === 0 ? Theme.warning : Theme.primary
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "recordsDisagree"
                            width: cardColumn.width
                            visible: card.recordsDisagree
                            text: qsTr("⚠ The records say otherwise than the declaration: check before verifying.")
                            textFormat: Text.PlainText
                            color: Theme.warning
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            width: cardColumn.width
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            text: qsTr("Declared: %1 · Verified: %2").arg(card.declared < 0 ? "—" : card.declared > 0 ? qsTr("met") : qsTr("not met")).arg(card.verified < 0 ? "—" : card.verified > 0 ? qsTr("agreed") : qsTr("disagreed"))
                        }
                        Label {
                            objectName: "verifyNote_" + card.code
                            width: cardColumn.width
                            visible: card.verifyNote.length > 0 && !whyNotRow.visible // once, not over its own field
                            //: %1: the officer's words with the verdict
                            text: qsTr("Officer's note: %1").arg(card.verifyNote)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                        Row {
                            spacing: Theme.gap
                            visible: ctl.canAssess
                            Button {
                                objectName: "met_" + card.code
                                text: qsTr("Met")
                                highlighted: card.declared === 1
                                height: Theme.touch
                                font.capitalization: Font.MixedCase
                                onClicked: ctl.answer(card.code, true)
                            }
                            Button {
                                objectName: "notMet_" + card.code
                                text: qsTr("Not met")
                                highlighted: card.declared === 0
                                height: Theme.touch
                                font.capitalization: Font.MixedCase
                                onClicked: ctl.answer(card.code, false)
                            }
                        }
                        Row {
                            spacing: Theme.gap
                            visible: ctl.canVerify && card.declared >= 0
                            Button {
                                objectName: "agree_" + card.code
                                text: qsTr("Agree")
                                highlighted: card.verified === 1
                                height: Theme.touch
                                font.capitalization: Font.MixedCase
                                onClicked: ctl.verify(card.code, true, "")
                            }
                            Button {
                                objectName: "disagree_" + card.code
                                text: qsTr("Disagree")
                                highlighted: card.verified === 0
                                height: Theme.touch
                                font.capitalization: Font.MixedCase
                                onClicked: ctl.verify(card.code, false, card.verifyNote)
                            }
                        }
                        // Why not: the household and the commune read it with the verdict.
                        Row {
                            id: whyNotRow
                            spacing: Theme.gap
                            visible: ctl.canVerify && card.verified === 0
                            TextField {
                                id: whyNot
                                objectName: "whyNot_" + card.code
                                width: cardColumn.width - saveWhy.width - Theme.gap
                                height: Theme.touch
                                text: card.verifyNote
                                placeholderText: qsTr("Why you disagree, e.g. the child has left school")
                                placeholderTextColor: Theme.hint
                                font.italic: length === 0
                            }
                            Button {
                                id: saveWhy
                                objectName: "saveWhy_" + card.code
                                height: Theme.touch
                                font.capitalization: Font.MixedCase
                                enabled: whyNot.text.trim() !== card.verifyNote
                                text: qsTr("Save")
                                onClicked: if (whyNot.text.trim() !== card.verifyNote)
                                    ctl.verify(card.code, false, whyNot.text.trim())
                            }
                        }
                    }
                }
            }
            BigButton {
                objectName: "completeVerificationButton"
                visible: ctl.canVerify
                highlighted: true
                text: qsTr("Verification complete")
                onClicked: ctl.completeVerification()
            }
            FormField {
                id: decision
                objectName: "decisionField"
                visible: ctl.canRecognise
                label: qsTr("Decision number, e.g. 45/QĐ-UBND")
                onEdited: value => text = value
            }
            BigButton {
                objectName: "recogniseButton"
                visible: ctl.canRecognise
                highlighted: true
                enabled: decision.text.length > 0
                text: qsTr("Recognise")
                onClicked: ctl.recognise(true, decision.text)
            }
            BigButton {
                objectName: "notRecogniseButton"
                visible: ctl.canRecognise
                flat: true
                enabled: decision.text.length > 0
                text: qsTr("Do not recognise")
                onClicked: ctl.recognise(false, decision.text)
            }
            FormField {
                id: reason
                objectName: "reopenReason"
                visible: ctl.canReopen
                label: qsTr("Why reopen it?")
                onEdited: value => text = value
            }
            BigButton {
                objectName: "reopenButton"
                visible: ctl.canReopen
                flat: true
                enabled: reason.text.length > 0
                text: qsTr("Reopen for correction")
                onClicked: ctl.reopen(reason.text)
            }
        }
    }
}
