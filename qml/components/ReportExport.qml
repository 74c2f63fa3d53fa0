pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The year-end report as a file to print or send on: CSV, XLSX or PDF, then where it was saved and (on a
// desktop) its folder. The page's controller (DashboardController, AreaReportController) writes the file.
ColumnLayout {
    id: box
    property string lastExport
    property string lastExportText
    signal exportAs(string format)
    signal openFolder
    spacing: Theme.gap
    SectionHeader {
        Layout.fillWidth: true
        title: qsTr("Year-end report")
    }
    RowLayout {
        Layout.fillWidth: true
        Repeater {
            model: ["csv", "xlsx", "pdf"]
            delegate: Button {
                required property string modelData
                objectName: "export_" + modelData
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                text: modelData.toUpperCase()
                onClicked: box.exportAs(modelData)
            }
        }
    }
    Label {
        objectName: "exportPath"
        Layout.fillWidth: true
        visible: box.lastExport.length > 0
        text: box.lastExportText
        textFormat: Text.PlainText
        color: Theme.ok
        wrapMode: Text.WordWrap
    }
    // Staff send reports through chat apps: show the file where it is.
    BigButton {
        objectName: "openExportFolder"
        visible: box.lastExport.length > 0 && Qt.platform.os !== "android"
        text: qsTr("Open the folder")
        onClicked: box.openFolder()
    }
}
