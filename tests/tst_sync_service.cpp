// Hostile and malformed requests to the protocol service: each is a 4xx with a message, and nothing is written.
#include "core/wire/sync_response_frames.h"
#include "core/wire/zstd_codec.h"
#include "device/tools/local_dump.h"
#include "helpers.h"
#include "server/admin/server_dump.h"

using namespace kh;
using namespace kh::test;

class TestSyncService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ServerStore> m_server;
    std::unique_ptr<SyncService> m_service;
    QStringList m_before;

    pb::SyncRequest validRequest()
    {
        pb::SyncRequest r;
        r.set_protocol(1);
        r.set_device(42);
        r.add_areas("c:22945");
        r.set_pull(true);
        return r;
    }
    // An id device 42 may make (docs/data-model.md, "Ids").
    static std::string id42(const char *counter) { return std::string("000000000000002a-") + counter; }
    QByteArray bytes(const pb::SyncRequest &r) { return QByteArray::fromStdString(r.SerializeAsString()); }
    void expect(const ServiceReply &reply, int status, const char *text)
    {
        QCOMPARE(reply.status, status);
        QVERIFY2(QString::fromUtf8(reply.body).contains(QLatin1String(text)), reply.body.constData());
        QCOMPARE(dumpServer(*m_server, {}, true), m_before);
    }

