pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KhuyenHoc

// Officers' queue: this year's self-assessments waiting for verification, by village.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Waiting for verification")

    EvaluationListModel {
        id: queue
        workspace: page.nav.workspace
        stageFilter: 2
    }

    ListView {
        id: list
        objectName: "queueList"
        anchors.fill: parent
        clip: true
        model: queue
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
            message: qsTr("Nothing waits for verification.")
        }
    }
}
