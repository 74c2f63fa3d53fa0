pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The people who use this phone: tap yourself to enter your PIN, or add a user (a login). Each user sees
// only their own data.
Page {
    id: page
    required property Navigator nav
    property string recordId
    readonly property Profiles profiles: page.nav.profiles
    title: qsTr("Who is using the phone?")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Label {
            objectName: "usersMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.profiles ? page.profiles.message : ""
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        ListView {
            objectName: "userList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.profiles ? page.profiles.users : []
            delegate: ListRow {
                required property var modelData
                width: ListView.view.width
                title: modelData.displayName.length > 0 ? modelData.displayName : modelData.username
                detail: modelData.username + " · " + Labels.roleName(modelData.roleText)
                onClicked: page.nav.replace("PinPage", {
                        "username": modelData.username
                    })
            }
        }
        BigButton {
            objectName: "addUserButton"
            text: qsTr("Add a user (log in)")
            onClicked: page.nav.open("LoginPage", {})
        }
    }
}
