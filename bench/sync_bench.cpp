// sync_bench: push then pull 10,000 synthetic households (5 members each) through the real khuyenhoc-server
// on 127.0.0.1, counting every byte on the wire (HTTP headers included) with a forwarding proxy.
//
// Prints one figure per line:
//   push_households_per_s N, pull_households_per_s N, up_bytes_per_household N, down_bytes_per_household N,
//   noop_sync_requests N, noop_sync_bytes N
// Options: --households N (default 10000); --server URL to use a server started elsewhere (for profiling it
// under callgrind or heaptrack) instead of starting one.
#include "cutting_proxy.h"
#include "process.h"
#include "sync/sync_client.h"
#include "tools/seed.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>
#include <QFile>
#include <cstdio>
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

SyncReceipt syncOnce(LocalStore &store, const QString &url)
{
    SyncClient client(store);
    client.setServer(QUrl(url));
    SyncReceipt receipt;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReceipt &r) { receipt = r; loop.quit(); });
    client.start();
    loop.exec();
    return receipt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int households = 10000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--households")); i >= 0) households = args.value(i + 1).toInt();
    QTemporaryDir dir;
    test::ServerProcess server;
    quint16 port = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--server")); i >= 0) {
        port = QUrl(args.value(i + 1)).port();
    } else if (server.start(dir.filePath(QStringLiteral("server")))) {
        port = server.port;
    } else {
        std::fprintf(stderr, "sync_bench: server did not start: %s\n", qPrintable(server.log()));
        return 1;
    }
    // The counting proxy runs on its own thread, like a network between two machines: it must keep
    // forwarding while this thread is busy storing what it received.
    QThread wireThread;
    QObject wireContext;
    wireContext.moveToThread(&wireThread);
    wireThread.start();
    test::CuttingProxy *wirePtr = nullptr;
    QMetaObject::invokeMethod(&wireContext, [&] { wirePtr = new test::CuttingProxy(port); }, Qt::BlockingQueuedConnection);
    test::CuttingProxy &wire = *wirePtr;
    auto resetWire = [&] { QMetaObject::invokeMethod(&wireContext, [&] { wire.reset(); }, Qt::BlockingQueuedConnection); };
    const QString commune = QStringLiteral("22945");
    const QStringList areas{QStringLiteral("c:") + commune};

    LocalStore a;
    a.create(dir.filePath(QStringLiteral("a.sqlite")));
    a.setAreas(areas);
    QElapsedTimer t;
    t.start();
    SeedOptions o;
    o.communeCode = commune;
    o.households = households;
    o.villages = 10;
    o.fixedMembers = 5;
    o.householdsPerWrite = 10;
    o.seed = 7;
    seedCommune(a, o);
    std::printf("# seeded %d households x 5 members into device A in %.1f s (%d change-sets)\n", households,
                double(t.elapsed()) / 1000, a.pendingCount());

    const qint64 spid = server.pid();
    double c0 = cpuSeconds(0), s0 = cpuSeconds(spid);
    resetWire();
    t.restart();
    const SyncReceipt push = syncOnce(a, qEnvironmentVariableIsSet("KH_DIRECT") ? QStringLiteral("http://127.0.0.1:%1").arg(port) : wire.url());
    const double pushS = double(t.nsecsElapsed()) / 1e9;
    if (!push.ok) { std::fprintf(stderr, "sync_bench: push failed: %s\n", qPrintable(push.message)); return 1; }
    const qint64 pushUp = wire.up;
    std::printf("# push: %d requests, %.2f s, %lld bytes up, %lld bytes down; cpu: bench %.2f s, server %.2f s\n", push.requests,
                pushS, wire.up.load(), wire.down.load(), cpuSeconds(0) - c0, cpuSeconds(spid) - s0);
    c0 = cpuSeconds(0), s0 = cpuSeconds(spid);

    LocalStore b;
    b.create(dir.filePath(QStringLiteral("b.sqlite")));
    b.setAreas(areas);
    resetWire();
    t.restart();
    const SyncReceipt pull = syncOnce(b, qEnvironmentVariableIsSet("KH_DIRECT") ? QStringLiteral("http://127.0.0.1:%1").arg(port) : wire.url());
    const double pullS = double(t.nsecsElapsed()) / 1e9;
    if (!pull.ok) { std::fprintf(stderr, "sync_bench: pull failed: %s\n", qPrintable(pull.message)); return 1; }
    const qint64 pullDown = wire.down;
    const auto got = b.list(pb::RECORD_TYPE_HOUSEHOLD).size();
    std::printf("# pull: %d requests, %.2f s, %d records, %zu households on device B; cpu: bench %.2f s, server %.2f s\n",
                pull.requests, pullS, pull.received, got, cpuSeconds(0) - c0, cpuSeconds(spid) - s0);
    if (int(got) != households) { std::fprintf(stderr, "sync_bench: device B has %zu households, not %d\n", got, households); return 1; }

    resetWire();
    const SyncReceipt noop = syncOnce(b, wire.url());
    if (!noop.ok) { std::fprintf(stderr, "sync_bench: no-op sync failed: %s\n", qPrintable(noop.message)); return 1; }

    std::printf("push_households_per_s %.0f\n", households / pushS);
    std::printf("pull_households_per_s %.0f\n", households / pullS);
    std::printf("up_bytes_per_household %.0f\n", double(pushUp) / households);
    std::printf("down_bytes_per_household %.0f\n", double(pullDown) / households);
    std::printf("noop_sync_requests %d\n", noop.requests);
    std::printf("noop_sync_bytes %lld\n", wire.up.load() + wire.down.load());
    QMetaObject::invokeMethod(&wireContext, [&] { delete wirePtr; }, Qt::BlockingQueuedConnection);
    wireThread.quit();
    wireThread.wait();
    if (server.port) server.terminate();
    return 0;
}
