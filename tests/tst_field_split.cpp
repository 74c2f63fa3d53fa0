// The split by field ("kh-split, zstd", core/wire/field_split.h): any bytes come back exactly; a split that was
// tampered with is refused or stays within its cap, never read out of bounds; the server answers a large pull
// split only to a device that accepts it, reads split pushes, refuses malformed ones, and says that it reads
// them; a device splits its large pushes once the server has said so.
#include "core/wire/field_split.h"
#include "core/wire/zstd_codec.h"
#include "device/tools/local_dump.h"
#include "device/tools/seed.h"
#include "helpers.h"
#include "server/admin/server_dump.h"

#include <QRandomGenerator>

using namespace kh;
using namespace kh::test;

class TestFieldSplit : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_server;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<LocalStore> m_officer;

    static QByteArray pullRequest(quint64 device)
    {
        pb::SyncRequest r;
        r.set_protocol(1);
        r.set_device(device);
        r.add_areas("c:22945");
        r.set_pull(true);
        return QByteArray::fromStdString(r.SerializeAsString());
    }
    ServiceReply sync(const QByteArray &body, const QByteArray &encoding, bool acceptSplit)
    {
        return m_service->sync(body, encoding, true, DeviceClock::systemNowMs(), access::Principal::administrator(),
                               {1}, acceptSplit);
    }
    static QByteArray header(const ServiceReply &r, const QByteArray &name)
    {
        for (const auto &[n, value] : r.headers)
            if (n == name) return value;
        return {};
    }
    static QByteArray packed(const QByteArray &plain)
    {
        std::vector<qsizetype> parts;
        const QByteArray split = splitFields(plain, &parts);
        return zstdCompressParts(split, parts, 6);
    }

