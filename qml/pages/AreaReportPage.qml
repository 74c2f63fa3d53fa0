pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Figures of the account's province or communes from the server, for staff above the commune: no household
// comes onto the phone. The last figures fetched stay readable offline.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Figures of my area")

    AreaReportController {
        id: report
        workspace: page.nav.workspace
        Component.onCompleted: refresh()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        contentWidth: width   // no sideways scrolling: text wraps
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            ChoiceField {
                objectName: "areaChoice"
                visible: report.areas.length > 1
                label: qsTr("Area")
                options: report.areas
                currentIndex: report.areaIndex
                onActivated: index => report.chooseArea(index)
            }
            Label {
                objectName: "areaName"
                Layout.fillWidth: true
                text: report.areaName
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: report.fetchedText
                color: Theme.muted
            }
            Label {
                objectName: "areaReportError"
                Layout.fillWidth: true
                visible: report.error.length > 0
                text: report.error
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "refreshButton"
                text: report.busy ? qsTr("Fetching…") : qsTr("Fetch the latest figures")
                enabled: !report.busy
                onClicked: report.refresh()
            }
            Repeater {
                model: report.tables
                delegate: ColumnLayout {
                    id: table
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    SectionHeader {
                        title: table.modelData.title
                    }
                    Label {
                        Layout.fillWidth: true
                        text: table.modelData.summary
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Repeater {
                        model: table.modelData.rows
                        delegate: Label {
                            required property var modelData
                            Layout.fillWidth: true
                            text: modelData.area + ": " + modelData.text
                            textFormat: Text.PlainText
                            color: modelData.lagging ? Theme.warning : Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            ReportExport {
                Layout.fillWidth: true
                visible: report.canExport
                lastExport: report.lastExport
                lastExportText: report.lastExportText
                onExportAs: format => report.exportReport(format)
                onOpenFolder: report.openExportFolder()
            }
        }
    }
}
