import QtQuick
import QtQuick.Templates as T
import KhuyenHoc

// What every page needs to move on: the stack, the workspace and the sync controller. Main creates one;
// tests create their own around a bare StackView.
QtObject {
    id: nav
    required property T.StackView stack
    required property Workspace workspace
    required property SyncController sync
    property AppSettings settings   // null in tests that do not need it
    property Profiles profiles      // null with a database given on the command line (no login, no lock)

    // Pages are compiled into the module; a page that fails to load says why in the log.
    function component(page: string): Component {
        const c = Qt.createComponent(Qt.resolvedUrl("../pages/" + page + ".qml"));
        if (c.status === Component.Error)
            console.warn("page", page, "failed to load:", c.errorString());
        return c;
    }
    function open(page: string, props: var): Item {
        return stack.push(component(page), Object.assign({
                    "nav": nav
                }, props || {}));
    }
    // The current page gives way to another (a new record's form to the record's page).
    function swap(page: string, props: var): Item {
        return stack.replace(component(page), Object.assign({
                    "nav": nav
                }, props || {}));
    }
    function replace(page: string, props: var): void {
        stack.replace(null, component(page), Object.assign({
                    "nav": nav
                }, props || {}));
    }
    // Back one page, as the back button, Android's back gesture and Escape do. A form with changes not saved
    // asks first (FormPage), also one shown beside a list (ListPage).
    function back(): void {
        const form = stack.currentItem as FormPage;
        if (form && form.interceptBack())
            return;
        const list = stack.currentItem as ListPage;
        if (list && list.panes && list.panes.interceptBack())
            return;
        leave();
    }
    // Back one page without asking (the page has saved, or the person chose to discard).
    function leave(): void {
        if (stack.depth > 1)
            stack.pop();
    }
}
