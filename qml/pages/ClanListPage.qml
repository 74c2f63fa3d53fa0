pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Clans and clan branches; a clan spans villages and communes. On a wide window the clan tapped opens beside
// the list.
ListPage {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Clans")
    panes: md

    ClanListModel {
        id: clans
        workspace: page.nav.workspace
    }

    MasterDetail {
        id: md
        anchors.fill: parent
        nav: page.nav
        detailPage: "ClanFormPage"
        detailName: "clanDetail"
        placeholder: qsTr("Tap a clan in the list to see it here.")
        onWantsFirst: md.showFirst(clans.count > 0 ? String(clans.get(0, "clanId")) : "")
        ListView {
            id: list
            objectName: "clanList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            bottomMargin: 64 + 2 * Theme.margin // the last row scrolls clear of the + button
            model: clans
            onCountChanged: md.wantsFirst()
            delegate: ListRow {
                required property int index
                required property string clanId
                required property string name
                required property string villages
                required property int households
                objectName: "clanRow" + index
                title: name
                detail: qsTr("%Ln household(s)", "", households) + (villages.length > 0 ? " · " + villages : "")
                highlighted: md.wide && clanId === md.selected
                onClicked: md.show(clanId)
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                message: qsTr("No clans yet. Add one with the + button.")
            }
        }
    }
    RoundButton {
        objectName: "addClanButton"
        text: "+"
        font.pixelSize: Theme.fontIcon
        width: 64
        height: 64
        highlighted: true
        // At the list's corner, also when a clan is shown beside it.
        x: md.listArea.x + md.listArea.width - width - Theme.margin
        y: parent.height - height - Theme.margin
        Accessible.name: qsTr("Add a clan")
        onClicked: page.nav.open("ClanFormPage", {})
    }
}
