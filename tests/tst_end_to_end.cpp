// End to end through the real binaries: khuyenhoc-server on a free port, two khuyenhoc-cli devices editing,
// conflicting and resolving; and a device whose link drops mid-request or mid-answer, or stalls, then
// resumes with nothing lost and nothing applied twice.
#include "core/report/report.h"
#include "cutting_proxy.h"
#include "device/tools/local_dump.h"
#include "device/tools/report_archive.h"
#include "device/tools/seed.h"
#include "device/tools/store_rollups.h"
#include "device/workflow/learning.h"
#include "helpers.h"
#include "process.h"
#include "server/admin/server_dump.h"
#include "sql/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace kh;
using namespace kh::test;

class TestEndToEnd : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_a, m_b;

    QString ok(const QString &db, const QStringList &args)
    {
        const Result r = cli(db, args);
        if (r.code != 0) qWarning() << args << r.err;
        [&] { QCOMPARE(r.code, 0); }();
        return r.out.trimmed();
    }
    QString serverDump(const QString &area)
    {
        return m_server.admin({QStringLiteral("dump"), QStringLiteral("--area"), area, QStringLiteral("--stamps")}).out;
    }
    QString exportOf(const QString &db) { return cli(db, {QStringLiteral("export"), QStringLiteral("--stamps")}).out; }

    // Small requests and pages by default, so cuts land mid-sync; `realistic` keeps the product's defaults.
    // `progress`, when given, receives the arguments of every SyncClient::progress.
    SyncReceipt syncThrough(LocalStore &store, const QString &url, int timeoutMs = 90000, bool realistic = false,
                            QList<QList<QVariant>> *progress = nullptr)
    {
        if (store.meta("auth_token").isEmpty()) [&] { QVERIFY(m_server.loginAdmin(store.path())); }();
        SyncClient client(store);
        client.setEndpoint(ServerEndpoint{QUrl(url), store.meta("auth_token").toLatin1(), {}});
        SyncOptions o;
        if (!realistic) {
            o.maxPushBytes = 16 * 1024;
            o.pageSize = 300;
        }
        o.transferTimeoutMs = timeoutMs;
        client.setOptions(o);
        QSignalSpy done(&client, &SyncClient::finished);
        QSignalSpy moved(&client, &SyncClient::progress);
        client.start();
        [&] { QVERIFY(done.wait(120000)); }();
        if (progress) *progress = moved;
        return done.isEmpty() ? SyncReceipt{} : done.first().first().value<SyncReceipt>();
    }

    // Commune 22960 with 300 households (about 1,800 records), pushed once by a device of its own: the commune
    // that new phones pull below. Returns how many records a new phone of the commune receives.
    int largeCommune()
    {
        static const QString kArea = QStringLiteral("c:22960");
        if (m_largeCommuneRecords == 0) {
            LocalStore w;
            w.create(m_dir.filePath(QStringLiteral("writer-22960.sqlite")));
            w.setAreas({kArea});
            [&] { QVERIFY(syncThrough(w, m_server.url(), 90000, true).ok); }(); // the commune's reference records
            seedCommune(w, {.communeCode = QStringLiteral("22960"), .households = 300});
            [&] { QVERIFY(syncThrough(w, m_server.url(), 90000, true).ok); }();
            m_largeCommuneRecords = int(serverDump(kArea).split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
        }
        return m_largeCommuneRecords;
    }
    int m_largeCommuneRecords = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data"))), qPrintable(m_server.log()));
        m_a = m_dir.filePath(QStringLiteral("a.sqlite"));
        m_b = m_dir.filePath(QStringLiteral("b.sqlite"));
        ok(m_a, {QStringLiteral("init"), QStringLiteral("--server"), m_server.url(), QStringLiteral("--area"),
                 QStringLiteral("c:22945")});
        ok(m_b, {QStringLiteral("init"), QStringLiteral("--server"), m_server.url(), QStringLiteral("--area"),
                 QStringLiteral("c:22945")});
        QVERIFY(m_server.loginAdmin(m_a));
        QVERIFY(m_server.loginAdmin(m_b));
    }

    void editsReachTheOtherDevice()
    {
        const QString v = ok(m_a, {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                                   QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn Phú Lộc")});
        const QString h = ok(m_a, {QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"), v,
                                   QStringLiteral("--head"), QStringLiteral("Nguyễn Văn Hùng"),
                                   QStringLiteral("--phone"), QStringLiteral("0912345678")});
        ok(m_a,
           {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--household"), h, QStringLiteral("--name"),
            QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("--birth-year"), QStringLiteral("1970")});
        QVERIFY(ok(m_a, {QStringLiteral("sync")}).startsWith(QStringLiteral("3 change-sets sent")));
        QVERIFY(ok(m_b, {QStringLiteral("sync")}).contains(QStringLiteral("records received")));
        QVERIFY(
            ok(m_b, {QStringLiteral("household"), QStringLiteral("show"), h}).contains(QStringLiteral("members: 1")));
        QCOMPARE(exportOf(m_b), exportOf(m_a));
        QCOMPARE(exportOf(m_a), serverDump(QStringLiteral("c:22945")));
        QVERIFY(ok(m_a, {QStringLiteral("status")}).contains(QStringLiteral("pending change-sets: 0")));
    }

    void conflictListedAndResolved()
    {
        const QString h =
            ok(m_a, {QStringLiteral("household"), QStringLiteral("list")}).split(QLatin1Char('\t')).first();
        ok(m_a, {QStringLiteral("household"), QStringLiteral("update"), h, QStringLiteral("--phone"),
                 QStringLiteral("0987654321")});
        ok(m_b, {QStringLiteral("household"), QStringLiteral("update"), h, QStringLiteral("--phone"),
                 QStringLiteral("0911111111"), QStringLiteral("--address"), QStringLiteral("Số 7")});
        ok(m_a, {QStringLiteral("sync")});
        QVERIFY(ok(m_b, {QStringLiteral("sync")}).contains(QStringLiteral("1 conflicts")));
        ok(m_a, {QStringLiteral("sync")});
        const QString listA = ok(m_a, {QStringLiteral("conflicts")});
        QVERIFY(listA.contains(QStringLiteral("winner: phone=\"0911111111\"")));
        QVERIFY(listA.contains(QStringLiteral("loser:  phone=\"0987654321\"")));
        const QString id = listA.split(QLatin1Char('\t')).first();
        ok(m_b, {QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                 QStringLiteral("loser")});
        QCOMPARE(cli(m_b, {QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                           QStringLiteral("winner")})
                     .code,
                 1);
        ok(m_b, {QStringLiteral("sync")});
        ok(m_a, {QStringLiteral("sync")});
        const QString shown = ok(m_a, {QStringLiteral("household"), QStringLiteral("show"), h});
        QVERIFY(shown.contains(QStringLiteral("phone=\"0987654321\"")));
        QVERIFY(shown.contains(QStringLiteral("address=\"Số 7\"")));
        QVERIFY(ok(m_a, {QStringLiteral("conflicts")}).isEmpty());
        QCOMPARE(exportOf(m_a), exportOf(m_b));
        QCOMPARE(exportOf(m_a), serverDump(QStringLiteral("c:22945")));
    }

    void syncOverEmulated2G()
    {
        // 256 kbit/s up, 280 kbit/s down, 800 ms round trips: timeouts sized for 2G, not for a LAN.
        CuttingProxy link(m_server.port);
        link.emulate2G();
        LocalStore d;
        d.create(m_dir.filePath(QStringLiteral("slow.sqlite")));
        d.setAreas({QStringLiteral("c:23089")});
        // One change-set per household, as an officer makes them.
        seedCommune(d, {.communeCode = QStringLiteral("23089"), .households = 150, .householdsPerWrite = 1});
        SyncReceipt r = syncThrough(d, link.url(), 30000, true);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(d.pendingCount(), 0);
        QCOMPARE(r.requests, 1); // 150 change-sets pushed and the pull answered in one round trip
        LocalStore e;
        e.create(m_dir.filePath(QStringLiteral("slow2.sqlite")));
        e.setAreas({QStringLiteral("c:23089")});
        r = syncThrough(e, link.url(), 30000, true);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(dumpLocal(e, true), dumpLocal(d, true));
        // Nothing to do: one round trip.
        r = syncThrough(e, link.url(), 30000, true);
        QVERIFY(r.ok);
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.received, 0);
    }

    void cutLinksResumeWithoutLossOrDuplicates()
    {
        CuttingProxy proxy(m_server.port);
        LocalStore c;
        c.create(m_dir.filePath(QStringLiteral("c.sqlite")));
        c.setAreas({QStringLiteral("c:23008")});
        // Reference data (the commune, its province, the criteria sets) first, so the answers below carry
        // acknowledgements only and the cut points fall where intended.
        QVERIFY(syncThrough(c, m_server.url()).ok);
        seedCommune(c, {.communeCode = QStringLiteral("23008"), .households = 400, .householdsPerWrite = 10});
        const int pending = c.pendingCount();
        QCOMPARE(pending, 41);
        const QString before = serverDump(QStringLiteral("c:23008"));

        // 1. The request is cut mid-body: the server applies nothing.
        proxy.cutUpAfter = 3000;
        SyncReceipt r = syncThrough(c, proxy.url());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, SyncReceipt::Error::Offline);
        QCOMPARE(c.pendingCount(), pending);
        QCOMPARE(serverDump(QStringLiteral("c:23008")), before);

        // 2. Answers are cut after the first one partly arrived: the server did apply, the device did not
        //    hear it, so it keeps everything and will resend.
        proxy.reset();
        proxy.cutDownAfter = 60; // inside the first answer's headers
        r = syncThrough(c, proxy.url());
        QVERIFY(!r.ok);
        QCOMPARE(r.error, SyncReceipt::Error::Offline); // a cut answer is never parsed
        QCOMPARE(c.pendingCount(), pending);
        QVERIFY(serverDump(QStringLiteral("c:23008")) != before);

        // 3. A link that stalls: the transfer timeout ends the attempt, nothing changes on the device.
        proxy.reset();
        proxy.blackHole = true;
        r = syncThrough(c, proxy.url(), 1500);
        QCOMPARE(r.error, SyncReceipt::Error::Timeout);
        QCOMPARE(c.pendingCount(), pending);

        // 4. A mid-sync cut after several answers went through: some change-sets are acknowledged.
        proxy.reset();
        proxy.cutDownAfter = 700;
        r = syncThrough(c, proxy.url());
        QVERIFY(!r.ok);
        QVERIFY(r.requests > 2);
        QVERIFY(c.pendingCount() < pending);

        // 5. A good link: everything arrives, once.
        proxy.reset();
        r = syncThrough(c, proxy.url());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(c.pendingCount(), 0);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(r.rejected, 0);
        const QStringList server = serverDump(QStringLiteral("c:23008")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(server, dumpLocal(c, true));
        QCOMPARE(server.filter(QRegularExpression(QStringLiteral("^household "))).size(), 400);
        // Each record exists once, with one stamp per field: nothing was applied twice.
        QVERIFY(server.filter(QStringLiteral("conflict ")).isEmpty());
    }

    // A push of many requests: each next request is built while the one before is on its way and goes out as a
    // push only; one last request then pulls what others wrote meanwhile, from the cursor the device held (a
    // push-only answer carries no cursor and must not move it).
    void aLongPushBuildsEachRequestAheadAndPullsOnlyWhatOthersWrote()
    {
        static const QString kArea = QStringLiteral("c:23005");
        LocalStore c, other;
        c.create(m_dir.filePath(QStringLiteral("ahead.sqlite")));
        other.create(m_dir.filePath(QStringLiteral("ahead-other.sqlite")));
        c.setAreas({kArea});
        other.setAreas({kArea});
        QVERIFY(syncThrough(c, m_server.url()).ok);
        QVERIFY(syncThrough(other, m_server.url()).ok);
        seedCommune(c, {.communeCode = QStringLiteral("23005"), .households = 120, .householdsPerWrite = 5});
        const int pending = c.pendingCount();
        QVERIFY(pending > 20);
        const std::string v = other.newId();
        other.write({village(v, QStringLiteral("23005"), QStringLiteral("Thôn Đi Trước"))});
        QVERIFY(syncThrough(other, m_server.url()).ok);

        const SyncReceipt r = syncThrough(c, m_server.url());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(c.pendingCount(), 0);
        QCOMPARE(r.sent, pending);
        QVERIFY2(r.requests >= 5, qPrintable(QString::number(r.requests))); // 16 KB requests in the tests
        // The pushes after the first were built ahead (not the first push nor the pulls)...
        QVERIFY2(r.builtAhead >= 3 && r.builtAhead <= r.requests - 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(r.builtAhead).arg(r.requests)));
        // ...and the last pull brought the other device's village alone: the cursor stayed where it was.
        QCOMPARE(r.received, 1);
        QVERIFY(c.get(pb::RECORD_TYPE_VILLAGE, v).has_value());
        QCOMPARE(dumpLocal(c, true), serverDump(kArea).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }

    // A new phone's first sync learns from the server how many records wait, so the app can say "12,000 of
    // 50,000": the first answer counts what is left, the pages asked for ahead do not count again.
    void aFirstSyncIsToldHowManyRecordsWait()
    {
        const int total = largeCommune();
        QVERIFY(total > 1500);
        LocalStore n;
        n.create(m_dir.filePath(QStringLiteral("new-22960.sqlite")));
        n.setAreas({QStringLiteral("c:22960")});
        QList<QList<QVariant>> progress;
        const SyncReceipt r = syncThrough(n, m_server.url(), 90000, false, &progress); // pages of 300
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.fromStart);
        QCOMPARE(r.received, total);
        QVERIFY(progress.size() >= 5);
        int previous = 0;
        for (const auto &p : progress) {
            const int received = p.at(1).toInt();
            const qint64 expected = p.at(3).toLongLong();
            QVERIFY(received > previous);
            previous = received;
            // No record of this commune sits under two of its keys: the server's count is exact from the first
            // answer on, and stays so through the pages asked for ahead.
            QCOMPARE(expected, qint64(total));
        }
        QCOMPARE(previous, total);
        // Nothing waits: the last answer says so, and a sync with nothing to do counts nothing.
        progress.clear();
        const SyncReceipt again = syncThrough(n, m_server.url(), 90000, false, &progress);
        QVERIFY(again.ok);
        QVERIFY(!again.fromStart);
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.first().at(3).toLongLong(), 0);
    }

    // Storage runs out during a first sync (SQLite's max_page_count, as a phone with little space left): the
    // page being stored is rolled back whole, the pages before it stay with their cursor, the database is
    // intact, and once space is freed the next sync continues from there rather than starting over.
    // Long: the in-process device, then the CLI's words, each through full, freed and resumed.
    void aFullPhoneStopsTheFirstSyncCleanlyAndResumes()
    {
        const QString area = QStringLiteral("c:22960");
        const int total = largeCommune();
        const QString path = m_dir.filePath(QStringLiteral("full-22960.sqlite"));
        LocalStore n;
        n.create(path);
        n.setAreas({area});
        QVERIFY(m_server.loginAdmin(path));
        n.limitSize(QFileInfo(path).size() + 400 * 1024);
        const SyncReceipt full = syncThrough(n, m_server.url()); // pages of 300
        QVERIFY(!full.ok);
        QCOMPARE(full.error, SyncReceipt::Error::StorageFull);
        QVERIFY2(full.received > 0 && full.received < total, qPrintable(QString::number(full.received)));
        {
            sql::Db check;
            check.open(path, false, false);
            sql::Stmt s(check, "PRAGMA integrity_check");
            QVERIFY(s.step());
            QCOMPARE(s.text(0), QStringLiteral("ok"));
        }
        // What arrived before the storage filled stays, exactly as the server has it, and the cursor with it.
        const QStringList server = serverDump(area).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QStringList kept = dumpLocal(n, true);
        QCOMPARE(int(kept.size()), full.received);
        for (const QString &line : kept) QVERIFY2(server.contains(line), qPrintable(line));
        QVERIFY(n.cursorFor({area}) > 0);
        // Space freed: the next sync pulls the rest, only the rest.
        n.limitSize(1LL << 30);
        const SyncReceipt rest = syncThrough(n, m_server.url());
        QVERIFY2(rest.ok, qPrintable(rest.message));
        QVERIFY(!rest.fromStart);
        QCOMPARE(rest.received, total - full.received);
        QCOMPARE(dumpLocal(n, true), server);

        // The CLI says so in English and Vietnamese, and resumes the same way.
        const QString db = m_dir.filePath(QStringLiteral("full-cli.sqlite"));
        ok(db, {QStringLiteral("init"), QStringLiteral("--area"), area});
        QVERIFY(m_server.loginAdmin(db));
        const Result stopped = cli(db, {QStringLiteral("sync"), QStringLiteral("--page-size"), QStringLiteral("300"),
                                        QStringLiteral("--max-db-size"), QStringLiteral("0.35")});
        QCOMPARE(stopped.code, 1); // (0.35 MB: the empty database takes 0.13, the commune about 0.6)
        QVERIFY2(stopped.err.contains(QStringLiteral("the device storage is full")), qPrintable(stopped.err));
        QVERIFY(stopped.err.contains(QStringLiteral("bộ nhớ thiết bị đã đầy")));
        const auto kept2 = QRegularExpression(QStringLiteral("The (\\d+) records received")).match(stopped.err);
        QVERIFY(kept2.hasMatch());
        const int before = kept2.captured(1).toInt();
        QVERIFY2(before > 0 && before < total, qPrintable(stopped.err));
        QVERIFY(ok(db, {QStringLiteral("sync")}).contains(QStringLiteral("%1 records received").arg(total - before)));
        QCOMPARE(exportOf(db).split(QLatin1Char('\n'), Qt::SkipEmptyParts), server);
    }

    void staffGetAnAreasFiguresWithoutItsHouseholds()
    {
        // A device of commune 23089 with a year under way, synced to the server.
        LocalStore d;
        d.create(m_dir.filePath(QStringLiteral("figures.sqlite")));
        d.setAreas({QStringLiteral("c:23089")});
        seedCommune(d, {.communeCode = QStringLiteral("23089"),
                        .households = 250,
                        .villages = 3,
                        .seed = 9,
                        .progressYear = 2026});
        QVERIFY(syncThrough(d, m_server.url()).ok);
        auto get = [&](const QString &query) {
            QNetworkAccessManager nam;
            QNetworkRequest req(QUrl(m_server.url() + QStringLiteral("/v1/report?") + query));
            req.setRawHeader("Authorization", "Bearer " + d.meta("auth_token").toLatin1());
            QNetworkReply *reply = nam.get(req);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
            const std::pair<int, QJsonObject> out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                                  QJsonDocument::fromJson(reply->readAll()).object()};
            delete reply;
            return out;
        };
        const auto [status, figures] = get(QStringLiteral("area=c:23089&year=2026"));
        QCOMPARE(status, 200);
        // The same figures as counted on a device that holds the commune's records (other tests' included).
        int recognised = 0, registered = 0;
        for (const auto &r : d.list(pb::RECORD_TYPE_EVALUATION)) {
            const auto e = valueOf<pb::Evaluation>(r);
            if (e.model() != pb::LEARNING_MODEL_FAMILY || e.year() != 2026) continue;
            registered += e.registered_on().empty() ? 0 : 1;
            recognised += !e.decided_on().empty() && e.recognised() ? 1 : 0;
        }
        const QJsonObject families = figures.value(QStringLiteral("tables"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("total"))
                                         .toObject();
        QVERIFY(d.list(pb::RECORD_TYPE_HOUSEHOLD).size() >= 250);
        QCOMPARE(families.value(QStringLiteral("total")).toInt(), int(d.list(pb::RECORD_TYPE_HOUSEHOLD).size()));
        QCOMPARE(families.value(QStringLiteral("registered")).toInt(), registered);
        QCOMPARE(families.value(QStringLiteral("recognised")).toInt(), recognised);
        QCOMPARE(figures.value(QStringLiteral("year")).toInt(), 2026);
        // Bad requests are refused plainly.
        QCOMPARE(get(QStringLiteral("area=c:99999&year=2026")).first, 404);
        QCOMPARE(get(QStringLiteral("area=x:1&year=2026")).first, 400);
        QCOMPARE(get(QStringLiteral("area=c:23089&year=abc")).first, 400);

        // The province sets its own targets: they reach the devices by sync and stand beside the national ones
        // in the server's figures and in the device's report.
        QCOMPARE(m_server
                     .admin({QStringLiteral("set-targets"), QStringLiteral("--province"), QStringLiteral("68"),
                             QStringLiteral("--target"), QStringLiteral("family=75"), QStringLiteral("--target"),
                             QStringLiteral("clan=101")})
                     .code,
                 2); // 101% refused
        const Result set = m_server.admin(
            {QStringLiteral("set-targets"), QStringLiteral("--province"), QStringLiteral("68"),
             QStringLiteral("--target"), QStringLiteral("family=75"), QStringLiteral("--target"),
             QStringLiteral("clan=70"), QStringLiteral("--source"), QStringLiteral("Nghị quyết 12/NQ-HĐND")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        const auto [status2, withTargets] = get(QStringLiteral("area=c:23089&year=2026"));
        QCOMPARE(status2, 200);
        const QJsonObject total = withTargets.value(QStringLiteral("tables"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("total"))
                                      .toObject();
        QCOMPARE(total.value(QStringLiteral("target")).toInt(), 70);
        QCOMPARE(total.value(QStringLiteral("provinceTarget")).toInt(), 75);
        QVERIFY(syncThrough(d, m_server.url()).ok);
        const auto mine = learning::rollup(d, 2026);
        QCOMPARE(mine.total.families.provinceTarget, 75);
        QCOMPARE(mine.total.clans.provinceTarget, 70);
        QCOMPARE(mine.total.units.provinceTarget, 0);
        const QString csv = QString::fromUtf8(report::toCsv(report::build(d, 2026)));
        QVERIFY(csv.contains(QStringLiteral("Chỉ tiêu tỉnh (%)")));
        QVERIFY(csv.contains(QStringLiteral(",70,75\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_end_to_end.moc"
