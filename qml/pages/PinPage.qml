pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The PIN that opens the app offline: chosen once after the first login (typed twice), then asked at each
// start. `username` is the user to unlock; empty when choosing the PIN of the user who just logged in.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property string username
    readonly property Profiles profiles: page.nav.profiles
    readonly property bool choosing: page.profiles !== null && page.profiles.needsPin
    // The person's name as staff wrote it, not the user name they sign in with.
    readonly property string shownName: {
        const users = page.profiles ? page.profiles.users : [];
        for (let i = 0; i < users.length; ++i)
            if (users[i].username === page.username && users[i].displayName.length > 0)
                return users[i].displayName;
        return page.username;
    }
    title: page.choosing ? qsTr("Choose a PIN") : qsTr("Enter your PIN")

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
                objectName: "pinGreeting"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                text: page.choosing ? qsTr("Choose a PIN of 4 to 8 digits. It opens the app on this phone, also without a network. Do not use the same PIN as the phone's lock.") : page.shownName.length > 0 ? qsTr("%1, enter your PIN.").arg(page.shownName) : qsTr("Enter your PIN.")
            }
            FormField {
                id: pin
                objectName: "pinField"
                label: qsTr("PIN")
                echoMode: TextInput.Password
                inputHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                fontSize: Theme.fontTitle
                onEdited: value => text = value
                // Enter opens (the keyboard's "Done"); when choosing, it moves on to the repeat field.
                onAccepted: if (!page.choosing)
                    page.submit()
            }
            FormField {
                id: repeat
                objectName: "pinRepeatField"
                visible: page.choosing
                label: qsTr("The same PIN again")
                echoMode: TextInput.Password
                inputHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                fontSize: Theme.fontTitle
                onEdited: value => text = value
                onAccepted: page.submit()
            }
            Label {
                objectName: "pinMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.profiles ? page.profiles.message : ""
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "pinButton"
                text: page.choosing ? qsTr("Save the PIN") : qsTr("Open")
                highlighted: true
                enabled: pin.text.length >= 4
                onClicked: page.submit()
            }
            BigButton {
                objectName: "otherUserButton"
                visible: !page.choosing
                flat: true
                text: qsTr("Another user, or log in with the password")
                onClicked: page.nav.replace("UsersPage", {})
            }
        }
    }

    function submit(): void {
        if (pin.text.length < 4)
            return;
        if (page.choosing)
            page.profiles.choosePin(pin.text, repeat.text);
        else
            page.profiles.unlock(page.username, pin.text);
        pin.text = "";
        repeat.text = "";
    }
}
