// report_bench: a provincial report on the server. Seeds N communes of one province (default 100 communes of
// Lâm Đồng, 2,000 households each = 200,000 households with 3 members and this year's learning-family stage)
// into a real SQLite server store through the push path devices use, then times the server computing the
// province's year-end figures (GET /v1/report?area=p:68&year=Y, in-process: SyncService::report).
//
// Prints: households N, seed_s N, report_first_ms N (the first report, which also brings the roll-up facts up to
// date with all 200,000 households just seeded), report_ms N (best of the next 3), report_bytes N, and
// facts_ms / facts_rows: the part of the report that reads the province's roll-up facts.
#include "core/areas/admin_units.h"
#include "core/records/hybrid_clock.h"
#include "server/admin/generated_writer.h"
#include "server/services/sync_service.h"
#include "server/services/system_clock.h"
#include "server/store/sqlite/sqlite_server_store.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace kh;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 ? args.value(i + 1).toInt() : fallback;
    };
    const int communes = opt("--communes", 100), perCommune = opt("--households", 2000);
    const int year = SystemClock().year();
    QTemporaryDir dir;
    auto store = openSqliteServerStore(dir.filePath(QStringLiteral("server.sqlite")), {});
    store->seedReference(AdminUnits::builtin(), SystemClock::systemNowMs());
    QStringList codes;
    for (const auto &c : AdminUnits::builtin().communes())
        if (c.provinceCode == QLatin1String("68") && codes.size() < communes) codes << c.code;
    QElapsedTimer seedTimer;
    seedTimer.start();
    int households = 0, n = 0;
    GeneratedWriter writer(*store, QStringLiteral("bench"));
    for (const QString &code : codes) {
        SeedOptions o;
        o.communeCode = code;
        o.households = perCommune;
        o.villages = 8;
        o.seed = quint32(++n);
        o.fixedMembers = 3;
        o.progressYear = year;
        o.householdsPerWrite = 500;
        households += writer.writeCommune(o, year).households;
    }
    std::printf("communes %lld\nhouseholds %d\nseed_s %lld\n", qlonglong(codes.size()), households,
                seedTimer.elapsed() / 1000);
    std::fflush(stdout);
    SyncService service(*store);
    // The first report also brings the roll-up facts up to date with everything just seeded (the server does
    // that every few seconds while it runs); the following ones read them.
    {
        QElapsedTimer t;
        t.start();
        const ServiceReply r = service.report(QStringLiteral("p:68"), QString::number(year),
                                              access::Principal::administrator(), SystemClock::systemNowMs());
        std::printf("report_first_ms %lld\n", t.elapsed());
        if (r.status != 200) return 1;
    }
    qint64 best = -1;
    QByteArray body;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const ServiceReply r = service.report(QStringLiteral("p:68"), QString::number(year),
                                              access::Principal::administrator(), SystemClock::systemNowMs());
        const qint64 ms = t.elapsed();
        if (r.status != 200) {
            std::fprintf(stderr, "report failed: %d %s\n", r.status, r.body.constData());
            return 1;
        }
        body = r.body;
        best = best < 0 ? ms : std::min(best, ms);
    }
    // Of which: reading the province's roll-up facts (the rest is counting and the JSON).
    qint64 factsBest = -1;
    size_t rows = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const auto facts = store->rollupFacts(QStringLiteral("p:68"));
        const qint64 ms = t.elapsed();
        rows = facts.villages.size() + facts.households.size() + facts.members.size() + facts.clans.size() +
               facts.units.size() + facts.evaluations;
        factsBest = factsBest < 0 ? ms : std::min(factsBest, ms);
    }
    std::printf("report_ms %lld\nreport_bytes %lld\nfacts_ms %lld\nfacts_rows %lld\n", best, qlonglong(body.size()),
                factsBest, qlonglong(rows));
    return 0;
}
