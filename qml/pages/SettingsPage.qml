pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Settings")

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
            SectionHeader {
                title: qsTr("Language")
            }
            RadioButton {
                objectName: "vietnamese"
                Layout.minimumHeight: Theme.touch
                //: The name of the Vietnamese language in Vietnamese, shown as is in every UI language
                text: qsTr("Tiếng Việt")
                checked: page.nav.settings && page.nav.settings.language === "vi"
                onToggled: if (checked && page.nav.settings)
                    page.nav.settings.language = "vi"
            }
            RadioButton {
                objectName: "english"
                Layout.minimumHeight: Theme.touch
                //: The name of the English language in English, shown as is in every UI language
                text: qsTr("English")
                checked: page.nav.settings && page.nav.settings.language === "en"
                onToggled: if (checked && page.nav.settings)
                    page.nav.settings.language = "en"
            }
            SectionHeader {
                visible: page.nav.profiles !== null && !page.nav.profiles.developerMode
                title: qsTr("Account")
            }
            Label {
                Layout.fillWidth: true
                visible: page.nav.profiles !== null && !page.nav.profiles.developerMode
                //: %1: the person's name as staff wrote it; %2: the user name they sign in with
                text: page.nav.workspace.displayName !== page.nav.workspace.userName ? qsTr("Signed in as %1 (user name %2)").arg(page.nav.workspace.displayName).arg(page.nav.workspace.userName) : qsTr("Signed in as %1").arg(page.nav.workspace.userName)
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "lockButton"
                visible: page.nav.profiles !== null && !page.nav.profiles.developerMode
                text: qsTr("Lock, or change user")
                onClicked: page.nav.profiles.lock()
            }
            SectionHeader {
                title: qsTr("Server")
            }
            FormField {
                id: server
                objectName: "serverField"
                label: qsTr("Server address")
                text: page.nav.workspace.serverUrl
                inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onEdited: value => text = value
            }
            BigButton {
                text: qsTr("Save the address")
                enabled: server.text !== page.nav.workspace.serverUrl
                onClicked: page.nav.workspace.setServerUrl(server.text)
            }
            // An officer's area (a household's account has none: it sees its own household).
            SectionHeader {
                visible: !page.nav.workspace.isHousehold
                title: qsTr("Work area")
            }
            Label {
                objectName: "workArea"
                Layout.fillWidth: true
                visible: !page.nav.workspace.isHousehold
                text: page.nav.workspace.areaTitle
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
        }
    }
}
