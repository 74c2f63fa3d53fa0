pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Commune and provincial staff's dashboard: every model's rate against its target and since last year, the
// villages' learning-family rates as bars (lagging ones in orange, worst first; tap for the households), the
// family rate per year, and the year-end report as CSV, XLSX or PDF. Two columns on a wide window.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Dashboard %1").arg(page.nav.workspace.year)

    DashboardController {
        id: dash
        objectName: "dashboardController"
        workspace: page.nav.workspace
    }
    readonly property bool wide: width >= 720

    component Bar: Item {
        id: bar
        property int percent
        property int target
        property bool good: true
        implicitHeight: 14
        Rectangle {
            anchors.fill: parent
            radius: 3
            color: Theme.divider
        }
        Rectangle {
            width: parent.width * Math.min(100, bar.percent) / 100
            height: parent.height
            radius: 3
            color: bar.good ? Theme.ok : Theme.warning
        }
        Rectangle {
            // the target
            visible: bar.target > 0
            x: parent.width * bar.target / 100 - 1
            width: 2
            height: parent.height + 6
            y: -3
            color: Theme.danger
        }
    }

    BusyIndicator {
        objectName: "dashboardBusy"
        anchors.centerIn: parent
        running: dash.loading
        visible: running
    }

    Flickable {
        anchors.fill: parent
        visible: !dash.loading
        contentHeight: grid.implicitHeight + 2 * Theme.margin
        contentWidth: width   // no sideways scrolling: text wraps
        clip: true
        GridLayout {
            id: grid
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.margin
            rowSpacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                Label {
                    objectName: "areaName"
                    Layout.fillWidth: true
                    text: dash.areaName
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontTitle
                    wrapMode: Text.WordWrap
                }
                ComboBox {
                    objectName: "communeFilter"
                    visible: dash.communes.length > 1
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    model: dash.communeChoices
                    onActivated: index => dash.chooseCommune(index)
                }
                Repeater {
                    objectName: "modelCards"
                    model: dash.models
                    delegate: Frame {
                        id: card
                        required property var modelData
                        Layout.fillWidth: true
                        background: Rectangle {
                            color: Theme.surface
                            radius: Theme.radius
                            border.color: Theme.divider
                        }
                        ColumnLayout {
                            width: parent.width
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: card.modelData.title
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: card.modelData.percent + "%"
                                    font.bold: true
                                    // Judged against a target only when there is one and something to count.
                                    color: card.modelData.lagging ? Theme.warning : card.modelData.meetsTarget ? Theme.ok : Theme.text
                                }
                            }
                            Bar {
                                Layout.fillWidth: true
                                percent: card.modelData.percent
                                target: card.modelData.target
                                good: !card.modelData.lagging
                            }
                            Label {
                                Layout.fillWidth: true
                                font.pixelSize: Theme.fontSmall
                                color: Theme.muted
                                wrapMode: Text.WordWrap
                                text: card.modelData.target > 0 ? qsTr("%1 recognised · %2 · %3").arg(card.modelData.text).arg(card.modelData.targetText).arg(card.modelData.deltaText) : qsTr("%1 recognised · %2").arg(card.modelData.text).arg(card.modelData.deltaText)
                            }
                        }
                    }
                }
                SectionHeader {
                    title: qsTr("Learning families per year")
                }
                Row {
                    objectName: "trend"
                    Layout.fillWidth: true
                    height: 120
                    spacing: Theme.margin
                    Repeater {
                        model: dash.trend
                        delegate: Column {
                            id: point
                            required property var modelData
                            width: 56
                            anchors.bottom: parent ? parent.bottom : undefined
                            spacing: 2
                            Label {
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: point.modelData.percent + "%"
                                font.pixelSize: Theme.fontSmall
                            }
                            Rectangle {
                                anchors.horizontalCenter: parent.horizontalCenter
                                width: 32
                                height: Math.max(2, 80 * point.modelData.percent / 100)
                                radius: 3
                                color: point.modelData.meetsTarget ? Theme.ok : Theme.primary
                            }
                            Label {
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: point.modelData.year
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                }
                ReportExport {
                    Layout.fillWidth: true
                    lastExport: dash.lastExport
                    lastExportText: dash.lastExportText
                    onExportAs: format => dash.exportReport(format)
                    onOpenFolder: dash.openExportFolder()
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.gap
                SectionHeader {
                    title: qsTr("Learning families per village, lowest first")
                }
                Repeater {
                    objectName: "villageBars"
                    model: dash.villages
                    delegate: ItemDelegate {
                        id: v
                        required property var modelData
                        Layout.fillWidth: true
                        implicitHeight: Theme.touch + 8
                        onClicked: page.nav.open("HouseholdListPage", {
                                "recordId": v.modelData.villageId
                            })
                        contentItem: ColumnLayout {
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    Layout.fillWidth: true
                                    text: v.modelData.name
                                    textFormat: Text.PlainText
                                    elide: Text.ElideRight
                                }
                                Label {
                                    text: v.modelData.recognised + "/" + v.modelData.total + " · " + v.modelData.percent + "%"
                                    font.pixelSize: Theme.fontSmall
                                    color: v.modelData.lagging ? Theme.warning : Theme.ok
                                }
                            }
                            Bar {
                                Layout.fillWidth: true
                                percent: v.modelData.percent
                                target: v.modelData.target
                                good: !v.modelData.lagging
                            }
                        }
                    }
                }
            }
        }
    }
}
