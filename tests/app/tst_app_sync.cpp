// The app's sync controller against the real server binary: the receipt in words, failures explained, the first
// sync shortly after start, automatic retry when the server is back, a long first sync's progress, cancelling,
// conflicts the officer resolves, deletions everywhere, and the server's clock over a phone's wrong year.
#include "app_fixture.h"
#include "device/tools/report_archive.h"
#include "http.h"
#include "sync_marks.h"

#include "core/records/ids.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace kh;
using namespace kh::app;

class TstAppSync : public kh::test::AppFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings (the remembered language) go to a test location
    }

    void receiptReadsInVietnamese()
    {
        AppSettings settings(nullptr);
        settings.setLanguage(QStringLiteral("vi"));
        SyncReceipt r;
        r.sent = 152;
        r.received = 310;
        // Words only: the server's detail names records by id, which no one should have to read.
        QCOMPARE(SyncController::describeRefusal(pb::REJECT_REASON_UNKNOWN_REFERENCE),
                 QStringLiteral("Thay đổi nhắc tới thôn hoặc hộ mà máy chủ không có (có thể đã bị xóa ở máy khác?)"));
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 310 đã nhận")); // no conflict made
        r.conflicts = 2;
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 310 đã nhận, 2 xung đột mới"));
        r.received = 12345; // numbers in the Vietnamese format
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 12.345 đã nhận, 2 xung đột mới"));
        r.received = 310;
        settings.setLanguage(QStringLiteral("en"));
        r.sent = 1;
        QCOMPARE(SyncController::describe(r), QStringLiteral("1 record sent, 310 received, 2 new conflicts"));
    }

    void syncFailureIsExplainedAndSuccessGivesAReceipt()
    {
        AppSettings english(nullptr);
        english.setLanguage(QStringLiteral("en"));
        auto ws = workspace(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        household(*ws, village(*ws, QStringLiteral("Thôn N")), QStringLiteral("Lê"), QString(),
                  QStringLiteral("Khang"));
        SyncController sync;
        sync.setAutoSync(false);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get());
        QCOMPARE(sync.pendingCount(), 3); // by record: the village, the household, its head
        sync.sync();
        QVERIFY(sync.busy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Offline);
        QVERIFY(!sync.errorTitle().isEmpty());
        QVERIFY(sync.errorAdvice().contains(QStringLiteral("safe")));
        QVERIFY(!sync.online());
        QCOMPARE(sync.pendingCount(), 3); // nothing lost

        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-a"))), qPrintable(server.log()));
        QVERIFY(ws->setServerUrl(server.url()));
        signIn(*ws, server);
        finished.clear();
        sync.sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::None);
        QCOMPARE(sync.pendingCount(), 0);
        QVERIFY(sync.online());
        QVERIFY(sync.receiptText().startsWith(QStringLiteral("3 records sent")));
        QVERIFY(!sync.lastSyncText().isEmpty());
    }

    void syncsOnceShortlyAfterTheAppStarts()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-start"))), qPrintable(server.log()));
        auto ws = workspace(server.url());
        signIn(*ws, server);
        household(*ws, village(*ws, QStringLiteral("Thôn S")), QStringLiteral("Lục"), QString(),
                  QStringLiteral("Vân")); // left from last time
        SyncController sync;
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get()); // what Main.qml does at start; nobody presses anything
        QVERIFY(!sync.busy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(sync.pendingCount(), 0);
        QTest::qWait(2500); // once, not a loop
        QCOMPARE(finished.count(), 1);
    }

    void editsAreSentByThemselvesWhenTheServerIsBack()
    {
        // Find a free port, then leave it closed: the "network" is down.
        // (The phone logged in earlier, to the same server: its token is in the server's data folder.)
        quint16 port = 0;
        std::unique_ptr<Workspace> ws;
        {
            test::ServerProcess probe;
            QVERIFY(probe.start(m_dir.filePath(QStringLiteral("srv-back"))));
            port = probe.port;
            ws = workspace(probe.url());
            signIn(*ws, probe);
        }
        household(*ws, village(*ws, QStringLiteral("Thôn P")), QStringLiteral("Tạ"), QString(),
                  QStringLiteral("Quyết"));
        SyncController sync;
        sync.setRetryDelayMs(300);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get());
        sync.sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Offline);
        QVERIFY(finished.wait(5000)); // retried on its own, still down
        QCOMPARE(finished.last().first().toBool(), false);
        test::ServerProcess server; // the network comes back
        QVERIFY2(
            server.start(m_dir.filePath(QStringLiteral("srv-back")), {QStringLiteral("--port"), QString::number(port)}),
            qPrintable(server.log()));
        QCOMPARE(server.port, port);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 20000);
        QCOMPARE(sync.pendingCount(), 0);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::None);
        const int attempts = int(finished.count());
        QTest::qWait(1000); // nothing pending: no more automatic syncs
        QCOMPARE(int(finished.count()), attempts);
    }

    // A new phone's first sync of a large commune: the bar says how many records have arrived of how many, and
    // the percentage, in Vietnamese, while the pages arrive.
    void aLongFirstSyncShowsRecordsOfHowManyAndThePercentage()
    {
        AppSettings vietnamese(nullptr);
        vietnamese.setLanguage(QStringLiteral("vi"));
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-first")),
                              {QStringLiteral("--demo-commune"), QStringLiteral("22945"),
                               QStringLiteral("--demo-households"), QStringLiteral("2000")}),
                 qPrintable(server.log()));
        auto ws = workspace(server.url());
        signIn(*ws, server);
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        struct Seen {
            int received, expected;
            double progress;
            QString text;
        };
        QList<Seen> seen;
        connect(&sync, &SyncController::progressChanged, this, [&] {
            seen << Seen{sync.receivedCount(), sync.expectedCount(), sync.progress(), sync.progressText()};
        });
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        const int total = sync.receivedCount();
        QVERIFY2(total > 12000, qPrintable(QString::number(total))); // four pages of 4,000 at least
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        int during = 0;
        for (const Seen &s : seen) {
            if (s.expected < 0) continue; // connecting
            // The server's count is exact here (no record under two of the keys): every figure is the final one.
            QCOMPARE(s.expected, total);
            QVERIFY(s.received > 0 && s.received <= total);
            const int percent = int(100 * qint64(s.received) / total);
            QCOMPARE(s.text, QStringLiteral("Đang tải %1 / %2 bản ghi (%3%)")
                                 .arg(vi.toString(s.received), vi.toString(total))
                                 .arg(percent));
            QCOMPARE(s.progress, double(s.received) / total);
            if (s.received < total) ++during;
        }
        QVERIFY(during >= 3); // shown while the pull ran, page after page
        QVERIFY(seen.first().text.startsWith(QStringLiteral("Đang kết nối"))); // before the first answer
    }

    // Stopping a sync that hangs says the person stopped it, not that the network is slow.
    void cancellingASyncSaysWhoStoppedIt()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, [&] { held << silent.nextPendingConnection(); });
        auto ws = workspace(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        household(*ws, village(*ws, QStringLiteral("Thôn Q")), QStringLiteral("Đỗ"), QString(), QStringLiteral("Quân"));
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QTRY_VERIFY(sync.busy() && !held.isEmpty());
        sync.cancel();
        QVERIFY(finished.count() || finished.wait(10000));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Cancelled);
        QCOMPARE(sync.errorTitle(), QStringLiteral("You stopped the sync"));
        QCOMPARE(sync.pendingCount(), 3); // nothing lost: the village, the household, its head still wait
    }

    void concurrentEditBecomesAConflictTheOfficerResolves()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-b"))), qPrintable(server.log()));
        auto a = workspace(server.url());
        auto b = workspace(server.url());
        // Two officers of the commune, each on a phone of their own: a conflict names the other one.
        signInAs(*a, server, QStringLiteral("can-bo-lan"), QStringLiteral("Nguyễn Thị Lan"));
        signInAs(*b, server, QStringLiteral("can-bo-mai"), QStringLiteral("Trần Thị Mai"));
        SyncController sa, sb;
        sa.setAutoSync(false);
        sb.setAutoSync(false);
        sa.setWorkspace(a.get());
        sb.setWorkspace(b.get());
        const QString h = household(*a, village(*a, QStringLiteral("Thôn O")), QStringLiteral("Vương"), QString(),
                                    QStringLiteral("Hải"));
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        HouseholdForm fa, fb;
        fa.setWorkspace(a.get());
        fa.setHouseholdId(h);
        fb.setWorkspace(b.get());
        fb.setHouseholdId(h);
        QCOMPARE(fb.headName(), QStringLiteral("Vương Hải"));
        fa.setPhone(QStringLiteral("0912000001"));
        fb.setPhone(QStringLiteral("0987000002"));
        QVERIFY(!fa.save().isEmpty());
        QVERIFY(!fb.save().isEmpty());
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        QVERIFY(syncOnce(sa));
        QCOMPARE(sb.conflictCount(), 1);
        // The sync itself went well, yet the bar must not say "all sent" in green while a conflict waits; the
        // household carries the conflict mark in the list.
        QVERIFY(sa.needsAttention());
        {
            HouseholdListModel list;
            list.setWorkspace(a.get());
            const int markRole = list.roleNames().key("syncMark");
            const int idRole = list.roleNames().key("householdId");
            int mark = -1;
            for (int i = 0; i < list.rowCount(); ++i)
                if (list.data(list.index(i), idRole).toString() == h) mark = list.data(list.index(i), markRole).toInt();
            QCOMPARE(mark, int(SyncMarks::Conflict));
        }
        ConflictModel conflicts;
        QAbstractItemModelTester tester(&conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conflicts.setWorkspace(a.get());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.get(0, QStringLiteral("recordTitle")).toString(), QStringLiteral("Vương Hải"));
        QCOMPARE(conflicts.get(0, QStringLiteral("fieldLabel")).toString(), QStringLiteral("Phone"));
        const QStringList values{conflicts.get(0, QStringLiteral("keptValue")).toString(),
                                 conflicts.get(0, QStringLiteral("otherValue")).toString()};
        QVERIFY(values.contains(QStringLiteral("0912000001")));
        QVERIFY(values.contains(QStringLiteral("0987000002")));
        // Who, in words: this phone or the officer whose phone made the other write, never a device number. The
        // conflict was recorded while Mai's phone pushed (her name from her session); on her phone, Lan's side is
        // named through the account Lan's phone belongs to.
        const QStringList who{conflicts.get(0, QStringLiteral("keptWho")).toString(),
                              conflicts.get(0, QStringLiteral("otherWho")).toString()};
        QVERIFY2(who.contains(QStringLiteral("this phone")) && who.contains(QStringLiteral("Trần Thị Mai")),
                 qPrintable(who.join(QLatin1Char('|'))));
        {
            ConflictModel onB;
            onB.setWorkspace(b.get());
            QCOMPARE(onB.count(), 1);
            const QStringList whoOnB{onB.get(0, QStringLiteral("keptWho")).toString(),
                                     onB.get(0, QStringLiteral("otherWho")).toString()};
            QVERIFY2(whoOnB.contains(QStringLiteral("this phone")) && whoOnB.contains(QStringLiteral("Nguyễn Thị Lan")),
                     qPrintable(whoOnB.join(QLatin1Char('|'))));
        }
        const QString other = values[1];
        QVERIFY(conflicts.resolve(conflicts.get(0, QStringLiteral("conflictId")).toString(), true));
        QCOMPARE(conflicts.count(), 0);
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        HouseholdForm check;
        check.setWorkspace(b.get());
        check.setHouseholdId(h);
        QCOMPARE(check.phone(), other); // the officer's pick reached the other phone
        QCOMPARE(sb.conflictCount(), 0);
        QVERIFY(!sa.needsAttention());
    }

    // Deleting a household in the app takes its members, clan links and open evaluations with it: on the phone,
    // on a second phone after a sync, and in the server's figures (its learning citizens and families).
    void deletingAHouseholdTakesItsMembersEverywhere()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-del"))), qPrintable(server.log()));
        auto a = workspace(server.url());
        auto b = workspace(server.url());
        signIn(*a, server);
        signIn(*b, server);
        SyncController sa, sb;
        sa.setAutoSync(false);
        sb.setAutoSync(false);
        sa.setWorkspace(a.get());
        sb.setWorkspace(b.get());
        const int year = a->year();
        auto figures = [&]() {
            const auto r =
                test::request("GET", server.url() + QStringLiteral("/v1/report?area=c:22945&year=%1").arg(year), {}, {},
                              a->store().meta("auth_token").toLatin1());
            [&] { QCOMPARE(r.status, 200); }();
            int families = -1, citizens = -1;
            for (const auto &t : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tables")).toArray()) {
                const auto o = t.toObject();
                const int total = o.value(QStringLiteral("total")).toObject().value(QStringLiteral("total")).toInt();
                if (o.value(QStringLiteral("model")).toInt() == pb::LEARNING_MODEL_FAMILY) families = total;
                if (o.value(QStringLiteral("model")).toInt() == pb::LEARNING_MODEL_CITIZEN) citizens = total;
            }
            return std::pair(families, citizens);
        };
        const QString v = village(*a, QStringLiteral("Thôn Xóa"));
        const QString h = household(*a, v, QStringLiteral("Lâm"), QStringLiteral("Văn"), QStringLiteral("Bảo"));
        const QString keep = household(*a, v, QStringLiteral("Lâm"), QStringLiteral("Thị"), QStringLiteral("Cúc"));
        { // the head, Bảo, came with the household
            MemberForm m;
            m.setWorkspace(a.get());
            m.setHouseholdId(h);
            m.setGivenName(QStringLiteral("Hoa"));
            m.setBirthYear(QStringLiteral("1975"));
            QVERIFY(!m.save().isEmpty());
        }
        ClanForm clan;
        clan.setWorkspace(a.get());
        clan.setName(QStringLiteral("Họ Lâm"));
        clan.setVillageSelected(v, true);
        const QString clanId = clan.save();
        QVERIFY(!clanId.isEmpty());
        QVERIFY(clan.addHousehold(h));
        QVERIFY(clan.addHousehold(keep));
        EvaluationController reg;
        reg.setWorkspace(a.get());
        QVERIFY(reg.registerSubject(pb::LEARNING_MODEL_FAMILY, h));
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        const auto before = figures();
        QCOMPARE(b->store().list(pb::RECORD_TYPE_MEMBER, h.toStdString()).size(), size_t(2));
        auto listed = [](Workspace &ws, const QString &id) {
            const auto &rows = ws.households().rows();
            return std::any_of(rows.begin(), rows.end(), [&](const auto &r) { return r.id == id; });
        };
        QVERIFY(listed(*b, h));
        const int builds = b->households().builds();

        HouseholdForm f;
        f.setWorkspace(a.get());
        f.setHouseholdId(h);
        QVERIFY(f.remove());
        auto gone = [&](Workspace &ws) {
            auto &s = ws.store();
            const auto links = s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, clanId.toStdString());
            return s.list(pb::RECORD_TYPE_MEMBER, h.toStdString()).empty() && links.size() == 1 &&
                   valueOf<pb::ClanMembership>(links.front()).household_id() == keep.toStdString() &&
                   s.list(pb::RECORD_TYPE_EVALUATION, h.toStdString()).empty() &&
                   !s.list(pb::RECORD_TYPE_HOUSEHOLD, v.toStdString()).empty();
        };
        QVERIFY(gone(*a));
        MemberListModel members;
        members.setWorkspace(a.get());
        members.setHouseholdId(h);
        QCOMPARE(members.count(), 0);
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        QVERIFY(gone(*b));
        // The other phone's household list followed the sync record by record: no rebuild of the whole list.
        QVERIFY(!listed(*b, h) && listed(*b, keep));
        QCOMPARE(b->households().builds(), builds);
        const auto after = figures();
        QCOMPARE(after.first, before.first - 1);
        QCOMPARE(after.second, before.second - 1); // Hoa; the head, without a birth year, was not counted
    }

    // A phone whose date says 2030: once it has synced, "this year" is the server's. It registers this year's
    // evaluation for the server's year, shows that year and reports it.
    void aPhoneWithAWrongYearUsesTheServersAfterOneSync()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-clock"))), qPrintable(server.log()));
        const int serverYear = QDate::currentDate().year(); // the server runs on this machine's clock
        const qint64 skew =
            QDateTime(QDate(2030, 6, 1), QTime(12, 0)).toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        auto ws = std::make_unique<Workspace>();
        ws->setPhysicalClock([skew] { return QDateTime::currentMSecsSinceEpoch() + skew; });
        QVERIFY(ws->open(m_dir.filePath(QStringLiteral("wrong-year.db"))));
        QVERIFY(ws->configure(server.url(), {QStringLiteral("22945")}, QStringLiteral("Cán bộ Thử")));
        QCOMPARE(ws->year(), 2030);
        QVERIFY(!ws->clockCorrected()); // never synced: the phone's own date, and it says so
        signIn(*ws, server);
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        QSignalSpy changed(ws.get(), &Workspace::changed);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(ws->clockCorrected());
        QCOMPARE(ws->year(), serverYear);
        QVERIFY(!changed.isEmpty()); // the pages showing the year hear of it

        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn Giờ")), QStringLiteral("Tạ"), QString(),
                                    QStringLiteral("Minh"));
        EvaluationController e;
        e.setWorkspace(ws.get());
        QVERIFY(e.registerSubject(pb::LEARNING_MODEL_FAMILY, h));
        QCOMPARE(e.evaluationId(),
                 QString::fromStdString(domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h.toStdString(), serverYear)));
        const auto evaluation =
            valueOf<pb::Evaluation>(*ws->store().get(pb::RECORD_TYPE_EVALUATION, e.evaluationId().toStdString()));
        QCOMPARE(int(evaluation.year()), serverYear);
        QCOMPARE(QDate::fromString(QString::fromStdString(evaluation.registered_on()), Qt::ISODate).year(), serverYear);
        DashboardController dashboard;
        dashboard.setWorkspace(ws.get());
        QTRY_VERIFY(!dashboard.loading()); // computed on another thread
        QCOMPARE(dashboard.trend().last().toMap().value(QStringLiteral("year")).toInt(), serverYear);
        QCOMPARE(report::build(ws->store(), ws->year()).year, serverYear);
        // ... and the server takes what it registered.
        QVERIFY(finished.size() == 1);
        sync.sync();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(ws->store().pendingCount(), 0);
    }
};

QTEST_MAIN(TstAppSync)
#include "tst_app_sync.moc"
