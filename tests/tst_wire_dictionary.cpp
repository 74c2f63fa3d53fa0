// The sync protocol's zstd dictionary (docs/protocol.md, "Compression"): bodies round-trip with and without it;
// the server answers each device with a dictionary it holds, or plain zstd; a body compressed with a dictionary
// the server does not hold is refused, and the device sends it again without; a hostile body stays capped.
#include "core/wire/zstd_codec.h"
#include "device/tools/seed.h"
#include "helpers.h"

#include <zstd.h>

using namespace kh;
using namespace kh::test;

class TestWireDictionary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_server;
    std::unique_ptr<SyncService> m_service;

    static QByteArray request()
    {
        pb::SyncRequest r;
        r.set_protocol(1);
        r.set_device(42);
        r.add_areas("c:22945");
        r.set_pull(true);
        return QByteArray::fromStdString(r.SerializeAsString());
    }
    ServiceReply sync(const QByteArray &body, const QList<quint32> &offered)
    {
        return m_service->sync(body, "zstd", true, DeviceClock::systemNowMs(), access::Principal::administrator(),
                               offered);
    }
    static QByteArray header(const ServiceReply &r)
    {
        for (const auto &[name, value] : r.headers)
            if (name == kZstdDictionariesHeader) return value;
        return {};
    }

