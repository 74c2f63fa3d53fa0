pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Every household on the phone, searched as you type (no diacritics needed), filtered by village and by
// this year's stage, in Vietnamese order of the head's given name. On a wide window (a tablet, a desktop) the
// household tapped opens beside the list instead of over it.
ListPage {
    id: page
    required property Navigator nav
    property string recordId          // a village id to filter by, when opened from a village
    title: qsTr("Households")
    panes: md

    HouseholdListModel {
        id: households
        workspace: page.nav.workspace
        villageId: page.recordId
    }
    VillageListModel {
        id: villages
        workspace: page.nav.workspace
        counted: false
    }

    MasterDetail {
        id: md
        anchors.fill: parent
        nav: page.nav
        detailPage: "HouseholdPage"
        detailName: "householdDetail"
        placeholder: qsTr("Tap a household in the list to see it here.")
        onWantsFirst: md.showFirst(households.count > 0 ? households.idAt(0) : "")
        TextField {
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: Theme.gap
            Layout.minimumHeight: Theme.touch
            placeholderText: qsTr("Search name, address or phone")
            placeholderTextColor: Theme.hint
            font.italic: length === 0
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextEdited: households.query = text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
            ComboBox {
                objectName: "villageFilter"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                model: villages.filterOptions
                currentIndex: villages.indexOf(page.recordId) + 1
                onActivated: index => households.villageId = index > 0 ? villages.get(index - 1, "villageId") : ""
            }
            ComboBox {
                objectName: "statusFilter"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                model: Labels.statusFilterOptions
                onActivated: index => households.statusFilter = index
            }
        }
        Label {
            objectName: "countLabel"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            text: households.loading ? qsTr("Opening the household list…") : qsTr("%L1 of %L2 households").arg(households.count).arg(households.totalCount)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        ListView {
            id: list
            objectName: "householdList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            bottomMargin: 64 + 2 * Theme.margin // the last row scrolls clear of the + button
            model: households
            reuseItems: true
            onCountChanged: md.wantsFirst()
            delegate: ListRow {
                required property int index
                required property string householdId
                required property string name
                required property string summary
                required property int stage
                required property string stageText
                required property int syncMark
                required property string syncMarkText
                objectName: "householdRow" + index
                title: name
                detail: summary
                chipStage: stage
                chipText: stageText
                markText: syncMarkText
                markColor: Theme.markColor(syncMark)
                markSurface: Theme.markSurface(syncMark)
                highlighted: md.wide && householdId === md.selected
                onClicked: md.show(householdId)
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: households.loading
                visible: running
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0 && !households.loading
                message: households.totalCount === 0 ? qsTr("No households yet. Add the first one with the + button.") : qsTr("No household matches the search.")
            }
        }
    }

    RoundButton {
        objectName: "addHouseholdButton"
        text: "+"
        font.pixelSize: Theme.fontIcon
        width: 64
        height: 64
        highlighted: true
        // At the list's corner, also when a household is shown beside it.
        x: md.listArea.x + md.listArea.width - width - Theme.margin
        y: parent.height - height - Theme.margin
        Accessible.name: qsTr("Add a household")
        onClicked: page.nav.open("HouseholdFormPage", {
                "villageId": households.villageId
            })
    }
}
