pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The communes to keep on this phone, for accounts whose areas are too wide for a phone (administrators,
// provincial staff) and for a database opened without an account (developer mode). Other accounts get
// their areas from the login; the server refuses communes outside an account's areas.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property var chosen: []      // commune codes picked so far (a handful, not a list of records)
    title: qsTr("Set up this phone")

    CommuneSearchModel {
        id: communes
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
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Everything you record is kept on this phone and works without a network. Tell the app where to send it and which communes you work in.")
            }
            FormField {
                id: server
                objectName: "serverField"
                label: qsTr("Server address")
                placeholder: qsTr("e.g. %1").arg("http://192.168.1.10:8080")
                inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onEdited: value => text = value
            }
            FormField {
                id: officer
                objectName: "officerField"
                label: qsTr("Your name (shown to colleagues)")
                onEdited: value => text = value
            }
            SectionHeader {
                title: qsTr("Communes you work in")
            }
            Repeater {
                model: page.chosen
                delegate: RowLayout {
                    id: chosenRow
                    required property string modelData
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: communes.nameOf(chosenRow.modelData)
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                    }
                    ToolButton {
                        text: "✕"
                        Accessible.name: qsTr("Remove")
                        Layout.preferredWidth: Theme.touch
                        Layout.preferredHeight: Theme.touch
                        onClicked: page.chosen = page.chosen.filter(c => c !== chosenRow.modelData)
                    }
                }
            }
            TextField {
                objectName: "communeSearch"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touch
                placeholderText: qsTr("Search a commune, e.g. phu loc")
                placeholderTextColor: Theme.hint
                font.italic: length === 0
                onTextEdited: communes.query = text
            }
            ListView {
                objectName: "communeResults"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 5 * (Theme.touch + 12))
                clip: true
                model: communes
                delegate: ListRow {
                    required property string code
                    required property string name
                    required property string province
                    title: name
                    detail: province
                    onClicked: if (page.chosen.indexOf(code) < 0)
                        page.chosen = page.chosen.concat([code])
                }
            }
            BigButton {
                objectName: "startButton"
                text: qsTr("Start")
                highlighted: true
                enabled: page.chosen.length > 0 && server.text.length > 0
                onClicked: page.nav.workspace.configure(server.text, page.chosen, officer.text)
            }
        }
    }
}
