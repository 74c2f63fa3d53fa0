pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The study fund (quỹ khuyến học): its balance now, the year's money by source and by programme, what waits
// for approval, and the receipts; a contribution is recorded from here or from a household's page. Every figure
// comes from FundController (computed from the records); nothing is typed as a balance.
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

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
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
                text: qsTr("Balance now: %1").arg(fund.balance)
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.primary
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
                delegate: RowLayout {
                    id: figureRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: figureRow.modelData.sub ? Theme.margin : 0
                        text: figureRow.modelData.label
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: !figureRow.modelData.sub
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        text: figureRow.modelData.value
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
            SectionHeader {
                visible: fund.receipts.length > 0
                title: qsTr("Receipts")
            }
            Repeater {
                model: fund.receipts
                delegate: ColumnLayout {
                    id: receiptRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: receiptRow.modelData.donor + " · " + receiptRow.modelData.amount
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Receipt %1 · %2 · %3").arg(receiptRow.modelData.voucher).arg(receiptRow.modelData.date).arg(receiptRow.modelData.state)
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
                            placeholderText: qsTr("Official number, e.g. PT 12/2026")
                        }
                        Button {
                            Layout.minimumHeight: Theme.touch
                            text: qsTr("Approve")
                            onClicked: fund.approve(receiptRow.modelData.receiptId, official.text)
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: fund.error.length > 0
                text: fund.error
                textFormat: Text.PlainText
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
        }
    }
}
