import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A full-width button, large enough for thumbs and older eyes, readable in the sun. Its looks say what it
// does: `highlighted`, the main action (filled green); the default, another action (outlined green); `flat`,
// a small side step (green text); `destructive`, deleting or removing (outlined red, and pages keep it apart
// from the main actions). Long labels wrap instead of being cut.
Button {
    id: control
    property bool destructive: false
    readonly property color ink: !enabled ? Theme.disabledText : highlighted ? Theme.textOnPrimary : destructive ? Theme.danger : Theme.primary

    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touch + 8
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase   // Vietnamese reads better than in capitals
    font.bold: highlighted

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        implicitHeight: Theme.touch
        implicitWidth: Theme.touch * 2
        radius: Theme.radius
        color: {
            if (!control.enabled)
                return control.flat ? "transparent" : Theme.disabledSurface;
            if (control.highlighted)
                return control.down ? Theme.primaryPressed : Theme.primary;
            if (control.down)
                return control.destructive ? Theme.dangerSurface : Theme.okSurface;
            return control.flat ? "transparent" : Theme.surface;
        }
        border.width: control.flat || control.highlighted || !control.enabled ? 0 : 2
        border.color: control.destructive ? Theme.danger : Theme.primary
    }
}
