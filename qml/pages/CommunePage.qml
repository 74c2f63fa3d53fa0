// Not `pragma ComponentBehavior: Bound` like the other pages: Qt 6.4's ListView builds its header in a context of
// its own, and refuses a bound header ("Cannot instantiate bound component outside its creation context"). The
// linter cannot check this file's components for unqualified ids, and is told not to.
// qmllint disable unqualified
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Commune staff's view: per village, households and this year's learning-family counts, with the villages
// below the national 70% target highlighted. Tap a village for its households.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Commune overview %1").arg(page.nav.workspace.year)

    VillageListModel {
        id: villages
        workspace: page.nav.workspace
    }
    RollupController {
        id: rollup
        workspace: page.nav.workspace
    }
    readonly property var totals: villages.totals

    component Cell: Label {
        Layout.preferredWidth: Math.round(48 * Theme.fontScale)
        horizontalAlignment: Text.AlignRight
        font.pixelSize: Theme.fontSmall
    }

    // The totals and the column headers scroll with the villages: in large type they filled the screen.
    ListView {
        id: list
        objectName: "villageTable"
        anchors.fill: parent
        clip: true
        model: villages
        // The header grows as the rates come in: the page stays at its top until the person scrolls.
        property bool scrolled: false
        onMovementStarted: scrolled = true
        header: ColumnLayout {
            width: list.width
            spacing: 0
            onImplicitHeightChanged: {
                if (!list.scrolled)
                    list.positionViewAtBeginning();
            }
            Frame {
                objectName: "totals"
                Layout.fillWidth: true
                Layout.margins: Theme.gap
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }
                ColumnLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        text: page.nav.workspace.areaTitle
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("%L1 households · %L2 registered · %L3 self-declared · %L4 verified · %L5 recognised (%6)").arg(page.totals.households).arg(page.totals.registered).arg(page.totals.declared).arg(page.totals.verified).arg(page.totals.recognised).arg(page.totals.rateText)
                    }
                    BusyIndicator {
                        Layout.alignment: Qt.AlignHCenter
                        running: rollup.loading
                        visible: running
                    }
                    Repeater {
                        objectName: "modelRates"
                        model: rollup.rows
                        // The model, its figures under it: side by side, the figures with both targets
                        // squeezed the model's name to a word a line.
                        delegate: ColumnLayout {
                            id: rate
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: rate.modelData.model
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: rate.modelData.text
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                wrapMode: Text.WordWrap
                                color: rate.modelData.lagging ? Theme.warning : rate.modelData.meetsTarget ? Theme.ok : Theme.text
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("National targets for 2025: 70% of families, 65% of clans and village communities, 80% of units. Villages below the family target are shown in orange.")
                    }
                }
            }
            // As each row: the village's name on its line, its figures under it on the right.
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                text: qsTr("Village")
                font.bold: true
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Item {
                    Layout.fillWidth: true
                }
                //: Column headers of the commune table; keep them very short (about 4 letters)
                Cell {
                    text: qsTr("HH")
                    font.bold: true
                }
                Cell {
                    text: qsTr("Reg.")
                    font.bold: true
                }
                Cell {
                    text: qsTr("Decl.")
                    font.bold: true
                }
                Cell {
                    text: qsTr("Ver.")
                    font.bold: true
                }
                Cell {
                    text: qsTr("Rec.")
                    font.bold: true
                }
            }
            // What the short column headers mean, said where they are shown.
            Label {
                objectName: "columnLegend"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                wrapMode: Text.WordWrap
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                //: Explains the commune table's short column headers, in the same order
                text: qsTr("HH: households · Reg.: registered · Decl.: self-assessed · Ver.: verified · Rec.: recognised")
            }
        }
        delegate: ItemDelegate {
            id: row
            required property string villageId
            required property string name
            required property int households
            required property int registered
            required property int declared
            required property int verified
            required property int recognised
            required property string rateText
            required property bool lagging
            width: list.width
            implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 12)
            background: Rectangle {
                color: row.lagging ? Theme.warningSurface : "transparent"
            }
            onClicked: page.nav.open("HouseholdListPage", {
                    "recordId": row.villageId
                })
            contentItem: ColumnLayout {
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        textFormat: Text.PlainText
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        text: row.rateText
                        font.bold: true
                        color: row.lagging ? Theme.warning : Theme.ok
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Item {
                        Layout.fillWidth: true
                    }
                    Cell {
                        text: Labels.number(row.households)
                    }
                    Cell {
                        text: Labels.number(row.registered)
                    }
                    Cell {
                        text: Labels.number(row.declared)
                    }
                    Cell {
                        text: Labels.number(row.verified)
                    }
                    Cell {
                        text: Labels.number(row.recognised)
                    }
                }
            }
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            message: qsTr("No villages on this phone yet. Sync, or add the villages of your commune.")
        }
    }
}
