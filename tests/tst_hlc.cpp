// The hybrid logical clock: monotonic through clock jumps, ordered after everything observed, correctable.
#include "core/records/hybrid_clock.h"

#include <QTest>

using namespace kh;

class TestHlc : public QObject {
    Q_OBJECT
private slots:
    void tickIsStrictlyMonotonic()
    {
        qint64 now = 1'700'000'000'000;
        HybridClock c([&] { return now; }, 0);
        const quint64 a = c.tick();
        const quint64 b = c.tick(); // same millisecond: counter increments
        QVERIFY(b > a);
        QCOMPARE(HybridClock::wallMs(a), now);
        now -= 60'000; // the phone's clock jumps back a minute
        const quint64 d = c.tick();
        QVERIFY(d > b);
        now += 120'000;
        QCOMPARE(HybridClock::wallMs(c.tick()), now);
    }
    void observeOrdersAfterRemote()
    {
        qint64 now = 1'700'000'000'000;
        HybridClock c([&] { return now; }, 0);
        const quint64 remote = HybridClock::make(now + 5'000, 7);
        c.observe(remote);
        QVERIFY(c.tick() > remote);
    }
    void offsetCorrectsWallClock()
    {
        const qint64 now = 1'700'000'000'000;
        HybridClock c([&] { return now + 365LL * 24 * 3600 * 1000; }, 0); // a year ahead
        c.setOffsetMs(-365LL * 24 * 3600 * 1000);
        QCOMPARE(HybridClock::wallMs(c.tick()), now);
    }
    void stampOrderBreaksTiesByDevice()
    {
        const Stamp a{100, 1}, b{100, 2}, c{101, 0};
        QVERIFY(a < b);
        QVERIFY(b < c);
        QVERIFY(Stamp{}.isNull());
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
