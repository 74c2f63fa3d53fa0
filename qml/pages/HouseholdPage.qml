pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// One household: who heads it, where, its members and where it stands this year.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: form.headName.length > 0 ? form.headName : qsTr("Household")

    HouseholdForm {
        id: form
        workspace: page.nav.workspace
        householdId: page.recordId
    }
    FundController {
        id: fundAccess
        workspace: page.nav.workspace
    }
    MemberListModel {
        id: members
        workspace: page.nav.workspace
        householdId: page.recordId
    }
    EvaluationController {
        id: evaluations
        workspace: page.nav.workspace
    }
    SelfAssessment {
        id: year
        workspace: page.nav.workspace
        householdId: page.recordId
        asHousehold: false
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
            Label {
                Layout.fillWidth: true
                text: form.summary
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.muted
            }
            SectionHeader {
                title: qsTr("Learning family %1").arg(year.year)
            }
            StatusChip {
                objectName: "stageChip"
                stage: year.stage
                text: year.stageText
            }
            RowLayout {
                Layout.fillWidth: true
                BigButton {
                    objectName: "registerButton"
                    visible: !year.registered
                    text: qsTr("Register")
                    onClicked: year.registerForYear()
                }
                BigButton {
                    objectName: "assessButton"
                    visible: year.canEdit
                    text: qsTr("Self-assessment")
                    onClicked: page.nav.open("SelfServicePage", {
                            "householdId": page.recordId,
                            "asHousehold": false
                        })
                }
            }
            BigButton {
                objectName: "evaluationButton"
                visible: year.registered
                text: qsTr("Evaluation, verification and recognition")
                onClicked: page.nav.open("EvaluationPage", {
                        "recordId": evaluations.idFor(1, page.recordId)
                    })
            }
            SectionHeader {
                title: qsTr("Members (%1)").arg(members.count)
            }
            Repeater {
                model: members
                delegate: ListRow {
                    required property string memberId
                    required property string name
                    required property string summary
                    Layout.fillWidth: true
                    title: name
                    detail: summary
                    onClicked: page.nav.open("MemberFormPage", {
                            "recordId": memberId,
                            "householdId": page.recordId
                        })
                }
            }
            BigButton {
                objectName: "addMemberButton"
                text: qsTr("Add a member")
                onClicked: page.nav.open("MemberFormPage", {
                        "householdId": page.recordId
                    })
            }
            SectionHeader {
                title: qsTr("Household")
            }
            BigButton {
                objectName: "editHouseholdButton"
                text: qsTr("Edit household")
                onClicked: page.nav.open("HouseholdFormPage", {
                        "recordId": page.recordId
                    })
            }
            BigButton {
                objectName: "contributionButton"
                visible: fundAccess.canRecord
                text: qsTr("Record a contribution to the study fund")
                onClicked: page.nav.open("ContributionPage", {
                        "recordId": page.recordId
                    })
            }
            BigButton {
                objectName: "handOverButton"
                text: qsTr("Hand the phone to this household")
                onClicked: page.nav.workspace.lockToHousehold(page.recordId)
            }
        }
    }
}
