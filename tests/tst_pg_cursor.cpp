// The pull cursor on PostgreSQL never skips a late commit. A row's position is (xid << 20) | n and a pull
// stops below its snapshot's xmin horizon: a transaction that took its position early but commits late is
// still delivered. Deterministically (one transaction held open by hand) and with concurrent writers, each a
// PostgreSQL backend process of its own, against a reader following the cursor; beside it, a reader following
// a plain "greatest position seen" cursor shows what would have been lost.
#include "helpers.h"
#include "server/store/pg/pg_record_table.h"

#include <QElapsedTimer>
#include <atomic>
#include <mutex>
#include <random>
#include <set>
#include <thread>

using namespace kh;
using namespace kh::test;

namespace {

const QStringList kAreas{QStringLiteral("c:22945")};

pb::Change row(const std::string &id)
{
    pb::Change c;
    c.set_type(pb::RECORD_TYPE_HOUSEHOLD);
    c.set_id(id);
    pb::Household h;
    h.set_head_given_name(id);
    c.set_values(h.SerializeAsString());
    return c;
}

// The ids in a pull page (records encoded as SyncResponse field 3).
std::vector<std::string> idsOf(const PullPage &page)
{
    pb::SyncResponse r;
    if (!r.ParseFromString(page.records)) return {};
    std::vector<std::string> out;
    for (const auto &st : r.records()) out.push_back(st.id());
    return out;
}

// A reader of a plain cursor: everything above the greatest position it has seen, as a sequence would give.
struct PlainReader {
    pg::Connection &c;
    quint64 cursor = 0;
    std::set<std::string> seen;
    void read()
    {
        auto r = c.query("SELECT id, pos FROM records WHERE type=$1 AND pos>$2 ORDER BY pos",
                         pg::Params().i32(int(pb::RECORD_TYPE_HOUSEHOLD)).i64(qint64(cursor)));
        for (int i = 0; i < r.rows(); ++i) {
            seen.insert(r.str(i, 0));
            cursor = std::max(cursor, quint64(r.i64(i, 1)));
        }
    }
};

} // namespace

class TestPgCursor : public QObject {
    Q_OBJECT
    QString m_url;

private slots:
    void initTestCase()
    {
        m_url = sharedCluster().createDatabase();
        QVERIFY(!m_url.isEmpty());
        PgServerStore store(m_url.toStdString(), {}); // the schema, and the commune the rows are under
        store.seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
    }

    void lateCommitIsDelivered()
    {
        pg::Connection a(m_url.toStdString()), b(m_url.toStdString()), r(m_url.toStdString());
        pg::PgRecordTable ta(a), tb(b), reader(r);
        const domain::Keys keys{"c:22945"};
        // A takes its position first and stays open; B writes after it and commits.
        pg::Transaction txA(a);
        ta.begin();
        QVERIFY(ta.insertNew(row("late-a"), Stamp{1, 1}, 1, keys));
        {
            pg::Transaction txB(b);
            tb.begin();
            QVERIFY(tb.insertNew(row("late-b"), Stamp{1, 2}, 2, keys));
            txB.commit();
        }
        PlainReader plain{r, 0, {}};
        plain.read();
        QVERIFY(plain.seen.count("late-b")); // a plain cursor now stands past A's position

        const PullPage first = reader.pull(99, kAreas, 0, 5000, 1 << 24, 50); // (the reference data comes too)
        const auto before = idsOf(first);
        QVERIFY(std::find(before.begin(), before.end(), "late-b") == before.end()); // B waits behind open A...
        QVERIFY(first.more); // ... and the answer says there is more, not "up to date"
        txA.commit();
        plain.read();
        const PullPage second = reader.pull(99, kAreas, first.cursor, 5000, 1 << 24, 50);
        const auto got = idsOf(second);
        QCOMPARE(std::set<std::string>(got.begin(), got.end()), (std::set<std::string>{"late-a", "late-b"}));
        QVERIFY(!second.more);
        QVERIFY2(!plain.seen.count("late-a"), "a plain cursor skips the late commit");
    }

