// sync_bench: push then pull 10,000 synthetic households (5 members each) through the real khuyenhoc-server
// on 127.0.0.1, then a sync with nothing to do.
//
// Rounds on the same data, each against a fresh server: the first is timed on a direct connection, as a
// device talks to the server; the second goes through a forwarding proxy that counts every byte on the
// wire, HTTP headers included (the proxy's own user-space forwarding would otherwise be timed too), and then
// pulls the whole commune onto new devices over an emulated 3G link, once straight through and once cut
// half-way and resumed; the third counts the bytes again with devices that use no zstd dictionary.
//
// Prints one figure per line:
//   push_households_per_s N, pull_households_per_s N, up_bytes_per_household N, down_bytes_per_household N,
//   noop_sync_requests N, noop_sync_bytes N, up_bytes_per_household_plain N, down_bytes_per_household_plain N,
//   first_sync_3g_s N, first_sync_3g_households N, resume_3g_repulled_records N, resume_3g_repulled_bytes N,
//   device_pull_peak_rss_mb N, device_db_mb N: a first sync onto a new phone run as its own khuyenhoc-cli process
//   (the timed round's devices share the bench's process): its peak RSS (VmHWM) and its database file afterwards.
// Options: --households N (default 10000); --server URL to use a server started elsewhere (for profiling it
// under callgrind or heaptrack) instead of starting one.
#include "cutting_proxy.h"
#include "device/net/report_client.h"
#include "device/net/sync_client.h"
#include "device/tools/seed.h"
#include "process.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <string_view>
#include <unistd.h>

using namespace kh;

namespace {

// CPU seconds used so far by this process and by the server process (from /proc), to tell where time goes.
double cpuSeconds(qint64 pid)
{
    QFile f(pid ? QStringLiteral("/proc/%1/stat").arg(pid) : QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> cols = f.readAll().split(' ');
    return cols.size() > 15 ? double(cols[13].toLongLong() + cols[14].toLongLong()) / double(sysconf(_SC_CLK_TCK)) : 0;
}

// Asks the server for the commune's report, which brings its roll-up facts up to date with what was just pushed:
// otherwise its five-second catch-up of 300,000 records could fall inside the timed pull, on the same two cores.
bool settle(LocalStore &store, const QString &url, const QString &commune)
{
    ReportClient client;
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&client, &ReportClient::finished, &loop, [&](const QString &, const ReportAnswer &a) {
        ok = a.outcome == ReportAnswer::Outcome::Ok;
        loop.quit();
    });
    client.fetch(ServerEndpoint{QUrl(url), store.meta("auth_token").toLatin1(), {}}, QStringLiteral("c:") + commune,
                 QDate::currentDate().year());
    loop.exec();
    return ok;
}

// `compact` false: as a device without the zstd dictionary and the split by field (plain zstd both ways).
SyncReceipt syncOnce(LocalStore &store, const QString &url, bool compact = true)
{
    SyncClient client(store);
    client.setEndpoint(ServerEndpoint{QUrl(url), store.meta("auth_token").toLatin1(), {}});
    SyncOptions options;
    options.zstdDictionaries = compact;
    options.fieldSplit = compact;
    client.setOptions(options);
    SyncReceipt receipt;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReceipt &r) {
        receipt = r;
        loop.quit();
    });
    client.start();
    loop.exec();
    return receipt;
}

// A first sync onto a new device in a process of its own (khuyenhoc-cli), so its memory is its own: the wall time,
// the peak resident set (VmHWM, read from /proc while it runs) and the database file it leaves.
struct DevicePull {
    double seconds = 0;
    double peakRssMb = 0;
    double dbMb = 0;
    bool ok = false;
};

