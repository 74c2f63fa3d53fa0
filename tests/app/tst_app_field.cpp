// The app as a field officer meets it, driven through the real Main.qml by taps and typing (phone.h): nothing
// typed is lost (the real process killed mid-form finds its draft on restart; Back on a changed form asks),
// destructive taps ask first in Vietnamese and can be undone, pages show the record as stored now without
// duplicates on the stack, and the most common task, a household with its members, stays short.
// Long file: one fixture (a phone on a prepared database) for each field situation; each test reads as a visit.
#include "clan_form.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "device/tools/seed.h"
#include "device/workflow/learning.h"
#include "evaluation_controller.h"
#include "household_form.h"
#include "phone.h"
#include "queries.h"
#include "quick_household.h"
#include "village_form.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;
using test::Phone;

namespace {

QStringList prepare(const QString &path, int villages = 1)
{
    return test::prepareCommuneDatabase(path, villages);
}

// The child process: the app on `db`, filling a new household's form; it says "typed" and waits for the
// kill, as a phone that takes a call kills the app in the background.
int childFillsAForm(const QString &db)
{
    Phone p;
    if (!p.start(db)) return 2;
    p.sync()->setAutoSync(false);
    if (!p.tap(QStringLiteral("newHouseholdButton")) ||
        !p.type(QStringLiteral("familyNameInput"), QStringLiteral("Nguyễn")) ||
        !p.type(QStringLiteral("middleNameInput"), QStringLiteral("Văn")) ||
        !p.type(QStringLiteral("givenNameInput"), QStringLiteral("Hùng")) ||
        !p.type(QStringLiteral("addressInput"), QStringLiteral("Xóm Bến, số 12")))
        return 3;
    QTest::qWait(400); // the draft is written 300 ms after the last key
    std::printf("typed\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

// Stands in for the desktop's file manager: what the app asked to open.
class FolderOpener : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

class TstAppField : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString db() { return m_dir.filePath(QStringLiteral("phone%1.db").arg(++m_n)); }

private slots:
    void killedMidFormTheDraftIsThereOnRestart()
    {
        const QString path = db();
        prepare(path);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-fills-a-form"), path});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.readAllStandardOutput().contains("typed"); }, 30000));
        child.kill(); // SIGKILL: no destructor, no event loop, nothing saved on the way out
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        // The start page lists the form left unsaved...
        QVERIFY(p.item(QStringLiteral("draft0")));
        QCOMPARE(p.item(QStringLiteral("draft0"))->property("title").toString(),
                 QStringLiteral("Hộ mới: Nguyễn Văn Hùng"));
        QVERIFY(p.tap(QStringLiteral("draft0")));
        // ... and opens it with everything typed, marked as a draft, the only village chosen.
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Hộ mới"));
        QVERIFY(p.shows(QStringLiteral("draftMark")));
        QCOMPARE(p.text(QStringLiteral("givenNameInput")), QStringLiteral("Hùng"));
        QCOMPARE(p.text(QStringLiteral("addressInput")), QStringLiteral("Xóm Bến, số 12"));
        QVERIFY(p.tap(QStringLiteral("saveButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Nguyễn Văn Hùng"));
        QVERIFY(p.workspace.store().drafts().empty());                                // saved: the draft is gone
        QCOMPARE(p.workspace.store().list(pb::RECORD_TYPE_MEMBER).size(), size_t(1)); // the head, as a member
    }

    void backOnAChangedFormAsksSaveDiscardOrKeepEditing()
    {
        const QString path = db();
        prepare(path);
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        QVERIFY(p.tap(QStringLiteral("newHouseholdButton")));
        const int depth = p.depth();
        // Nothing typed: back leaves at once.
        QVERIFY(p.tap(QStringLiteral("backButton")));
        QCOMPARE(p.depth(), depth - 1);
        QVERIFY(p.tap(QStringLiteral("newHouseholdButton")));
        QVERIFY(p.type(QStringLiteral("givenNameInput"), QStringLiteral("Mai")));
        // Changed: back asks, in Vietnamese, with the app's own buttons.
        QVERIFY(p.tap(QStringLiteral("backButton")));
        QCOMPARE(p.depth(), depth);
        QVERIFY(p.shows(QStringLiteral("confirmQuestion")));
        QCOMPARE(p.text(QStringLiteral("confirmQuestion")), QStringLiteral("Lưu thay đổi?"));
        QCOMPARE(p.text(QStringLiteral("confirmAccept")), QStringLiteral("Lưu"));
        QCOMPARE(p.text(QStringLiteral("confirmReject")), QStringLiteral("Tiếp tục sửa"));
        QCOMPARE(p.text(QStringLiteral("confirmDestroy")), QStringLiteral("Bỏ thay đổi"));
        QVERIFY(p.tap(QStringLiteral("confirmReject"))); // keep editing
        QCOMPARE(p.depth(), depth);
        QCOMPARE(p.text(QStringLiteral("givenNameInput")), QStringLiteral("Mai"));
        // Android's back key asks the same.
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QVERIFY(p.shows(QStringLiteral("confirmQuestion")));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy"))); // discard
        QCOMPARE(p.depth(), depth - 1);
        QVERIFY(p.workspace.store().drafts().empty());
        QVERIFY(p.workspace.store().list(pb::RECORD_TYPE_HOUSEHOLD).empty());
        // Save from the dialog.
        QVERIFY(p.tap(QStringLiteral("newHouseholdButton")));
        QVERIFY(p.type(QStringLiteral("givenNameInput"), QStringLiteral("Mai")));
        QVERIFY(p.tap(QStringLiteral("backButton")));
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Mai"));
        QCOMPARE(p.workspace.store().list(pb::RECORD_TYPE_HOUSEHOLD).size(), size_t(1));
    }

    void removingAMemberAsksFirstAndCanBeUndone()
    {
        const QString path = db();
        const QString village = prepare(path).value(0);
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        QVERIFY(p.tap(QStringLiteral("newHouseholdButton")));
        QVERIFY(p.type(QStringLiteral("familyNameInput"), QStringLiteral("Trần")));
        QVERIFY(p.type(QStringLiteral("givenNameInput"), QStringLiteral("Bình")));
        QVERIFY(p.tap(QStringLiteral("saveAddButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Thành viên mới"));
        QCOMPARE(p.text(QStringLiteral("familyNameInput")), QStringLiteral("Trần")); // the head's family name
        QVERIFY(p.type(QStringLiteral("givenNameInput"), QStringLiteral("Lan")));
        QVERIFY(p.tap(QStringLiteral("saveButton"))); // "Lưu, xong"
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Trần Bình"));
        auto *members = p.item(QStringLiteral("memberRow1"));
        QVERIFY(members);
        QCOMPARE(members->property("title").toString(), QStringLiteral("Trần Lan"));
        QVERIFY(p.tap(members));
        // The red button is far below Save, and asks.
        auto *save = p.item(QStringLiteral("saveButton"));
        auto *remove = p.item(QStringLiteral("deleteButton"));
        QVERIFY(remove->mapToScene({0, 0}).y() - (save->mapToScene({0, 0}).y() + save->height()) >= 48);
        QVERIFY(p.tap(remove));
        QCOMPARE(p.text(QStringLiteral("confirmQuestion")), QStringLiteral("Xóa Trần Lan khỏi hộ?"));
        QVERIFY(p.tap(QStringLiteral("confirmReject"))); // "Giữ lại": nothing happens
        QCOMPARE(p.workspace.store().list(pb::RECORD_TYPE_MEMBER).size(), size_t(2));
        QVERIFY(p.tap(QStringLiteral("deleteButton")));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Trần Bình"));
        QCOMPARE(p.workspace.store().list(pb::RECORD_TYPE_MEMBER).size(), size_t(1));
        QVERIFY(p.shows(QStringLiteral("undoBar")));
        QCOMPARE(p.text(QStringLiteral("undoText")), QStringLiteral("Đã xóa Trần Lan khỏi hộ"));
        QVERIFY(p.tap(QStringLiteral("undoButton")));
        QCOMPARE(p.workspace.store().list(pb::RECORD_TYPE_MEMBER).size(), size_t(2));
        QTRY_VERIFY(p.item(QStringLiteral("memberRow1")));
        QVERIFY(!p.shows(QStringLiteral("undoBar")));
        Q_UNUSED(village);
    }

    void savingAnEditShowsTheRecordOnceAndSyncsRefreshIt()
    {
        const QString path = db();
        const QString village = prepare(path).value(0);
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        const QString h = [&] {
            HouseholdForm f;
            f.setWorkspace(&p.workspace);
            f.setVillageId(village);
            f.setHeadGivenName(QStringLiteral("Hòa"));
            f.setAddress(QStringLiteral("Xóm Cũ"));
            return f.save();
        }();
        QVERIFY(p.tap(QStringLiteral("householdsButton")));
        QVERIFY(p.tap(test::findItem(p.item(QStringLiteral("householdList")), QStringLiteral("householdRow0"))));
        const int depth = p.depth();
        QVERIFY(p.item(QStringLiteral("summary"))->property("text").toString().contains(QStringLiteral("Xóm Cũ")));
        QVERIFY(p.tap(QStringLiteral("editHouseholdButton")));
        auto *address = p.item(QStringLiteral("addressInput"));
        QVERIFY(p.tap(address));
        address->setProperty("text", QString()); // select all, delete
        QVERIFY(p.type(QStringLiteral("addressInput"), QStringLiteral("Xóm Mới")));
        QVERIFY(p.tap(QStringLiteral("saveButton")));
        // Back on the household's own page, once, showing the new address.
        QCOMPARE(p.depth(), depth);
        QVERIFY(p.item(QStringLiteral("summary"))->property("text").toString().contains(QStringLiteral("Xóm Mới")));
        // A sync brings a colleague's change: the open page shows it.
        {
            HouseholdForm other;
            other.setWorkspace(&p.workspace);
            other.setHouseholdId(h);
            other.setPhone(QStringLiteral("0912345678"));
            QVERIFY(!other.save().isEmpty());
        }
        p.workspace.notifyChanged(); // what a sync that received records does
        QTRY_VERIFY(
            p.item(QStringLiteral("summary"))->property("text").toString().contains(QStringLiteral("0912345678")));
        QVERIFY(p.tap(QStringLiteral("backButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Hộ gia đình"));
    }

    void recognisingManyAtOnceSaysWhoAndCanBeUndone()
    {
        const QString path = db();
        {
            prepare(path, 0);
            Workspace ws;
            QVERIFY(ws.open(path));
            SeedOptions o;
            o.communeCode = QStringLiteral("22945");
            o.households = 60;
            o.villages = 2;
            o.seed = 3;
            o.progressYear = ws.year();
            seedCommune(ws.store(), o);
        }
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        QVERIFY(p.tap(QStringLiteral("recognitionButton")));
        QVERIFY(p.type(QStringLiteral("decisionFieldInput"), QStringLiteral("45/QĐ-UBND")));
        auto verifiedNow = [&] {
            int n = 0;
            forEachEvaluation(p.workspace.store(), pb::LEARNING_MODEL_FAMILY, p.workspace.year(),
                              [&](const std::string &, const pb::Evaluation &e) {
                                  n += domain::stageOf(e) == domain::Stage::Verified ? 1 : 0;
                              });
            return n;
        };
        const int verified = verifiedNow();
        QVERIFY(verified > 0);
        // The verified ones that do not pass, each with its reasons as the rules word them.
        QStringList failing;
        std::string failingId;
        forEachEvaluation(p.workspace.store(), pb::LEARNING_MODEL_FAMILY, p.workspace.year(),
                          [&](const std::string &id, const pb::Evaluation &e) {
                              if (domain::stageOf(e) != domain::Stage::Verified) return;
                              const auto scored = learning::score(p.workspace.store(), id);
                              if (scored.result.passed) return;
                              failingId = id;
                              failing << EvaluationController::subjectTitle(p.workspace.store(), e.subject_type(),
                                                                            e.subject_id()) +
                                             QStringLiteral(": ") + scored.result.reasons.join(QStringLiteral("; "));
                          });
        QVERIFY(!failing.isEmpty() && failing.size() < verified);
        QVERIFY(p.tap(QStringLiteral("recogniseAllButton")));
        // Nothing yet: the question says how many, under which decision, and who; and who is left out, and why.
        const QString question = p.text(QStringLiteral("confirmQuestion"));
        QVERIFY2(question.startsWith(QStringLiteral("Công nhận ")) && question.contains(QStringLiteral(" hộ theo ")) &&
                     question.contains(QStringLiteral("45/QĐ-UBND")),
                 qPrintable(question));
        const QString message = p.text(QStringLiteral("confirmMessage"));
        QVERIFY2(message.contains(QStringLiteral("\n\nKhông công nhận vì chưa đạt:\n• ")), qPrintable(message));
        for (const QString &line : failing.mid(0, 8))
            QVERIFY2(message.contains(QStringLiteral("\n• ") + line), qPrintable(line));
        QCOMPARE(verifiedNow(), verified);
        QVERIFY(p.tap(QStringLiteral("confirmReject")));
        QCOMPARE(verifiedNow(), verified);
        QVERIFY(p.tap(QStringLiteral("recogniseAllButton")));
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        const int left = verifiedNow();
        QVERIFY(left < verified);
        QVERIFY(p.text(QStringLiteral("undoText")).contains(QStringLiteral("45/QĐ-UBND")));
        QVERIFY(p.tap(QStringLiteral("undoButton")));
        QVERIFY2(p.workspace.lastError().isEmpty(), qPrintable(p.workspace.lastError()));
        QCOMPARE(verifiedNow(), verified); // back as they were: verified, no decision
        QCOMPARE(left, int(failing.size()));
        // The evaluation's own page says why too, item by item.
        QVERIFY(p.open(QStringLiteral("EvaluationPage"),
                       {{QStringLiteral("recordId"), QString::fromStdString(failingId)}}));
        QTRY_COMPARE(p.text(QStringLiteral("whyNotText")),
                     QStringLiteral("Lý do: ") +
                         learning::score(p.workspace.store(), failingId).result.reasons.join(QStringLiteral("; ")));
    }

    // Staff send the report through a chat app: export says the file's name and folder in words and opens the
    // folder on a desktop.
    void exportShowsTheFileAndOpensItsFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = db();
        prepare(path);
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        FolderOpener files;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
        QVERIFY(p.tap(QStringLiteral("dashboardButton")));
        QVERIFY(!p.shows(QStringLiteral("openExportFolder")));
        QVERIFY(p.tap(QStringLiteral("export_csv")));
        const QString said = p.text(QStringLiteral("exportPath"));
        QVERIFY2(said.startsWith(QStringLiteral("Đã lưu ")) && said.contains(QStringLiteral("bao-cao-hoc-tap-")) &&
                     !said.contains(QLatin1Char('/')),
                 qPrintable(said));
        QVERIFY(p.tap(QStringLiteral("openExportFolder")));
        QCOMPARE(files.opened.size(), 1);
        QVERIFY(QFileInfo(files.opened.first().toLocalFile()).isDir());
        QVERIFY(QDir(files.opened.first().toLocalFile())
                    .entryList()
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral(".csv")));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    // On a desktop window the household opens beside the list (two panes); on a phone it opens over it.
    void aWideWindowShowsTheHouseholdBesideTheList()
    {
        const QString path = db();
        const QString village = prepare(path).value(0);
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            for (const QString &given : {QStringLiteral("An"), QStringLiteral("Bình")}) {
                HouseholdForm f;
                f.setWorkspace(&ws);
                f.setVillageId(village);
                f.setHeadFamilyName(QStringLiteral("Phạm"));
                f.setHeadGivenName(given);
                QVERIFY(!f.save().isEmpty());
            }
        }
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        p.window->resize(1100, 760);
        QVERIFY(p.settle());
        QVERIFY(p.tap(QStringLiteral("householdsButton")));
        const int depth = p.depth();
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Phạm An")); // the first, not an empty half
        QVERIFY(p.tap(QStringLiteral("householdRow1")));
        QCOMPARE(p.depth(), depth); // beside, not over
        QCOMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Phạm Bình"));
        auto *detail = p.item(QStringLiteral("householdDetail"));
        auto *list = p.item(QStringLiteral("householdList"));
        QVERIFY(detail->mapToScene({0, 0}).x() >= list->mapToScene({0, 0}).x() + list->width());
        QVERIFY(p.item(QStringLiteral("addMemberButton"))); // the household page's own actions, beside the list
        QVERIFY(p.tap(QStringLiteral("householdRow0")));
        QCOMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Phạm An"));
        // A phone-sized window (a tablet turned upright): the household beside the list stays open, over it;
        // back on the list, another opens over it too.
        p.window->resize(360, 760);
        QVERIFY(p.settle());
        QCOMPARE(p.depth(), depth + 1);
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Phạm An"));
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QCOMPARE(p.depth(), depth);
        QVERIFY(p.tap(QStringLiteral("householdRow1")));
        QCOMPARE(p.depth(), depth + 1);
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Phạm Bình"));
        // Wide again with another page over the list: narrowing leaves that page on top.
        QTest::keyClick(p.window, Qt::Key_Escape);
        p.window->resize(1100, 760);
        QVERIFY(p.settle());
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Phạm An"));
        auto *nav = p.window->findChild<QObject *>(QStringLiteral("navigator"));
        QVERIFY(QMetaObject::invokeMethod(nav, "open", Q_ARG(QString, QStringLiteral("SyncPage")),
                                          Q_ARG(QVariant, QVariantMap())));
        QVERIFY(p.settle());
        p.window->resize(360, 760);
        QVERIFY(p.settle());
        QCOMPARE(p.depth(), depth + 1);
        QVERIFY(QString::fromLatin1(p.page()->metaObject()->className()).startsWith(QLatin1String("SyncPage")));
    }

    // Villages and clans open beside their lists on a wide window too; a village changed beside the list is saved
    // there, and Back asks about changes not saved, as on a form of its own.
    void aWideWindowShowsVillagesAndClansBesideTheirLists()
    {
        const QString path = db();
        const QStringList villages = prepare(path, 2);
        QStringList villageNames;
        {
            Workspace ws;
            QVERIFY(ws.open(path));
            for (const QString &v : villages)
                villageNames << QString::fromStdString(
                    valueOf<pb::Village>(*ws.store().get(pb::RECORD_TYPE_VILLAGE, v.toStdString())).name());
            for (const QString &name : {QStringLiteral("Họ Lê"), QStringLiteral("Họ Phạm")}) {
                ClanForm f;
                f.setWorkspace(&ws);
                f.setName(name);
                f.setVillageSelected(villages.first(), true);
                QVERIFY(!f.save().isEmpty());
            }
        }
        villageNames.sort(); // the list's order within one commune
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        p.window->resize(1100, 760);
        QVERIFY(p.settle());
        QVERIFY(p.tap(QStringLiteral("villagesButton")));
        const int depth = p.depth();
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), villageNames.first());
        QVERIFY(p.tap(QStringLiteral("villageRow1")));
        QCOMPARE(p.depth(), depth); // beside, not over
        QCOMPARE(p.text(QStringLiteral("detailTitle")), villageNames.at(1));
        auto *pane = p.item(QStringLiteral("villageDetail"));
        auto *list = p.item(QStringLiteral("villageList"));
        QVERIFY(pane->mapToScene({0, 0}).x() >= list->mapToScene({0, 0}).x() + list->width());
        // Changed beside the list: Back asks first; saved, it stays beside the list with the new name.
        QVERIFY(p.type(QStringLiteral("nameInput"), QStringLiteral(" mới")));
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QVERIFY(p.shows(QStringLiteral("confirmQuestion")));
        QVERIFY(p.tap(QStringLiteral("confirmReject"))); // keep editing
        QCOMPARE(p.depth(), depth);
        QVERIFY(p.tap(QStringLiteral("saveButton")));
        QCOMPARE(p.depth(), depth);
        const QString renamed = villageNames.at(1) + QStringLiteral(" mới");
        QCOMPARE(p.text(QStringLiteral("detailTitle")), renamed);
        auto storedNames = [&] {
            QStringList names;
            for (const auto &r : p.workspace.store().list(pb::RECORD_TYPE_VILLAGE))
                names << QString::fromStdString(valueOf<pb::Village>(r).name());
            return names;
        };
        QStringList stored = storedNames();
        QVERIFY2(stored.contains(renamed), qPrintable(stored.join(QLatin1String(", "))));
        // Changed again, then Back and "Lưu": saved, and Back goes on (the list's page closes).
        QVERIFY(p.type(QStringLiteral("nameInput"), QStringLiteral(" nữa")));
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QCOMPARE(p.depth(), depth - 1);
        stored = storedNames();
        QVERIFY2(stored.contains(renamed + QStringLiteral(" nữa")), qPrintable(stored.join(QLatin1String(", "))));
        // Clans, the same way.
        QVERIFY(p.tap(QStringLiteral("clansButton")));
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Lê"));
        QVERIFY(p.tap(QStringLiteral("clanRow1")));
        QCOMPARE(p.depth(), depth);
        QCOMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Phạm"));
        QVERIFY(p.shows(QStringLiteral("clanDetail")));
        // Changed beside the list, then another clan tapped: asked first, as Back asks. Kept editing, the same
        // clan stays; discarded, the other opens and the first is stored as it was.
        QVERIFY(p.type(QStringLiteral("nameInput"), QStringLiteral(" Đình")));
        QVERIFY(p.tap(QStringLiteral("clanRow0")));
        QVERIFY(p.shows(QStringLiteral("confirmQuestion")));
        QVERIFY(p.tap(QStringLiteral("confirmReject")));
        QCOMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Phạm Đình")); // still the one typed in
        QVERIFY(p.tap(QStringLiteral("clanRow0")));
        QVERIFY(p.shows(QStringLiteral("confirmQuestion")));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy"))); // discard the changes
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Lê"));
        QStringList clans;
        for (const auto &r : p.workspace.store().list(pb::RECORD_TYPE_CLAN))
            clans << QString::fromStdString(valueOf<pb::Clan>(r).name());
        clans.sort();
        QCOMPARE(clans, QStringList({QStringLiteral("Họ Lê"), QStringLiteral("Họ Phạm")}));
        // Changed again and saved from the question: stored, and the tapped clan opens.
        QVERIFY(p.tap(QStringLiteral("clanRow1")));
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Phạm"));
        QVERIFY(p.type(QStringLiteral("nameInput"), QStringLiteral(" Đình")));
        QVERIFY(p.tap(QStringLiteral("clanRow0")));
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QTRY_COMPARE(p.text(QStringLiteral("detailTitle")), QStringLiteral("Họ Lê"));
        clans.clear();
        for (const auto &r : p.workspace.store().list(pb::RECORD_TYPE_CLAN))
            clans << QString::fromStdString(valueOf<pb::Clan>(r).name());
        QVERIFY2(clans.contains(QStringLiteral("Họ Phạm Đình")), qPrintable(clans.join(QLatin1String(", "))));
        // A phone-sized window (a tablet turned upright) while a change is typed beside the list: the clan stays
        // open, now over the list, with the change in it.
        QVERIFY(p.type(QStringLiteral("nameInput"), QStringLiteral(" Văn")));
        p.window->resize(360, 760);
        QVERIFY(p.settle());
        QCOMPARE(p.depth(), depth + 1);
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Họ Lê Văn"));
        // A clan's page stays after its own Save; Back and "Lưu" save and go back to the list.
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QCOMPARE(p.depth(), depth);
        bool renamedClan = false;
        for (const auto &r : p.workspace.store().list(pb::RECORD_TYPE_CLAN))
            renamedClan = renamedClan || valueOf<pb::Clan>(r).name() == "Họ Lê Văn";
        QVERIFY(renamedClan);
    }

    // The most common task: a household of three, the head entered once, the village the only one there is.
    void aHouseholdOfThreeTakesFewTaps()
    {
        const QString path = db();
        prepare(path);
        Phone p;
        QVERIFY(p.start(path));
        p.sync()->setAutoSync(false);
        p.taps = 0;
        QVERIFY(test::addHouseholdOfThree(p));
        QVERIFY2(p.taps <= 25, qPrintable(QString::number(p.taps)));
        qInfo("household_with_3_members_taps %d", p.taps);
        const auto members = p.workspace.store().list(pb::RECORD_TYPE_MEMBER);
        QCOMPARE(members.size(), size_t(3));
        for (const auto &m : members) QCOMPARE(valueOf<pb::Member>(m).family_name(), std::string("Lê"));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (argc > 2 && qstrcmp(argv[1], "--child-fills-a-form") == 0)
        return childFillsAForm(QString::fromLocal8Bit(argv[2]));
    TstAppField t;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&t, argc, argv);
}

#include "tst_app_field.moc"
