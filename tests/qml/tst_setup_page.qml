import QtQuick
import QtQuick.Controls
import QtTest
import KhuyenHoc

// First run: the officer types the server address, finds the commune without typing diacritics, and starts.
TestCase {
    id: test
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
        mouseClick(results.itemAtIndex(0));
        tryVerify(() => start.enabled);
        mouseClick(start);
        verify(h.workspace.configured);
        compare(h.workspace.serverUrl, "http://192.168.1.10:8080");
        verify(h.workspace.areaTitle.indexOf("Phan Thiết") >= 0);
    }
}
