pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A village, hamlet or residential group: its commune, name and kind, and this year's learning community.
FormPage {
    id: page
    property string recordId
    form: form
    title: form.isNew ? qsTr("New village") : (form.name.length > 0 ? form.name : qsTr("Edit village"))
    readonly property var errs: form.shownErrors   // field → message, shown under each field
    property bool beside: false   // shown beside the village list (a wide window): saving stays there
    onSaveRequested: page.save()

    function save(): void {
        if (form.save().length > 0 && !page.beside)
            page.nav.leave();
    }

    VillageForm {
        id: form
        workspace: page.nav.workspace
        villageId: page.recordId
    }

    EvaluationController {
        id: evaluation
        workspace: page.nav.workspace
        evaluationId: evaluation.idFor(3, form.villageId)
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
            ChoiceField {
                objectName: "commune"
                label: qsTr("Commune")
                options: form.communeOptions
                currentIndex: form.communeIndex
                error: page.errs["commune"] ?? ""
                onActivated: index => form.communeIndex = index
            }
            FormField {
                objectName: "name"
                label: qsTr("Name, e.g. Thôn Phú Lộc")
                text: form.name
                error: page.errs["name"] ?? ""
                onEdited: value => form.name = value
            }
            ChoiceField {
                objectName: "kind"
                label: qsTr("Kind")
                options: Labels.villageKindOptions
                currentIndex: form.kind
                onActivated: index => form.kind = index
            }
            FormField {
                objectName: "notes"
                label: qsTr("Notes")
                multiline: true
                text: form.notes
                onEdited: value => form.notes = value
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
                onClicked: page.save()
            }
            BigButton {
                objectName: "villageHouseholdsButton"
                visible: !form.isNew
                flat: true
                text: qsTr("Households of this village")
                onClicked: page.nav.open("HouseholdListPage", {
                        "recordId": page.recordId
                    })
            }
            SectionHeader {
                visible: !form.isNew
                title: qsTr("Learning village community %1").arg(page.nav.workspace.year)
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
                onClicked: evaluation.registerSubject(3, form.villageId)
            }
            BigButton {
                objectName: "openEvaluationButton"
                visible: !form.isNew && evaluation.stage > 0
                text: qsTr("Evaluation, verification and recognition")
                onClicked: page.nav.open("EvaluationPage", {
                        "recordId": evaluation.evaluationId
                    })
            }
        }
    }
}
