import QtQuick
import QtQuick.Controls
import QtTest
import KhuyenHoc

// The sync bar is always honest: it counts what has not been sent and, when a sync fails, says so.
TestCase {
    id: test
    // Any warning from the app's own QML (a binding loop, a TypeError) fails the test.
    function init(): void {
        failOnWarning(/^qrc:\/KhuyenHoc\//);
    }
    name: "SyncBar"
    when: windowShown
    visible: true
    width: 360
    height: 700

    Harness {
        id: h
        anchors.fill: parent
    }
    SyncBar {
        id: bar
        width: 360
        sync: h.sync
    }
    SignalSpy {
        id: finished
        target: h.sync
        signalName: "finished"
    }

    function test_pendingAndFailure() {
        verify(h.start("bar"));
        const pending = findChild(bar, "pendingLabel");
        verify(pending.text.indexOf("0") < 0 || h.sync.pendingCount === 0);
        // Never synced: nothing waits, but nothing was sent either, so it does not say "everything sent".
        verify(!h.sync.everSynced);
        compare(h.sync.pendingCount, 0);
        compare(pending.text, qsTr("Nothing waiting to be sent"));
        // Before any sync this session, the bar claims nothing about the network unless the platform said.
        compare(findChild(bar, "onlineDot").visible, h.sync.onlineKnown);
        const v = h.village("Thôn Tân Thành");
        h.household(v, "Phạm", "Quang");
        compare(h.sync.pendingCount, 3);                  // by record: the village, the household, its head
        verify(pending.text.indexOf("3") >= 0);
        verify(!h.sync.needsAttention);
        compare(bar.color, Theme.okSurface);
        verify(!findChild(bar, "syncProgress").visible);
        mouseClick(findChild(bar, "syncButton"));
        finished.wait(20000);
        compare(finished.count, 1);
        compare(h.sync.errorKind, SyncController.Offline);
        compare(findChild(bar, "lastSyncLabel").text, h.sync.errorTitle);
        compare(h.sync.pendingCount, 3);                  // nothing lost
        verify(h.sync.onlineKnown);                       // it tried: now it knows
        verify(findChild(bar, "onlineDot").visible);
        verify(h.sync.needsAttention);                    // a failed sync is never green
        compare(bar.color, Theme.warningSurface);
    }

    function test_conflictsPageEmpty() {
        const page = h.nav.open("ConflictsPage", {});
        tryCompare(h.stack, "busy", false);
        compare(findChild(page, "conflictList").count, 0);
    }
}
