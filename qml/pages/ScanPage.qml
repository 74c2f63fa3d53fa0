pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import KhuyenHoc

// Reading the server's address from the QR code khuyenhoc-server prints: the camera's picture, and the address
// handed back to the login page as soon as a code holding one is read. A code that holds something else says so
// and the camera keeps looking.
Page {
    id: page
    required property Navigator nav
    property string recordId
    property string notAnAddress
    signal scanned(string address)
    title: qsTr("Scan the server's code")

    CaptureSession {
        camera: Camera {
            id: camera
            // Only while the page is shown: not during the pushing and popping, nor behind another page.
            active: page.StackView.status === StackView.Active
        }
        videoOutput: output
    }

    QrScanner {
        id: scanner
        objectName: "qrScanner"
        videoSink: output.videoSink
        onFound: text => {
            if (page.StackView.status !== StackView.Active)
                return; // a frame read while the page is closing: it is not the person's choice any more
            const address = page.nav.workspace.serverAddressIn(text);
            if (address.length === 0) {
                page.notAnAddress = qsTr("This code does not hold a server address. Aim at the code the server shows.");
                return;
            }
            page.nav.back();
            page.scanned(address);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Aim the camera at the square code on the server's screen. The address is filled in by itself.")
        }
        VideoOutput {
            id: output
            Layout.fillWidth: true
            Layout.fillHeight: true
            fillMode: VideoOutput.PreserveAspectFit
        }
        Label {
            objectName: "scanMessage"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            visible: text.length > 0
            color: Theme.danger
            text: page.notAnAddress.length > 0 ? page.notAnAddress : camera.errorString.length > 0 ? qsTr("The camera cannot be used. Type or paste the address instead.") : ""
        }
        BigButton {
            text: qsTr("Type the address instead")
            onClicked: page.nav.back()
        }
    }
}
