// Several servers on one PostgreSQL database, each a PgServerStore with its own connection on its own thread
// (the database sees them as separate clients, as it sees separate server processes): one change-set sent to
// two servers at once is applied once; concurrent merges into one record lose no field; two servers creating
// one derived id end with one merged record; a newer schema is refused; a deployment migrated from SQLite
// dumps equal (records, accounts with their password hashes, sessions, the audit log), a phone's retries reaching
// the new store are neither applied twice nor answered differently (its change-sets' numbering, a change refused
// alone and a change-set refused whole moved too), and a device that synced with the old store starts its pull
// again on the new epoch without losing its outbox.
#include "core/records/record_text.h"
#include "core/wire/zstd_codec.h"
#include "helpers.h"
#include "process.h"
#include "server/admin/demo_commune.h"
#include "server/admin/server_dump.h"
#include "server/store/open_stores.h"
#include "server/store/pg/pg_schema.h"

#include <barrier>
#include <thread>

using namespace kh;
using namespace kh::test;

namespace {

// Runs `a` and `b` on two threads, released together.
void together(const std::function<void()> &a, const std::function<void()> &b)
{
    std::barrier start(2);
    std::thread t([&] {
        start.arrive_and_wait();
        a();
    });
    start.arrive_and_wait();
    b();
    t.join();
}

std::vector<const pb::ChangeSet *> pointers(const std::vector<pb::ChangeSet> &sets)
{
    std::vector<const pb::ChangeSet *> out;
    for (const auto &cs : sets) out.push_back(&cs);
    return out;
}

// What a deployment holds besides its records, one line each, in an order of its own: the accounts (with their
// password hashes), the devices' sessions and the audit log.
QStringList accountsDump(Stores &s)
{
    QStringList out;
    for (const Account &a : s.accounts->users())
        out << QStringList{QStringLiteral("user"),
                           QString::number(a.id),
                           a.username,
                           a.displayName,
                           QString::number(int(a.role)),
                           a.areas.join(QLatin1Char(',')),
                           a.household,
                           QString::number(int(a.disabled)),
                           QString::number(a.createdMs),
                           QString::fromLatin1(s.accounts->passwordHash(a.id).toHex())}
                   .join(QLatin1Char('|'));
    for (const Session &x : s.accounts->sessions())
        out << QStringList{QStringLiteral("session"),
                           QString::number(x.id),
                           QString::number(x.userId),
                           QString::number(x.device),
                           x.deviceName,
                           QString::fromLatin1(x.tokenHash.toHex()),
                           QString::number(x.createdMs),
                           QString::number(x.lastMs),
                           QString::number(x.expiresMs),
                           QString::number(x.revokedMs),
                           x.revokedBy}
                   .join(QLatin1Char('|'));
    AuditQuery all;
    all.limit = 1000000;
    for (const AuditEntry &e : s.records->audit(all))
        out << QStringList{QStringLiteral("audit"),
                           QString::number(e.atMs),
                           e.user,
                           QString::number(e.device),
                           QString::number(e.session),
                           QString::number(e.changeSet),
                           QString::number(int(e.type)),
                           e.id,
                           e.action,
                           e.fields.join(QLatin1Char(',')),
                           e.values}
                   .join(QLatin1Char('|'));
    out.sort();
    return out;
}

} // namespace

class TestPgStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<PgServerStore> m_one, m_two;
    std::unique_ptr<SyncService> m_svcOne, m_svcTwo;
    int m_n = 0;

    std::unique_ptr<LocalStore> device()
    {
        auto d = std::make_unique<LocalStore>();
        d->create(m_dir.filePath(QStringLiteral("dev%1.sqlite").arg(++m_n)));
        d->setAreas({QStringLiteral("c:") + kCommune});
        return d;
    }

