pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A clan: its name, branch, head, the villages it lives in and its member households across villages.
FormPage {
    id: page
    property string recordId
    form: form
    title: form.isNew ? qsTr("New clan") : form.name
    readonly property var errs: form.shownErrors   // field → message, shown under each field
    readonly property var selectedVillages: form.villageIds
    onSaveRequested: form.save()

    ClanForm {
        id: form
        workspace: page.nav.workspace
        clanId: page.recordId
    }
    ClanMemberModel {
        id: members
        workspace: page.nav.workspace
        clanId: form.clanId
    }
    VillageListModel {
        id: villages
        workspace: page.nav.workspace
        counted: false
    }

    FundController {
        id: fundAccess
        workspace: page.nav.workspace
    }
    EvaluationController {
        id: evaluation
        workspace: page.nav.workspace
        evaluationId: evaluation.idFor(2, form.clanId)
    }

    Flickable {
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
            DraftMark {
                text: page.draftText
                onDiscard: form.discardChanges()
            }
            FormField {
                objectName: "name"
                label: qsTr("Clan name, e.g. Họ Nguyễn")
                text: form.name
                error: page.errs["name"] ?? ""
                onEdited: value => form.name = value
            }
            FormField {
                objectName: "branch"
                label: qsTr("Branch (chi), if any")
                text: form.branch
                onEdited: value => form.branch = value
            }
            FormField {
                objectName: "headName"
                label: qsTr("Head of the clan")
                text: form.headName
                onEdited: value => form.headName = value
            }
            SectionHeader {
                title: qsTr("Villages where the clan lives")
            }
            Repeater {
                model: villages
                delegate: CheckField {
                    required property string villageId
                    required property string name
                    Layout.minimumHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    text: name
                    checked: page.selectedVillages.indexOf(villageId) >= 0
                    onToggled: form.setVillageSelected(villageId, checked)
                }
            }
            Label {
                visible: page.errs["villages"] !== undefined
                text: page.errs["villages"] ?? ""
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
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
                enabled: form.modified
                onClicked: form.save()
            }
            SectionHeader {
                visible: !form.isNew
                title: qsTr("Member households (%L1)").arg(members.count)
            }
            Repeater {
                model: members
                delegate: ListRow {
                    required property string householdId
                    required property string name
                    required property string village
                    Layout.fillWidth: true
                    title: name
                    detail: village
                    onPressAndHold: form.removeHousehold(householdId)
                    onClicked: page.nav.open("HouseholdPage", {
                            "recordId": householdId
                        })
                }
            }
            BigButton {
                objectName: "addMemberHouseholdButton"
                visible: !form.isNew
                text: qsTr("Add a household to the clan")
                onClicked: {
                    const picker = page.nav.open("HouseholdPickerPage", {
                            "purpose": qsTr("Which household belongs to %1?").arg(form.name),
                            "marked": members.householdIds(),
                            "markedText": qsTr("Already in the clan")
                        });
                    picker.picked.connect(id => form.addHousehold(id));
                }
            }
            Label {
                visible: members.count > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Press and hold a household to remove it from the clan.")
            }
            SectionHeader {
                visible: !form.isNew
                title: qsTr("Learning clan %1").arg(page.nav.workspace.year)
            }
            StatusChip {
                visible: !form.isNew
                stage: evaluation.stage
                text: evaluation.stageText
            }
            BigButton {
                objectName: "registerModelButton"
                visible: !form.isNew && evaluation.stage === 0
                text: qsTr("Register for this year")
                onClicked: evaluation.registerSubject(2, form.clanId)
            }
            BigButton {
                objectName: "openEvaluationButton"
                visible: !form.isNew && evaluation.stage > 0
                text: qsTr("Evaluation, verification and recognition")
                onClicked: page.nav.open("EvaluationPage", {
                        "recordId": evaluation.evaluationId
                    })
            }
            BigButton {
                objectName: "clanContributionButton"
                visible: !form.isNew && fundAccess.canRecord
                text: qsTr("Record a contribution to the study fund")
                onClicked: page.nav.open("ContributionPage", {
                        "recordId": "",
                        "clanId": form.clanId
                    })
            }
        }
    }
}