    // Long: writers, a cursor reader and a plain reader run together for a few seconds, then both readers drain.
    void concurrentWritersMissNothing()
    {
        const int writers = 4;
        const qint64 runMs =
            qEnvironmentVariableIsSet("KH_PG_SECONDS") ? 1000 * qEnvironmentVariableIntValue("KH_PG_SECONDS") : 3000;
        std::atomic<bool> stop{false};
        std::mutex mutex;
        std::set<std::string> written;
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w)
            threads.emplace_back([&, w] {
                pg::Connection c(m_url.toStdString());
                pg::PgRecordTable t(c);
                std::mt19937 rng(quint32(w + 1));
                for (int n = 0; !stop; ++n) {
                    const std::string a = "w" + std::to_string(w) + "-" + std::to_string(n) + "a";
                    const std::string b = "w" + std::to_string(w) + "-" + std::to_string(n) + "b";
                    pg::Transaction tx(c);
                    t.begin();
                    t.insertNew(row(a), Stamp{1, quint64(w + 1)}, quint64(w + 1), {"c:22945"});
                    std::this_thread::sleep_for(std::chrono::milliseconds(rng() % 30));
                    t.insertNew(row(b), Stamp{1, quint64(w + 1)}, quint64(w + 1), {"c:22945"});
                    tx.commit();
                    std::lock_guard<std::mutex> hold(mutex);
                    written.insert(a);
                    written.insert(b);
                }
            });
        pg::Connection rc(m_url.toStdString()), pc(m_url.toStdString());
        pg::PgRecordTable reader(rc);
        PlainReader plain{pc, 0, {}};
        std::set<std::string> delivered;
        int duplicates = 0;
        quint64 cursor = 0;
        auto follow = [&] {
            const PullPage page = reader.pull(99, kAreas, cursor, 5000, 64 << 20, 0);
            for (const auto &id : idsOf(page)) duplicates += delivered.insert(id).second ? 0 : 1; // never twice
            cursor = page.cursor;
            return page.count > 0 || page.more;
        };
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < runMs) {
            follow();
            plain.read();
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
        }
        stop = true;
        for (auto &th : threads) th.join();
        while (follow()) {}
        plain.read();
        size_t lost = 0;
        for (const auto &id : written) lost += delivered.count(id) ? 0 : 1;
        size_t plainLost = 0;
        for (const auto &id : written) plainLost += plain.seen.count(id) ? 0 : 1;
        qInfo("late-commit run: %d writers, %zu rows written, %zu delivered by the horizon cursor (%zu missed), "
              "%zu missed by a plain cursor",
              writers, written.size(), written.size() - lost, lost, plainLost);
        QVERIFY(written.size() > 100);
        QCOMPARE(lost, size_t(0));
        QCOMPARE(duplicates, 0);
    }

    // A page is read key by key (one ordered range per area key, merged) and a device's own writes come back
    // without their state. A run of the puller's own writes longer than a page, under one key, followed by
    // another device's rows under that key and under a second key, must cost pages that deliver nothing, never
    // a page that jumps from the second key's row past the first key's (which a LIMIT in each key's range,
    // counted after the own writes were filtered away, would do).
    void ownWritesLongerThanAPageSkipNothing()
    {
        pg::Connection w(m_url.toStdString()), r(m_url.toStdString());
        pg::PgRecordTable writer(w), reader(r);
        const domain::Keys keys = reader.expand(kAreas);
        const auto second = std::find_if(keys.begin(), keys.end(), [](const std::string &k) { return k != "c:22945"; });
        QVERIFY(second != keys.end());
        const quint64 from = reader.horizon() - 1; // everything committed before this test lies below
        const quint64 puller = 7001, other = 7002;
        {
            pg::Transaction tx(w);
            writer.begin();
            for (int i = 0; i < 12; ++i)
                QVERIFY(writer.insertNew(row("own-" + std::to_string(i)), Stamp{1, puller}, puller, {"c:22945"}));
            tx.commit();
        }
        {
            pg::Transaction tx(w);
            writer.begin();
            QVERIFY(writer.insertNew(row("other-first-key"), Stamp{1, other}, other, {"c:22945"}));
            QVERIFY(writer.insertNew(row("other-second-key"), Stamp{1, other}, other, {*second}));
            tx.commit();
        }
        std::vector<std::string> got;
        quint64 cursor = from;
        for (int pages = 0;; ++pages) {
            QVERIFY2(pages < 20, "the pull does not end");
            const PullPage page = reader.pull(puller, kAreas, cursor, 5, 1 << 20, 0);
            QVERIFY(page.cursor >= cursor);
            for (const auto &id : idsOf(page)) got.push_back(id);
            cursor = page.cursor;
            if (!page.more) break;
        }
        QCOMPARE(got, (std::vector<std::string>{"other-first-key", "other-second-key"}));
    }
};

QTEST_GUILESS_MAIN(TestPgCursor)
#include "tst_pg_cursor.moc"
