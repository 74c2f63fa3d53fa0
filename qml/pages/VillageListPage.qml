pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Villages, hamlets and residential groups of the officer's communes (commune staff create them: no
// national list has them).
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Villages")

    VillageListModel {
        id: villages
        workspace: page.nav.workspace
    }

    ListView {
        id: list
        objectName: "villageList"
        anchors.fill: parent
        clip: true
        model: villages
        // The commune's heading sits in the first row of each commune (Qt 6.4 cannot create ListView
        // section delegates in a file with `pragma ComponentBehavior: Bound`).
        delegate: ColumnLayout {
            id: entry
            required property string villageId
            required property string name
            required property string kindText
            required property string communeName
            required property int households
            required property bool firstOfCommune
            width: list.width
            spacing: 0
            SectionHeader {
                visible: entry.firstOfCommune
                Layout.leftMargin: Theme.margin
                title: entry.communeName
            }
            ListRow {
                Layout.fillWidth: true
                title: entry.name
                detail: qsTr("%1 · %Ln household(s)", "", entry.households).arg(entry.kindText)
                onClicked: page.nav.open("VillageFormPage", {
                        "recordId": entry.villageId
                    })
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            message: qsTr("No villages yet. Add the villages and residential groups of your commune with the + button.")
        }
    }
    RoundButton {
        objectName: "addVillageButton"
        text: "+"
        font.pixelSize: Theme.fontIcon
        width: 64
        height: 64
        highlighted: true
        anchors {
            right: parent.right
            bottom: parent.bottom
            margins: Theme.margin
        }
        Accessible.name: qsTr("Add a village")
        onClicked: page.nav.open("VillageFormPage", {})
    }
}
