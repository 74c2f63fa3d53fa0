import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// A full-width button for the main actions, large enough for thumbs and older eyes.
Button {
    Layout.fillWidth: true
    Layout.minimumHeight: Theme.touch + 8
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase   // Vietnamese reads better than in capitals
}
