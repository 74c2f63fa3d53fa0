pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Creating or editing a household. Validation shows under each field; a warning appears when a household
// with a similar head already lives in the village. Only changed fields are saved.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property string villageId
    title: form.isNew ? qsTr("New household") : qsTr("Edit household")
    readonly property var errs: form.errors   // field → message, shown under each field

    HouseholdForm {
        id: form
        workspace: page.nav.workspace
        householdId: page.recordId
        Component.onCompleted: if (page.villageId.length > 0 && isNew)
            villageId = page.villageId
    }
    VillageListModel {
        id: villages
        workspace: page.nav.workspace
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap
            Column {
                id: villageField
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Village")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                ComboBox {
                    objectName: "villageCombo"
                    width: villageField.width
                    height: Math.max(implicitHeight, Theme.touch)
                    model: villages
                    textRole: "name"
                    currentIndex: villages.indexOf(form.villageId)
                    displayText: currentIndex < 0 ? qsTr("Choose the village") : currentText
                    onActivated: index => form.villageId = villages.get(index, "villageId")
                }
                Label {
                    visible: page.errs["villageId"] !== undefined
                    text: page.errs["villageId"] ?? ""
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                }
            }
            FormField {
                objectName: "familyName"
                label: qsTr("Family name of the head (Nguyễn, Trần…)")
                text: form.headFamilyName
                error: page.errs["headFamilyName"] ?? ""
                onEdited: value => form.headFamilyName = value
            }
            FormField {
                objectName: "middleName"
                label: qsTr("Middle name")
                text: form.headMiddleName
                error: page.errs["headMiddleName"] ?? ""
                onEdited: value => form.headMiddleName = value
            }
            FormField {
                objectName: "givenName"
                label: qsTr("Given name")
                text: form.headGivenName
                error: page.errs["headGivenName"] ?? ""
                onEdited: value => form.headGivenName = value
            }
            FormField {
                objectName: "address"
                label: qsTr("Address (hamlet, lane, house number)")
                text: form.address
                error: page.errs["address"] ?? ""
                onEdited: value => form.address = value
            }
            FormField {
                objectName: "phone"
                label: qsTr("Phone")
                text: form.phone
                error: page.errs["phone"] ?? ""
                inputHints: Qt.ImhDialableCharactersOnly
                onEdited: value => form.phone = value
            }
            FormField {
                objectName: "notes"
                label: qsTr("Notes")
                multiline: true
                text: form.notes
                error: page.errs["notes"] ?? ""
                onEdited: value => form.notes = value
            }
            Frame {
                objectName: "similarWarning"
                Layout.fillWidth: true
                visible: form.similarHouseholds.length > 0
                background: Rectangle {
                    color: "#fff3e0"
                    radius: Theme.radius
                    border.color: Theme.warning
                }
                ColumnLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.bold: true
                        color: Theme.warning
                        text: qsTr("A similar household already lives in this village. Is it the same one?")
                    }
                    Repeater {
                        model: form.similarHouseholds
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            textFormat: Text.PlainText
                            text: "• " + modelData
                        }
                    }
                }
            }
            Label {
                objectName: "saveError"
                Layout.fillWidth: true
                visible: form.saveError.length > 0
                text: form.saveError
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "saveButton"
                text: form.similarHouseholds.length > 0 ? qsTr("Save anyway") : qsTr("Save")
                highlighted: true
                enabled: form.canSave
                onClicked: {
                    const id = form.save();
                    if (id.length > 0)
                        page.nav.stack.replace(Qt.resolvedUrl("HouseholdPage.qml"), {
                                "nav": page.nav,
                                "recordId": id
                            });
                }
            }
            BigButton {
                objectName: "deleteButton"
                visible: !form.isNew
                flat: true
                text: qsTr("Delete household")
                onClicked: confirmDelete.open()
            }
        }
    }

    Dialog {
        id: confirmDelete
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        title: qsTr("Delete this household?")
        standardButtons: Dialog.Yes | Dialog.No
        contentItem: Label {
            wrapMode: Text.WordWrap
            text: qsTr("Its members and clan links are deleted too. Other officers see the deletion after they sync.")
        }
        onAccepted: if (form.remove()) {
            page.nav.back();
            page.nav.back();
        }
    }
}
