pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The household's own flow, in large text: register for this year's "Gia đình học tập", answer each
// criterion, review every answer, send. The result waits for an officer's verification. When the phone is
// handed to a household (or a household's own account is signed in) this is the only page: nothing of other
// households is reachable. Answers are kept on the phone as they are given (a draft) until they are sent.
// The answer buttons stay in the same place on every question (the "previous question" button always has
// its own row), so tapping where "Yes" was never answers "Not yet".
Page {
    id: page
    property bool askPin: false
    required property Navigator nav
    property string recordId
    property string householdId: recordId
    property bool asHousehold: true
    property int step: 0           // 0 intro, 1 questions, 2 review, 3 done
    property bool reviewing: false // a question opened from the review goes back to it
    readonly property bool locked: page.nav.workspace.lockedHousehold.length > 0
    readonly property bool ownAccount: page.nav.workspace.isHousehold
    title: assessment.criteriaTitle + " " + assessment.year

    SelfAssessment {
        id: assessment
        workspace: page.nav.workspace
        householdId: page.householdId
        asHousehold: page.asHousehold
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        Label {
            objectName: "householdName"
            Layout.fillWidth: true
            text: assessment.householdName
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            StatusChip {
                objectName: "stageChip"
                stage: assessment.stage
                text: assessment.stageText
            }
            Mark {
                objectName: "answersDraftMark"
                visible: assessment.hasDraft && page.step !== 3
                text: qsTr("Answers not sent yet")
                ink: Theme.warning
                color: Theme.warningSurface
            }
        }

        // Step 0: what this is, and registration.
        ColumnLayout {
            visible: page.step === 0
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                text: assessment.registered ? qsTr("Your family is registered for %1. Answer %2 short questions about your family's learning.").arg(assessment.year).arg(assessment.itemCount) : qsTr("Register your family for the title \"Learning family\" in %1, then answer %2 short questions.").arg(assessment.year).arg(assessment.itemCount)
            }
            Label {
                objectName: "draftText"
                Layout.fillWidth: true
                visible: assessment.hasDraft && assessment.canEdit
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.warning
                text: qsTr("%1 of %2 questions are answered already, on this phone. Continue where you stopped.").arg(assessment.answeredCount).arg(assessment.itemCount)
            }
            BigButton {
                objectName: "registerButton"
                visible: !assessment.registered
                highlighted: true
                font.pixelSize: Theme.fontLarge
                text: qsTr("Register")
                onClicked: assessment.registerForYear()
            }
            BigButton {
                objectName: "beginButton"
                visible: assessment.registered && assessment.canEdit
                highlighted: true
                font.pixelSize: Theme.fontLarge
                text: assessment.hasDraft ? qsTr("Continue") : qsTr("Begin")
                onClicked: page.goTo(assessment.hasDraft ? assessment.firstUnanswered : 0)
            }
            Label {
                Layout.fillWidth: true
                visible: !assessment.canEdit
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("An officer has verified this year's assessment. Nothing more to do here.")
            }
        }

        // Step 1: one criterion per screen.
        ListView {
            id: questions
            objectName: "questions"
            visible: page.step === 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            interactive: false
            highlightMoveDuration: 0   // the next question appears at once: no animation on a slow phone
            clip: true
            model: assessment.items
            delegate: ColumnLayout {
                id: question
                required property int index
                required property string code
                required property string group
                required property string text
                required property bool answered
                required property bool met
                required property string explanation
                width: questions.width
                height: questions.height
                spacing: Theme.gap
                // Always this row, on every question: what is under it never moves.
                RowLayout {
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    BigButton {
                        objectName: "previousButton"
                        Layout.fillWidth: false
                        flat: true
                        enabled: question.index > 0
                        opacity: enabled ? 1 : 0
                        text: qsTr("‹ Previous")
                        onClicked: page.goTo(question.index - 1)
                    }
                    Label {
                        objectName: "questionNumber"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("Question %1 of %2").arg(question.index + 1).arg(questions.count)
                        color: Theme.muted
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                }
                Flickable {
                    id: questionFlick
                    objectName: "questionFlick"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentHeight: questionText.implicitHeight
                    contentWidth: width
                    clip: true
                    ScrollIndicator.vertical: ScrollIndicator {
                        active: questionFlick.contentHeight > questionFlick.height
                    }
                    ColumnLayout {
                        id: questionText
                        width: parent.width
                        spacing: Theme.gap
                        Label {
                            Layout.fillWidth: true
                            text: question.group
                            textFormat: Text.PlainText
                            color: Theme.muted
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: question.text
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "explanation"
                            Layout.fillWidth: true
                            visible: question.explanation.length > 0
                            //: Shown under a question the app could answer from the household's members
                            text: qsTr("From your family's details: %1").arg(question.explanation)
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            color: Theme.primary
                            wrapMode: Text.WordWrap
                        }
                    }
                }
                // With large text a long question (and the line on what the family's details say) runs past its
                // place: say so, until it is read to its end.
                Label {
                    objectName: "moreBelow"
                    Layout.fillWidth: true
                    visible: questionFlick.contentHeight > questionFlick.height + 1 && !questionFlick.atYEnd
                    text: qsTr("▼ More below: slide up to read on")
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
                BigButton {
                    objectName: "yesButton"
                    font.pixelSize: Theme.fontLarge
                    text: (question.answered && question.met ? "✓ " : "") + qsTr("Yes, our family does")
                    highlighted: question.answered && question.met
                    onClicked: page.answer(question.index, true)
                }
                BigButton {
                    objectName: "noButton"
                    font.pixelSize: Theme.fontLarge
                    text: (question.answered && !question.met ? "✓ " : "") + qsTr("Not yet")
                    highlighted: question.answered && !question.met
                    onClicked: page.answer(question.index, false)
                }
            }
        }

        // Step 2: every answer, to check before sending; tap one to change it. (Summary above and the send
        // button below the list, not its header and footer: Qt 6.4 cannot create those in a Bound component.)
        Label {
            objectName: "summary"
            visible: page.step === 2
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            text: qsTr("Your family meets %1 of %2 criteria (%3 points). Check your answers, then send.").arg(assessment.metCount).arg(questions.count).arg(assessment.pointsClaimed)
        }
        ListView {
            id: review
            objectName: "review"
            visible: page.step === 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: assessment.items
            delegate: ItemDelegate {
                id: answerRow
                required property int index
                required property string question
                required property bool answered
                required property bool met
                objectName: "answer" + index
                width: review.width
                onClicked: {
                    page.reviewing = true;
                    page.goTo(index);
                }
                contentItem: RowLayout {
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        text: (answerRow.index + 1) + ". " + answerRow.question
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Mark {
                        objectName: "answerMark"
                        text: !answerRow.answered ? qsTr("No answer") : answerRow.met ? qsTr("Yes") : qsTr("Not yet")
                        ink: !answerRow.answered ? Theme.danger : answerRow.met ? Theme.ok : Theme.warning
                        color: !answerRow.answered ? Theme.dangerSurface : answerRow.met ? Theme.okSurface : Theme.warningSurface
                    }
                }
            }
        }
        Label {
            visible: page.step === 2
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            text: qsTr("When you send, an officer of the village will check it with your family.")
        }
        BigButton {
            objectName: "submitButton"
            visible: page.step === 2
            highlighted: true
            font.pixelSize: Theme.fontLarge
            enabled: assessment.canSubmit
            text: qsTr("Send the self-assessment")
            onClicked: if (assessment.submit())
                page.step = 3
        }

        // Step 3: done.
        Label {
            objectName: "doneMessage"
            visible: page.step === 3
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            color: Theme.ok
            text: qsTr("Thank you. Your self-assessment is saved and waits for the officer's verification.")
        }

        Label {
            Layout.fillWidth: true
            visible: assessment.error.length > 0
            text: assessment.error
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        Item {
            Layout.fillHeight: page.step === 0 || page.step === 3
        }

        // Handing the phone back: a deliberate press-and-hold, so a child tapping around cannot leave.
        BigButton {
            objectName: "handBackButton"
            visible: page.locked && !page.askPin
            flat: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Officer: press and hold to take the phone back")
            // With accounts, the officer's PIN is asked: a household cannot take the phone back itself.
            onPressAndHold: {
                if (page.nav.profiles && !page.nav.profiles.developerMode)
                    page.askPin = true;
                else
                    page.nav.workspace.unlock();
            }
        }
        FormField {
            id: backPin
            objectName: "handBackPin"
            visible: page.askPin
            label: qsTr("Officer's PIN")
            echoMode: TextInput.Password
            inputHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
            onEdited: value => text = value
            onAccepted: if (backPin.text.length >= 4)
                page.takeBack()
        }
        Label {
            Layout.fillWidth: true
            visible: page.askPin && text.length > 0
            text: page.nav.profiles ? page.nav.profiles.message : ""
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "handBackConfirm"
            visible: page.askPin
            text: qsTr("Take the phone back")
            enabled: backPin.text.length >= 4
            onClicked: page.takeBack()
        }
        BigButton {
            visible: !page.locked && page.step === 3
            text: qsTr("Back to the household")
            onClicked: page.nav.back()
        }
    }

    function goTo(row: int): void {
        if (row >= questions.count) {
            page.step = 2;
            return;
        }
        page.step = 1;
        questions.currentIndex = Math.max(0, row);
    }
    function answer(row: int, met: bool): void {
        assessment.setAnswer(row, met);
        if (page.reviewing) {
            page.reviewing = false;
            page.step = 2;
        } else {
            page.goTo(row + 1);
        }
    }
    function takeBack(): void {
        if (page.nav.profiles.takePhoneBack(backPin.text))
            page.askPin = false;
        backPin.text = "";
    }
}
