// A new phone's first sync of a whole commune, through the real khuyenhoc-server on 127.0.0.1 and a proxy that
// cuts the link half-way: the phone resumes from the cursor it stored, pulls no page twice beyond the one that
// was under way, and ends with every record. Small pages (large enough to be split by field) and a small commune
// keep it fast; no timing is asserted (sync_bench times the same over an emulated 3G link).
#include "cutting_proxy.h"
#include "device/tools/local_dump.h"
#include "device/tools/seed.h"
#include "helpers.h"
#include "process.h"

#include <QSignalSpy>

using namespace kh;
using namespace kh::test;

class TestFirstSyncResume : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    static constexpr int kPageSize = 400; // ~45 KB before compression: answers are split by field

    SyncReceipt syncThrough(LocalStore &store, const QString &url)
    {
        if (store.meta("auth_token").isEmpty()) [&] { QVERIFY(m_server.loginAdmin(store.path())); }();
        SyncClient client(store);
        client.setEndpoint(ServerEndpoint{QUrl(url), store.meta("auth_token").toLatin1(), {}});
        SyncOptions o;
        o.pageSize = kPageSize;
        o.transferTimeoutMs = 30000;
        client.setOptions(o);
        QSignalSpy done(&client, &SyncClient::finished);
        client.start();
        [&] { QVERIFY(done.wait(120000)); }();
        return done.isEmpty() ? SyncReceipt{} : done.first().first().value<SyncReceipt>();
    }
    std::unique_ptr<LocalStore> device(const QString &name)
    {
        auto s = std::make_unique<LocalStore>();
        s->create(m_dir.filePath(name));
        s->setAreas({QStringLiteral("c:22945")});
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data"))), qPrintable(m_server.log()));
    }

    // Long: the commune pushed, pulled straight through once, then pulled again on a new phone with a cut.
    void resumesFromItsCursorAfterACut()
    {
        // A commune of 400 households (5 members each) on the server.
        auto a = device(QStringLiteral("a.sqlite"));
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = 400;
        o.villages = 3;
        o.fixedMembers = 5;
        seedCommune(*a, o);
        QVERIFY(syncThrough(*a, m_server.url()).ok);

        // A first sync straight through the proxy: what it takes, in records, pages and bytes.
        CuttingProxy proxy(m_server.port);
        auto c = device(QStringLiteral("c.sqlite"));
        const SyncReceipt clean = syncThrough(*c, proxy.url());
        QVERIFY2(clean.ok, qPrintable(clean.message));
        const qint64 cleanBytes = proxy.down;
        QVERIFY(clean.received > 400 * 6);
        QVERIFY(clean.requests >= clean.received / kPageSize);
        // The phone learnt what the server reads: its dictionary, and bodies split by field.
        QCOMPARE(c->meta("server_zstd_dictionaries"), QStringLiteral("1"));
        QCOMPARE(c->meta("server_reads_split"), QStringLiteral("1"));

        // Another new phone; the link drops half-way through the same bytes.
        auto b = device(QStringLiteral("b.sqlite"));
        proxy.reset();
        proxy.cutDownAfter = cleanBytes / 2;
        const SyncReceipt cut = syncThrough(*b, proxy.url());
        QVERIFY(!cut.ok);
        QCOMPARE(cut.error, SyncReceipt::Error::Offline);
        const int pagesStored = cut.received / kPageSize;
        QVERIFY2(pagesStored >= 2, qPrintable(QString::number(cut.received))); // the cut fell mid-sync
        QVERIFY(cut.received < clean.received);
        QVERIFY(b->cursorFor(b->areas()) > 0);
        const qint64 cutBytes = proxy.down;

        // Resumed on a good link: from the stored cursor, not from the start.
        proxy.reset();
        const SyncReceipt resumed = syncThrough(*b, proxy.url());
        QVERIFY2(resumed.ok, qPrintable(resumed.message));
        // Every record was stored once: the records before the cut are not pulled again...
        QCOMPARE(cut.received + resumed.received, clean.received);
        // ...and no page is asked for twice but the one under way when the link dropped.
        QVERIFY2(resumed.requests <= clean.requests - pagesStored + 1,
                 qPrintable(QStringLiteral("%1 requests after the cut, %2 in all, %3 pages stored before it")
                                .arg(resumed.requests)
                                .arg(clean.requests)
                                .arg(pagesStored)));
        // The bytes received again are at most the pages under way (one, and the one asked for ahead).
        const qint64 again = cutBytes + proxy.down - cleanBytes;
        QVERIFY2(again <= 2 * cleanBytes / clean.requests + 2048,
                 qPrintable(QStringLiteral("%1 bytes again of %2").arg(again).arg(cleanBytes)));
        // It ends with all of it: the same records as the phone that synced straight through.
        QCOMPARE(dumpLocal(*b, true), dumpLocal(*c, true));
        QCOMPARE(b->list(pb::RECORD_TYPE_HOUSEHOLD).size(), size_t(400));
        QCOMPARE(b->list(pb::RECORD_TYPE_MEMBER).size(), size_t(2000));
    }
};

QTEST_GUILESS_MAIN(TestFirstSyncResume)
#include "tst_first_sync_resume.moc"
