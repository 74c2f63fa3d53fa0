pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import KhuyenHoc

// Villages, hamlets and residential groups of the officer's communes (commune staff create them: no
// national list has them).
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Villages")

    VillageListModel { id: villages; workspace: page.nav.workspace }

    ListView {
        id: list
        objectName: "villageList"
        anchors.fill: parent
        clip: true
        model: villages
        section.property: "communeName"
        section.delegate: SectionHeader {
            required property string section
            x: Theme.margin
            title: section
        }
        delegate: ListRow {
            required property string villageId
            required property string name
            required property string kindText
            required property int households
            title: name
            detail: qsTr("%1 · %n household(s)", "", households).arg(kindText)
            onClicked: page.nav.open("VillageFormPage", { recordId: villageId })
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
        font.pixelSize: 28
        width: 64
        height: 64
        highlighted: true
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.margin }
        Accessible.name: qsTr("Add a village")
        onClicked: page.nav.open("VillageFormPage", {})
    }
}
