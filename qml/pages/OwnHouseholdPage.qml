pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A household's own account: the start page and the only one besides its declaration and the settings. It shows
// the household as stored (who heads it, where, its members) and where its "Learning family" title stands this
// year; its one action is the family's own declaration (SelfServicePage). Nothing of the officer's app is here:
// no other household, no village, no dashboard, no figures. Changes to the household itself go through the
// village officer, so nothing here is editable.
Page {
    id: page
    required property Navigator nav
    property string recordId: page.nav.workspace.ownHousehold
    title: qsTr("My household")

    HouseholdForm {
        id: form
        workspace: page.nav.workspace
        householdId: page.recordId
    }
    MemberListModel {
        id: members
        workspace: page.nav.workspace
        householdId: page.recordId
    }
    SelfAssessment {
        id: year
        workspace: page.nav.workspace
        householdId: page.recordId
        asHousehold: true
    }
    readonly property bool arrived: form.headName.length > 0

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
            Label {
                Layout.fillWidth: true
                text: page.nav.workspace.displayName.length > 0 ? qsTr("Hello, %1").arg(page.nav.workspace.displayName) : qsTr("Hello")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            // Before the first sync the phone has nothing of the household yet.
            Label {
                objectName: "notArrived"
                Layout.fillWidth: true
                visible: !page.arrived
                text: qsTr("Your household's details come from the commune's server. Tap \"Sync\" above while the phone is online.")
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                objectName: "householdName"
                Layout.fillWidth: true
                visible: page.arrived
                text: form.headName
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "summary"
                Layout.fillWidth: true
                visible: page.arrived && form.summary.length > 0
                text: form.summary
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                color: Theme.muted
            }
            SectionHeader {
                visible: page.arrived
                title: qsTr("Learning family %1").arg(year.year)
            }
            StatusChip {
                objectName: "stageChip"
                visible: page.arrived
                stage: year.stage
                text: year.stageText
            }
            BigButton {
                objectName: "declarationButton"
                visible: page.arrived
                highlighted: true
                text: year.canEdit || !year.registered ? qsTr("Our family's declaration") : qsTr("See our declaration")
                onClicked: page.nav.open("SelfServicePage", {
                        "householdId": page.recordId,
                        "asHousehold": true
                    })
            }
            SectionHeader {
                visible: page.arrived
                title: qsTr("Members (%1)").arg(members.count)
            }
            Repeater {
                model: members
                delegate: ListRow {
                    required property int index
                    required property string name
                    required property string summary
                    objectName: "memberRow" + index
                    Layout.fillWidth: true
                    title: name
                    detail: summary
                    // Read only: a change to the household goes through the village officer.
                    hoverEnabled: false
                    down: false
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.arrived
                text: qsTr("Something wrong or missing? Tell your village's officer: changes to the household are made by them.")
                wrapMode: Text.WordWrap
                color: Theme.muted
            }
            BigButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                flat: true
                onClicked: page.nav.open("SettingsPage", {})
            }
        }
    }
}
