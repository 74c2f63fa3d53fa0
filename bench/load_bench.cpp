// load_bench: D simulated devices against real servers, over real HTTP with one connection each (a network
// access manager per device), speaking the real protocol: each logs in, pulls its commune once, then every
// few seconds does a sync with nothing to do and now and then pushes a new household. For a fixed time; then
// it prints latencies, errors, throughput and the servers' memory. Against one SQLite server (default) or
// three servers on one throw-away PostgreSQL database (--database postgresql). Not a test: it prints figures.
//   load_bench [--devices 500] [--seconds 30] [--interval-ms 3000] [--push-every 10] [--database postgresql]
#include "device/tools/seed.h"
#include "process.h"
#include "sync.pb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>

using namespace kh;

namespace {

struct Device {
    quint64 id = 0;
    QString url;
    QByteArray token;
    quint64 cursor = 0, seq = 0;
    int made = 0;
    std::unique_ptr<QNetworkAccessManager> net;
    bool busy = false;
};

struct Figures {
    std::vector<double> noop, push;
    int errors = 0, requests = 0;
    QStringList errorSamples;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

double rssMb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QNetworkRequest request(const Device &d, const char *path)
{
    QNetworkRequest r(QUrl(d.url + QLatin1String(path)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!d.token.isEmpty()) r.setRawHeader("Authorization", "Bearer " + d.token);
    r.setTransferTimeout(60000);
    return r;
}

pb::SyncRequest syncRequest(Device &d, const std::string &village, bool push)
{
    pb::SyncRequest req;
    req.set_protocol(1);
    req.set_device(d.id);
    req.set_pull(true);
    req.set_cursor(d.cursor);
    req.add_areas("c:22945");
    if (push) {
        auto *cs = req.add_push();
        cs->set_seq(d.seq + 1);
        cs->set_hlc(quint64(QDateTime::currentMSecsSinceEpoch()) << 16);
        auto *c = cs->add_changes();
        c->set_type(pb::RECORD_TYPE_HOUSEHOLD);
        c->set_id(QStringLiteral("%1-%2").arg(d.id, 16, 16, QLatin1Char('0')).arg(++d.made, 0, 36).toStdString());
        pb::Household h;
        h.set_village_id(village);
        h.set_head_family_name("Nguyễn");
        h.set_head_given_name("Tải");
        c->set_values(h.SerializeAsString());
    }
    return req;
}

} // namespace

// Long: setup, logins, the timed load and the figures, in the order they run.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 ? args.value(i + 1).toInt() : fallback;
    };
    const int devices = option("--devices", 500), seconds = option("--seconds", 30);
    const int intervalMs = option("--interval-ms", 3000), pushEvery = option("--push-every", 10);
    const bool pg = args.contains(QStringLiteral("--database"));