DevicePull pullInOwnProcess(test::ServerProcess &server, const QString &dir, const QString &area)
{
    DevicePull d;
    const QString db = dir + QStringLiteral("/c.sqlite");
    if (test::cli(db, {QStringLiteral("init"), QStringLiteral("--area"), area}).code != 0 ||
        server.login(db, QStringLiteral("can-bo-xa")).code != 0)
        return d;
    QProcess p;
    p.setWorkingDirectory(dir);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(KH_CLI_BIN), {QStringLiteral("--db"), db, QStringLiteral("sync")});
    if (!p.waitForStarted()) return d;
    const QString status = QStringLiteral("/proc/%1/status").arg(p.processId());
    qint64 hwmKb = 0;
    while (!p.waitForFinished(5)) {
        QFile f(status);
        if (!f.open(QIODevice::ReadOnly)) continue;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                hwmKb = std::max(hwmKb, line.mid(6).trimmed().split(' ').value(0).toLongLong());
    }
    d.seconds = double(t.nsecsElapsed()) / 1e9;
    d.peakRssMb = double(hwmKb) / 1024;
    d.dbMb = double(QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size()) / (1024 * 1024);
    d.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!d.ok)
        std::fprintf(stderr, "sync_bench: device process pull failed: %s\n", p.readAllStandardError().constData());
    return d;
}

struct Round {
    DevicePull device;
    double pushS = 0, pullS = 0, noopS = 0;
    double serverPushCpuS = 0, serverPullCpuS = 0;
    qint64 pushUp = 0, pullDown = 0, noopBytes = 0;
    int noopRequests = 0;
    bool ok = false;
};

