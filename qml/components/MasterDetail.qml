import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A list and the record tapped in it: on a phone the record's page opens over the list; on a wide window (a
// tablet, a desktop) it opens beside it, with its title on top, and the first record is shown rather than an
// empty half. The page puts its list (search, filters, ListView) inside; `show(id)` opens a record.
// A form shown beside the list keeps its draft as it is typed, like any form; Back on the list page, and a tap on
// another record, ask about its changes first (interceptBack, which Navigator.back calls; FormPage.ask).
Item {
    id: md
    required property Navigator nav
    property string detailPage             // the record's page: "HouseholdPage", "ClanFormPage"
    property var paneProps: ({})           // more properties for the page when it is beside the list
    property string placeholder            // the empty half's text, before anything is tapped
    property string detailName: "detail"   // the pane's objectName, for tests
    property string selected               // the record beside the list (wide windows)
    property string pendingRecord          // tapped while the form beside the list asks about its changes
    readonly property bool wide: width >= Theme.wide
    readonly property Item listArea: listColumn
    default property alias content: listColumn.data
    // Emitted when a wide window has nothing beside the list yet: the page shows its first record, if any.
    signal wantsFirst

    function show(recordId: string): void {
        if (!md.wide) {
            md.nav.open(md.detailPage, {
                    "recordId": recordId
                });
            return;
        }
        // A changed form beside the list asks first, as Back does; the other record opens once it is saved or
        // its changes discarded (later: the form's dialog is still running when it goes).
        const form = detail.item as FormPage;
        if (recordId !== md.selected && form !== null && form.ask(false)) {
            md.pendingRecord = recordId;
            return;
        }
        md.selected = recordId;
        detail.setSource(Qt.resolvedUrl("../pages/" + md.detailPage + ".qml"), Object.assign({
                    "nav": md.nav,
                    "recordId": recordId
                }, md.paneProps));
    }
    // For a page's onCountChanged and the like: the first record when a wide window shows none.
    function showFirst(firstId: string): void {
        if (md.wide && md.selected.length === 0 && firstId.length > 0)
            md.show(firstId);
    }
    function interceptBack(): bool {
        const form = detail.item as FormPage;
        return form !== null && form.interceptBack();
    }
    // A window made narrow (a tablet turned upright) keeps the record that was beside the list open, now over it
    // (unless another page is over the list); a form's typed changes come back from its draft.
    onWideChanged: {
        if (!md.wide && md.selected.length > 0) {
            const form = detail.item as FormPage;
            if (form !== null && form.form !== null)
                form.form.keepDraft(); // before the page over the list reads it
            const open = md.selected;
            md.selected = "";
            if (md.visible)
                md.nav.open(md.detailPage, {
                        "recordId": open
                    });
        }
        md.wantsFirst();
    }

    Connections {
        target: detail.item as FormPage
        ignoreUnknownSignals: true
        function onChangesSettled(): void {
            if (md.pendingRecord.length > 0)
                showPending.start(); // after the form's dialog has finished
        }
    }
    Timer {
        id: showPending
        interval: 0
        onTriggered: {
            const next = md.pendingRecord;
            md.pendingRecord = "";
            md.show(next);
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ColumnLayout {
            id: listColumn
            Layout.fillHeight: true
            Layout.fillWidth: !md.wide
            Layout.preferredWidth: md.wide ? Math.min(440, md.width * 0.42) : -1
            spacing: 0
        }
        Rectangle {
            visible: md.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.divider
        }
        ColumnLayout {
            visible: md.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            Label {
                objectName: "detailTitle"
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                Layout.bottomMargin: 0
                visible: detail.item !== null && md.selected.length > 0
                text: detail.item ? (detail.item as Page).title : ""
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Loader {
                id: detail
                objectName: md.detailName
                Layout.fillWidth: true
                Layout.fillHeight: true
                active: md.wide && md.selected.length > 0
            }
            EmptyState {
                visible: md.selected.length === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
                message: md.placeholder
            }
        }
    }
}
