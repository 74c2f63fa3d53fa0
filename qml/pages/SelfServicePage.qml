pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The household's own flow, in large text: register for this year's "Gia đình học tập", answer each
// criterion, send. The result waits for an officer's verification. When the phone is handed to a household
// this is the only page: nothing of other households is reachable until the officer takes it back.
Page {
    id: page
    property bool askPin: false
    required property Navigator nav
    property string recordId
    property string householdId: recordId
    property bool asHousehold: true
    property int step: 0           // 0 intro, 1 questions, 2 summary, 3 done
    readonly property bool locked: page.nav.workspace.lockedHousehold.length > 0
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
        spacing: Theme.margin

        Label {
            objectName: "householdName"
            Layout.fillWidth: true
            text: assessment.householdName
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.WordWrap
        }
        StatusChip {
            objectName: "stageChip"
            stage: assessment.stage
            text: assessment.stageText
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
                text: assessment.registered ? qsTr("Your family is registered for %1. Answer %2 short questions about your family's learning.").arg(assessment.year).arg(assessment.itemCount) : qsTr("Register your family for the title \"Learning family\" in %1, then answer %2 short questions.").arg(assessment.year).arg(assessment.itemCount)
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
                text: qsTr("Begin")
                onClicked: {
                    page.step = 1;
                    questions.currentIndex = 0;
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !assessment.canEdit
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
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
                spacing: Theme.margin
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Question %1 of %2 · %3").arg(question.index + 1).arg(questions.count).arg(question.group)
                    color: Theme.muted
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: question.text
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontLarge
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
                Item {
                    Layout.fillHeight: true
                }
                BigButton {
                    objectName: "yesButton"
                    font.pixelSize: Theme.fontLarge
                    text: qsTr("Yes, our family does")
                    highlighted: question.answered && question.met
                    onClicked: page.answer(question.index, true)
                }
                BigButton {
                    objectName: "noButton"
                    font.pixelSize: Theme.fontLarge
                    text: qsTr("Not yet")
                    highlighted: question.answered && !question.met
                    onClicked: page.answer(question.index, false)
                }
                BigButton {
                    flat: true
                    visible: question.index > 0
                    text: qsTr("Previous question")
                    onClicked: questions.currentIndex = question.index - 1
                }
            }
        }

        // Step 2: summary and sending.
        ColumnLayout {
            visible: page.step === 2
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                objectName: "summary"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                text: qsTr("Your family meets %1 of %2 criteria (%3 points).").arg(assessment.metCount).arg(questions.count).arg(assessment.pointsClaimed)
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                text: qsTr("When you send, an officer of the village will check it with your family.")
            }
            BigButton {
                objectName: "submitButton"
                highlighted: true
                font.pixelSize: Theme.fontLarge
                enabled: assessment.canSubmit
                text: qsTr("Send the self-assessment")
                onClicked: if (assessment.submit())
                    page.step = 3
            }
            BigButton {
                flat: true
                text: qsTr("Change an answer")
                onClicked: {
                    page.step = 1;
                    questions.currentIndex = 0;
                }
            }
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
            Layout.fillHeight: page.step !== 1
        }

        // Handing the phone back: a deliberate press-and-hold, so a child tapping around cannot leave.
        BigButton {
            objectName: "handBackButton"
            visible: page.locked
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
            onClicked: {
                if (page.nav.profiles.takePhoneBack(backPin.text))
                    page.askPin = false;
                backPin.text = "";
            }
        }
        BigButton {
            visible: !page.locked && page.step === 3
            text: qsTr("Back to the household")
            onClicked: page.nav.back()
        }
    }

    function answer(row: int, met: bool): void {
        assessment.setAnswer(row, met);
        if (row + 1 < questions.count)
            questions.currentIndex = row + 1;
        else
            page.step = 2;
    }
}
