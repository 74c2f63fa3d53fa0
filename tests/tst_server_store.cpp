// The server store through the protocol service, in-process: once-only application, refusals that do not
// block the rest, the clock guard, area routing, not echoing a device's own writes, and conflicts.
#include "helpers.h"
#include "core/records/record_text.h"
#include "device/tools/local_dump.h"
#include "server/admin/server_dump.h"
#include "device/tools/seed.h"

#include <QFileInfo>
#include <sqlite3.h>

using namespace kh;
using namespace kh::test;

class TestServerStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_server;
    std::unique_ptr<SyncService> m_service;
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
        m_server = openSqliteServerStore(m_dir.filePath(QStringLiteral("server%1.sqlite").arg(++m_n)), {});
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
        const auto first = m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        const QStringList dump1 = dumpServer(*m_server, {}, true);
        const auto again = m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
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
        good3.mutable_changes(0)->set_id("other-id");
        std::vector<const pb::ChangeSet *> sets{&pending[0], &bad, &good3};
        const auto out = m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(out.ackedSeq, quint64(3));
        QCOMPARE(out.rejected.size(), size_t(1));
        QCOMPARE(out.rejected[0].seq(), quint64(2));
        QCOMPARE(out.rejected[0].reason(), pb::REJECT_REASON_READ_ONLY);
        QVERIFY(QString::fromStdString(out.rejected[0].message()).contains(QStringLiteral("commune 'C22945'")));
        bool householdThere = false, communeIntact = false;
        m_server->forEach({}, [&](const Record &r) {
            if (r.id == "other-id") householdThere = true;
            if (r.id == "C22945") communeIntact = valueOf<pb::Commune>(r).name() == "Phan Thiết";
        });
        QVERIFY(householdThere);
        QVERIFY(communeIntact);
        // Resent, the refusal is reported again and nothing else happens.
        const auto again = m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
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
        QVERIFY(HybridClock::wallMs(a->get(pb::RECORD_TYPE_VILLAGE, v)->latest().hlc) < DeviceClock::systemNowMs() + 60'000);
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

    void ownWritesAreNotEchoed()
    {
        auto a = device({QStringLiteral("c:22945")});
        QVERIFY(syncInProcess(*a, *m_service));
        const std::string v = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        for (int i = 0; i < 20; ++i) a->write({household(a->newId(), v, QStringLiteral("H%1").arg(i))});
        SyncSession s(*a, {});
        const auto reply = m_service->sync(s.nextRequest(), "zstd", true, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(s.handleReply(reply.status, reply.body, reply.contentEncoding), SyncSession::Step::Done);
        QCOMPARE(s.receipt().sent, 21);
        QCOMPARE(s.receipt().received, 0);
        QCOMPARE(s.receipt().requests, 1);
    }

    void concurrentSameFieldMakesConflict()
    {
        auto a = device({QStringLiteral("c:22945")});
        auto b = device({QStringLiteral("c:22945")});
        const std::string v = a->newId(), h = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn A")), household(h, v, QStringLiteral("Hùng"))});
        QVERIFY(syncInProcess(*a, *m_service));
        QVERIFY(syncInProcess(*b, *m_service));
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
        QVERIFY(syncInProcess(*a, *m_service));
        QVERIFY(syncInProcess(*b, *m_service));
        QVERIFY(syncInProcess(*a, *m_service));
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
        QVERIFY(domain::renderField(pb::RECORD_TYPE_HOUSEHOLD, c.field(), c.loser_value()).contains(QStringLiteral("0911111111")));
        // Resolve on a: keep the loser. Both devices and the server end with the loser's value, resolved.
        auto res = std::make_shared<pb::Conflict>();
        res->set_resolved(true);
        res->set_resolution("loser");
        auto back = std::make_shared<pb::Household>();
        back->ParseFromString(c.loser_value());
        a->write({{pb::RECORD_TYPE_CONFLICT, conflicts[0].id, res, {}, false}, {pb::RECORD_TYPE_HOUSEHOLD, h, back, {}, false}});
        QVERIFY(syncInProcess(*a, *m_service));
        QVERIFY(syncInProcess(*b, *m_service));
        QCOMPARE(valueOf<pb::Household>(*b->get(pb::RECORD_TYPE_HOUSEHOLD, h)).phone(), std::string("0911111111"));
        QVERIFY(valueOf<pb::Conflict>(*b->get(pb::RECORD_TYPE_CONFLICT, conflicts[0].id)).resolved());
        QCOMPARE(dumpLocal(*a, true), dumpLocal(*b, true));
        QCOMPARE(dumpLocal(*a, true), dumpServer(*m_server, a->areas(), true));
    }

    void fullDiskRefusesAndKeepsEverything()
    {
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
        const auto reply = fullService.sync(s.nextRequest(), "zstd", true, DeviceClock::systemNowMs(), access::Principal::administrator());
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

    void refusesNewerSchema()
    {
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
        cs.mutable_changes(0)->set_id("xforged");
        cs.mutable_changes(0)->set_values(forged->SerializeAsString());
        std::vector<const pb::ChangeSet *> sets{&pending[0], &cs};
        const auto out = m_server->push(a->deviceId(), sets, 0, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(out.rejected.size(), size_t(1));
        QCOMPARE(out.rejected[0].reason(), pb::REJECT_REASON_READ_ONLY);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
