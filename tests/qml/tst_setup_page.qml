import QtQuick
import QtQuick.Controls
import QtTest
import KhuyenHoc

// First run: the officer types the server address, finds the commune without typing diacritics, and starts.
TestCase {
    id: test
    // Any warning from the app's own QML (a binding loop, a TypeError) fails the test.
    function init(): void {
        failOnWarning(/^qrc:\/KhuyenHoc\//);
    }
    name: "SetupPage"
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
        waitForItemPolished(item);
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

    function test_firstRun() {
        verify(h.workspace.open(h.workspace.defaultPath() + ".setup." + Date.now() + ".db"));
        verify(!h.workspace.configured);
        const page = h.nav.open("SetupPage", {});
        tryCompare(h.stack, "busy", false);
        const start = findChild(page, "startButton");
        verify(!start.enabled);
        typeInto(findChild(page, "serverFieldInput"), "192.168.1.10:8080");
        typeInto(findChild(page, "communeSearch"), "phan thiet");
        const results = findChild(page, "communeResults");
        tryVerify(() => results.count > 0);
        waitForItemPolished(results);
        tap(results.itemAtIndex(0));
        tryVerify(() => start.enabled);
        tap(start);
        verify(h.workspace.configured);
        compare(h.workspace.serverUrl, "http://192.168.1.10:8080");
        verify(h.workspace.areaTitle.indexOf("Phan Thiết") >= 0);
    }
}
