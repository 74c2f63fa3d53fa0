pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KhuyenHoc

// Clans and clan branches; a clan spans villages and communes.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Clans")

    ClanListModel {
        id: clans
        workspace: page.nav.workspace
    }

    ListView {
        id: list
        objectName: "clanList"
        anchors.fill: parent
        clip: true
        model: clans
        delegate: ListRow {
            required property string clanId
            required property string name
            required property string villages
            required property int households
            title: name
            detail: qsTr("%Ln household(s)", "", households) + (villages.length > 0 ? " · " + villages : "")
            onClicked: page.nav.open("ClanFormPage", {
                    "recordId": clanId
                })
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            message: qsTr("No clans yet. Add one with the + button.")
        }
    }
    RoundButton {
        objectName: "addClanButton"
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
        Accessible.name: qsTr("Add a clan")
        onClicked: page.nav.open("ClanFormPage", {})
    }
}
