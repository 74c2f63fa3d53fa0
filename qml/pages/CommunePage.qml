pragma ComponentBehavior: Bound
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
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
                    delegate: RowLayout {
                        id: rate
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: rate.modelData.model
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            text: rate.modelData.text
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: rate.modelData.meetsTarget ? Theme.ok : Theme.warning
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
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Label {
                Layout.fillWidth: true
                text: qsTr("Village")
                font.bold: true
                font.pixelSize: Theme.fontSmall
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
        ListView {
            id: list
            objectName: "villageTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: villages
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
}
