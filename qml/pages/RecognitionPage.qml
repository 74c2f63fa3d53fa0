pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Commune staff: this year's verified evaluations, to recognise under one decision (the commune's decision
// lists many households), or one by one from each evaluation's page.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Recognition")

    EvaluationListModel {
        id: verified
        workspace: page.nav.workspace
        stageFilter: 3
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        FormField {
            id: decision
            objectName: "decisionField"
            Layout.margins: Theme.gap
            Layout.fillWidth: true
            label: qsTr("Decision number, e.g. 45/QĐ-UBND")
            onEdited: value => text = value
        }
        BigButton {
            objectName: "recogniseAllButton"
            Layout.margins: Theme.gap
            highlighted: true
            enabled: decision.text.length > 0 && verified.count > 0
            text: qsTr("Recognise all that pass")
            onClicked: done.text = qsTr("%Ln recognised", "", verified.recogniseAllPassing(decision.text))
        }
        Label {
            id: done
            objectName: "doneText"
            Layout.leftMargin: Theme.margin
            color: Theme.ok
        }
        ListView {
            id: list
            objectName: "verifiedList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: verified
            delegate: ListRow {
                required property string evaluationId
                required property string subjectName
                required property string summary
                title: subjectName
                detail: summary
                onClicked: page.nav.open("EvaluationPage", {
                        "recordId": evaluationId
                    })
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                message: qsTr("Nothing verified waits for a decision.")
            }
        }
    }
}