private slots:
    void init()
    {
        m_url = sharedCluster().createDatabase();
        m_one = std::make_unique<PgServerStore>(m_url.toStdString(), ServerLimits{});
        m_one->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        m_two = std::make_unique<PgServerStore>(m_url.toStdString(), ServerLimits{});
        QCOMPARE(m_two->storeEpoch(), m_one->storeEpoch());
        QCOMPARE(m_two->deviceId(), m_one->deviceId());
        m_svcOne = std::make_unique<SyncService>(*m_one);
        m_svcTwo = std::make_unique<SyncService>(*m_two);
    }

    void duplicatePushToTwoServersAppliesOnce()
    {
        auto d = device();
        const std::string v = d->newId();
        d->write({village(v, kCommune, QStringLiteral("Thôn A"))});
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 10; ++i) d->write({household(d->newId(), v, QStringLiteral("Hộ %1").arg(i))});
            const auto pending = d->pending(1 << 24);
            const auto sets = pointers(pending);
            PushOutcome a, b;
            const auto who = access::Principal::administrator();
            together([&] { a = m_one->push(d->deviceId(), sets, 0, DeviceClock::systemNowMs(), who); },
                     [&] { b = m_two->push(d->deviceId(), sets, 0, DeviceClock::systemNowMs(), who); });
            QCOMPARE(a.ackedSeq, pending.back().seq());
            QCOMPARE(b.ackedSeq, pending.back().seq());
            QCOMPARE(a.applied + b.applied, int(pending.size())); // each change-set once, by one of them
            QVERIFY(syncInProcess(*d, *m_svcOne));                // acknowledged: the outbox empties
        }
        int households = 0;
        m_one->forEach({}, [&](const Record &r) { households += r.type == pb::RECORD_TYPE_HOUSEHOLD; });
        QCOMPARE(households, 50);
        AuditQuery q;
        q.device = d->deviceId();
        q.limit = 1000;
        QCOMPARE(int(m_two->audit(q).size()), 51); // one entry per change, none twice
    }

    void concurrentMergesLoseNoField()
    {
        auto a = device(), b = device(), c = device();
        const std::string v = a->newId(), h = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Thôn B")), household(h, v, QStringLiteral("Lan"))});
        QVERIFY(syncInProcess(*a, *m_svcOne));
        QVERIFY(syncInProcess(*b, *m_svcOne));
        QVERIFY(syncInProcess(*c, *m_svcTwo));
        const int rounds = 25;
        auto edit = [&](LocalStore &dev, SyncService &svc, int field) {
            for (int i = 0; i < rounds; ++i) {
                auto m = std::make_shared<pb::Household>();
                if (field == 6)
                    m->set_phone(QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0')).toStdString());
                else
                    m->set_address(QStringLiteral("Số %1").arg(i).toStdString());
                dev.write({{pb::RECORD_TYPE_HOUSEHOLD, h, m, {}, false}});
                QVERIFY(syncInProcess(dev, svc));
            }
        };
        together([&] { edit(*b, *m_svcOne, 6); }, [&] { edit(*c, *m_svcTwo, 5); });
        std::optional<pb::Household> merged;
        m_one->forEach({}, [&](const Record &r) {
            if (r.type == pb::RECORD_TYPE_HOUSEHOLD && r.id == h) merged = valueOf<pb::Household>(r);
        });
        QVERIFY(merged);
        QCOMPARE(QString::fromStdString(merged->phone()),
                 QStringLiteral("09%1").arg(rounds - 1, 8, 10, QLatin1Char('0')));
        QCOMPARE(QString::fromStdString(merged->address()), QStringLiteral("Số %1").arg(rounds - 1));
        QCOMPARE(QString::fromStdString(merged->head_given_name()), QStringLiteral("Lan"));
        for (auto *dev : {b.get(), c.get()}) QVERIFY(syncInProcess(*dev, *m_svcTwo));
        QCOMPARE(b->get(pb::RECORD_TYPE_HOUSEHOLD, h)->values(), c->get(pb::RECORD_TYPE_HOUSEHOLD, h)->values());
    }

    void derivedIdFromTwoServersEndsAsOneRecord()
    {
        auto a = device(), b = device(), c = device();
        const std::string v = a->newId();
        std::vector<std::string> hs;
        std::vector<Edit> edits{village(v, kCommune, QStringLiteral("Thôn C"))};
        for (int i = 0; i < 15; ++i) {
            hs.push_back(a->newId());
            edits.push_back(household(hs.back(), v, QStringLiteral("Hộ %1").arg(i)));
        }
        a->write(edits);
        QVERIFY(syncInProcess(*a, *m_svcOne));
        QVERIFY(syncInProcess(*b, *m_svcOne));
        QVERIFY(syncInProcess(*c, *m_svcTwo));
        // Both devices link every household to the same clan at once: the membership's id is derived from the
        // pair, so both create the same record, one through each server.
        const std::string clan = a->newId();
        auto k = std::make_shared<pb::Clan>();
        k->set_name("Họ Trần");
        k->add_village_ids(v);
        a->write({{pb::RECORD_TYPE_CLAN, clan, k, {}, false}});
        QVERIFY(syncInProcess(*a, *m_svcOne));
        QVERIFY(syncInProcess(*b, *m_svcOne));
        QVERIFY(syncInProcess(*c, *m_svcTwo));
        auto link = [&](LocalStore &dev) {
            for (const auto &h : hs) {
                auto m = std::make_shared<pb::ClanMembership>();
                m->set_clan_id(clan);
                m->set_household_id(h);
                dev.write({{pb::RECORD_TYPE_CLAN_MEMBERSHIP, domain::membershipId(clan, h), m, {}, false}});
            }
        };
        link(*b);
        link(*c);
        bool okB = false, okC = false;
        together([&] { okB = syncInProcess(*b, *m_svcOne); }, [&] { okC = syncInProcess(*c, *m_svcTwo); });
        QVERIFY(okB && okC);
        QCOMPARE(b->pendingCount(), 0);
        QCOMPARE(c->pendingCount(), 0);
        QVERIFY(b->rejected().empty() && c->rejected().empty());
        int memberships = 0;
        m_one->forEach({}, [&](const Record &r) { memberships += r.type == pb::RECORD_TYPE_CLAN_MEMBERSHIP; });
        QCOMPARE(memberships, int(hs.size()));
        for (auto *dev : {a.get(), b.get(), c.get()}) QVERIFY(syncInProcess(*dev, *m_svcTwo));
        QCOMPARE(int(a->list(pb::RECORD_TYPE_CLAN_MEMBERSHIP).size()), int(hs.size()));
    }

    // A push runs pipelined: many statements are sent before the first answer is read. One that fails late (here
    // the second batch of new records, after a first batch that PostgreSQL had already written) must leave
    // nothing of the push, be reported as PostgreSQL named it (not as "pipeline aborted"), and leave the
    // connection usable: the same push succeeds once the cause is gone.
    // Long: a push built to span two pipelined batches, its failure, then the same push again.
    void pipelinedFailureRollsBackTheWholePush()
    {
        auto d = device();
        const std::string v = d->newId();
        d->write({village(v, kCommune, QStringLiteral("Thôn P"))});
        std::string poisoned;
        for (int cs = 0; cs < 5; ++cs) {
            std::vector<Edit> edits;
            for (int i = 0; i < 300; ++i) {
                const std::string h = d->newId();
                if (cs == 4 && i == 150) poisoned = h;
                edits.push_back(household(h, v, QStringLiteral("Hộ %1-%2").arg(cs).arg(i)));
            }
            d->write(edits);
        }
        pg::Connection admin(m_url.toStdString());
        admin.exec("CREATE FUNCTION kh_test_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "IF NEW.id = '" +
                   poisoned +
                   "' THEN RAISE EXCEPTION 'poisoned record %', NEW.id USING ERRCODE = 'check_violation'; END IF; "
                   "RETURN NEW; END $$");
        admin.exec("CREATE TRIGGER kh_test_poison BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION "
                   "kh_test_poison()");
        const auto pending = d->pending(1 << 24);
        QCOMPARE(int(pending.size()), 6);
        const auto sets = pointers(pending);
        const auto who = access::Principal::administrator();
        std::string message, state;
        try {
            m_one->push(d->deviceId(), sets, 0, DeviceClock::systemNowMs(), who);
        } catch (const pg::Error &e) {
            message = e.what();
            state = e.sqlstate;
        }
        QCOMPARE(QString::fromStdString(state), QStringLiteral("23514"));
        QVERIFY2(message.find("poisoned record " + poisoned) != std::string::npos, message.c_str());
        QVERIFY2(message.find("SQLSTATE 23514") != std::string::npos, message.c_str());
        QVERIFY2(message.find("INSERT INTO records") != std::string::npos, message.c_str());
        auto count = [&](const char *sql) {
            return admin.query(sql, pg::Params().i64(qint64(d->deviceId()))).i64(0, 0);
        };
        QCOMPARE(count("SELECT count(*) FROM records WHERE writer=$1"), qint64(0)); // the first batch too
        QCOMPARE(count("SELECT count(*) FROM audit WHERE device=$1"), qint64(0));
        QCOMPARE(count("SELECT count(*) FROM devices WHERE device=$1 AND last_seq>0"), qint64(0));

        admin.exec("DROP TRIGGER kh_test_poison ON records");
        const PushOutcome again = m_one->push(d->deviceId(), sets, 0, DeviceClock::systemNowMs(), who);
        QCOMPARE(again.applied, 6);
        QCOMPARE(again.ackedSeq, pending.back().seq());
        QCOMPARE(count("SELECT count(*) FROM records WHERE writer=$1 AND type=4"), qint64(1500));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE device=$1"), qint64(6));
    }

    // A record written again leaves no area row of its old version behind: they are deleted by (area, pos), the
    // primary key, so schema 3 dropped the index on pos alone, also from a database of schema 2.
    void aRewrittenRecordLeavesNoOldAreaRowsAndSchema3DropsThePosIndex()
    {
        auto d = device();
        const std::string v1 = d->newId(), v2 = d->newId(), h = d->newId();
        d->write(
            {village(v1, kCommune, QStringLiteral("Thôn Một")), village(v2, kCommune, QStringLiteral("Thôn Hai"))});
        d->write({household(h, v1, QStringLiteral("Chuyển"))});
        for (int i = 0; i < 2; ++i) d->write({member(d->newId(), h, QStringLiteral("Người %1").arg(i), 1990)});
        QVERIFY(syncInProcess(*d, *m_svcOne));
        d->write({household(h, v2, QStringLiteral("Chuyển"))}); // moved: the household and its members re-keyed
        QVERIFY(syncInProcess(*d, *m_svcTwo));
        pg::Connection admin(m_url.toStdString());
        auto count = [&](const char *sql) { return admin.query(sql).i64(0, 0); };
        // Every area row belongs to a record's current version, and names one of its areas.
        QCOMPARE(count("SELECT count(*) FROM record_areas a WHERE NOT EXISTS (SELECT 1 FROM records r WHERE "
                       "r.pos=a.pos AND a.area = ANY(string_to_array(r.areas,' ')))"),
                 qint64(0));
        // The household's rows are its areas: the old village's too (its phones learn it left), and the new one's.
        const auto rows = admin.query("SELECT count(*), max(cardinality(string_to_array(r.areas,' '))) FROM "
                                      "record_areas a JOIN records r ON r.pos=a.pos WHERE r.id=$1",
                                      pg::Params().text(h));
        QCOMPARE(rows.i64(0, 0), rows.i64(0, 1));
        QVERIFY(rows.i64(0, 0) >= 3); // v:old, v:new, c:…
        QCOMPARE(count("SELECT count(*) FROM pg_indexes WHERE indexname='record_areas_pos'"), qint64(0));
        // A database of schema 2 has the index; opening it with this version drops it.
        admin.exec("CREATE INDEX record_areas_pos ON record_areas(pos); UPDATE kh_schema SET version = 2");
        PgServerStore upgraded(m_url.toStdString(), {});
        QCOMPARE(count("SELECT count(*) FROM pg_indexes WHERE indexname='record_areas_pos'"), qint64(0));
        QCOMPARE(count("SELECT version FROM kh_schema"), qint64(pg::schemaVersion()));
    }

    // Two servers started at the same moment with --demo-commune seed the demo once: the check and the writing are
    // one job across servers (a session advisory lock), so the second finds the commune seeded.
    void twoServersStartingTogetherSeedTheDemoOnce()
    {
        QTemporaryDir a, b; // each server's own data folder (the marker file is per folder)
        int seededA = -1, seededB = -1;
        together([&] { seededA = seedDemoCommune(*m_one, a.path(), kCommune, 30); },
                 [&] { seededB = seedDemoCommune(*m_two, b.path(), kCommune, 30); });
        QCOMPARE(std::min(seededA, seededB), 0);
        QCOMPARE(std::max(seededA, seededB), 30);
        int households = 0;
        m_one->forEach({QStringLiteral("c:") + kCommune},
                       [&](const Record &r) { households += r.type == pb::RECORD_TYPE_HOUSEHOLD; });
        QCOMPARE(households, 30);
    }

    void newerSchemaIsRefused()
    {
        pg::Connection c(m_url.toStdString());
        c.exec("UPDATE kh_schema SET version = version + 1");
        QVERIFY_THROWS_EXCEPTION(pg::Error, [&] { PgServerStore newer(m_url.toStdString(), {}); }());
        c.exec("UPDATE kh_schema SET version = version - 1");
        PgServerStore again(m_url.toStdString(), {});
        QCOMPARE(again.storeEpoch(), m_one->storeEpoch());
    }

    // Long: a whole deployment moves (SQLite -> PostgreSQL), then a device finds the new epoch.
    void migrationKeepsEverythingAndDevicesStartOver()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sqlite-deployment"));
        QDir().mkpath(folder);
        auto d = device();
        QStringList before, accountsBefore;
        std::string sqliteEpoch, forbiddenVillage, refusedWhole;
        std::vector<QByteArray> lanRequests; // every request Lan's phone sent, to send again after the move
        access::Principal who;
        {
            Stores st = openStores(DatabaseUrl::parse(QStringLiteral("sqlite:") + folder, folder), {});
            auto &sqlite = st.records;
            sqlite->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
            SyncService svc(*sqlite);
            const std::string v = d->newId();
            d->write({village(v, kCommune, QStringLiteral("Thôn D"))});
            for (int i = 0; i < 20; ++i) d->write({household(d->newId(), v, QStringLiteral("Hộ %1").arg(i))});
            QVERIFY(syncInProcess(*d, svc));
            // Officers with their phones, one of them disabled since, and what they wrote in the audit log.
            const qint64 now = DeviceClock::systemNowMs();
            const Account lan = st.accounts->createUser(
                QStringLiteral("can-bo-lan"), QStringLiteral("Nguyễn Thị Lan"), pb::ROLE_VILLAGE_OFFICER,
                {QStringLiteral("v:") + QString::fromStdString(v)}, {}, QByteArrayLiteral("$argon2id$lan"), now);
            st.accounts->createUser(QStringLiteral("can-bo-hung"), QStringLiteral("Lê Văn Hùng"),
                                    pb::ROLE_COMMUNE_STAFF, {QStringLiteral("c:") + kCommune}, {},
                                    QByteArrayLiteral("$argon2id$hung"), now);
            auto phone = device();
            phone->setAreas(lan.areas);
            const Session session =
                st.accounts->createSession(lan.id, phone->deviceId(), QStringLiteral("Điện thoại Lan"),
                                           QByteArrayLiteral("token-hash"), now, 3600000);
            st.accounts->setDisabled(QStringLiteral("can-bo-hung"), true, now + 1);
            who.user = lan.username;
            who.role = lan.role;
            who.areas = lan.areas;
            who.session = session.id;
            who.device = phone->deviceId();
            auto syncAsLan = [&] {
                SyncSession sync(*phone, {});
                for (int n = 0; n < 100; ++n) {
                    lanRequests.push_back(sync.nextRequest());
                    const ServiceReply reply =
                        svc.sync(lanRequests.back(), "zstd", true, DeviceClock::systemNowMs(), who);
                    const auto step = sync.handleReply(reply.status, reply.body, reply.contentEncoding);
                    if (step == SyncSession::Step::Failed) qWarning() << sync.receipt().message;
                    if (step != SyncSession::Step::Again) return step == SyncSession::Step::Done;
                }
                return false;
            };
            QVERIFY(syncAsLan()); // the village, to write under
            for (int i = 0; i < 3; ++i)
                phone->write({household(phone->newId(), v, QStringLiteral("Hộ của Lan %1").arg(i))});
            // A village she may not create, in a change-set with a household she may: refused alone, remembered.
            forbiddenVillage = phone->newId();
            phone->write({household(phone->newId(), v, QStringLiteral("Hộ của Lan 3")),
                          village(forbiddenVillage, kCommune, QStringLiteral("Thôn lạ"))});
            QVERIFY(syncAsLan());
            QCOMPARE(phone->pendingCount(), 0);
            QCOMPARE(phone->rejected().size(), size_t(1));
            // A change-set refused whole (a household in a village that does not exist), as a script on her
            // phone would send it: its refusal is remembered under the device's next number.
            {
                pb::SyncRequest req;
                req.set_protocol(1);
                req.set_device(phone->deviceId());
                pb::ChangeSet *cs = req.add_push();
                cs->set_seq(phone->meta("next_seq").toULongLong());
                cs->set_hlc(phone->hlc().tick());
                pb::Change *c = cs->add_changes();
                const Edit stray = household(phone->newId(), "no-such-village", QStringLiteral("Hộ lạc"));
                c->set_type(stray.type);
                c->set_id(stray.id);
                c->set_values(stray.values->SerializeAsString());
                const std::string raw = req.SerializeAsString();
                lanRequests.push_back(zstdCompress(QByteArray(raw.data(), qsizetype(raw.size())), 3));
                const ServiceReply reply = svc.sync(lanRequests.back(), "zstd", true, DeviceClock::systemNowMs(), who);
                const auto answer = decodeAnswer(reply.status, reply.body, reply.contentEncoding);
                QCOMPARE(answer->resp.rejected_size(), 1);
                QCOMPARE(answer->resp.rejected(0).reason(), pb::REJECT_REASON_UNKNOWN_REFERENCE);
                refusedWhole = answer->resp.rejected(0).message();
            }
            sqlite->catchUpFacts();
            before = dumpServer(*sqlite, {}, true);
            accountsBefore = accountsDump(st);
            QCOMPARE(accountsBefore.filter(QRegularExpression(QStringLiteral("^audit\\|.*\\|can-bo-lan\\|"))).size(),
                     4);
            QCOMPARE(accountsBefore.filter(QRegularExpression(QStringLiteral("^user\\|"))).size(), 2);
            QCOMPARE(accountsBefore.filter(QRegularExpression(QStringLiteral("^session\\|"))).size(), 1);
            sqliteEpoch = sqlite->storeEpoch();
            QCOMPARE(d->storeEpoch().toStdString(), sqliteEpoch);
            // An edit made while the deployment moves: it waits in the outbox.
            d->write({household(d->newId(), v, QStringLiteral("Hộ mới"))});
        }
        const QString target = sharedCluster().createDatabase();
        const Result r = run(QStringLiteral(KH_SERVER_BIN),
                             {QStringLiteral("migrate"), QStringLiteral("--from"), QStringLiteral("sqlite:") + folder,
                              QStringLiteral("--to"), target},
                             folder);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        PgServerStore pg(target.toStdString(), {});
        QCOMPARE(dumpServer(pg, {}, true), before); // every record, with its stamps
        {
            Stores moved = openStores(DatabaseUrl::parse(target, {}), {});
            QCOMPARE(accountsDump(moved), accountsBefore); // every account, session and audit row
        }
        QVERIFY(pg.storeEpoch() != sqliteEpoch);
        QCOMPARE(pg.rollupFacts(QStringLiteral("c:") + kCommune).households.size(), size_t(24));
        SyncService svc(pg);
        // The devices' numbering and what was refused moved too: Lan's phone sending its change-sets again (a
        // retry that reaches the new server) has nothing applied twice, and hears the same refusal by name.
        int forbidden = 0, whole = 0;
        for (const QByteArray &request : lanRequests) {
            const ServiceReply reply = svc.sync(request, "zstd", true, DeviceClock::systemNowMs(), who);
            const auto answer = decodeAnswer(reply.status, reply.body, reply.contentEncoding);
            QVERIFY2(answer->status == 200 && answer->error.isEmpty(), reply.body.constData());
            for (const auto &rj : answer->resp.rejected()) {
                if (rj.reason() == pb::REJECT_REASON_UNKNOWN_REFERENCE) {
                    QCOMPARE(rj.message(), refusedWhole);
                    if (&request == &lanRequests.back()) ++whole; // the answer to that change-set itself
                    continue;
                }
                QCOMPARE(rj.reason(), pb::REJECT_REASON_FORBIDDEN);
                QCOMPARE(rj.record_id(), forbiddenVillage);
                ++forbidden;
            }
        }
        QCOMPARE(forbidden, 1);
        QCOMPARE(whole, 1);
        QCOMPARE(dumpServer(pg, {}, true), before);
        QCOMPARE(d->pendingCount(), 1);
        SyncOptions small;
        small.pageSize = 50;
        QVERIFY(syncInProcess(*d, svc, {}, small));
        QCOMPARE(d->pendingCount(), 0);                           // the outbox went to the new store
        QCOMPARE(d->storeEpoch().toStdString(), pg.storeEpoch()); // and the pull started over there
        QStringList server = dumpServer(pg, {QStringLiteral("c:") + kCommune}, false);
        QStringList local;
        for (const auto &rec : d->all()) local << domain::dumpLine(rec, false);
        for (const QString &line : server) QVERIFY2(local.contains(line), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pg_store.moc"
