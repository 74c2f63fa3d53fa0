pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Choosing one household (for a clan, or to hand the phone to it): the same search as the household list.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property string purpose
    property var marked: []       // households to mark (those already in the clan)
    property string markedText
    signal picked(string householdId)
    title: qsTr("Choose a household")

    HouseholdListModel {
        id: households
        workspace: page.nav.workspace
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            visible: page.purpose.length > 0
            text: page.purpose
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
        }
        TextField {
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.minimumHeight: Theme.touch
            placeholderText: qsTr("Search name, address or phone")
            placeholderTextColor: Theme.hint
            font.italic: length === 0
            onTextEdited: households.query = text
        }
        ListView {
            objectName: "pickerList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: households
            BusyIndicator {
                anchors.centerIn: parent
                running: households.loading
                visible: running
            }
            // The village and the address under each name: two households of one name are told apart.
            delegate: ListRow {
                objectName: "pickerRow"
                required property string householdId
                required property string name
                required property string summary
                title: name
                detail: page.marked.indexOf(householdId) >= 0 ? page.markedText + " · " + summary : summary
                onClicked: {
                    const id = householdId;
                    page.nav.back();
                    page.picked(id);
                }
            }
        }
    }
}
