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


    function open(page: string, props: var): Item {
        return stack.push(Qt.resolvedUrl("../pages/" + page + ".qml"), Object.assign({ nav: nav }, props || {}))
    }
    function replace(page: string, props: var): void {
        stack.replace(null, Qt.resolvedUrl("../pages/" + page + ".qml"), Object.assign({ nav: nav }, props || {}))
    }
    function back(): void {
        if (stack.depth > 1)
            stack.pop()
    }
}