private slots:
    void initTestCase()
    {
        m_server = openTestStore(m_dir.filePath(QStringLiteral("s.sqlite")));
        m_server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        m_service = std::make_unique<SyncService>(*m_server);
        m_officer = std::make_unique<LocalStore>();
        m_officer->create(m_dir.filePath(QStringLiteral("officer.sqlite")));
        m_officer->setAreas({QStringLiteral("c:22945")});
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = 300;
        o.villages = 3;
        o.progressYear = 2026;
        seedCommune(*m_officer, o);
    }

    void anyBytesComeBackExactly()
    {
        // Real messages: change-sets as a device pushes them.
        pb::SyncRequest push;
        for (auto &cs : m_officer->pending(1 << 20)) *push.add_push() = cs;
        const QByteArray request = QByteArray::fromStdString(push.SerializeAsString());
        QVERIFY(request.size() > 32 * 1024);
        std::vector<QByteArray> inputs{request, QByteArray(), QByteArray("\x08\x96\x01", 3)};
        // Not canonical, but a message: a length written in two bytes where one would do, a tag too.
        inputs.push_back(QByteArray("\x0a\x82\x00\x08\x01\x88\x00\x05", 8));
        inputs.push_back(QByteArray("\x1a\x03\x0a\x01\x41\x1a\x80\x00", 8)); // an empty nested length, padded
        // Not messages at all: wire types 3, 4, 6 and 7, a field 0, truncated values, random bytes.
        for (const QByteArray &junk :
             {QByteArray("\x0b"), QByteArray("\x0c"), QByteArray("\x0e"), QByteArray("\x0f"), QByteArray("\x00\x01", 2),
              QByteArray("\x0a\x05"
                         "ab"),
              QByteArray("\x09\x01\x02")})
            inputs.push_back(junk);
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 200; ++i) {
            QByteArray r(int(rng->bounded(1, 300)), Qt::Uninitialized);
            for (char &c : r) c = char(rng->bounded(256));
            inputs.push_back(r);
        }
        for (const QByteArray &in : inputs) {
            std::vector<qsizetype> parts;
            const QByteArray split = splitFields(in, &parts);
            QCOMPARE(joinFields(split, 1 << 26).value_or(QByteArray("<refused>")), in);
            QVERIFY(!parts.empty() && parts.back() == split.size());
            QCOMPARE(zstdDecompress(zstdCompressParts(split, parts, 3), 1 << 26).value_or(QByteArray()), split);
        }
        // And it is what makes the bytes fewer.
        QVERIFY(packed(request).size() < zstdCompress(request, 6).size() * 8 / 10);
    }

    void tamperedSplitsAreRefusedSafely()
    {
        pb::SyncRequest push;
        for (auto &cs : m_officer->pending(64 * 1024)) *push.add_push() = cs;
        const QByteArray in = QByteArray::fromStdString(push.SerializeAsString());
        const QByteArray split = splitFields(in);
        QVERIFY(!joinFields(split, in.size() - 1)); // over the cap
        QVERIFY(!joinFields(split.left(split.size() - 1), 1 << 26));
        QVERIFY(!joinFields(split + 'x', 1 << 26));
        QVERIFY(!joinFields(QByteArray("\x02", 1) + split.mid(1), 1 << 26)); // another format
        // Every single-byte change and cut near the head (where the tags and paths are described) is either
        // refused or gives something within the cap, and never reads outside the bytes (ASan builds check that).
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 3000; ++i) {
            QByteArray t = split;
            const int at = int(rng->bounded(qMin<qsizetype>(t.size(), 4096)));
            t[at] = char(rng->bounded(256));
            if (i % 3 == 0) t.truncate(int(rng->bounded(t.size())));
            const auto out = joinFields(t, 1 << 22);
            QVERIFY(!out || out->size() <= (1 << 22));
        }
    }

    void serverSplitsLargeAnswersForDevicesThatAcceptIt()
    {
        LocalStore &o = *m_officer;
        QVERIFY(syncInProcess(o, *m_service)); // the households are on the server
        const QByteArray body = zstdCompress(pullRequest(77));
        const ServiceReply split = sync(body, "zstd", true);
        QCOMPARE(split.status, 200);
        QCOMPARE(split.contentEncoding, QByteArray("kh-split, zstd"));
        const ServiceReply plain = sync(body, "zstd", false);
        QCOMPARE(plain.contentEncoding, QByteArray("zstd"));
        QVERIFY(split.body.size() < plain.body.size() * 8 / 10);
        const auto joined = joinFields(zstdDecompress(split.body, 1 << 26).value_or(QByteArray()), 1 << 26);
        QVERIFY(joined);
        pb::SyncResponse a, b;
        QVERIFY(a.ParseFromArray(joined->constData(), int(joined->size())));
        const auto p = zstdDecompress(plain.body, 1 << 26);
        QVERIFY(p && b.ParseFromArray(p->constData(), int(p->size())));
        QCOMPARE(a.records_size(), b.records_size());
        QVERIFY(a.records_size() > 1000);
        // A small answer is not split: the dictionary saves more there.
        pb::SyncRequest none;
        none.set_protocol(1);
        none.set_device(77);
        QCOMPARE(sync(QByteArray::fromStdString(none.SerializeAsString()), {}, true).contentEncoding, QByteArray());
    }

    // Long: a new device's pushes in order, plain then split, then a hostile split body.
    void serverReadsSplitPushesAndSaysSo()
    {
        // A device that knows nothing of the server pushes plain, and learns that it reads split bodies.
        LocalStore d;
        d.create(m_dir.filePath(QStringLiteral("d.sqlite")));
        d.setAreas({QStringLiteral("c:23008")});
        SeedOptions o;
        o.communeCode = QStringLiteral("23008");
        o.households = 400;
        o.householdsPerWrite = 50;
        seedCommune(d, o);
        SyncOptions small;
        small.maxPushBytes = 64 * 1024;
        SyncSession s(d, small);
        QByteArray body = s.nextRequest();
        QCOMPARE(s.contentEncoding(), QByteArray("zstd"));
        ServiceReply r = sync(body, s.contentEncoding(), true);
        QCOMPARE(r.status, 200);
        QCOMPARE(header(r, "Accept-Encoding"), QByteArray("zstd, kh-split"));
        QCOMPARE(s.handleReply(r.status, r.body, r.contentEncoding, header(r, kZstdDictionariesHeader),
                               header(r, "Accept-Encoding")),
                 SyncSession::Step::Again);
        QCOMPARE(d.meta("server_reads_split"), QStringLiteral("1"));
        // Its next large pushes are split, and the server applies them.
        int splitPushes = 0;
        for (int n = 0; n < 50; ++n) {
            body = s.nextRequest();
            splitPushes += s.contentEncoding() == "kh-split, zstd";
            r = sync(body, s.contentEncoding(), true);
            QCOMPARE(r.status, 200);
            const auto step = s.handleReply(r.status, r.body, r.contentEncoding, header(r, kZstdDictionariesHeader),
                                            header(r, "Accept-Encoding"));
            QVERIFY(step != SyncSession::Step::Failed);
            if (step == SyncSession::Step::Done) break;
        }
        QVERIFY(splitPushes > 0);
        // Spaces in the coding do not matter.
        QCOMPARE(sync(packed(pullRequest(78)), "kh-split,zstd", true).status, 200);
        QCOMPARE(d.pendingCount(), 0);
        QCOMPARE(dumpServer(*m_server, d.areas(), true), dumpLocal(d, true));

        // Malformed split bodies are a 400, and nothing is written; so is one that expands past the cap.
        const QStringList before = dumpServer(*m_server, {}, true);
        QByteArray split = splitFields(pullRequest(77));
        split.chop(1);
        r = sync(zstdCompress(split, 3), "kh-split, zstd", true);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("split by field"), r.body.constData());
        QByteArray huge(70 * 1024 * 1024, 'a');
        r = sync(zstdCompress(splitFields(huge), 3), "kh-split, zstd", true);
        QCOMPARE(r.status, 400);
        QCOMPARE(dumpServer(*m_server, {}, true), before);
    }
};

QTEST_GUILESS_MAIN(TestFieldSplit)
#include "tst_field_split.moc"