private slots:
    void initTestCase()
    {
        m_server = openTestStore(m_dir.filePath(QStringLiteral("s.sqlite")));
        m_server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        m_service = std::make_unique<SyncService>(*m_server);
        // Twenty households on the server, so answers carry the records a dictionary is made for.
        LocalStore officer;
        officer.create(m_dir.filePath(QStringLiteral("officer.sqlite")));
        officer.setAreas({QStringLiteral("c:22945")});
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = 20;
        o.villages = 2;
        seedCommune(officer, o);
        QVERIFY(syncInProcess(officer, *m_service));
    }

    void builtInAndNegotiated()
    {
        QCOMPARE(zstdDictionaryIds(), QList<quint32>{1});
        QVERIFY(zstdHasDictionary(1));
        QVERIFY(!zstdHasDictionary(0));
        QVERIFY(!zstdHasDictionary(99));
        QCOMPARE(zstdCommonDictionary({99, 1}), 1u);
        QCOMPARE(zstdCommonDictionary({99}), 0u);
        QCOMPARE(zstdCommonDictionary({}), 0u);
        QCOMPARE(parseDictionaryIds(" 1, x,0, 7 ,1,-3, 4294967296"), (QList<quint32>{1, 7}));
        QCOMPARE(formatDictionaryIds({1, 7}), QByteArray("1, 7"));
        QCOMPARE(parseDictionaryIds(QByteArray(100000, ',') + "5").size(), 0); // at most 16 parts are read
    }

    void roundTripWithAndWithoutDictionary()
    {
        // A real answer: the commune's reference records and households.
        const ServiceReply raw =
            m_service->sync(request(), {}, false, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(raw.status, 200);
        QVERIFY(raw.contentEncoding.isEmpty());
        for (int level : {3, 6}) {
            const QByteArray plain = zstdCompress(raw.body, level);
            const QByteArray packed = zstdCompress(raw.body, level, 1);
            QCOMPARE(zstdFrameDictionary(plain), 0u);
            QCOMPARE(zstdFrameDictionary(packed), 1u);
            QCOMPARE(zstdDecompress(plain, 1 << 26).value_or(QByteArray()), raw.body);
            QCOMPARE(zstdDecompress(packed, 1 << 26).value_or(QByteArray()), raw.body);
            QVERIFY2(packed.size() < plain.size(),
                     qPrintable(QStringLiteral("%1 vs %2").arg(packed.size()).arg(plain.size())));
            // Cut short, either is refused.
            QVERIFY(!zstdDecompress(packed.left(packed.size() - 1), 1 << 26));
        }
        // A dictionary this build does not hold is not used.
        QCOMPARE(zstdFrameDictionary(zstdCompress(raw.body, 3, 99)), 0u);
        // Plain and dictionary frames alternate on one thread's reused context without mixing.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(zstdDecompress(zstdCompress(raw.body, 3), 1 << 26).value_or(QByteArray()), raw.body);
            QCOMPARE(zstdDecompress(zstdCompress(raw.body, 3, 1), 1 << 26).value_or(QByteArray()), raw.body);
        }
    }

    void serverAnswersWithWhatTheDeviceHolds()
    {
        const QByteArray plainRequest = zstdCompress(request());
        const QByteArray dictRequest = zstdCompress(request(), 6, 1);
        QCOMPARE(zstdFrameDictionary(dictRequest), 1u);
        struct Case {
            QByteArray body;
            QList<quint32> offered;
            quint32 expected;   // the dictionary of the answer
            QByteArray advised; // the answer's Kh-Zstd-Dictionaries header
        };
        // A plain body and no header (a device without dictionaries, or an older one): plain zstd, and nothing
        // said. An id the server does not hold is ignored; the newest both hold is used, and a device that
        // holds one it did not use for its body is told what the server holds. A body compressed with a
        // dictionary shows that the device holds it: the answer uses it too, and needs no header.
        for (const Case &c :
             {Case{plainRequest, {}, 0, {}}, Case{plainRequest, {1}, 1, "1"}, Case{plainRequest, {99}, 0, {}},
              Case{plainRequest, {99, 1}, 1, "1"}, Case{dictRequest, {}, 1, {}}, Case{dictRequest, {1}, 1, {}},
              Case{dictRequest, {99}, 1, {}}}) {
            {
                const ServiceReply r = sync(c.body, c.offered);
                QCOMPARE(r.status, 200);
                QCOMPARE(r.contentEncoding, QByteArray("zstd"));
                QCOMPARE(zstdFrameDictionary(r.body), c.expected);
                QCOMPARE(header(r), c.advised);
                const auto decoded = zstdDecompress(r.body, 1 << 26);
                QVERIFY(decoded);
                pb::SyncResponse resp;
                QVERIFY(resp.ParseFromArray(decoded->constData(), int(decoded->size())));
                QVERIFY(resp.records_size() > 0);
            }
        }
    }

    void unknownDictionaryIsRefused()
    {
        // Dictionary 1's bytes under id 99: a frame that names a dictionary the server does not hold.
        QByteArray other = zstdDictionaryBytes(1);
        QVERIFY(other.size() > 8);
        other[4] = char(99);
        other[5] = other[6] = other[7] = 0;
        const QByteArray in = request();
        QByteArray body(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
        ZSTD_CCtx *ctx = ZSTD_createCCtx();
        const size_t n = ZSTD_compress_usingDict(ctx, body.data(), size_t(body.size()), in.constData(),
                                                 size_t(in.size()), other.constData(), size_t(other.size()), 6);
        ZSTD_freeCCtx(ctx);
        QVERIFY(!ZSTD_isError(n));
        body.resize(qsizetype(n));
        QCOMPARE(zstdFrameDictionary(body), 99u);
        QVERIFY(!zstdDecompress(body, 1 << 26));
        const ServiceReply r = sync(body, {1});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("zstd dictionary 99") && r.body.contains("holds: 1"), r.body.constData());
        QCOMPARE(header(r), QByteArray("1"));
    }

    void hostileDictionaryBodyIsCapped()
    {
        // 200 MB of zeros with the dictionary compresses to a few kilobytes; the server stops at its limit.
        const QByteArray bomb = zstdCompress(QByteArray(200 * 1024 * 1024, '\0'), 3, 1);
        QCOMPARE(zstdFrameDictionary(bomb), 1u);
        QVERIFY(bomb.size() < 100 * 1024);
        const ServiceReply r = sync(bomb, {1});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("expands past"), r.body.constData());
        QVERIFY(!zstdDecompress(bomb, SyncService::kMaxDecodedBody));
    }

    // Long: one device's syncs in order: learning, using, losing and re-learning the server's dictionary.
    void deviceLearnsTheServersDictionariesAndFallsBack()
    {
        LocalStore d;
        d.create(m_dir.filePath(QStringLiteral("d.sqlite")));
        d.setAreas({QStringLiteral("c:22945")});
        auto exchange = [&](SyncSession &s, const QList<quint32> &offered, quint32 requestDictionary) {
            const QByteArray body = s.nextRequest();
            QCOMPARE(zstdFrameDictionary(body), requestDictionary);
            const ServiceReply r = sync(body, offered);
            QCOMPARE(s.handleReply(r.status, r.body, r.contentEncoding, header(r)), SyncSession::Step::Done);
        };
        // A device that has never heard from the server sends plain zstd with the header, and learns what the
        // server holds.
        {
            SyncSession s(d, {});
            exchange(s, {1}, 0);
            QCOMPARE(s.dictionariesHeader(), QByteArray("1"));
        }
        QCOMPARE(d.meta("server_zstd_dictionaries"), QStringLiteral("1"));
        // Its next syncs use the dictionary from the first request (it is remembered in the store), and send no
        // header: the body shows it; the answers, without a header, leave what it knows as it was.
        for (int i = 0; i < 2; ++i) {
            SyncSession s(d, {});
            exchange(s, {}, 1);
            QCOMPARE(s.dictionariesHeader(), QByteArray());
        }
        QCOMPARE(d.meta("server_zstd_dictionaries"), QStringLiteral("1"));
        // Built without dictionaries (or told not to use them): plain zstd whatever it knows.
        {
            SyncOptions o;
            o.zstdDictionaries = false;
            SyncSession s(d, o);
            exchange(s, {}, 0);
            QCOMPARE(s.dictionariesHeader(), QByteArray());
        }
        d.setMeta("server_zstd_dictionaries", QStringLiteral("1"));
        // A server that does not hold it any more refuses the body; the device sends the same again without a
        // dictionary, once, and forgets it until an answer lists it again.
        {
            SyncSession s(d, {});
            QCOMPARE(zstdFrameDictionary(s.nextRequest()), 1u);
            QCOMPARE(s.handleReply(400, "malformed: body is not a complete zstd frame", {}, {}),
                     SyncSession::Step::Again);
            QVERIFY(s.receipt().message.isEmpty());
            QCOMPARE(d.meta("server_zstd_dictionaries"), QString());
            const QByteArray again = s.nextRequest();
            QCOMPARE(zstdFrameDictionary(again), 0u);
            // A refusal of a plain body is final.
            QCOMPARE(s.handleReply(400, "malformed: something else", {}, {}), SyncSession::Step::Failed);
        }
        // An older server answers without the header: the device stays on plain zstd.
        {
            SyncSession s(d, {});
            const ServiceReply r = sync(s.nextRequest(), {});
            QCOMPARE(s.handleReply(r.status, r.body, r.contentEncoding, {}), SyncSession::Step::Done);
        }
        QCOMPARE(d.meta("server_zstd_dictionaries"), QString());
        // This server, asked with the header again, says what it holds, and the device takes it up.
        {
            SyncSession s(d, {});
            exchange(s, {1}, 0);
        }
        QCOMPARE(d.meta("server_zstd_dictionaries"), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestWireDictionary)
#include "tst_wire_dictionary.moc"