    QTemporaryDir dir;
    std::vector<std::unique_ptr<test::ServerProcess>> servers;
    const QString url = pg ? test::sharedCluster().createDatabase() : QString();
    for (int i = 0; i < (pg ? 3 : 1); ++i) {
        servers.push_back(std::make_unique<test::ServerProcess>());
        if (pg) servers.back()->setDatabase(url);
        if (!servers.back()->start(dir.filePath(QStringLiteral("server%1").arg(i)),
                                   {QStringLiteral("--max-connections"), QString::number(devices + 64)})) {
            std::fprintf(stderr, "load_bench: server did not start: %s\n", qPrintable(servers.back()->log()));
            return 1;
        }
    }
    if (servers[0]->addUser(QStringLiteral("tai"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")}).code !=
        0)
        return 1;
    // A village for the households pushed under load, written by a device of the CLI.
    const QString cliDb = dir.filePath(QStringLiteral("cli.sqlite"));
    test::cli(cliDb, {QStringLiteral("init"), QStringLiteral("--server"), servers[0]->url()});
    servers[0]->login(cliDb, QStringLiteral("tai"));
    const test::Result v =
        test::cli(cliDb, {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                          QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn Tải")});
    const std::string village =
        v.out.trimmed().split(QLatin1Char('\n')).last().split(QLatin1Char('\t')).first().toStdString();
    if (test::cli(cliDb, {QStringLiteral("sync")}).code != 0) return 1;

    std::vector<Device> ds(static_cast<size_t>(devices));
    int loggedIn = 0, loginErrors = 0;
    QEventLoop wait;
    for (size_t i = 0; i < ds.size(); ++i) {
        Device &d = ds[i];
        while (d.id == 0) d.id = QRandomGenerator::system()->generate64();
        d.url = servers[i % servers.size()]->url();
        d.net = std::make_unique<QNetworkAccessManager>();
        pb::LoginRequest l;
        l.set_protocol(1);
        l.set_username("tai");
        l.set_password(test::kTestPassword.toStdString());
        l.set_device(d.id);
        l.set_device_name("load");
        QNetworkReply *r = d.net->post(request(d, "/v1/login"), QByteArray::fromStdString(l.SerializeAsString()));
        QObject::connect(r, &QNetworkReply::finished, [&, r, &d = d] {
            pb::LoginResponse resp;
            const QByteArray body = r->readAll();
            if (r->error() == QNetworkReply::NoError && resp.ParseFromArray(body.constData(), int(body.size())))
                d.token = QByteArray::fromStdString(resp.token());
            else
                ++loginErrors;
            r->deleteLater();
            if (++loggedIn == devices) wait.quit();
        });
    }
    wait.exec();
    std::printf("# %d devices logged in (%d failed) on %zu server(s)%s\n", devices, loginErrors, servers.size(),
                pg ? " on one PostgreSQL" : " on SQLite");

    Figures f;
    bool running = true;
    QElapsedTimer clock;
    std::function<void(Device &, bool)> sync = [&](Device &d, bool measured) {
        if (d.busy || !running) return;
        const bool push = measured && pushEvery > 0 && QRandomGenerator::global()->bounded(pushEvery) == 0;
        const pb::SyncRequest req = syncRequest(d, village, push);
        d.busy = true;
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QNetworkReply *r = d.net->post(request(d, "/v1/sync"), QByteArray::fromStdString(req.SerializeAsString()));
        QObject::connect(r, &QNetworkReply::finished, [&, r, push, measured, started, &d = d] {
            const double ms = double(started->nsecsElapsed()) / 1e6;
            const QByteArray body = r->readAll();
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            pb::SyncResponse resp;
            const bool ok = r->error() == QNetworkReply::NoError && status == 200 &&
                            resp.ParseFromArray(body.constData(), int(body.size()));
            d.busy = false;
            r->deleteLater();
            if (!measured) {
                if (ok) d.cursor = resp.cursor();
                return;
            }
            ++f.requests;
            if (!ok || (push && resp.acked_seq() != d.seq + 1)) {
                ++f.errors;
                if (f.errorSamples.size() < 3)
                    f.errorSamples << QStringLiteral("%1 %2").arg(status).arg(QString::fromUtf8(body.left(120)));
                return;
            }
            if (push) ++d.seq;
            d.cursor = resp.cursor();
            (push ? f.push : f.noop).push_back(ms);
        });
    };
    // Each device pulls its commune once (not measured), then the clock starts.
    for (auto &d : ds) sync(d, false);
    QTimer settle;
    QObject::connect(&settle, &QTimer::timeout, &wait, [&] {
        if (std::none_of(ds.begin(), ds.end(), [](const Device &d) { return d.busy; })) wait.quit();
    });
    settle.start(50);
    wait.exec();
    settle.stop();

    std::vector<std::unique_ptr<QTimer>> timers;
    clock.start();
    for (auto &d : ds) {
        auto t = std::make_unique<QTimer>();
        QObject::connect(t.get(), &QTimer::timeout, [&, &d = d] { sync(d, true); });
        const int first = QRandomGenerator::global()->bounded(intervalMs);
        QTimer::singleShot(first, t.get(), [t = t.get(), intervalMs] { t->start(intervalMs); });
        timers.push_back(std::move(t));
    }
    QTimer::singleShot(seconds * 1000, &wait, [&] {
        running = false;
        wait.quit();
    });
    wait.exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    timers.clear();
    double rss = 0;
    for (const auto &s : servers) rss = std::max(rss, rssMb(s->pid()));
    std::printf("load_devices %d\nnoop_p50_ms %.1f\nnoop_p99_ms %.1f\npush_p99_ms %.1f\nerrors %d\n"
                "requests_per_s %.0f\nserver_rss_mb %.0f\n",
                devices, percentile(f.noop, 0.5), percentile(f.noop, 0.99), percentile(f.push, 0.99), f.errors,
                f.requests / elapsed, rss);
    for (const QString &e : f.errorSamples) std::printf("# error: %s\n", qPrintable(e));
    return 0;
}
