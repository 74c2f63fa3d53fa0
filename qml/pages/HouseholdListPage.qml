pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Every household on the phone, searched as you type (no diacritics needed), filtered by village and by
// this year's stage, in Vietnamese order of the head's given name. On a wide window (a tablet, a desktop) the
// household tapped opens beside the list instead of over it.
Page {
    id: page
    required property Navigator nav
    property string recordId          // a village id to filter by, when opened from a village
    readonly property bool wide: width >= Theme.wide
    property string selected          // the household shown beside the list (wide windows)
    title: qsTr("Households")

    function show(householdId: string): void {
        if (!page.wide) {
            page.nav.open("HouseholdPage", {
                    "recordId": householdId
                });
            return;
        }
        page.selected = householdId;
        detail.setSource(Qt.resolvedUrl("HouseholdPage.qml"), {
                "nav": page.nav,
                "recordId": householdId
            });
    }
    // A wide window starts with the first household beside the list rather than an empty half.
    function showFirst(): void {
        if (page.wide && page.selected.length === 0 && households.count > 0)
            page.show(households.idAt(0));
    }
    onWideChanged: {
        if (!page.wide)
            page.selected = "";
        page.showFirst();
    }

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

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            id: listColumn
            Layout.fillHeight: true
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? Math.min(440, page.width * 0.42) : -1
            spacing: 0
            TextField {
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.margins: Theme.gap
                Layout.minimumHeight: Theme.touch
                placeholderText: qsTr("Search name, address or phone")
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
                model: households
                reuseItems: true
                onCountChanged: page.showFirst()
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
                    highlighted: page.wide && householdId === page.selected
                    onClicked: page.show(householdId)
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
        // The household beside the list, with its name on top (the window's title stays the list's).
        Rectangle {
            visible: page.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }
        ColumnLayout {
            visible: page.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Label {
                objectName: "detailTitle"
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                visible: detail.item !== null && page.selected.length > 0
                text: detail.item ? (detail.item as HouseholdPage).title : ""
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Loader {
                id: detail
                objectName: "householdDetail"
                Layout.fillWidth: true
                Layout.fillHeight: true
                active: page.wide && page.selected.length > 0
            }
            EmptyState {
                visible: page.selected.length === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                message: qsTr("Tap a household in the list to see it here.")
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
        x: listColumn.x + listColumn.width - width - Theme.margin
        y: parent.height - height - Theme.margin
        Accessible.name: qsTr("Add a household")
        onClicked: page.nav.open("HouseholdFormPage", {
                "villageId": households.villageId
            })
    }
}
