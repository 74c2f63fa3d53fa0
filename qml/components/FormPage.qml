import QtQuick
import QtQuick.Controls
import KhuyenHoc

// A page that edits a record. What is typed is kept as a draft while it is typed (FormBase), and a draft left
// from before shows with a mark. Going back with changes not saved asks first: save, discard the changes, or
// keep editing. The page saves in its own way (saveRequested), as its Save button does, and then Back goes on.
// Beside a list (MasterDetail) "back" leaves the list's page, and tapping another record of the list asks the same.
Page {
    id: page
    required property Navigator nav
    property FormBase form: null
    // The draft mark's text, under the title; the page places `draftMark` where it fits.
    readonly property string draftText: page.form && page.form.hasDraft ? qsTr("Draft not saved yet, from %1").arg(page.form.draftTime) : ""
    signal saveRequested
    // Saved or discarded after ask(false): the page beside a list goes on to the record tapped.
    signal changesSettled
    property bool leaveWhenSettled: true

    // Navigator.back() asks this first: true when the page asked the person instead of leaving.
    function interceptBack(): bool {
        return page.ask(true);
    }
    // With changes not saved: asks, and once they are saved or discarded leaves (`leave`) or says so
    // (changesSettled); returns true. Without: returns false, and the caller goes on itself.
    function ask(leave: bool): bool {
        if (!page.form || !page.form.modified)
            return false;
        page.leaveWhenSettled = leave;
        leaveDialog.open();
        return true;
    }
    function settle(): void {
        if (page.leaveWhenSettled)
            page.nav.leave();
        else
            page.changesSettled();
    }

    ConfirmDialog {
        id: leaveDialog
        objectName: "leaveDialog"
        question: qsTr("Save your changes?")
        message: qsTr("You changed this form and have not saved it.")
        acceptText: qsTr("Save")
        rejectText: qsTr("Keep editing")
        discardText: qsTr("Discard changes")
        // Saved, Back goes on: unless the page has left already (a new record's form gives way to its page), or
        // could not save (its errors show).
        onAccepted: {
            const inStack = page.StackView.view !== null; // not beside a list
            page.saveRequested();
            const onTop = !inStack || page.nav.stack.currentItem === page;
            if (page.form && !page.form.modified && onTop)
                page.settle();
        }
        onDiscarded: {
            page.form.discardChanges();
            page.settle();
        }
    }
}
