import QtQuick
import QtQuick.Controls
import QtTest
import KhuyenHoc

// The household list and form as an officer uses them: type, search, save, see the warning.
TestCase {
    id: test
    // Any warning from the app's own QML (a binding loop, a TypeError) fails the test.
    function init(): void {
        failOnWarning(/^qrc:\/KhuyenHoc\//);
    }
    name: "HouseholdPages"
    when: windowShown
    visible: true
    width: 360
    height: 700

    Harness {
        id: h
        anchors.fill: parent
    }

    function typeInto(item, text) {
        item.forceActiveFocus();
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i]);
    }
    // Scrolls the item's Flickable like a thumb would, then taps the item.
    function tap(item) {
        for (let f = item.parent; f; f = f.parent) {
            if (f.contentY === undefined || f.contentHeight === undefined)
                continue;
            const y = item.mapToItem(f.contentItem, 0, 0).y;
            f.contentY = Math.max(0, Math.min(y - f.height / 2, f.contentHeight - f.height));
            break;
        }
        wait(20);
        mouseClick(item);
    }
    function openPage(page, props) {
        const p = h.nav.open(page, props);
        tryCompare(h.stack, "busy", false);
        return p;
    }

    function initTestCase() {
        verify(h.start("pages"));
    }

    function test_1_formValidatesThenSaves() {
        const v = h.village("Thôn Phú Lộc");
        const page = openPage("HouseholdFormPage", {
                "villageId": v
            });
        const save = findChild(page, "saveButton");
        const givenError = findChild(page, "givenNameError");
        verify(save !== null && givenError !== null);
        verify(!save.enabled);                            // nothing typed yet...
        verify(!givenError.visible);                      // ... and nothing in red
        typeInto(findChild(page, "familyNameInput"), "Nguyen");
        verify(save.enabled);
        wait(20);
        const errorTop = findChild(page, "phoneInput").mapToItem(findChild(page, "familyNameInput"), 0, 0).y;
        tap(save);                                        // tried without the given name
        compare(h.stack.currentItem, page);
        verify(givenError.visible);                       // required, said beside the field
        compare(findChild(page, "phoneInput").mapToItem(findChild(page, "familyNameInput"), 0, 0).y, errorTop);   // nothing below jumped
        typeInto(findChild(page, "givenNameInput"), "Hung");
        verify(!givenError.visible);
        const phone = findChild(page, "phoneInput");
        typeInto(phone, "12345");
        verify(findChild(page, "phoneError").visible);
        verify(!h.stack.currentItem.form.canSave);
        phone.selectAll();
        keyClick(Qt.Key_Backspace);
        typeInto(phone, "0912345678");
        verify(!findChild(page, "phoneError").visible);
        verify(save.enabled);
        tap(save);
        tryCompare(h.stack, "busy", false);
        compare(h.stack.currentItem.title, "Nguyen Hung");  // replaced by the household's own page
        compare(findChild(h.stack.currentItem, "stageChip").stage, 0);
    }

    function test_2_similarHouseholdIsFlagged() {
        const v = h.village("Thôn An Hòa");
        h.household(v, "Nguyễn", "Hùng");
        const page = openPage("HouseholdFormPage", {
                "villageId": v
            });
        const warning = findChild(page, "similarWarning");
        verify(!warning.visible);
        typeInto(findChild(page, "familyNameInput"), "nguyen");
        typeInto(findChild(page, "givenNameInput"), "hung");
        verify(warning.visible);
        compare(findChild(page, "saveButton").text, qsTr("Save anyway"));
    }

    function test_3_listSearchesWithoutDiacritics() {
        const v = h.village("Thôn Đông Yên");
        h.household(v, "Đặng", "Thảo");
        h.household(v, "Lê", "Bình");
        const page = openPage("HouseholdListPage", {
                "recordId": v
            });
        const list = findChild(page, "householdList");
        tryCompare(list, "count", 2);
        typeInto(findChild(page, "searchField"), "dang thao");
        tryCompare(list, "count", 1);
        const search = findChild(page, "searchField");
        search.selectAll();
        keyClick(Qt.Key_Backspace);
        typeInto(search, "zzz");
        tryCompare(list, "count", 0);
    }

    function test_4_escapeGoesBack() {
        const before = h.stack.depth;
        openPage("SettingsPage", {});
        compare(h.stack.depth, before + 1);
        h.nav.back();
        tryCompare(h.stack, "depth", before);
    }
}
