pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Logging in with the account the commune staff made: the server, a user name and a password. The first
// login on a phone needs the network; afterwards the PIN opens the app offline. `relogin` is the signed-in
// user whose login expired: their edits wait on the phone and go out after this.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property bool relogin: false
    readonly property Profiles profiles: page.nav.profiles
    title: page.relogin ? qsTr("Log in again") : qsTr("Log in")

    Connections {
        target: page.profiles
        // Refused: what was typed stays, but the password, which is typed again.
        function onLoginFailed() {
            password.text = "";
        }
        function onLoggedIn() {
            if (page.relogin) {
                page.nav.back();
                page.nav.sync.sync();
            }
        }
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
                text: page.relogin ? qsTr("Your login has expired. Your work is safe on this phone; log in again to send it.") : qsTr("Log in with the account the commune staff gave you. Everything you record is kept on this phone and works without a network.")
            }
            FormField {
                id: server
                objectName: "serverField"
                visible: !page.relogin
                label: qsTr("Server address")
                placeholder: qsTr("e.g. %1").arg("http://192.168.1.10:8080")
                text: page.nav.workspace.serverUrl
                inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onEdited: value => text = value
            }
            QrScanner {
                id: scanner
            }
            BigButton {
                objectName: "scanButton"
                visible: !page.relogin && scanner.available
                text: qsTr("Scan the server's code")
                onClicked: {
                    const scan = page.nav.open("ScanPage", {});
                    scan.scanned.connect(address => server.text = address);
                }
            }
            FormField {
                id: user
                objectName: "userField"
                visible: !page.relogin
                label: qsTr("User name")
                text: page.relogin ? page.nav.workspace.userName : ""
                inputHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onEdited: value => text = value
            }
            FormField {
                id: password
                objectName: "passwordField"
                label: qsTr("Password")
                echoMode: TextInput.Password
                inputHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                onEdited: value => text = value
            }
            Label {
                objectName: "loginMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.profiles ? page.profiles.message : ""
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: running
                running: page.profiles ? page.profiles.busy : false
            }
            BigButton {
                objectName: "loginButton"
                text: qsTr("Log in")
                highlighted: true
                enabled: page.profiles !== null && !page.profiles.busy && password.text.length > 0 && user.text.length > 0
                onClicked: page.profiles.login(page.relogin ? page.nav.workspace.serverUrl : server.text, user.text, password.text)
            }
        }
    }
}
