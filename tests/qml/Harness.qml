import QtQuick
import QtQuick.Controls
import KhuyenHoc
import KhuyenHocTest

// What the pages need around them in a test: a configured workspace on a fresh database, the sync
// controller and a navigator over a stack view, in a phone-sized item.
Item {
    id: harness
    width: 360
    height: 700
    property string server: "http://127.0.0.1:9"
    readonly property alias workspace: ws
    readonly property alias sync: syncController
    readonly property alias nav: navigator
    readonly property alias stack: stackView

    Workspace {
        id: ws
    }
    SyncController {
        id: syncController
        autoSync: false
    }
    StackView {
        id: stackView
        anchors.fill: parent
    }
    Navigator {
        id: navigator
        stack: stackView
        workspace: ws
        sync: syncController
    }

    function start(name: string): bool {
        if (!ws.open(ws.defaultPath() + "." + name + "." + Date.now() + ".db"))
            return false;
        syncController.workspace = ws;
        if (!ws.configure(harness.server, ["22945"], "Cán bộ Thử"))
            return false;
        TestAccounts.signInAsCommuneStaff(ws, harness.server);
        return true;
    }
    function village(name: string): string {
        const f = villageForm.createObject(harness, {
                "workspace": ws
            });
        f.name = name;
        const id = f.save();
        f.destroy();
        return id;
    }
    function household(village: string, family: string, given: string): string {
        const f = householdForm.createObject(harness, {
                "workspace": ws
            });
        f.villageId = village;
        f.headFamilyName = family;
        f.headGivenName = given;
        const id = f.save();
        f.destroy();
        return id;
    }
    Component {
        id: villageForm
        VillageForm {
        }
    }
    Component {
        id: householdForm
        HouseholdForm {
        }
    }
}
