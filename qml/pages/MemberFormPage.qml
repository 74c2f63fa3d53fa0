pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Adding or editing a member of a household.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property string householdId
    title: form.isNew ? qsTr("New member") : qsTr("Edit member")
    readonly property var errs: form.errors   // field → message, shown under each field

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
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            FormField {
                objectName: "familyName"
                label: qsTr("Family name")
                text: form.familyName
                error: page.errs["familyName"] ?? ""
                onEdited: value => form.familyName = value
            }
            FormField {
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
            ChoiceField {
                objectName: "sex"
                label: qsTr("Sex")
                options: Labels.sexOptions
                currentIndex: form.sex
                onActivated: index => form.sex = index
            }
            ChoiceField {
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
            CheckBox {
                objectName: "studyingNow"
                Layout.minimumHeight: Theme.touch
                text: qsTr("Studying now")
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
                objectName: "saveButton"
                text: qsTr("Save")
                highlighted: true
                enabled: form.canSave
                onClicked: if (form.save().length > 0)
                    page.nav.back()
            }
            BigButton {
                objectName: "deleteButton"
                visible: !form.isNew
                flat: true
                text: qsTr("Remove from household")
                onClicked: if (form.remove())
                    page.nav.back()
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
}
