pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Creating or editing a household. A new household's head is entered once, as its first member (birth year
// and sex here); "Save and add the members" goes straight on to the next member. Validation shows under a
// field once it was touched; a warning appears when a household with a similar head already lives in the
// village. Only changed fields are saved; what is typed is kept as a draft until then.
FormPage {
    id: page
    property string recordId
    property string villageId
    form: form
    title: form.isNew ? qsTr("New household") : qsTr("Edit household")
    readonly property var errs: form.shownErrors   // field → message, shown under each field
    onSaveRequested: page.save(false)

    HouseholdForm {
        id: form
        workspace: page.nav.workspace
        householdId: page.recordId
        Component.onCompleted: if (page.villageId.length > 0 && isNew)
            preset("villageId", page.villageId)
    }
    VillageListModel {
        id: villages
        workspace: page.nav.workspace
        counted: false
    }
    MemberListModel {
        id: members
        workspace: page.nav.workspace
        householdId: form.householdId
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
            DraftMark {
                text: page.draftText
                onDiscard: form.discardChanges()
            }
            ChoiceField {
                objectName: "village"
                label: qsTr("Village")
                model: villages
                textRole: "name"
                currentIndex: villages.indexOf(form.villageId)
                placeholder: qsTr("Choose the village")
                error: page.errs["villageId"] ?? ""
                onActivated: index => form.villageId = villages.get(index, "villageId")
            }
            SectionHeader {
                title: qsTr("Head of household")
            }
            FormField {
                objectName: "familyName"
                label: qsTr("Family name (Nguyễn, Trần…)")
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
                objectName: "headBirthYear"
                visible: form.isNew
                label: qsTr("Birth year")
                text: form.headBirthYear
                error: page.errs["headBirthYear"] ?? ""
                inputHints: Qt.ImhDigitsOnly
                onEdited: value => form.headBirthYear = value
            }
            ChoiceChips {
                objectName: "headSex"
                visible: form.isNew
                label: qsTr("Sex")
                options: Labels.sexOptions
                currentIndex: form.headSex
                onActivated: index => form.headSex = index
            }
            SectionHeader {
                title: qsTr("Household")
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
            ChoiceField {
                objectName: "poverty"
                label: qsTr("Poverty list this year (for scholarships)")
                options: Labels.povertyOptions
                currentIndex: form.poverty
                onActivated: index => form.poverty = index
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
                    color: Theme.warningSurface
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
                            color: Theme.text
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
                objectName: "saveAddButton"
                visible: form.isNew
                text: form.similarHouseholds.length > 0 ? qsTr("Save anyway and add the members") : qsTr("Save and add the members")
                highlighted: true
                enabled: form.modified
                onClicked: page.save(true)
            }
            BigButton {
                objectName: "saveButton"
                text: form.similarHouseholds.length > 0 ? qsTr("Save anyway") : qsTr("Save")
                highlighted: !form.isNew
                enabled: form.modified
                onClicked: page.save(false)
            }
            // Deleting: far from Save, in red, and asked first.
            Item {
                visible: !form.isNew
                Layout.preferredHeight: Theme.touch
            }
            BigButton {
                objectName: "deleteButton"
                visible: !form.isNew
                destructive: true
                text: qsTr("Delete household")
                onClicked: confirmDelete.open()
            }
        }
    }

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDelete"
        destructive: true
        question: qsTr("Delete the household of %1?").arg(form.headName)
        message: qsTr("Its %Ln member(s), its clan links and this year's evaluations not yet decided are deleted too. You can undo it right after; other officers see the deletion once it is sent.", "", members.count)
        acceptText: qsTr("Delete household")
        rejectText: qsTr("Keep it")
        onAccepted: {
            const id = form.householdId;
            if (!form.remove())
                return;
            page.nav.leave();
            const below = page.nav.stack.currentItem as HouseholdPage;
            if (below && below.recordId === id)
                page.nav.leave();
        }
    }

    function save(addMembers: bool): void {
        const wasNew = form.isNew;
        const id = form.save();
        if (id.length === 0)
            return;
        if (!wasNew) {
            page.nav.leave();   // the household's page below shows it as stored now
            return;
        }
        page.nav.swap("HouseholdPage", {
                "recordId": id
            });
        if (addMembers)
            page.nav.open("MemberFormPage", {
                    "householdId": id
                });
    }
}
