pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// Recording a contribution (phiếu thu) in a few taps: from a household's or a clan's page the giver is that
// household or clan; from the fund page a walk-in donor is named. The amount shows as money while it is typed;
// after saving, the receipt is shown to hand over (its number from this phone's own series, so it never collides
// offline).
Page {
    id: page
    required property Navigator nav
    property string recordId      // the household giving, or empty for a walk-in donor
    property string clanId        // the clan giving (from a clan's page)
    property string fundId
    property string voucher
    property string receiptFile // the receipt's PDF, once saved
    property string donorId     // a walk-in giver chosen from the books (the same person giving again)
    property string donorIdName // the name it was chosen under: typing another name forgets the choice
    property bool donorIdAnonymous // its public-list choice: ticking the box otherwise makes a record of its own
    title: qsTr("Contribution")

    FundController {
        id: fund
        objectName: "fundController"
        workspace: page.nav.workspace
        fundId: page.fundId
        householdId: page.recordId
        clanId: page.clanId
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        contentWidth: width   // no sideways scrolling: text wraps
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap

            Label {
                Layout.fillWidth: true
                text: fund.fundName.length > 0 ? fund.fundName : qsTr("No study fund on this phone yet: sync first.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            // Several funds (the commune's, a clan board's): the one it goes into, chosen for the giver already.
            ChoiceField {
                objectName: "fundChoice"
                visible: page.voucher.length === 0 && fund.fundNames.length > 1
                label: qsTr("Into the fund")
                options: fund.fundNames
                currentIndex: fund.fundIndex
                onActivated: index => fund.chooseFund(index)
            }
            FormField {
                id: donor
                objectName: "donorField"
                visible: page.voucher.length === 0
                label: qsTr("Who gives")
                text: fund.householdName
                placeholder: qsTr("Full name, or the business's name")
                onEdited: value => donor.text = value
            }
            // A walk-in giver typed again: the books' record is offered (two people may share a name, so the
            // officer chooses; nothing is merged behind their back).
            Label {
                Layout.fillWidth: true
                visible: matches.count > 0
                text: qsTr("Already in the books? Tap to choose:")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Repeater {
                id: matches
                model: page.voucher.length === 0 && page.recordId.length === 0 && page.clanId.length === 0 && page.donorIdName !== donor.text ? fund.donorMatches(donor.text) : []
                delegate: ListRow {
                    required property var modelData
                    objectName: "donorMatch"
                    Layout.fillWidth: true
                    title: modelData.name
                    detail: modelData.detail
                    onClicked: {
                        page.donorId = modelData.donorId;
                        page.donorIdName = modelData.name;
                        page.donorIdAnonymous = modelData.anonymous;
                        donor.text = modelData.name;
                        anonymous.checked = modelData.anonymous;
                    }
                }
            }
            Label {
                objectName: "donorChosen"
                Layout.fillWidth: true
                visible: page.donorId.length > 0 && page.donorIdName === donor.text && anonymous.checked === page.donorIdAnonymous
                text: qsTr("✓ The same giver as before: the gift is added to their record.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.ok
                wrapMode: Text.WordWrap
            }
            FormField {
                id: amount
                objectName: "amountField"
                visible: page.voucher.length === 0
                label: qsTr("Amount (đồng)")
                placeholder: qsTr("e.g. %1").arg("200.000")
                inputHints: Qt.ImhDigitsOnly
                onEdited: value => amount.text = value
            }
            Label {
                objectName: "amountPreview"
                Layout.fillWidth: true
                visible: page.voucher.length === 0 && text.length > 0
                text: fund.preview(amount.text)
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                color: Theme.primary
            }
            ChoiceField {
                id: method
                objectName: "methodField"
                visible: page.voucher.length === 0
                label: qsTr("Paid in")
                options: [qsTr("Cash"), qsTr("Bank transfer"), qsTr("Goods")]   // pb::PaymentMethod − 1
                currentIndex: 0
                onActivated: index => method.currentIndex = index
            }
            FormField {
                id: goods
                visible: page.voucher.length === 0 && method.currentIndex === 2
                label: qsTr("Which goods (the amount is their value)")
                placeholder: qsTr("e.g. 20 sets of textbooks")
                onEdited: value => goods.text = value
            }
            CheckField {
                id: anonymous
                objectName: "anonymousCheck"
                visible: page.voucher.length === 0
                text: qsTr("Anonymous on the public list (the books keep the name)")
            }
            Label {
                objectName: "fundError"
                Layout.fillWidth: true
                visible: fund.error.length > 0
                text: fund.error
                textFormat: Text.PlainText
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "saveContributionButton"
                visible: page.voucher.length === 0
                highlighted: true
                enabled: fund.fundName.length > 0
                text: qsTr("Save the receipt")
                onClicked: page.voucher = fund.recordContribution(page.recordId, donor.text, amount.text, method.currentIndex + 1, method.currentIndex === 2 ? goods.text : "", anonymous.checked, page.donorIdName === donor.text ? page.donorId : "")
            }
            // The receipt to hand over.
            Rectangle {
                Layout.fillWidth: true
                visible: page.voucher.length > 0
                implicitHeight: receipt.implicitHeight + 2 * Theme.margin
                color: Theme.surface
                border.color: Theme.primary
                radius: Theme.radius
                ColumnLayout {
                    id: receipt
                    x: Theme.margin
                    y: Theme.margin
                    width: parent.width - 2 * Theme.margin
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("RECEIPT")
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Label {
                        objectName: "voucherText"
                        Layout.fillWidth: true
                        text: qsTr("No. %1").arg(page.voucher)
                        textFormat: Text.PlainText
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Label {
                        objectName: "receiptDate"
                        Layout.fillWidth: true
                        text: qsTr("Date: %1").arg(fund.today)
                        textFormat: Text.PlainText
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Label {
                        objectName: "receiptText"
                        Layout.fillWidth: true
                        text: method.currentIndex === 2 ? qsTr("Received from %1 goods: %2, valued at %3, for %4.").arg(donor.text).arg(goods.text).arg(fund.preview(amount.text)).arg(fund.fundName) : qsTr("Received from %1 the sum of %2 for %3.").arg(donor.text).arg(fund.preview(amount.text)).arg(fund.fundName)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "receiptWords"
                        Layout.fillWidth: true
                        //: The amount written in words on a receipt (Vietnamese words, as the law asks)
                        text: qsTr("In words: %1").arg(fund.amountInWords(amount.text))
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Collected by %1. The commune's association gives the official number on approval.").arg(page.nav.workspace.officerName)
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                    }
                }
            }
            // The receipt as a file, to print or send through a chat app: saved, then opened with the phone's viewer
            // (from which it is printed or shared).
            BigButton {
                objectName: "receiptPdfButton"
                visible: page.voucher.length > 0 && page.receiptFile.length === 0
                text: qsTr("Save the receipt as PDF")
                onClicked: page.receiptFile = fund.saveReceiptPdf()
            }
            Label {
                objectName: "receiptFileText"
                Layout.fillWidth: true
                visible: page.receiptFile.length > 0
                text: fund.savedText(page.receiptFile)
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "openReceiptButton"
                visible: page.receiptFile.length > 0
                text: qsTr("Open to print or send")
                onClicked: fund.openSaved(page.receiptFile)
            }
            BigButton {
                visible: page.voucher.length > 0
                text: qsTr("Done")
                onClicked: page.nav.back()
            }
        }
    }
}