private slots:
    void initTestCase()
    {
        m_server = openTestStore(m_dir.filePath(QStringLiteral("s.sqlite")));
        m_server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        m_service = std::make_unique<SyncService>(*m_server);
        m_before = dumpServer(*m_server, {}, true);
    }

    void garbageAndEmpty()
    {
        QByteArray junk(3000, '\0');
        for (int i = 0; i < junk.size(); ++i) junk[i] = char((i * 7919) % 251);
        expect(m_service->sync(junk, {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "malformed");
        expect(m_service->sync(QByteArray(), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()),
               400, "malformed");
        expect(m_service->sync(junk, "zstd", true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "zstd");
        expect(m_service->sync(bytes(validRequest()), "gzip", true, DeviceClock::systemNowMs(),
                               access::Principal::administrator()),
               415, "Content-Encoding");
    }

    void truncatedProtobuf()
    {
        auto r = validRequest();
        auto *cs = r.add_push();
        cs->set_seq(1);
        cs->set_hlc(HybridClock::make(DeviceClock::systemNowMs(), 0));
        auto *c = cs->add_changes();
        c->set_type(pb::RECORD_TYPE_VILLAGE);
        c->set_id("v-x");
        c->set_values(std::string(200, 'a'));
        const QByteArray full = bytes(r);
        expect(m_service->sync(full.left(full.size() - 50), {}, true, DeviceClock::systemNowMs(),
                               access::Principal::administrator()),
               400, "malformed");
    }

    void deeplyNestedMessage()
    {
        // 100,000 nested groups of an unknown field (start-group tags, never closed) and as many nested
        // length-delimited fields: the parser's recursion limit stops them, the answer is a 400.
        QByteArray groups = bytes(validRequest());
        for (int i = 0; i < 100000; ++i) groups += char(99 << 3 | 3), groups += char(0);
        expect(m_service->sync(groups, {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "malformed");
        QByteArray inner = QByteArrayLiteral("\x08\x01");
        for (int i = 0; i < 200; ++i) {
            // field 3 (push: a ChangeSet) wrapping the previous bytes, again and again
            QByteArray outer;
            outer += char(3 << 3 | 2);
            qsizetype n = inner.size();
            do {
                outer += char((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
                n >>= 7;
            } while (n);
            inner = outer + inner;
        }
        const ServiceReply r =
            m_service->sync(inner, {}, true, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(r.status, 400);
    }

    void decompressionBomb()
    {
        // 200 MB of zeros compresses to a few kilobytes; the server stops at its limit.
        const QByteArray bomb = zstdCompress(QByteArray(200 * 1024 * 1024, '\0'), 3);
        QVERIFY(bomb.size() < 100 * 1024);
        expect(m_service->sync(bomb, "zstd", true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "expands past");
    }

    void protocolAndFields()
    {
        auto r = validRequest();
        r.set_protocol(7);
        expect(m_service->sync(bytes(r), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "protocol version 7");
        r = validRequest();
        r.set_device(0);
        expect(m_service->sync(bytes(r), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "device");
        r = validRequest();
        r.add_areas("c:99999");
        expect(m_service->sync(bytes(r), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "unknown area");
        r = validRequest();
        r.add_areas("'; DROP TABLE records; --");
        expect(m_service->sync(bytes(r), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "is not an area");
        r = validRequest();
        r.add_push()->set_seq(5);
        r.add_push()->set_seq(3);
        expect(m_service->sync(bytes(r), {}, true, DeviceClock::systemNowMs(), access::Principal::administrator()), 400,
               "increasing");
    }

    void invalidRecordsAreRefusedInTheReceipt()
    {
        // Well-formed requests whose content is wrong: refused per change-set, with the field named.
        auto r = validRequest();
        auto add = [&](quint64 seq, pb::RecordType t, const std::string &id, const google::protobuf::Message &m) {
            auto *cs = r.add_push();
            cs->set_seq(seq);
            cs->set_hlc(HybridClock::make(DeviceClock::systemNowMs(), quint32(seq)));
            auto *c = cs->add_changes();
            c->set_type(t);
            c->set_id(id);
            c->set_values(m.SerializeAsString());
        };
        pb::Village noName;
        noName.set_commune_code("22945");
        add(1, pb::RECORD_TYPE_VILLAGE, id42("v1"), noName);
        pb::Household orphan;
        orphan.set_village_id("nowhere");
        orphan.set_head_given_name("Lan");
        add(2, pb::RECORD_TYPE_HOUSEHOLD, id42("h1"), orphan);
        pb::Household badPhone;
        badPhone.set_village_id("nowhere");
        badPhone.set_head_given_name("Lan");
        badPhone.set_phone("12345");
        add(3, pb::RECORD_TYPE_HOUSEHOLD, id42("h2"), badPhone);
        pb::Village sqlish;
        sqlish.set_commune_code("22945");
        sqlish.set_name("Robert'); DROP TABLE records;--");
        add(4, pb::RECORD_TYPE_VILLAGE, id42("v2"), sqlish);
        // Invalid UTF-8 inside a record's value (the value is bytes on the wire, so the request itself parses).
        pb::Village badText;
        badText.set_commune_code("22945");
        badText.set_name("ok");
        std::string raw = badText.SerializeAsString();
        raw.replace(raw.find("ok"), 2, "\xff\xfe");
        auto *cs5 = r.add_push();
        cs5->set_seq(5);
        cs5->set_hlc(HybridClock::make(DeviceClock::systemNowMs(), 5));
        auto *c5 = cs5->add_changes();
        c5->set_type(pb::RECORD_TYPE_VILLAGE);
        c5->set_id(id42("v3"));
        c5->set_values(raw);
        // Huge repeated fields and oversized values.
        pb::Clan many;
        many.set_name("Họ Lê");
        for (int i = 0; i < 5000; ++i) many.add_village_ids("v2");
        add(6, pb::RECORD_TYPE_CLAN, id42("k1"), many);
        pb::Village huge;
        huge.set_commune_code("22945");
        huge.set_name("Thôn");
        huge.set_notes(std::string(300000, 'a'));
        add(7, pb::RECORD_TYPE_VILLAGE, id42("v4"), huge);
        const auto reply =
            m_service->sync(bytes(r), {}, false, DeviceClock::systemNowMs(), access::Principal::administrator());
        QCOMPARE(reply.status, 200);
        pb::SyncResponse resp;
        QVERIFY(resp.ParseFromArray(reply.body.constData(), int(reply.body.size())));
        QCOMPARE(resp.acked_seq(), quint64(7));
        QCOMPARE(resp.rejected_size(), 6);
        QVERIFY(QString::fromStdString(resp.rejected(4).message()).contains(QStringLiteral("more than 100 entries")));
        QVERIFY(QString::fromStdString(resp.rejected(5).message()).contains(QStringLiteral("larger than")));
        QCOMPARE(resp.rejected(3).seq(), quint64(5));
        QCOMPARE(resp.rejected(3).reason(), pb::REJECT_REASON_INVALID);
        QVERIFY(QString::fromStdString(resp.rejected(3).message()).contains(QStringLiteral("malformed")));
        QVERIFY(QString::fromStdString(resp.rejected(0).message()).contains(QStringLiteral("name: required")));
        QCOMPARE(resp.rejected(1).reason(), pb::REJECT_REASON_UNKNOWN_REFERENCE);
        QVERIFY(QString::fromStdString(resp.rejected(2).message()).contains(QStringLiteral("phone")));
        // The SQL-looking name is just a name.
        bool stored = false;
        m_server->forEach({}, [&](const Record &rec) {
            stored |= rec.id == id42("v2") && valueOf<pb::Village>(rec).name() == sqlish.name();
        });
        QVERIFY(stored);
        m_before = dumpServer(*m_server, {}, true);
    }

    void answersAreCompressedWhenAsked()
    {
        const auto reply = m_service->sync(bytes(validRequest()), {}, true, DeviceClock::systemNowMs(),
                                           access::Principal::administrator());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.contentEncoding, QByteArray("zstd"));
        const auto plain = zstdDecompress(reply.body, 1 << 26);
        QVERIFY(plain);
        pb::SyncResponse resp;
        QVERIFY(resp.ParseFromArray(plain->constData(), int(plain->size())));
        QVERIFY(resp.records_size() > 0); // the commune's and province's reference records, and v2
        QVERIFY(resp.server_time_ms() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_sync_service.moc"
