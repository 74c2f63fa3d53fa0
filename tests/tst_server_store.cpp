// The server store through the protocol service, in-process: once-only application, refusals that do not
// block the rest, the clock guard, area routing, not echoing a device's own writes, and conflicts.
// Long file: one fixture (a server store on either backend and devices syncing to it) for every store rule.
#include "core/learning/rollup.h"
#include "core/records/record_text.h"
#include "core/security/secrets.h"
#include "device/tools/local_dump.h"
#include "device/tools/seed.h"
#include "device/workflow/learning.h"
#include "helpers.h"
#include "server/admin/server_dump.h"
#include "server/store/sqlite/sqlite_account_store.h"

#include <QFileInfo>
#include <sqlite3.h>

using namespace kh;
using namespace kh::test;

class TestServerStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_server;
    std::unique_ptr<SyncService> m_service;
    QString m_path;
    int m_n = 0;

    std::unique_ptr<LocalStore> device(const QStringList &areas)
    {
        auto d = std::make_unique<LocalStore>();
        d->create(m_dir.filePath(QStringLiteral("dev%1.sqlite").arg(++m_n)));
        d->setAreas(areas);
        return d;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("server%1.sqlite").arg(++m_n));
        m_server = openTestStore(m_path);
        m_server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        m_service = std::make_unique<SyncService>(*m_server);
    }

    void referenceSeedIsIdempotent()
    {
        QCOMPARE(m_server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs()), 0);
        int communes = 0;
        m_server->forEach({}, [&](const Record &r) { communes += r.type == pb::RECORD_TYPE_COMMUNE; });
        QCOMPARE(communes, 3321);
    }

    void resentChangeSetsApplyOnce()
    {
        auto a = device({QStringLiteral("c:22945")});
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        a->write({household(a->newId(), v, QStringLiteral("Hùng"))});
        const auto pending = a->pending(1 << 20);
        std::vector<const pb::ChangeSet *> sets;
        for (const auto &cs : pending) sets.push_back(&cs);
        const auto first =
            m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        const QStringList dump1 = dumpServer(*m_server, {}, true);
        const auto again =
            m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(first.ackedSeq, quint64(2));
        QCOMPARE(again.ackedSeq, quint64(2));
        QCOMPARE(again.applied, 0);
        QCOMPARE(dumpServer(*m_server, {}, true), dump1);
    }

    void refusedChangeSetDoesNotBlockOthers()
    {
        auto a = device({QStringLiteral("c:22945")});
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        // Forge a change-set that edits reference data (a device cannot), between two good ones.
        a->write({household(a->newId(), v, QStringLiteral("Lan"))});
        auto pending = a->pending(1 << 20);
        pb::ChangeSet bad = pending[1];
        pb::Commune c;
        c.set_name("Forged");
        bad.mutable_changes(0)->set_type(pb::RECORD_TYPE_COMMUNE);
        bad.mutable_changes(0)->set_id("C22945");
        bad.mutable_changes(0)->set_values(c.SerializeAsString());
        pb::ChangeSet good3 = pending[1];
        good3.set_seq(3);
        const std::string other = a->newId();
        good3.mutable_changes(0)->set_id(other);
        std::vector<const pb::ChangeSet *> sets{&pending[0], &bad, &good3};
        const auto out =
            m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(out.ackedSeq, quint64(3));
        QCOMPARE(out.rejected.size(), size_t(1));
        QCOMPARE(out.rejected[0].seq(), quint64(2));
        QCOMPARE(out.rejected[0].reason(), pb::REJECT_REASON_READ_ONLY);
        QVERIFY(QString::fromStdString(out.rejected[0].message()).contains(QStringLiteral("commune 'C22945'")));
        bool householdThere = false, communeIntact = false;
        m_server->forEach({}, [&](const Record &r) {
            if (r.id == other) householdThere = true;
            if (r.id == "C22945") communeIntact = valueOf<pb::Commune>(r).name() == "Phan Thiết";
        });
        QVERIFY(householdThere);
        QVERIFY(communeIntact);
        // Resent, the refusal is reported again and nothing else happens.
        const auto again =
            m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(again.rejected.size(), size_t(1));
        QCOMPARE(again.applied, 0);
    }

    void clockFarAheadIsRefusedThenCorrected()
    {
        auto a = device({QStringLiteral("c:22945")});
        const qint64 year = 365LL * 24 * 3600 * 1000;
        a->hlc().setOffsetMs(year); // the phone believes it is next year
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn Tương Lai"))});
        QVERIFY(syncInProcess(*a, *m_service));
        QCOMPARE(a->pendingCount(), 0);
        bool found = false;
        m_server->forEach({}, [&](const Record &r) {
            if (r.id != v) return;
            found = true;
            QVERIFY(HybridClock::wallMs(r.latest().hlc) < DeviceClock::systemNowMs() + 60'000);
        });
        QVERIFY(found);
        // The device's own copy carries the corrected stamp too, so a later edit elsewhere can win.
        QVERIFY(HybridClock::wallMs(a->get(pb::RECORD_TYPE_VILLAGE, v)->latest().hlc) <
                DeviceClock::systemNowMs() + 60'000);
        auto b = device({QStringLiteral("c:22945")});
        QVERIFY(syncInProcess(*b, *m_service));
        auto rename = village(v, kCommune, QStringLiteral("Thôn Hiện Tại"));
        b->write({rename});
        QVERIFY(syncInProcess(*b, *m_service));
        QVERIFY(syncInProcess(*a, *m_service));
        QCOMPARE(valueOf<pb::Village>(*a->get(pb::RECORD_TYPE_VILLAGE, v)).name(), std::string("Thôn Hiện Tại"));
    }

    void areasRouteRecords()
    {
        auto admin = device({QStringLiteral("c:22945"), QStringLiteral("c:23008")});
        const std::string v1 = admin->newId(), v2 = admin->newId(), v3 = admin->newId();
        admin->write({village(v1, kCommune, QStringLiteral("Thôn 1")), village(v2, kCommune, QStringLiteral("Thôn 2")),
                      village(v3, kCommune2, QStringLiteral("Thôn 3"))});
        const std::string h1 = admin->newId(), h2 = admin->newId(), h3 = admin->newId();
        admin->write({household(h1, v1, QStringLiteral("Một")), household(h2, v2, QStringLiteral("Hai")),
                      household(h3, v3, QStringLiteral("Ba"))});
        // A clan spanning villages in two communes.
        auto clan = std::make_shared<pb::Clan>();
        clan->set_name("Họ Trần");
        clan->add_village_ids(v1);
        clan->add_village_ids(v3);
        const std::string k = admin->newId();
        admin->write({{pb::RECORD_TYPE_CLAN, k, clan, {}, false}});
        QVERIFY(syncInProcess(*admin, *m_service));

        auto onlyV1 = device({QStringLiteral("v:") + QString::fromStdString(v1)});
        auto onlyV2 = device({QStringLiteral("v:") + QString::fromStdString(v2)});
        auto onlyC2 = device({QStringLiteral("c:23008")});
        QVERIFY(syncInProcess(*onlyV1, *m_service));
        QVERIFY(syncInProcess(*onlyV2, *m_service));
        QVERIFY(syncInProcess(*onlyC2, *m_service));
        QVERIFY(onlyV1->get(pb::RECORD_TYPE_HOUSEHOLD, h1));
        QVERIFY(!onlyV1->get(pb::RECORD_TYPE_HOUSEHOLD, h2));
        QVERIFY(onlyV1->get(pb::RECORD_TYPE_COMMUNE, "C22945")); // its commune's reference record
        QVERIFY(!onlyV1->get(pb::RECORD_TYPE_COMMUNE, "C23008"));
        QVERIFY(onlyV1->get(pb::RECORD_TYPE_CLAN, k));
        QVERIFY(!onlyV2->get(pb::RECORD_TYPE_CLAN, k));
        QVERIFY(onlyC2->get(pb::RECORD_TYPE_CLAN, k));
        QVERIFY(onlyC2->get(pb::RECORD_TYPE_HOUSEHOLD, h3));
        QVERIFY(!onlyC2->get(pb::RECORD_TYPE_HOUSEHOLD, h1));
        // Each device holds exactly what the server holds for its areas.
        for (auto *d : {onlyV1.get(), onlyV2.get(), onlyC2.get()})
            QCOMPARE(dumpLocal(*d, true), dumpServer(*m_server, d->areas(), true));
    }

    // A learning unit and its registration pushed together: the evaluation's fact takes the unit's commune, so the
    // commune's report counts it (the catch-up writes units' facts before evaluations').
    void unitsAndTheirEvaluationsCountInTheirCommune()
    {
        auto d = device({QStringLiteral("c:22945")});
        auto unit = std::make_shared<pb::LearningUnit>();
        unit->set_commune_code(kCommune.toStdString());
        unit->set_name("Trường Tiểu học Phú Lộc");
        const std::string u = d->newId();
        d->write({{pb::RECORD_TYPE_LEARNING_UNIT, u, unit, {}, false}});
        learning::registerSubject(*d, pb::LEARNING_MODEL_UNIT, u, 2026, actor(*d, QDate(2026, 3, 1)));
        QVERIFY(syncInProcess(*d, *m_service));
        const auto units =
            domain::rollups(m_server->rollupFacts(QStringLiteral("c:22945")), {2026}).at(2026).total.units;
        QCOMPARE(std::pair(units.total, units.registered), std::pair(1, 1));
    }

    // The report's facts caught up in small steps, as a server does in its quiet moments, count as a catch-up in
    // one go does: a step that meets members before their household's later version (the household edited after
    // them, so its row now comes after theirs, and its village's after that) takes their commune from the
    // household's record, and the household its commune from its village's.
    void factsCaughtUpInStepsCountEveryRecordInItsCommune()
    {
        m_server->catchUpFacts();
        auto figures = [&] { // a report catches up in one go first: only at the start and at the end
            return domain::rollups(m_server->rollupFacts(QStringLiteral("c:22945")), {2026}).at(2026).total;
        };
        const auto before = figures();
        auto d = device({QStringLiteral("c:22945")});
        const std::string v = d->newId(), h = d->newId();
        d->write({village(v, kCommune, QStringLiteral("Thôn Bước"))});
        d->write({household(h, v, QStringLiteral("Bước"))});
        for (int i = 0; i < 3; ++i) d->write({member(d->newId(), h, QStringLiteral("Người %1").arg(i), 1980 + i)});
        QVERIFY(syncInProcess(*d, *m_service));
        d->write({household(h, v, QStringLiteral("Bước"), QStringLiteral("Trần"))});
        d->write({village(v, kCommune, QStringLiteral("Thôn Bước Mới"))});
        QVERIFY(syncInProcess(*d, *m_service));
        int steps = 0;
        while (m_server->catchUpFacts(1) == 1) ++steps;
        QVERIFY2(steps >= 5, qPrintable(QString::number(steps))); // the 3 members, then the household and village
        QCOMPARE(m_server->catchUpFacts(1), 0);                   // nothing left
        const auto after = figures();
        QCOMPARE(after.families.total, before.families.total + 1);
        QCOMPARE(after.citizens.total, before.citizens.total + 3);
        QCOMPARE(after.villages.total, before.villages.total + 1);
    }

    // The pushes leave their pages in the write-ahead log; checkpoint(), which the server calls from its timer on
    // a connection of its own, copies them into the database file. Read here with SQLite's `immutable`, which
    // reads the file alone, as if the log were not there.
    void theLogIsCopiedIntoTheFileBesideThePushes()
    {
        if (testingPostgres()) QSKIP("SQLite files only (PostgreSQL checkpoints itself)");
        auto d = device({QStringLiteral("c:22945")});
        const std::string v = d->newId(), h = d->newId();
        d->write({village(v, kCommune, QStringLiteral("Thôn Nhật Ký"))});
        d->write({household(h, v, QStringLiteral("Ký"))});
        QVERIFY(syncInProcess(*d, *m_service));
        auto inTheFile = [&] {
            sqlite3 *db = nullptr;
            const QByteArray uri = "file:" + m_path.toUtf8() + "?immutable=1";
            int n = -1;
            if (sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr) == SQLITE_OK) {
                sqlite3_stmt *s = nullptr;
                if (sqlite3_prepare_v2(db, "SELECT count(*) FROM records WHERE type=? AND id=?", -1, &s, nullptr) ==
                    SQLITE_OK) {
                    sqlite3_bind_int(s, 1, pb::RECORD_TYPE_HOUSEHOLD);
                    sqlite3_bind_text(s, 2, h.data(), int(h.size()), SQLITE_TRANSIENT);
                    if (sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int(s, 0);
                }
                sqlite3_finalize(s);
            }
            sqlite3_close(db);
            return n;
        };
        QVERIFY(inTheFile() != 1); // in the log only (the file may not even hold the table yet)
        m_server->checkpoint();
        QCOMPARE(inTheFile(), 1);
        // And the store goes on writing and reading as before.
        d->write({household(h, v, QStringLiteral("Ký"), QStringLiteral("Lê"))});
        QVERIFY(syncInProcess(*d, *m_service));
        m_server->checkpoint();
        QCOMPARE(inTheFile(), 1);
    }

    // A server of schema 4 kept no facts of fund records: opened by this version, its next catch-up writes them,
    // so a province's report has the books written before the upgrade.
    void fundBooksWrittenBeforeAnUpgradeReachTheReport()
    {
        if (testingPostgres()) QSKIP("SQLite files only (tst_pg_store covers PostgreSQL)");
        const QString path = m_dir.filePath(QStringLiteral("v4-funds.sqlite"));
        {
            auto store = openSqliteServerStore(path, {});
            store->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
            SyncService service(*store);
            auto d = device({QStringLiteral("c:22945")});
            auto fund = std::make_shared<pb::Fund>();
            fund->set_commune_code(kCommune.toStdString());
            fund->set_name("Quỹ khuyến học phường");
            fund->set_opening_date("2026-01-01");
            fund->set_opening_balance(1'000'000);
            d->write({{pb::RECORD_TYPE_FUND, d->newId(), fund, {}, false}});
            QVERIFY(syncInProcess(*d, service));
            QCOMPARE(store->fundLedgers(QStringLiteral("c:22945")).size(), size_t(1));
        }
        // As schema 4 left it: the catch-up past the fund, and no fact for it.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "DELETE FROM facts WHERE type>=30; DROP INDEX facts_funds; PRAGMA user_version=4;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        auto upgraded = openSqliteServerStore(path, {});
        const auto books = upgraded->fundLedgers(QStringLiteral("p:68"));
        QCOMPARE(books.size(), size_t(1));
        QCOMPARE(books.begin()->first, kCommune);
        QCOMPARE(funds::balance(books.begin()->second, books.begin()->second.funds.begin()->first, "2026-12-31"),
                 qint64(1'000'000));
    }

    // Nor do they cost the device pages: after a long push, the pull past its own writes is one answer, even
    // when they are many pages long (PostgreSQL read a page of positions per statement and answered `more`
    // with nothing in it: a 10,000-household push took 26 requests instead of 13).
    void ownWritesAreNotEchoed()
    {
        auto a = device({QStringLiteral("c:22945")});
        QVERIFY(syncInProcess(*a, *m_service));
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        for (int i = 0; i < 20; ++i) a->write({household(a->newId(), v, QStringLiteral("H%1").arg(i))});
        SyncOptions pageOfFive;
        pageOfFive.pageSize = 5;
        SyncSession s(*a, pageOfFive);
        const auto reply = m_service->sync(s.nextRequest(), "zstd", true, DeviceClock::systemNowMs(),
                                           access::Principal::administrator());
        QCOMPARE(s.handleReply(reply.status, reply.body, reply.contentEncoding), SyncSession::Step::Done);
        QCOMPARE(s.receipt().sent, 21);
        QCOMPARE(s.receipt().received, 0);
        QCOMPARE(s.receipt().requests, 1);
    }

    void concurrentSameFieldMakesConflict()
    {
        auto a = device({QStringLiteral("c:22945")});
        auto b = device({QStringLiteral("c:22945")});
        // Two people, each with a phone of their own: the conflict names them. The pushing side's name comes
        // with its session; the other side's through the account its device belongs to (the account store).
        access::Principal lan = access::Principal::administrator(QStringLiteral("can-bo-lan"));
        access::Principal mai = access::Principal::administrator(QStringLiteral("can-bo-mai"));
        mai.name = QStringLiteral("Trần Thị Mai");
        m_server->setNameOf([](const QString &user) {
            return user == QLatin1String("can-bo-lan") ? QStringLiteral("Nguyễn Thị Lan") : QString();
        });
        auto syncA = [&] { return syncInProcess(*a, *m_service, {}, {}, lan); };
        auto syncB = [&] { return syncInProcess(*b, *m_service, {}, {}, mai); };
        const std::string v = a->newId(), h = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A")), household(h, v, QStringLiteral("Hùng"))});
        QVERIFY(syncA());
        QVERIFY(syncB());
        auto pa = std::make_shared<pb::Household>();
        pa->set_phone("0911111111");
        auto pb2 = std::make_shared<pb::Household>();
        pb2->set_phone("0922222222");
        auto addr = std::make_shared<pb::Household>();
        addr->set_address("Số 9");
        a->write({{pb::RECORD_TYPE_HOUSEHOLD, h, pa, {}, false}});
        b->hlc().setOffsetMs(2000); // b's edit is the later one, whatever the millisecond
        b->write({{pb::RECORD_TYPE_HOUSEHOLD, h, pb2, {}, false}});
        b->write({{pb::RECORD_TYPE_HOUSEHOLD, h, addr, {}, false}});
        QVERIFY(syncA());
        QVERIFY(syncB());
        QVERIFY(syncA());
        const auto va = valueOf<pb::Household>(*a->get(pb::RECORD_TYPE_HOUSEHOLD, h));
        const auto vb = valueOf<pb::Household>(*b->get(pb::RECORD_TYPE_HOUSEHOLD, h));
        QCOMPARE(va.phone(), std::string("0922222222")); // b wrote later
        QCOMPARE(va.address(), std::string("Số 9"));
        QCOMPARE(vb.SerializeAsString(), va.SerializeAsString());
        const auto conflicts = a->list(pb::RECORD_TYPE_CONFLICT);
        QCOMPARE(conflicts.size(), size_t(1));
        const auto c = valueOf<pb::Conflict>(conflicts[0]);
        QCOMPARE(c.field(), quint32(pb::Household::kPhoneFieldNumber));
        QCOMPARE(c.record_id(), h);
        QVERIFY(domain::renderField(pb::RECORD_TYPE_HOUSEHOLD, c.field(), c.loser_value())
                    .contains(QStringLiteral("0911111111")));
        QCOMPARE(c.winner_device(), b->deviceId());
        QCOMPARE(c.winner_name(), std::string("Trần Thị Mai"));
        QCOMPARE(c.loser_device(), a->deviceId());
        QCOMPARE(c.loser_name(), std::string("Nguyễn Thị Lan"));
        // Resolve on a: keep the loser. Both devices and the server end with the loser's value, resolved.
        auto res = std::make_shared<pb::Conflict>();
        res->set_resolved(true);
        res->set_resolution("loser");
        auto back = std::make_shared<pb::Household>();
        back->ParseFromString(c.loser_value());
        a->write({{pb::RECORD_TYPE_CONFLICT, conflicts[0].id, res, {}, false},
                  {pb::RECORD_TYPE_HOUSEHOLD, h, back, {}, false}});
        QVERIFY(syncA());
        QVERIFY(syncB());
        QCOMPARE(valueOf<pb::Household>(*b->get(pb::RECORD_TYPE_HOUSEHOLD, h)).phone(), std::string("0911111111"));
        QVERIFY(valueOf<pb::Conflict>(*b->get(pb::RECORD_TYPE_CONFLICT, conflicts[0].id)).resolved());
        QCOMPARE(dumpLocal(*a, true), dumpLocal(*b, true));
        QCOMPARE(dumpLocal(*a, true), dumpServer(*m_server, a->areas(), true));
    }

    void fullDiskRefusesAndKeepsEverything()
    {
        if (testingPostgres()) QSKIP("SQLite files only (tst_pg_store covers PostgreSQL)");
        // A server whose database can hardly grow, as on a full disk: it answers 503, stores nothing, and the
        // device keeps its outbox; with room again, the same sync goes through.
        const QString path = m_dir.filePath(QStringLiteral("small.sqlite"));
        {
            auto seeded = openSqliteServerStore(path, {});
            seeded->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        }
        const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        ServerLimits tight;
        tight.maxDatabaseBytes = size + 8 * 1024;
        auto full = openSqliteServerStore(path, tight);
        SyncService fullService(*full);
        const QStringList before = dumpServer(*full, {}, true);
        auto a = device({QStringLiteral("c:22945")});
        SeedOptions o;
        o.communeCode = kCommune;
        o.households = 300;
        seedCommune(*a, o);
        const int pending = a->pendingCount();
        SyncSession s(*a, {});
        const auto reply = fullService.sync(s.nextRequest(), "zstd", true, DeviceClock::systemNowMs(),
                                            access::Principal::administrator());
        QCOMPARE(reply.status, 503);
        QVERIFY(reply.body.contains("could not store"));
        QCOMPARE(s.handleReply(reply.status, reply.body, reply.contentEncoding), SyncSession::Step::Failed);
        QCOMPARE(s.receipt().error, SyncReceipt::Error::ServerError);
        QCOMPARE(a->pendingCount(), pending);
        QCOMPARE(dumpServer(*full, {}, true), before);
        full.reset();
        auto roomy = openSqliteServerStore(path, {});
        SyncService roomyService(*roomy);
        QVERIFY(syncInProcess(*a, roomyService));
        QCOMPARE(a->pendingCount(), 0);
        QCOMPARE(dumpLocal(*a, true), dumpServer(*roomy, a->areas(), true));
    }

    // A server database as version 1 wrote it (before accounts, the audit log and the report's facts), with a
    // commune, a village, a household without its own area key and its member: the new server opens it,
    // migrates it to the current version, gives the household its key (and the member with it), keeps every
    // record, and takes and serves new change-sets on it.
    void migratesFromVersion1Fixture()
    {
        if (testingPostgres()) QSKIP("SQLite files only (tst_pg_store covers PostgreSQL)");
        const QString path = m_dir.filePath(QStringLiteral("v1-server.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const char *schema = R"(
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE records(seq INTEGER PRIMARY KEY, type INTEGER NOT NULL, id TEXT NOT NULL,
                                 state BLOB NOT NULL, areas TEXT NOT NULL, writer INTEGER NOT NULL,
                                 base_seq INTEGER NOT NULL, echo_ok INTEGER NOT NULL);
            CREATE UNIQUE INDEX records_key ON records(type, id);
            CREATE TABLE record_areas(area TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(area, seq)) WITHOUT ROWID;
            CREATE TABLE devices(device INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL, first_ms INTEGER NOT NULL,
                                 last_ms INTEGER NOT NULL);
            CREATE TABLE rejections(device INTEGER NOT NULL, seq INTEGER NOT NULL, reason INTEGER NOT NULL,
                                    message TEXT NOT NULL, PRIMARY KEY(device, seq)) WITHOUT ROWID;
            INSERT INTO meta VALUES('device', '00000000000000aa');
            INSERT INTO devices VALUES(77, 3, 1700000000000, 1700000000000);
            PRAGMA user_version=1;)";
        QCOMPARE(sqlite3_exec(db, schema, nullptr, nullptr, nullptr), SQLITE_OK);
        const Stamp at{HybridClock::make(1'700'000'000'000, 0), 77};
        auto put = [&](int seq, pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                       const std::string &areas) {
            Record r;
            r.type = t;
            r.id = id;
            pb::Change c;
            c.set_values(m.SerializeAsString());
            bool changed = false;
            r.apply(c, at, &changed, nullptr);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO records VALUES(?,?,?,?,?,77,0,1)", -1, &st, nullptr);
            const std::string blob = r.toState().SerializeAsString();
            sqlite3_bind_int(st, 1, seq);
            sqlite3_bind_int(st, 2, int(t));
            sqlite3_bind_text(st, 3, id.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_blob(st, 4, blob.data(), int(blob.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 5, areas.c_str(), -1, SQLITE_TRANSIENT);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_finalize(st);
            for (const auto &k : QString::fromStdString(areas).split(QLatin1Char(' '))) {
                const QByteArray key = k.toUtf8();
                sqlite3_prepare_v2(db, "INSERT INTO record_areas VALUES(?,?)", -1, &st, nullptr);
                sqlite3_bind_text(st, 1, key.constData(), -1, SQLITE_TRANSIENT);
                sqlite3_bind_int(st, 2, seq);
                sqlite3_step(st);
                sqlite3_finalize(st);
            }
        };
        pb::Commune commune;
        commune.set_code("22945");
        commune.set_province_code("68");
        commune.set_name("Phan Thiết");
        commune.set_full_name("Phường Phan Thiết");
        pb::Village v;
        v.set_commune_code("22945");
        v.set_name("Thôn Cũ");
        pb::Household h;
        h.set_village_id("old-v");
        h.set_head_given_name("Lan");
        pb::Member m;
        m.set_household_id("old-h");
        m.set_given_name("Lan");
        m.set_birth_year(1980);
        put(1, pb::RECORD_TYPE_COMMUNE, "C22945", commune, "c:22945 p:68 rc:22945");
        put(2, pb::RECORD_TYPE_VILLAGE, "old-v", v, "c:22945 v:old-v");
        put(3, pb::RECORD_TYPE_HOUSEHOLD, "old-h", h, "v:old-v");
        put(4, pb::RECORD_TYPE_MEMBER, "old-m", m, "v:old-v");
        sqlite3_close(db);

        auto store = openSqliteServerStore(path, {});
        QCOMPARE(store->deviceId(), quint64(0xaa));
        QStringList inHousehold;
        store->forEach({QStringLiteral("h:old-h")},
                       [&](const Record &r) { inHousehold << QString::fromStdString(r.id); });
        // The household's own key reaches it and its member (and, as for any subscription, its commune's record).
        QVERIFY(inHousehold.contains(QStringLiteral("old-h")) && inHousehold.contains(QStringLiteral("old-m")));
        QVERIFY(!inHousehold.contains(QStringLiteral("old-v")));
        const QStringList all = dumpServer(*store, {}, false);
        QCOMPARE(all.size(), 4);
        QVERIFY(all.join(QLatin1Char('\n')).contains(QStringLiteral("Thôn Cũ")));
        QCOMPARE(store->lineage(QStringLiteral("h:old-h")),
                 (QStringList{QStringLiteral("h:old-h"), QStringLiteral("v:old-v"), QStringLiteral("c:22945"),
                              QStringLiteral("p:68")}));
        // The facts table came with the migrations: the old records count in the report.
        QCOMPARE(domain::rollups(store->rollupFacts(QStringLiteral("c:22945")), {2026}).at(2026).total.families.total,
                 1);
        // A device receives the old records and pushes new ones through it.
        LocalStore device;
        device.create(m_dir.filePath(QStringLiteral("v1-device.sqlite")));
        device.setAreas({QStringLiteral("c:22945")});
        SyncService service(*store);
        QVERIFY(syncInProcess(device, service));
        QCOMPARE(device.list(pb::RECORD_TYPE_MEMBER, "old-h").size(), size_t(1));
        device.write({household(device.newId(), "old-v", QStringLiteral("Mai"))});
        QVERIFY(syncInProcess(device, service));
        QCOMPARE(dumpLocal(device, true), dumpServer(*store, device.areas(), true));
        store.reset();
        QCOMPARE(openSqliteServerStore(path, {})->deviceId(), quint64(0xaa)); // opens again at the current version
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
        sqlite3_step(st);
        QCOMPARE(sqlite3_column_int(st, 0), SqliteServerStore::kSchemaVersion);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }

    // An accounts database as version 1 wrote it, with an account and a session: the new server opens it and
    // finds both, the password still verifies, and it refuses a newer schema.
    void accountStoreOpensItsVersion1Fixture()
    {
        if (testingPostgres()) QSKIP("SQLite files only (tst_pg_store covers PostgreSQL)");
        const QString path = m_dir.filePath(QStringLiteral("v1-accounts.sqlite"));
        const QByteArray hash = secrets::hashPassword(QStringLiteral("mat-khau-cu-1"), secrets::Cost::Phone);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const QByteArray sql = R"(
            CREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
                               role INTEGER NOT NULL, areas TEXT NOT NULL, household TEXT NOT NULL,
                               password_hash BLOB NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
                               created_ms INTEGER NOT NULL);
            CREATE TABLE sessions(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                                  device INTEGER NOT NULL, device_name TEXT NOT NULL, token_hash BLOB NOT NULL,
                                  created_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,
                                  revoked_ms INTEGER NOT NULL DEFAULT 0, revoked_by TEXT NOT NULL DEFAULT '');
            CREATE INDEX sessions_user ON sessions(user_id);
            CREATE INDEX sessions_device ON sessions(device);
            INSERT INTO users VALUES(1, 'can-bo-cu', 'Cán bộ Cũ', 3, 'c:22945', '', ')" +
                               hash + R"(', 0, 1700000000000);
            INSERT INTO sessions VALUES(5, 1, 77, 'điện thoại', x'00', 1700000000000, 1700000000000, 4102444800000, 0, '');
            PRAGMA user_version=1;)";
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        {
            SqliteAccountStore accounts(path);
            const auto a = accounts.user(QStringLiteral("Can-Bo-Cu"));
            QVERIFY(a);
            QCOMPARE(a->role, pb::ROLE_COMMUNE_STAFF);
            QCOMPARE(a->areas, QStringList{QStringLiteral("c:22945")});
            QCOMPARE(a->displayName, QStringLiteral("Cán bộ Cũ"));
            QVERIFY(secrets::verifyPassword(accounts.passwordHash(a->id), QStringLiteral("mat-khau-cu-1")));
            const auto s = accounts.session(5);
            QVERIFY(s);
            QCOMPARE(s->device, quint64(77));
            QVERIFY(s->active(1'800'000'000'000));
        }
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version=9", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY_THROWS_EXCEPTION(std::exception, [&] { SqliteAccountStore newer(path); }());
    }

    void refusesNewerSchema()
    {
        if (testingPostgres()) QSKIP("SQLite files only (tst_pg_store covers PostgreSQL)");
        const QString path = m_dir.filePath(QStringLiteral("future-server.sqlite"));
        openSqliteServerStore(path, {}).reset();
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version=42", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        try {
            openSqliteServerStore(path, {});
            QFAIL("opened a database from a newer server");
        } catch (const std::exception &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("newer")));
        }
    }

    void devicesCannotForgeConflicts()
    {
        auto a = device({QStringLiteral("c:22945")});
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        auto forged = std::make_shared<pb::Conflict>();
        forged->set_record_type(pb::RECORD_TYPE_VILLAGE);
        forged->set_record_id(v);
        forged->set_field(3);
        // Written straight into the outbox shape a hostile client could send.
        auto pending = a->pending(1 << 20);
        pb::ChangeSet cs = pending[0];
        cs.set_seq(2);
        cs.mutable_changes(0)->set_type(pb::RECORD_TYPE_CONFLICT);
        cs.mutable_changes(0)->set_id("x0123456789abcdef0123");
        cs.mutable_changes(0)->set_values(forged->SerializeAsString());
        std::vector<const pb::ChangeSet *> sets{&pending[0], &cs};
        const auto out =
            m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(out.rejected.size(), size_t(1));
        QCOMPARE(out.rejected[0].reason(), pb::REJECT_REASON_READ_ONLY);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
