pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Villages, hamlets and residential groups of the officer's communes (commune staff create them: no
// national list has them). On a wide window the village tapped opens beside the list.
ListPage {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Villages")
    panes: md

    VillageListModel {
        id: villages
        workspace: page.nav.workspace
    }

    MasterDetail {
        id: md
        anchors.fill: parent
        nav: page.nav
        detailPage: "VillageFormPage"
        detailName: "villageDetail"
        paneProps: ({
                "beside": true
            })
        placeholder: qsTr("Tap a village in the list to see it here.")
        onWantsFirst: md.showFirst(villages.count > 0 ? String(villages.get(0, "villageId")) : "")
        ListView {
            id: list
            objectName: "villageList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            bottomMargin: 64 + 2 * Theme.margin // the last row scrolls clear of the + button
            model: villages
            onCountChanged: md.wantsFirst()
            // The commune's heading sits in the first row of each commune (Qt 6.4 cannot create ListView
            // section delegates in a file with `pragma ComponentBehavior: Bound`).
            delegate: ColumnLayout {
                id: entry
                required property int index
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
                    objectName: "villageRow" + entry.index
                    Layout.fillWidth: true
                    title: entry.name
                    detail: qsTr("%1 · %Ln household(s)", "", entry.households).arg(entry.kindText)
                    highlighted: md.wide && entry.villageId === md.selected
                    onClicked: md.show(entry.villageId)
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                message: qsTr("No villages yet. Add the villages and residential groups of your commune with the + button.")
            }
        }
    }
    RoundButton {
        objectName: "addVillageButton"
        text: "+"
        font.pixelSize: Theme.fontIcon
        width: 64
        height: 64
        highlighted: true
        // At the list's corner, also when a village is shown beside it.
        x: md.listArea.x + md.listArea.width - width - Theme.margin
        y: parent.height - height - Theme.margin
        Accessible.name: qsTr("Add a village")
        onClicked: page.nav.open("VillageFormPage", {})
    }
}
