pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The study fund (quỹ khuyến học): its balance now, the year's money by source and by programme, what waits
// for approval, the receipts and the awards; a contribution is recorded from here or from a household's page.
// Commune staff approve, pay awards, cancel a wrong receipt with a reason and close the books here; each step
// that moves money, cancels or makes many records asks first. Every figure comes from FundController (computed
// from the records); nothing is typed as a balance.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Study fund")

    FundController {
        id: fund
        objectName: "fundController"
        workspace: page.nav.workspace
        fundId: page.recordId
    }

    ConfirmDialog {
        id: confirmPay
        objectName: "confirmPay"
        property string awardId
        property string decision
        property string who
        property string value
        //: %1: an amount ("1.000.000 ₫"); %2: the beneficiary's name
        question: qsTr("Pay %1 to %2?").arg(confirmPay.value).arg(confirmPay.who)
        message: qsTr("A payment voucher is written in the fund's book with this phone's number. It cannot be changed; a wrong one is cancelled with a reason.")
        acceptText: qsTr("Pay")
        onAccepted: fund.payAward(confirmPay.awardId, confirmPay.decision)
    }
    ConfirmDialog {
        id: confirmReverse
        objectName: "confirmReverse"
        property string entryId
        property bool payment
        property string voucher
        property string reason
        destructive: true
        //: %1: the receipt's or payment's voucher number
        question: confirmReverse.payment ? qsTr("Cancel payment %1?").arg(confirmReverse.voucher) : qsTr("Cancel receipt %1?").arg(confirmReverse.voucher)
        //: %1: the reason the officer typed
        message: qsTr("Nothing is deleted: the book keeps the entry and a cancelling entry dated today, with the reason \"%1\".").arg(confirmReverse.reason)
        acceptText: confirmReverse.payment ? qsTr("Cancel the payment") : qsTr("Cancel the receipt")
        rejectText: qsTr("Keep it")
        onAccepted: fund.reverseEntry(confirmReverse.entryId, confirmReverse.reason)
    }
    ConfirmDialog {
        id: confirmDecline
        objectName: "confirmDecline"
        property string awardId
        property string who
        property string reason
        destructive: true
        //: %1: the child's name
        question: qsTr("Decline the award for %1?").arg(confirmDecline.who)
        //: %1: the reason the commune typed
        message: qsTr("The proposal stays in the books as declined, with the reason \"%1\". It is never paid, and the child is not proposed again from the register for this programme.").arg(confirmDecline.reason)
        acceptText: qsTr("Decline")
        rejectText: qsTr("Keep it")
        onAccepted: fund.declineAward(confirmDecline.awardId, confirmDecline.reason)
    }
    ConfirmDialog {
        id: confirmPropose
        objectName: "confirmPropose"
        property string programmeId
        property string programmeName
        property int count
        property string names
        //: %1: how many children ("3 children"); %2: the programme's name
        question: qsTr("Propose %1 for %2?").arg(qsTr("%Ln child(ren)", "", confirmPropose.count)).arg(confirmPropose.programmeName)
        message: confirmPropose.names + "\n\n" + qsTr("Children of school age in poor or near-poor households, orphans and those with a disability, from the household register, who have no award in this programme yet. The commune approves each one.")
        acceptText: qsTr("Propose them")
        onAccepted: fund.proposeFromRegister(confirmPropose.programmeId)
    }
    ConfirmDialog {
        id: confirmClose
        objectName: "confirmClose"
        property string through
        destructive: true
        //: %1: a day, dd/mm/yyyy
        question: qsTr("Close the books through %1?").arg(confirmClose.through)
        message: qsTr("After this, no receipt or payment dated on or before that day is accepted, on any phone. It cannot be undone from a phone.")
        acceptText: qsTr("Close the books")
        rejectText: qsTr("Not now")
        onAccepted: fund.closeBooks(confirmClose.through)
    }

    // A receipt or a payment: who and how much, its voucher, date and state; its official number; cancelling it.
    Component {
        id: entryRow
        ColumnLayout {
            id: receiptRow
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: receiptRow.modelData.who + " · " + receiptRow.modelData.amount
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: receiptRow.modelData.line
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: receiptRow.modelData.canApprove
                Layout.fillWidth: true
                TextField {
                    id: official
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    placeholderText: receiptRow.modelData.kind === "payment" ? qsTr("Official number, e.g. PC 12/2026") : qsTr("Official number, e.g. PT 12/2026")
                    placeholderTextColor: Theme.hint
                    font.italic: length === 0
                }
                Button {
                    Layout.minimumHeight: Theme.touch
                    font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                    text: qsTr("Approve")
                    onClicked: fund.approve(receiptRow.modelData.entryId, official.text)
                }
            }
            // Cancelling a wrong receipt: the reason first, then the question.
            // Outlined in red, apart from Approve: plain text right under it was easy to tap by mistake.
            BigButton {
                id: reverseButton
                objectName: "reverseButton"
                visible: receiptRow.modelData.canReverse && !reasonRow.visible
                destructive: true
                text: receiptRow.modelData.kind === "payment" ? qsTr("Cancel this payment…") : qsTr("Cancel this receipt…")
                onClicked: reasonRow.visible = true
            }
            RowLayout {
                id: reasonRow
                visible: false
                Layout.fillWidth: true
                TextField {
                    id: reason
                    objectName: "reasonField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    placeholderText: qsTr("Why, e.g. wrong amount")
                    placeholderTextColor: Theme.hint
                    font.italic: length === 0
                }
                Button {
                    objectName: "reverseConfirmButton"
                    Layout.minimumHeight: Theme.touch
                    font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                    enabled: reason.text.trim().length > 0
                    text: receiptRow.modelData.kind === "payment" ? qsTr("Cancel payment") : qsTr("Cancel receipt")
                    onClicked: {
                        confirmReverse.entryId = receiptRow.modelData.entryId;
                        confirmReverse.payment = receiptRow.modelData.kind === "payment";
                        confirmReverse.voucher = receiptRow.modelData.voucher;
                        confirmReverse.reason = reason.text.trim();
                        confirmReverse.open();
                    }
                }
            }
        }
    }
    ErrorBar {
        id: errorBar
        anchors {
            left: parent.left
            right: parent.right
            bottom: parent.bottom
        }
        text: fund.error
        textName: "fundPageError"
    }
    Flickable {
        anchors {
            left: parent.left
            right: parent.right
            top: parent.top
            bottom: errorBar.top
        }
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
                visible: fund.funds.length === 0
                text: qsTr("No study fund on this phone yet. The commune's association opens it; it arrives with the next sync.")
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            Repeater {
                // More than one fund: choose.
                model: fund.funds.length > 1 ? fund.funds : []
                delegate: ListRow {
                    id: fundRow
                    required property var modelData
                    Layout.fillWidth: true
                    title: fundRow.modelData.name
                    detail: fundRow.modelData.balance
                    onClicked: fund.fundId = fundRow.modelData.fundId
                }
            }
            Label {
                Layout.fillWidth: true
                visible: fund.fundName.length > 0
                text: fund.fundName
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "balanceText"
                Layout.fillWidth: true
                visible: fund.fundName.length > 0
                text: fund.wholeBook ? qsTr("Balance now: %1").arg(fund.balance) : qsTr("This phone holds the entries of your villages only: the fund's balance and figures are on the commune's phones.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: fund.wholeBook
                color: fund.wholeBook ? Theme.primary : Theme.muted
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "contributeButton"
                visible: fund.fundName.length > 0
                highlighted: true
                text: qsTr("Record a contribution")
                onClicked: page.nav.open("ContributionPage", {
                        "recordId": "",
                        "fundId": fund.fundId
                    })
            }
            SectionHeader {
                visible: fund.figures.length > 0
                title: qsTr("This year")
            }
            Repeater {
                model: fund.figures
                // Placed by hand, not a RowLayout: after the window widened, the layout kept each row at the
                // height its wrapped words had before, and the amounts stood beside the wrong lines.
                delegate: Item {
                    id: figureRow
                    required property var modelData
                    objectName: "figure" + index
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(figureName.implicitHeight, figureValue.implicitHeight)
                    Label {
                        id: figureName
                        objectName: "figureName"
                        x: figureRow.modelData.sub ? Theme.margin : 0
                        width: parent.width - x - figureValue.implicitWidth - Theme.gap
                        text: figureRow.modelData.label
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: !figureRow.modelData.sub
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        id: figureValue
                        objectName: "figureValue"
                        anchors.right: parent.right
                        text: figureRow.modelData.value
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
            SectionHeader {
                visible: fund.receipts.length > 0
                title: qsTr("Receipts")
            }
            Repeater {
                model: fund.receipts
                delegate: entryRow
            }
            SectionHeader {
                visible: fund.payments.length > 0
                title: qsTr("Payments")
            }
            Repeater {
                objectName: "payments"
                model: fund.payments
                delegate: entryRow
            }
            SectionHeader {
                visible: fund.programmes.length > 0 || fund.awards.length > 0
                title: qsTr("Scholarships and awards")
            }
            Repeater {
                model: fund.programmes
                // The button under the name, not beside it: beside, the name was squeezed to a word per line.
                delegate: ColumnLayout {
                    id: programmeRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: programmeRow.modelData.name
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: programmeRow.modelData.detail
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                        }
                    }
                    Button {
                        objectName: "proposeButton"
                        visible: programmeRow.modelData.canPropose
                        Layout.minimumHeight: Theme.touch
                        font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                        text: qsTr("Propose from the register")
                        onClicked: {
                            const preview = fund.candidatePreview(programmeRow.modelData.programmeId);
                            const n = preview.count;
                            if (n === 0) {
                                fund.proposeFromRegister(programmeRow.modelData.programmeId); // says there is no one
                                return;
                            }
                            confirmPropose.programmeId = programmeRow.modelData.programmeId;
                            confirmPropose.programmeName = programmeRow.modelData.name;
                            confirmPropose.count = n;
                            confirmPropose.names = preview.names;
                            confirmPropose.open();
                        }
                    }
                }
            }
            Repeater {
                model: fund.awards
                delegate: ColumnLayout {
                    id: awardRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: awardRow.modelData.who + " · " + awardRow.modelData.value
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "awardDetail"
                        Layout.fillWidth: true
                        text: awardRow.modelData.detail + "\n" + awardRow.modelData.state
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                    }
                    Button {
                        objectName: "approveAwardButton"
                        visible: awardRow.modelData.canApprove
                        Layout.minimumHeight: Theme.touch
                        font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                        text: qsTr("Approve")
                        onClicked: fund.approveAward(awardRow.modelData.awardId)
                    }
                    // Declining: the reason first, then the question; outlined in red, apart from Approve.
                    BigButton {
                        objectName: "declineAwardButton"
                        visible: awardRow.modelData.canDecline && !declineRow.visible
                        destructive: true
                        text: qsTr("Decline…")
                        onClicked: declineRow.visible = true
                    }
                    RowLayout {
                        id: declineRow
                        visible: false
                        Layout.fillWidth: true
                        TextField {
                            id: declineReason
                            objectName: "declineReasonField"
                            Layout.fillWidth: true
                            Layout.minimumHeight: Theme.touch
                            placeholderText: qsTr("Why, e.g. has a school grant")
                            placeholderTextColor: Theme.hint
                            font.italic: length === 0
                        }
                        Button {
                            objectName: "declineConfirmButton"
                            Layout.minimumHeight: Theme.touch
                            font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                            enabled: declineReason.text.trim().length > 0
                            text: qsTr("Decline")
                            onClicked: {
                                confirmDecline.awardId = awardRow.modelData.awardId;
                                confirmDecline.who = awardRow.modelData.who;
                                confirmDecline.reason = declineReason.text.trim();
                                confirmDecline.open();
                            }
                        }
                    }
                    RowLayout {
                        visible: awardRow.modelData.canPay
                        Layout.fillWidth: true
                        TextField {
                            id: decision
                            objectName: "decisionField"
                            Layout.fillWidth: true
                            Layout.minimumHeight: Theme.touch
                            placeholderText: qsTr("Decision number (if any)")
                            placeholderTextColor: Theme.hint
                            font.italic: length === 0
                        }
                        Button {
                            objectName: "payAwardButton"
                            Layout.minimumHeight: Theme.touch
                            font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                            text: qsTr("Pay")
                            onClicked: {
                                confirmPay.awardId = awardRow.modelData.awardId;
                                confirmPay.decision = decision.text.trim();
                                confirmPay.who = awardRow.modelData.who;
                                confirmPay.value = awardRow.modelData.value;
                                confirmPay.open();
                            }
                        }
                    }
                }
            }
            SectionHeader {
                visible: fund.canClose
                title: qsTr("Closing the books")
            }
            Label {
                objectName: "closedText"
                Layout.fillWidth: true
                visible: fund.fundName.length > 0
                text: fund.closedThrough.length > 0 ? qsTr("The books are closed through %1.").arg(fund.closedThrough) : qsTr("The books have not been closed yet.")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: fund.canClose
                Layout.fillWidth: true
                TextField {
                    id: closeDate
                    objectName: "closeDateField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touch
                    text: fund.suggestedClose
                    inputMethodHints: Qt.ImhDate
                    placeholderText: qsTr("dd/mm/yyyy")
                    placeholderTextColor: Theme.hint
                    font.italic: length === 0
                }
                Button {
                    objectName: "closeBooksButton"
                    Layout.minimumHeight: Theme.touch
                    font.capitalization: Font.MixedCase // Vietnamese reads better than in capitals
                    text: qsTr("Close the books")
                    onClicked: {
                        confirmClose.through = closeDate.text.trim();
                        confirmClose.open();
                    }
                }
            }
        }
    }
}
