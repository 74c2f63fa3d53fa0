pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A short choice as buttons side by side (sex, relation): one tap instead of opening a list and choosing.
// `currentIndex` is the protobuf enum value, as in ChoiceField; the options shown are 1.. (0 is "not given":
// tapping the chosen one again clears it). Each button's objectName is the field's plus "Option<value>".
Column {
    id: field
    property string label
    property var options: []
    property int currentIndex: 0
    signal activated(int index)

    spacing: 2
    Layout.fillWidth: true
    Label {
        text: field.label
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
        width: field.width
        wrapMode: Text.WordWrap
    }
    Flow {
        width: field.width
        spacing: Theme.gap
        Repeater {
            model: Math.max(0, field.options.length - 1)
            delegate: Button {
                id: chip
                required property int index
                readonly property int value: index + 1
                readonly property bool chosen: field.currentIndex === value
                objectName: field.objectName + "Option" + value
                text: (chosen ? "✓ " : "") + field.options[value]
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
                height: Math.max(implicitHeight, Theme.touch)
                topInset: 0
                bottomInset: 0
                Accessible.checkable: true
                Accessible.checked: chosen
                onClicked: field.activated(chosen ? 0 : value)
                contentItem: Label {
                    text: chip.text
                    font: chip.font
                    color: chip.chosen ? Theme.textOnPrimary : Theme.primary
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: chip.chosen ? Theme.primary : (chip.down ? Theme.okSurface : Theme.surface)
                    border.width: 2
                    border.color: Theme.primary
                }
            }
        }
    }
    Item {
        width: field.width
        height: Theme.gap
    }
}
