pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Adding or editing a member of a household. A new member starts with the head's family name; "Save and add
// another" saves and starts the next member on the same page, so a whole family is entered in one go.
// Removing a member is asked first, kept apart from Save, and can be undone right after.
FormPage {
    id: page
    property string recordId
    property string householdId
    property int added: 0              // members saved on this page so far
    property string lastAdded
    form: form
    title: form.isNew ? qsTr("New member") : qsTr("Edit member")
    readonly property var errs: form.shownErrors   // field → message, shown under each field
    onSaveRequested: page.save(false)

    MemberForm {
        id: form
        workspace: page.nav.workspace
        memberId: page.recordId
        householdId: page.householdId
    }

    EvaluationController {
        id: citizen
        workspace: page.nav.workspace
        evaluationId: citizen.idFor(5, form.memberId)
    }

    Flickable {
        id: flick
        anchors.fill: parent
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
                objectName: "addedText"
                Layout.fillWidth: true
                visible: page.added > 0
                text: qsTr("Saved: %1. Now the next member.").arg(page.lastAdded)
                textFormat: Text.PlainText
                color: Theme.ok
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            DraftMark {
                text: page.draftText
                onDiscard: form.discardChanges()
            }
            FormField {
                objectName: "familyName"
                label: qsTr("Family name")
                text: form.familyName
                error: page.errs["familyName"] ?? ""
                onEdited: value => form.familyName = value
            }
            FormField {
                id: middleName
                objectName: "middleName"
                label: qsTr("Middle name")
                text: form.middleName
                error: page.errs["middleName"] ?? ""
                onEdited: value => form.middleName = value
            }
            FormField {
                objectName: "givenName"
                label: qsTr("Given name")
                text: form.givenName
                error: page.errs["givenName"] ?? ""
                onEdited: value => form.givenName = value
            }
            FormField {
                objectName: "birthYear"
                label: qsTr("Birth year")
                text: form.birthYear
                error: page.errs["birthYear"] ?? ""
                inputHints: Qt.ImhDigitsOnly
                onEdited: value => form.birthYear = value
            }
            ChoiceChips {
                objectName: "sex"
                label: qsTr("Sex")
                options: Labels.sexOptions
                currentIndex: form.sex
                onActivated: index => form.sex = index
            }
            ChoiceChips {
                objectName: "relation"
                label: qsTr("Relation to the head")
                options: Labels.relationOptions
                currentIndex: form.relation
                onActivated: index => form.relation = index
            }
            ChoiceField {
                objectName: "schooling"
                label: qsTr("Schooling")
                options: Labels.schoolingOptions
                currentIndex: form.schooling
                onActivated: index => form.schooling = index
            }
            CheckField {
                objectName: "studyingNow"
                Layout.minimumHeight: Theme.touch
                text: qsTr("Studying now")
                font.pixelSize: Theme.fontBody
                checked: form.studyingNow
                onToggled: form.studyingNow = checked
            }
            ChoiceField {
                objectName: "literacy"
                label: qsTr("Literacy")
                options: Labels.literacyOptions
                currentIndex: form.literacy
                onActivated: index => form.literacy = index
            }
            CheckField {
                objectName: "orphan"
                Layout.minimumHeight: Theme.touch
                text: qsTr("Orphan (has lost a parent or both)")
                font.pixelSize: Theme.fontBody
                checked: form.orphan
                onToggled: form.orphan = checked
            }
            CheckField {
                objectName: "disabled"
                Layout.minimumHeight: Theme.touch
                text: qsTr("Lives with a disability")
                font.pixelSize: Theme.fontBody
                checked: form.disabled
                onToggled: form.disabled = checked
            }
            FormField {
                objectName: "activities"
                label: qsTr("Learning activities this year (separate with commas)")
                text: form.learningActivities
                error: page.errs["learningActivities"] ?? ""
                onEdited: value => form.learningActivities = value
            }
            FormField {
                objectName: "cccd"
                label: qsTr("Citizen ID (CCCD), 12 digits")
                text: form.cccd
                error: page.errs["cccd"] ?? ""
                inputHints: Qt.ImhDigitsOnly
                onEdited: value => form.cccd = value
            }
            Label {
                Layout.fillWidth: true
                visible: form.saveError.length > 0
                text: form.saveError
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "saveNextButton"
                visible: form.isNew
                text: qsTr("Save and add another")
                highlighted: true
                enabled: form.modified
                onClicked: page.save(true)
            }
            BigButton {
                objectName: "saveButton"
                text: form.isNew ? qsTr("Save, done") : qsTr("Save")
                highlighted: !form.isNew
                enabled: form.modified
                onClicked: page.save(false)
            }
            BigButton {
                objectName: "doneButton"
                visible: form.isNew && page.added > 0 && !form.modified
                flat: true
                text: qsTr("Done: back to the household")
                onClicked: page.nav.leave()
            }
            // Removing: far from Save, in red, and asked first.
            Item {
                visible: !form.isNew
                Layout.preferredHeight: Theme.touch
            }
            BigButton {
                objectName: "deleteButton"
                visible: !form.isNew
                destructive: true
                text: qsTr("Remove from household")
                onClicked: confirmRemove.open()
            }
            SectionHeader {
                visible: !form.isNew
                title: qsTr("Learning citizen %1").arg(page.nav.workspace.year)
            }
            StatusChip {
                visible: !form.isNew
                stage: citizen.stage
                text: citizen.stageText
            }
            BigButton {
                objectName: "registerCitizenButton"
                visible: !form.isNew && citizen.stage === 0
                text: qsTr("Register for this year")
                onClicked: citizen.registerSubject(5, form.memberId)
            }
            BigButton {
                objectName: "openCitizenButton"
                visible: !form.isNew && citizen.stage > 0
                text: qsTr("Evaluation, verification and recognition")
                onClicked: page.nav.open("EvaluationPage", {
                        "recordId": citizen.evaluationId
                    })
            }
        }
    }

    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemove"
        destructive: true
        question: qsTr("Remove %1 from the household?").arg(form.fullName)
        message: qsTr("Their learning-citizen evaluation not yet decided is deleted too. You can undo it right after.")
        acceptText: qsTr("Remove from household")
        rejectText: qsTr("Keep")
        onAccepted: if (form.remove())
            page.nav.leave()
    }

    function save(next: bool): void {
        const name = form.fullName;
        if (form.save().length === 0)
            return;
        if (!next) {
            page.nav.leave();
            return;
        }
        page.added += 1;
        page.lastAdded = name;
        form.memberId = "";   // the next member, with the head's family name
        flick.contentY = 0;
        middleName.focusInput();
    }
}
