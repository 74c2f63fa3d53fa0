pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KhuyenHoc

// The officer's start page: where to go, with counts that matter today.
Page {
    id: page
    required property Navigator nav
    property string recordId
    title: qsTr("Khuyến Học")

    HouseholdListModel {
        id: households
        workspace: page.nav.workspace
    }
    StageCount {
        id: toVerify
        workspace: page.nav.workspace
        stage: 2
    }
    StageCount {
        id: toRecognise
        workspace: page.nav.workspace
        stage: 3
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
                text: page.nav.workspace.officerName.length > 0 ? qsTr("Hello, %1").arg(page.nav.workspace.officerName) : qsTr("Hello")
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · year %2").arg(page.nav.workspace.areaTitle).arg(page.nav.workspace.year)
                textFormat: Text.PlainText
                color: Theme.muted
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "householdsButton"
                text: qsTr("Households (%L1)").arg(households.totalCount)
                highlighted: true
                onClicked: page.nav.open("HouseholdListPage", {})
            }
            BigButton {
                objectName: "villagesButton"
                text: qsTr("Villages and residential groups")
                onClicked: page.nav.open("VillageListPage", {})
            }
            BigButton {
                objectName: "clansButton"
                text: qsTr("Clans")
                onClicked: page.nav.open("ClanListPage", {})
            }
            BigButton {
                objectName: "verifyButton"
                text: qsTr("Waiting for verification (%L1)").arg(toVerify.count)
                onClicked: page.nav.open("VerificationQueuePage", {})
            }
            BigButton {
                objectName: "recognitionButton"
                visible: page.nav.workspace.canDecide
                text: qsTr("Recognition (%L1)").arg(toRecognise.count)
                onClicked: page.nav.open("RecognitionPage", {})
            }
            BigButton {
                objectName: "areaReportButton"
                visible: page.nav.workspace.seesAreaFigures
                text: qsTr("Figures of my area (from the server)")
                onClicked: page.nav.open("AreaReportPage", {})
            }
            BigButton {
                objectName: "fundButton"
                text: qsTr("Study fund and scholarships")
                onClicked: page.nav.open("FundPage", {})
            }
            BigButton {
                objectName: "dashboardButton"
                text: qsTr("Dashboard and reports")
                onClicked: page.nav.open("DashboardPage", {})
            }
            BigButton {
                objectName: "communeButton"
                text: qsTr("Commune overview")
                onClicked: page.nav.open("CommunePage", {})
            }
            BigButton {
                objectName: "conflictsButton"
                text: qsTr("Conflicts to review (%1)").arg(page.nav.sync.conflictCount)
                enabled: page.nav.sync.conflictCount > 0
                onClicked: page.nav.open("ConflictsPage", {})
            }
            BigButton {
                objectName: "selfServiceButton"
                text: qsTr("Hand the phone to a household")
                onClicked: {
                    const picker = page.nav.open("HouseholdPickerPage", {
                            "purpose": qsTr("Which household will fill in its self-assessment?")
                        });
                    picker.picked.connect(id => page.nav.workspace.lockToHousehold(id));
                }
            }
            BigButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                flat: true
                onClicked: page.nav.open("SettingsPage", {})
            }
        }
    }
}
