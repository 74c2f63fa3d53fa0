import QtQuick
import QtQuick.Controls
import QtTest
import KhuyenHoc

// A household registers and fills its self-assessment in the large-text flow; the result is declared and
// awaits verification; while the phone is handed over, the page shows only that household.
TestCase {
    id: test
    name: "SelfService"
    when: windowShown
    visible: true
    width: 360
    height: 700

    Harness {
        id: h
        anchors.fill: parent
    }

    function test_flow() {
        verify(h.start("self"));
        const v = h.village("Thôn Hòa Bình");
        const hh = h.household(v, "Võ", "Lan");
        h.household(v, "Trần", "Khác");
        verify(hh.length > 0);
        h.workspace.lockToHousehold(hh);
        compare(h.workspace.lockedHousehold, hh);
        const page = h.nav.open("SelfServicePage", {
                "householdId": hh
            });
        tryCompare(h.stack, "busy", false);
        compare(findChild(page, "householdName").text, "Võ Lan");
        verify(findChild(page, "handBackButton").visible);
        mouseClick(findChild(page, "registerButton"));
        compare(findChild(page, "stageChip").stage, 1);
        mouseClick(findChild(page, "beginButton"));
        const questions = findChild(page, "questions");
        verify(questions.visible);
        tryVerify(() => questions.height > 300);   // laid out for step 1
        const n = questions.count;
        verify(n >= 8);
        for (let i = 0; i < n; ++i) {
            tryCompare(questions, "currentIndex", i);
            const item = questions.currentItem;
            tryVerify(() => Math.abs(item.x - questions.contentX) < 1); // the question is in view
            waitForItemPolished(item);
            const button = findChild(item, i === 0 ? "noButton" : "yesButton");
            tryVerify(() => button.height > 0 && button.y + button.height <= item.height);
            mouseClick(button);
        }
        const summary = findChild(page, "summary");
        tryVerify(() => summary.visible);
        verify(summary.text.indexOf(String(n - 1)) >= 0);
        mouseClick(findChild(page, "submitButton"));
        tryVerify(() => findChild(page, "doneMessage").visible);
        compare(findChild(page, "stageChip").stage, 2);   // declared, awaiting verification
        h.workspace.unlock();
        compare(h.workspace.lockedHousehold, "");
    }
}
