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
    DraftListModel {
        id: drafts
        workspace: page.nav.workspace
    }
    // Back on this page: a form left may have kept a draft.
    StackView.onActivated: drafts.reload()
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
                text: page.nav.workspace.displayName.length > 0 ? qsTr("Hello, %1").arg(page.nav.workspace.displayName) : qsTr("Hello")
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
            // Forms left unsaved (the app was closed or killed): first, so nothing typed is forgotten.
            SectionHeader {
                visible: drafts.count > 0
                title: qsTr("Not saved yet (%1)").arg(drafts.count)
            }
            Repeater {
                model: drafts
                delegate: ListRow {
                    required property int index
                    required property string draftTitle
                    required property string draftTime
                    required property string pageName
                    required property var pageProps
                    objectName: "draft" + index
                    Layout.fillWidth: true
                    title: draftTitle
                    //: A form's draft on the start page; %1 is its time
                    detail: qsTr("Draft from %1 · tap to continue").arg(draftTime)
                    markText: qsTr("Draft")
                    markColor: Theme.warning
                    markSurface: Theme.warningSurface
                    onClicked: page.nav.open(pageName, pageProps)
                }
            }
            BigButton {
                objectName: "newHouseholdButton"
                text: qsTr("New household")
                highlighted: true
                onClicked: page.nav.open("HouseholdFormPage", {})
            }
            BigButton {
                objectName: "householdsButton"
                text: households.loading ? qsTr("Households") : qsTr("Households (%L1)").arg(households.totalCount)
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
                text: toVerify.loading ? qsTr("Waiting for verification") : qsTr("Waiting for verification (%L1)").arg(toVerify.count)
                onClicked: page.nav.open("VerificationQueuePage", {})
            }
            BigButton {
                objectName: "recognitionButton"
                visible: page.nav.workspace.canDecide
                text: toRecognise.loading ? qsTr("Recognition") : qsTr("Recognition (%L1)").arg(toRecognise.count)
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
