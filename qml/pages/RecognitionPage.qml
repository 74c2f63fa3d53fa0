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

    ConfirmDialog {
        id: confirm
        objectName: "confirmRecognise"
        property var names: []
        property var notPassing: []
        property string what   // "19 households"
        //: %1: how many pass and what they are ("19 households"); %2: the decision's number
        question: qsTr("Recognise %1 under decision %2?").arg(confirm.what).arg(decision.text.trim())
        message: confirm.names.slice(0, 8).join(", ") + (confirm.names.length > 8 ? qsTr(" and %Ln more.", "", confirm.names.length - 8) : ".") + (confirm.notPassing.length > 0 ? "\n\n" + page.notPassingText(confirm.notPassing) : "")
        //: %1: how many pass and what they are ("19 households")
        acceptText: qsTr("Recognise %1").arg(confirm.what)
        rejectText: qsTr("Not now")
        onAccepted: done.text = qsTr("%Ln recognised", "", verified.recogniseAllPassing(decision.text))
    }

    // The verified ones left out, each with why: a household with 85 points may miss an item's minimum.
    function notPassingText(lines: var): string {
        return qsTr("Not recognised, they do not pass:") + "\n• " + lines.slice(0, 8).join("\n• ") + (lines.length > 8 ? "\n" + qsTr(" and %Ln more.", "", lines.length - 8).trim() : "");
    }

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
            enabled: decision.text.trim().length > 0 && verified.count > 0
            text: qsTr("Recognise all that pass")
            // Many records at once: say which, and ask.
            onClicked: {
                const preview = verified.recognitionPreview();
                if (preview.names.length === 0) {
                    done.text = qsTr("None of the verified evaluations passes yet.") + (preview.notPassing.length > 0 ? "\n" + page.notPassingText(preview.notPassing) : "");
                    return;
                }
                confirm.names = preview.names;
                confirm.notPassing = preview.notPassing;
                confirm.what = preview.what;
                confirm.open();
            }
        }
        Label {
            id: done
            objectName: "doneText"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            wrapMode: Text.WordWrap
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