// Seeds device A, pushes it, pulls everything onto a new device B, and syncs B again with nothing to do.
// The devices log in as commune staff, so pushes go through the authorisation a real officer's do.
// Long: one timed round in the order it runs; each step reads the figures of the one before.
Round runRound(const QString &url, int households, const QString &dir, test::CuttingProxy *wire, QObject *wireContext,
               test::ServerProcess &server, const char *label, int householdsPerWrite = 10, bool dictionaries = true)
{
    Round r;
    const qint64 serverPid = server.pid();
    if (server.addUser(QStringLiteral("can-bo-xa"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
            .code != 0) {
        std::fprintf(stderr, "sync_bench: cannot create the account\n");
        return r;
    }
    auto counted = [&](const std::function<void()> &fn) {
        if (wire)
            QMetaObject::invokeMethod(
                wireContext, [&] { wire->reset(); }, Qt::BlockingQueuedConnection);
        fn();
    };
    const QString commune = QStringLiteral("22945");
    const QStringList areas{QStringLiteral("c:") + commune};
    LocalStore a;
    a.create(dir + QStringLiteral("/a.sqlite"));
    a.setAreas(areas);
    if (const auto in = server.login(a.path(), QStringLiteral("can-bo-xa")); in.code != 0) {
        std::fprintf(stderr, "sync_bench: cannot log in: %s\n", qPrintable(in.out + in.err));
        return r;
    }
    QElapsedTimer t;
    t.start();
    SeedOptions o;
    o.communeCode = commune;
    o.households = households;
    o.villages = 10;
    o.fixedMembers = 5;
    o.householdsPerWrite = householdsPerWrite;
    o.seed = 7;
    seedCommune(a, o);
    std::printf("# %s: seeded %d households x 5 members into device A in %.1f s (%d change-sets)\n", label, households,
                double(t.elapsed()) / 1000, a.pendingCount());

    double c0 = cpuSeconds(0), s0 = cpuSeconds(serverPid);
    SyncReceipt push;
    counted([&] {
        t.restart();
        push = syncOnce(a, url, dictionaries);
        r.pushS = double(t.nsecsElapsed()) / 1e9;
    });
    if (!push.ok) {
        std::fprintf(stderr, "sync_bench: push failed: %s\n", qPrintable(push.message));
        return r;
    }
    if (wire) r.pushUp = wire->up;
    r.serverPushCpuS = serverPid ? cpuSeconds(serverPid) - s0 : 0.0;
    std::printf("# %s: push %d requests in %.2f s (%d records back); cpu: bench %.2f s, server %.2f s\n", label,
                push.requests, r.pushS, push.received, cpuSeconds(0) - c0, r.serverPushCpuS);

    if (!settle(a, url, commune)) {
        std::fprintf(stderr, "sync_bench: the server's report after the push failed\n");
        return r;
    }

    LocalStore b;
    b.create(dir + QStringLiteral("/b.sqlite"));
    b.setAreas(areas);
    if (server.login(b.path(), QStringLiteral("can-bo-xa")).code != 0) return r;
    c0 = cpuSeconds(0), s0 = cpuSeconds(serverPid);
    SyncReceipt pull;
    counted([&] {
        t.restart();
        pull = syncOnce(b, url, dictionaries);
        r.pullS = double(t.nsecsElapsed()) / 1e9;
    });
    if (!pull.ok) {
        std::fprintf(stderr, "sync_bench: pull failed: %s\n", qPrintable(pull.message));
        return r;
    }
    if (wire) r.pullDown = wire->down;
    r.serverPullCpuS = serverPid ? cpuSeconds(serverPid) - s0 : 0.0;
    const auto got = b.list(pb::RECORD_TYPE_HOUSEHOLD).size();
    std::printf(
        "# %s: pull %d requests in %.2f s, %d records, %zu households on device B; cpu: bench %.2f s, server %.2f s\n",
        label, pull.requests, r.pullS, pull.received, got, cpuSeconds(0) - c0, r.serverPullCpuS);
    if (int(got) != households) {
        std::fprintf(stderr, "sync_bench: device B has %zu households, not %d\n", got, households);
        return r;
    }

    SyncReceipt noop;
    QElapsedTimer noopTimer;
    noopTimer.start();
    counted([&] { noop = syncOnce(b, url, dictionaries); });
    r.noopS = double(noopTimer.nsecsElapsed()) / 1e9;
    if (!noop.ok) {
        std::fprintf(stderr, "sync_bench: no-op sync failed: %s\n", qPrintable(noop.message));
        return r;
    }
    r.noopRequests = noop.requests;
    if (wire) r.noopBytes = wire->up + wire->down;
    std::printf("# %s: no-op sync %d request(s); server cpu per household: push %.0f us, pull %.0f us\n", label,
                noop.requests, r.serverPushCpuS * 1e6 / households, r.serverPullCpuS * 1e6 / households);
    if (!wire && std::string_view(label) == "timed") {
        r.device = pullInOwnProcess(server, dir, areas.front());
        if (!r.device.ok) return r;
        std::printf("# %s: first sync in a khuyenhoc-cli process: %.2f s (%.0f households/s), peak RSS %.0f MB, "
                    "database %.1f MB\n",
                    label, r.device.seconds, households / r.device.seconds, r.device.peakRssMb, r.device.dbMb);
    }
    r.ok = true;
    return r;
}

struct FirstSync {
    double cleanS = 0, resumedS = 0;
    qint64 cleanDown = 0, cutDown = 0, resumedDown = 0;
    int records = 0, beforeCut = 0, afterCut = 0, households = 0;
    bool ok = false;
};

// The first sync of a new device over an emulated 3G link, on a server that holds the commune already: once
// straight through (timed), then on another new device with the link cut half-way through the bytes the first
// took, and resumed from the cursor that device stored.
// Long: the two first syncs in the order they run, with the link set up and cut between them.
FirstSync firstSyncOver3G(test::ServerProcess &server, const QString &dir, QObject *wireContext)
{
    FirstSync r;
    test::CuttingProxy *link = nullptr;
    auto onLink = [&](const std::function<void()> &fn) {
        QMetaObject::invokeMethod(wireContext, fn, Qt::BlockingQueuedConnection);
    };
    onLink([&] {
        link = new test::CuttingProxy(server.port);
        link->emulate3G();
    });
    auto newDevice = [&](const QString &name) {
        auto s = std::make_unique<LocalStore>();
        s->create(dir + QLatin1Char('/') + name);
        s->setAreas({QStringLiteral("c:22945")});
        if (server.login(s->path(), QStringLiteral("can-bo-xa")).code != 0) s.reset();
        return s;
    };
    QElapsedTimer t;
    const auto c = newDevice(QStringLiteral("c.sqlite"));
    const auto d = newDevice(QStringLiteral("d.sqlite"));
    if (c && d) {
        t.start();
        const SyncReceipt clean = syncOnce(*c, link->url());
        r.cleanS = double(t.nsecsElapsed()) / 1e9;
        r.cleanDown = link->down;
        r.records = clean.received;
        r.households = int(c->list(pb::RECORD_TYPE_HOUSEHOLD).size());

        onLink([&] {
            link->down = 0;
            link->cutDownAfter = r.cleanDown / 2;
        });
        t.restart();
        const SyncReceipt cut = syncOnce(*d, link->url());
        r.cutDown = link->down;
        r.beforeCut = cut.received;
        onLink([&] {
            link->down = 0;
            link->cutDownAfter = -1;
        });
        const SyncReceipt resumed = syncOnce(*d, link->url());
        r.resumedS = double(t.nsecsElapsed()) / 1e9;
        r.resumedDown = link->down;
        r.afterCut = resumed.received;
        r.ok = clean.ok && !cut.ok && resumed.ok && int(d->list(pb::RECORD_TYPE_HOUSEHOLD).size()) == r.households;
        if (!r.ok)
            std::fprintf(stderr, "sync_bench: 3G first sync: %s / cut: %s / resumed: %s\n", qPrintable(clean.message),
                         qPrintable(cut.message), qPrintable(resumed.message));
    }
    onLink([&] { delete link; });
    return r;
}

} // namespace

// Long: the rounds in the order they run, each on a server (and database) of its own.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int households = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--households")); i >= 0)
        households = args.value(i + 1).toInt();
    if (const qsizetype i = args.indexOf(QStringLiteral("--server")); i >= 0) {
        // Profiling a server started elsewhere (--server http://127.0.0.1:PORT --data ITS_DATA_DIR): the timed round only.
        QTemporaryDir dir;
        test::ServerProcess elsewhere;
        elsewhere.attach(quint16(QUrl(args.value(i + 1)).port()),
                         args.value(args.indexOf(QStringLiteral("--data")) + 1));
        const Round r = runRound(args.value(i + 1), households, dir.path(), nullptr, nullptr, elsewhere, "timed");
        if (!r.ok) return 1;
        std::printf("push_households_per_s %.0f\npull_households_per_s %.0f\nnoop_sync_requests %d\n",
                    households / r.pushS, households / r.pullS, r.noopRequests);
        return 0;
    }

    // --database postgresql: every round on a fresh database of a throw-away PostgreSQL cluster (tests/pg_cluster.h);
    // --database postgresql://…: the timed round only, on that (empty) database.
    const QString database = args.value(args.indexOf(QStringLiteral("--database")) + 1);
    const bool pg = args.contains(QStringLiteral("--database"));
    const bool onlyTimed = database.contains(QLatin1String("://"));
    auto databaseFor = [&](test::ServerProcess &s) {
        if (pg) s.setDatabase(onlyTimed ? database : test::sharedCluster().createDatabase());
    };

    // Round 1: timed, direct; three times, each on a server of its own, and the median of each figure printed:
    // on this shared machine the same round's push took 0.8 to 1.3 s from one run to the next.
    std::vector<Round> rounds;
    for (int k = 0; k < (onlyTimed ? 1 : 3); ++k) {
        QTemporaryDir timedDir;
        test::ServerProcess timedServer;
        databaseFor(timedServer);
        if (!timedServer.start(timedDir.filePath(QStringLiteral("server")))) {
            std::fprintf(stderr, "sync_bench: server did not start: %s\n", qPrintable(timedServer.log()));
            return 1;
        }
        rounds.push_back(
            runRound(timedServer.url(), households, timedDir.path(), nullptr, nullptr, timedServer, "timed"));
        timedServer.terminate();
        if (!rounds.back().ok) return 1;
        std::printf("# timed round %d: push %.0f, pull %.0f households/s\n", k + 1, households / rounds.back().pushS,
                    households / rounds.back().pullS);
    }
    auto median = [&rounds](double Round::*figure) {
        std::vector<double> v;
        for (const Round &r : rounds) v.push_back(r.*figure);
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    Round timed = rounds.front();
    timed.pushS = median(&Round::pushS);
    timed.pullS = median(&Round::pullS);
    if (onlyTimed) {
        std::printf("push_households_per_s %.0f\npull_households_per_s %.0f\nnoop_sync_requests %d\n",
                    households / timed.pushS, households / timed.pullS, timed.noopRequests);
        return 0;
    }

    // Round 2: counted, through the proxy, which runs on its own thread like a network between machines.
    QTemporaryDir countedDir;
    test::ServerProcess countedServer;
    databaseFor(countedServer);
    if (!countedServer.start(countedDir.filePath(QStringLiteral("server")))) return 1;
    QThread wireThread;
    QObject wireContext;
    wireContext.moveToThread(&wireThread);
    wireThread.start();
    test::CuttingProxy *wire = nullptr;
    QMetaObject::invokeMethod(
        &wireContext, [&] { wire = new test::CuttingProxy(countedServer.port); }, Qt::BlockingQueuedConnection);
    const Round counted =
        runRound(wire->url(), households, countedDir.path(), wire, &wireContext, countedServer, "counted");
    if (!counted.ok) return 1;
    // The same commune onto new phones over 3G (the aim: 50,000 households in 60 s).
    const FirstSync first = firstSyncOver3G(countedServer, countedDir.path(), &wireContext);
    countedServer.terminate();
    if (!first.ok) return 1;
    std::printf("# 3G (384/1000 kbit/s, 300 ms round trip): first sync of %d households (%d records, %lld bytes) in "
                "%.1f s; cut after %lld bytes with %d records stored, resumed with %d records (%lld bytes), "
                "%.1f s in all\n",
                first.households, first.records, first.cleanDown, first.cleanS, first.cutDown, first.beforeCut,
                first.afterCut, first.resumedDown, first.resumedS);

    // Round 2b: the bytes again, with devices that hold no dictionary (plain zstd both ways).
    QTemporaryDir plainDir;
    test::ServerProcess plainServer;
    databaseFor(plainServer);
    if (!plainServer.start(plainDir.filePath(QStringLiteral("server")))) return 1;
    QMetaObject::invokeMethod(
        &wireContext,
        [&] {
            delete wire;
            wire = new test::CuttingProxy(plainServer.port);
        },
        Qt::BlockingQueuedConnection);
    const Round plain = runRound(wire->url(), households, plainDir.path(), wire, &wireContext, plainServer,
                                 "counted, no dictionary", 10, false);
    plainServer.terminate();
    if (!plain.ok) return 1;

    // Round 3 (information): 1,000 households on an emulated 2G link, one change-set per household as an
    // officer makes them. The domain notes give PouchDB 63 s to push, 35 s to pull, 4.9 s to do nothing.
    QTemporaryDir slowDir;
    test::ServerProcess slowServer;
    databaseFor(slowServer);
    if (!slowServer.start(slowDir.filePath(QStringLiteral("server")))) return 1;
    QMetaObject::invokeMethod(
        &wireContext,
        [&] {
            delete wire;
            wire = new test::CuttingProxy(slowServer.port);
            wire->emulate2G();
        },
        Qt::BlockingQueuedConnection);
    QElapsedTimer slowTimer;
    slowTimer.start();
    const Round slow = runRound(wire->url(), 1000, slowDir.path(), nullptr, nullptr, slowServer, "2G", 1);
    if (slow.ok)
        std::printf("# 2G (256/280 kbit/s, 800 ms round trip): 1,000 households pushed in %.1f s, pulled in %.1f s, "
                    "nothing to do in %.1f s\n",
                    slow.pushS, slow.pullS, slow.noopS);
    slowServer.terminate();
    QMetaObject::invokeMethod(
        &wireContext, [&] { delete wire; }, Qt::BlockingQueuedConnection);
    wireThread.quit();
    wireThread.wait();
    if (!slow.ok) return 1;

    std::printf("push_households_per_s %.0f\n", households / timed.pushS);
    std::printf("pull_households_per_s %.0f\n", households / timed.pullS);
    std::printf("up_bytes_per_household %.0f\n", double(counted.pushUp) / households);
    std::printf("down_bytes_per_household %.0f\n", double(counted.pullDown) / households);
    std::printf("noop_sync_requests %d\n", counted.noopRequests);
    std::printf("noop_sync_bytes %lld\n", counted.noopBytes);
    std::printf("device_pull_peak_rss_mb %.0f\n", timed.device.peakRssMb);
    std::printf("device_db_mb %.1f\n", timed.device.dbMb);
    std::printf("up_bytes_per_household_plain %.0f\n", double(plain.pushUp) / households);
    std::printf("down_bytes_per_household_plain %.0f\n", double(plain.pullDown) / households);
    std::printf("first_sync_3g_households %d\n", first.households);
    std::printf("first_sync_3g_s %.1f\n", first.cleanS);
    // What the cut cost: records stored twice (none: the cursor moved with them) and bytes received again
    // (the page under way when the link dropped, and the one asked for ahead).
    std::printf("resume_3g_repulled_records %d\n", first.beforeCut + first.afterCut - first.records);
    std::printf("resume_3g_repulled_bytes %lld\n", first.cutDown + first.resumedDown - first.cleanDown);
    return 0;
}
