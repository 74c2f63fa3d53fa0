// khuyenhoc-server: the sync server. Composition root: parses options, opens the store, seeds reference
// data, starts HTTP, and shuts down cleanly on SIGTERM/SIGINT.
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/records/ids.h"
#include "core/text/text.h"
#include "server/admin/admin_commands.h"
#include "server/admin/demo_commune.h"
#include "server/admin/migrate_command.h"
#include "server/admin/server_dump.h"
#include "server/http/http_server.h"
#include "server/services/system_clock.h"
#include "server/store/open_stores.h"
#include "server/terminal_qr.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kQuietMs = 1000;            // the facts catch-up runs after a second without requests...
constexpr int kLongestFactsLagMs = 30000; // ...or after this long whatever the load
constexpr int kFactsStep = 2000;          // records per step of a catch-up (~15 ms each on this machine)

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) return;
    auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        std::fprintf(stdout, "khuyenhoc-server: shutting down\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
}

int fail(const QString &msg, int code = 1)
{
    std::fprintf(stderr, "khuyenhoc-server: %s\n", qPrintable(msg));
    return code;
}

// The options of every command; `kh::addAdminOptions` adds the admin subcommands' own.
// Long: one declaration per option, read top to bottom like --help.
void declareOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(QStringLiteral(
        "Khuyến Học sync server.\n\n"
        "  khuyenhoc-server [options]            serve POST /v1/login, POST /v1/sync, GET /v1/report, GET /v1/health\n"
        "  khuyenhoc-server dump [options]       print the canonical dump of the database and exit\n"
        "  khuyenhoc-server migrate --from sqlite:FOLDER --to postgresql://USER@HOST/DB   move a deployment to "
        "PostgreSQL (offline)\n"
        "  khuyenhoc-server publish-criteria FILE.json --data DIR   publish a criteria set (a province's own or a new "
        "version)\n"
        "  khuyenhoc-server set-targets --province P --target family=75 [--target clan=70 ...] [--source TEXT]   a "
        "province's own targets\n"
        "  khuyenhoc-server user add NAME --role R [--area A]... [--household ID] [--display-name N]   (password on "
        "stdin)\n"
        "  khuyenhoc-server user list | user password NAME | user areas NAME --role R --area A... | user "
        "disable|enable NAME\n"
        "  khuyenhoc-server device list [--user NAME] | device revoke SESSION | device revoke --device HEX\n"
        "  khuyenhoc-server audit [--record ID] [--user NAME] [--device HEX] [--since YYYY-MM-DD] [--limit N]"));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("'dump' to print the database; nothing to serve."));
    p.addOption({QStringLiteral("data"), QStringLiteral("Data folder (holds server.sqlite)."), QStringLiteral("dir"),
                 QStringLiteral("khuyenhoc-data")});
    p.addOption(
        {QStringLiteral("database"),
         QStringLiteral("Where the records and accounts live: a folder or sqlite:FOLDER (the default: --data), or "
                        "postgresql://USER@HOST/DB for many servers on one PostgreSQL (the password from "
                        "~/.pgpass). Default: $KHUYENHOC_DATABASE."),
         QStringLiteral("url")});
    p.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                 QStringLiteral("addr"), QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one and prints it."), QStringLiteral("n"),
                 QStringLiteral("8080")});
    p.addOption({QStringLiteral("max-body"), QStringLiteral("Largest request body in bytes (413 above)."),
                 QStringLiteral("bytes"), QString::number(16 * 1024 * 1024)});
    p.addOption({QStringLiteral("max-clock-skew"),
                 QStringLiteral("Refuse change-sets stamped more than this many seconds ahead of the server clock."),
                 QStringLiteral("s"), QStringLiteral("600")});
    p.addOption(
        {QStringLiteral("max-db-size"),
         QStringLiteral(
             "Refuse writes (503, nothing stored) once the database would pass this many megabytes; 0 for no cap."),
         QStringLiteral("MB"), QStringLiteral("0")});
    p.addOption({QStringLiteral("demo-commune"),
                 QStringLiteral("Seed a demo commune of synthetic households (5-digit code) on first start."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("demo-households"), QStringLiteral("Households in the demo commune."),
                 QStringLiteral("n"), QStringLiteral("300")});
    p.addOption({QStringLiteral("area"),
                 QStringLiteral("dump: only records in this area (c:<code>, v:<id>, p:<code>); user add/areas: an area "
                                "of the account; repeatable."),
                 QStringLiteral("area")});
    p.addOption({QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this certificate (PEM; with --tls-key)."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("tls-key"), QStringLiteral("The certificate's private key (PEM)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("insecure-public"),
                 QStringLiteral("Allow plain HTTP on an address other than loopback (passwords and tokens then cross "
                                "the network in the clear).")});
    p.addOption({QStringLiteral("idle-timeout"),
                 QStringLiteral("Close a connection that starts no request for this many seconds."),
                 QStringLiteral("s"), QStringLiteral("30")});
    p.addOption({QStringLiteral("request-timeout"),
                 QStringLiteral("Close a connection whose request (head and body), or its answer, takes longer than "
                                "this many seconds to cross."),
                 QStringLiteral("s"), QStringLiteral("120")});
    p.addOption({QStringLiteral("max-connections"),
                 QStringLiteral("Connections open at once; one more is answered 503 and closed."), QStringLiteral("n"),
                 QStringLiteral("512")});
    p.addOption(
        {QStringLiteral("workers"),
         QStringLiteral("Threads that answer requests; on PostgreSQL each has connections of its own, on SQLite "
                        "they take turns at the one database."),
         QStringLiteral("n"), QStringLiteral("2")});
    p.addOption({QStringLiteral("max-login-counters"),
                 QStringLiteral("Accounts (and, apart, addresses) whose failed logins are counted at once."),
                 QStringLiteral("n"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("session-ttl"),
                 QStringLiteral("A device token's lifetime in seconds (default 30 days)."), QStringLiteral("s"),
                 QString::number(30 * 24 * 3600)});
    p.addOption({QStringLiteral("demo-password"), QStringLiteral("With --demo-commune: the demo accounts' password."),
                 QStringLiteral("pw"), QStringLiteral("khuyenhoc-demo")});
    p.addOption({QStringLiteral("province"), QStringLiteral("set-targets: the province's 2-digit code."),
                 QStringLiteral("code")});
    p.addOption({QStringLiteral("target"),
                 QStringLiteral("set-targets: MODEL=PERCENT (family, clan, village-community, unit, citizen, "
                                "commune-community); repeatable."),
                 QStringLiteral("model=percent")});
    p.addOption({QStringLiteral("source"),
                 QStringLiteral("set-targets: where the targets come from, e.g. \"Nghị quyết 12/NQ-HĐND\"."),
                 QStringLiteral("text")});
    kh::addAdminOptions(p);
    kh::addMigrateOptions(p);
    p.addOption({QStringLiteral("stamps"), QStringLiteral("dump: include each field's clock and device.")});
    p.addOption({QStringLiteral("qr"), QStringLiteral("Print the address as a QR code also into a log.")});
}

// The database the options (or KHUYENHOC_DATABASE) name; the data folder when none.
kh::DatabaseUrl databaseOf(const QCommandLineParser &p, const QString &dataDir)
{
    QString db = p.value(QStringLiteral("database"));
    if (db.isEmpty()) db = qEnvironmentVariable("KHUYENHOC_DATABASE");
    return kh::DatabaseUrl::parse(db, dataDir);
}

// Opens the database's stores with the limits the options give. Returns an exit code, or -1 when opened.
int openStores(const QCommandLineParser &p, const kh::DatabaseUrl &db, kh::Stores *out)
{
    bool ok = false;
    kh::ServerLimits limits;
    limits.maxClockSkewMs = p.value(QStringLiteral("max-clock-skew")).toLongLong(&ok) * 1000;
    if (!ok || limits.maxClockSkewMs < 0)
        return fail(QStringLiteral("--max-clock-skew must be a number of seconds"), 2);
    limits.maxDatabaseBytes = p.value(QStringLiteral("max-db-size")).toLongLong(&ok) * 1024 * 1024;
    if (!ok || limits.maxDatabaseBytes < 0)
        return fail(QStringLiteral("--max-db-size must be a number of megabytes"), 2);
    try {
        *out = kh::openStores(db, limits);
    } catch (const std::exception &e) {
        return fail(QStringLiteral("%1: %2").arg(db.display(), QString::fromUtf8(e.what())));
    }
    return -1;
}

// khuyenhoc-server publish-criteria FILE.json: an administrator publishes a province's own set or a new version.
int publishCriteria(const QCommandLineParser &p, kh::ServerStore &store)
{
    QFile f(p.positionalArguments().value(1));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("usage: khuyenhoc-server publish-criteria FILE.json --data DIR"), 2);
    QString error;
    const auto set = kh::domain::parseCriteriaJson(f.readAll(), &error);
    if (!set) return fail(QStringLiteral("%1: %2").arg(f.fileName(), error));
    try {
        store.seedReference(kh::AdminUnits::builtin(), kh::SystemClock::systemNowMs());
        const bool written = store.publishCriteriaSet(*set);
        std::fprintf(stdout, "%s %s\n", written ? "published" : "unchanged", qPrintable(kh::domain::criteriaRef(*set)));
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return 0;
}

// khuyenhoc-server set-targets --province P --target family=75 ...: a province's own targets.
int setTargets(const QCommandLineParser &p, kh::ServerStore &store)
{
    kh::pb::ProvinceTargets t;
    t.set_province_code(p.value(QStringLiteral("province")).toStdString());
    t.set_source(p.value(QStringLiteral("source")).normalized(QString::NormalizationForm_C).toStdString());
    for (const QString &spec : p.values(QStringLiteral("target"))) {
        bool ok = false;
        const auto model = kh::domain::modelFromName(spec.section(QLatin1Char('='), 0, 0));
        const int percent = spec.section(QLatin1Char('='), 1).toInt(&ok);
        if (!model || !ok) return fail(QStringLiteral("--target %1: give MODEL=PERCENT, e.g. family=75").arg(spec), 2);
        auto *x = t.add_targets();
        x->set_model(*model);
        x->set_percent(quint32(std::max(0, percent)));
    }
    if (t.targets().empty())
        return fail(
            QStringLiteral("usage: khuyenhoc-server set-targets --province P --target family=75 ... --data DIR"), 2);
    try {
        store.seedReference(kh::AdminUnits::builtin(), kh::SystemClock::systemNowMs());
        const bool written = store.setProvinceTargets(t);
        std::fprintf(stdout, "%s targets of province %s\n", written ? "set" : "unchanged", t.province_code().c_str());
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()), 2);
    }
    return 0;
}

// A number option of at least `min`; false (after saying so) when it is not one.
bool numberOption(const QCommandLineParser &p, const char *name, qint64 min, qint64 *out)
{
    bool ok = false;
    *out = p.value(QLatin1String(name)).toLongLong(&ok);
    if (ok && *out >= min) return true;
    fail(QStringLiteral("--%1 must be a number of at least %2").arg(QLatin1String(name)).arg(min));
    return false;
}

// Where and how to listen. Returns an exit code, or -1 when the options are fine.
int httpOptions(const QCommandLineParser &p, kh::HttpOptions *http)
{
    bool ok = false;
    const quint32 port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) return fail(QStringLiteral("--port must be 0..65535"), 2);
    http->port = quint16(port);
    if (!http->host.setAddress(p.value(QStringLiteral("host"))))
        return fail(QStringLiteral("--host is not an IP address"), 2);
    qint64 maxBody = 0, idle = 0, request = 0, connections = 0, workers = 0;
    if (!numberOption(p, "max-body", 1024, &maxBody) || !numberOption(p, "idle-timeout", 1, &idle) ||
        !numberOption(p, "request-timeout", 1, &request) || !numberOption(p, "max-connections", 1, &connections) ||
        !numberOption(p, "workers", 1, &workers))
        return 2;
    http->workers = int(std::min<qint64>(workers, 64));
    http->maxBody = qsizetype(maxBody);
    http->idleTimeoutMs = idle * 1000;
    http->requestTimeoutMs = request * 1000;
    http->maxConnections = int(std::min<qint64>(connections, 1 << 20));
    http->tlsCertificate = p.value(QStringLiteral("tls-cert"));
    http->tlsKey = p.value(QStringLiteral("tls-key"));
    if (http->tlsCertificate.isEmpty() != http->tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"), 2);
    // Plain HTTP beyond this machine sends passwords and tokens in the clear: only when asked for in words.
    if (http->tlsCertificate.isEmpty() && !http->host.isLoopback()) {
        if (!p.isSet(QStringLiteral("insecure-public")))
            return fail(QStringLiteral("refusing plain HTTP on %1, which is not a loopback address: give --tls-cert "
                                       "and --tls-key, or put a TLS proxy in front and listen on 127.0.0.1 (or say "
                                       "--insecure-public)")
                            .arg(http->host.toString()),
                        2);
        std::fprintf(stderr,
                     "khuyenhoc-server: WARNING: plain HTTP on %s (--insecure-public): passwords and device tokens "
                     "cross the network in the clear\n",
                     qPrintable(http->host.toString()));
    }
    return -1;
}

// How logins are counted and how long a token lasts. Returns an exit code, or -1 when they are fine.
int authOptions(const QCommandLineParser &p, kh::AuthOptions *auth)
{
    qint64 ttl = 0, counters = 0;
    if (!numberOption(p, "session-ttl", 1, &ttl) || !numberOption(p, "max-login-counters", 1, &counters)) return 2;
    auth->sessionTtlMs = ttl * 1000;
    auth->maxTrackedKeys = int(std::min<qint64>(counters, 1 << 24));
    return -1;
}

// The national list, criteria sets and (when asked) the demo commune with its accounts, before serving.
int seedOnStart(const QCommandLineParser &p, const QString &dataDir, kh::Stores &stores)
{
    try {
        const int n = stores.records->seedReference(kh::AdminUnits::builtin(), kh::SystemClock::systemNowMs());
        if (n > 0)
            std::fprintf(stdout,
                         "khuyenhoc-server: wrote %d reference records (provinces and communes of the national list "
                         "%s, criteria sets)\n",
                         n, kh::domain::kCodeList);
        if (!p.isSet(QStringLiteral("demo-commune"))) return -1;
        const QString code = p.value(QStringLiteral("demo-commune"));
        if (!kh::AdminUnits::builtin().commune(code))
            return fail(QStringLiteral("--demo-commune %1 is not in the national list").arg(code), 2);
        const int h =
            kh::seedDemoCommune(*stores.records, dataDir, code, p.value(QStringLiteral("demo-households")).toInt());
        if (h > 0)
            std::fprintf(stdout, "khuyenhoc-server: seeded demo commune %s with %d households\n", qPrintable(code), h);
        for (const QString &line :
             kh::createDemoAccounts(*stores.records, *stores.accounts, code, p.value(QStringLiteral("demo-password"))))
            std::fprintf(stdout, "khuyenhoc-server: demo account %s\n", qPrintable(line));
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return -1;
}

// The address a phone types, as a QR code the app's login page takes (scanned, or its text pasted): in a
// terminal, or with --qr.
void printAddressQr(const QCommandLineParser &p, const kh::HttpOptions &http, quint16 port)
{
    if (!p.isSet(QStringLiteral("qr")) && !isatty(fileno(stdout))) return;
    const QString url = kh::reachableAddress(http.host, port, !http.tlsCertificate.isEmpty());
    const QStringList qr = kh::terminalQr(url.toUtf8());
    if (!qr.isEmpty()) {
        std::fprintf(stdout, "Phones: scan this on the app's login page (or type %s):\n", qPrintable(url));
        for (const QString &line : qr) std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    }
    if (http.host.isLoopback())
        std::fprintf(stdout,
                     "Only this computer can reach %s: for phones on the network start with --host 0.0.0.0 and "
                     "--tls-cert/--tls-key (or --insecure-public on a network you trust).\n",
                     qPrintable(url));
}

int serve(QCoreApplication &app, const QCommandLineParser &p, const QString &dataDir, const kh::DatabaseUrl &db,
          kh::Stores &stores)
{
    kh::HttpOptions http;
    kh::AuthOptions auth;
    if (const int rc = httpOptions(p, &http); rc >= 0) return rc;
    if (const int rc = authOptions(p, &auth); rc >= 0) return rc;
    if (const int rc = seedOnStart(p, dataDir, stores); rc >= 0) return rc;
    // PostgreSQL: a lane of stores (connections) per worker, so requests use every core; SQLite: one lane.
    std::vector<kh::Stores> more;
    std::vector<kh::StoreLane> lanes{{stores.records.get(), stores.accounts.get()}};
    for (int i = 1; db.isPostgres() && i < http.workers; ++i) {
        if (const int rc = openStores(p, db, &more.emplace_back()); rc >= 0) return rc;
        lanes.push_back({more.back().records.get(), more.back().accounts.get()});
    }
    std::unique_ptr<kh::HttpServer> server;
    try {
        server = std::make_unique<kh::HttpServer>(lanes, http, auth);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    QString why;
    const quint16 bound = server->listen(&why);
    if (bound == 0) return fail(why);
    installSignalHandlers(app);
    // The report's roll-up facts follow the records a few seconds behind, so a report seldom has much to catch up
    // (a report catches up itself first). The catch-up holds the stores, so it waits for a quiet second rather than
    // stall a phone's sync halfway: a December afternoon's pushes are not slowed by figures nobody has asked for yet.
    // Under unbroken load it still runs every 30 s, which bounds what a report may have to catch up.
    QTimer facts;
    QElapsedTimer sinceCatchUp;
    sinceCatchUp.start();
    QObject::connect(&facts, &QTimer::timeout, &app, [&stores, &server, &sinceCatchUp] {
        try {
            stores.records->checkpoint(); // on its own connection, beside the requests
        } catch (const std::exception &e) {
            std::fprintf(stderr, "khuyenhoc-server: checkpoint failed: %s\n", e.what());
        }
        if (server->msSinceLastAnswer() < kQuietMs && sinceCatchUp.elapsed() < kLongestFactsLagMs) return;
        sinceCatchUp.restart();
        // In steps of kFactsStep records, each under the stores' lock for a few milliseconds: a request that
        // arrives during a long catch-up (a commune's first push) waits for one step, not for all of it.
        for (int read = kFactsStep; read == kFactsStep;) {
            read = 0;
            server->withStores([&stores, &read] { // the routes use the stores on the server's threads
                try {
                    read = stores.records->catchUpFacts(kFactsStep);
                } catch (const std::exception &e) {
                    std::fprintf(stderr, "khuyenhoc-server: updating the report figures failed: %s\n", e.what());
                }
            });
            // A request woken by the unlock takes the lock now: without the pause this thread would usually take it
            // back first (a mutex is not fair), and the request would wait for several steps.
            if (read == kFactsStep) QThread::msleep(2);
        }
    });
    facts.start(kQuietMs);
    std::fprintf(stdout, "khuyenhoc-server listening on %s://%s:%u (data in %s)\n",
                 http.tlsCertificate.isEmpty() ? "http" : "https", qPrintable(http.host.toString()), bound,
                 qPrintable(db.display()));
    printAddressQr(p, http, bound);
    std::fflush(stdout);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khuyenhoc-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser p;
    declareOptions(p);
    p.process(app);

    const QString dataDir = p.value(QStringLiteral("data"));
    const QString command = p.positionalArguments().value(0);
    const kh::DatabaseUrl db = databaseOf(p, dataDir);
    if (command == QLatin1String("migrate")) return kh::runMigrate(p);
    if (command == QLatin1String("dump") && !db.isPostgres() &&
        !QFile::exists(QDir(db.location).filePath(QStringLiteral("server.sqlite"))))
        return fail(QStringLiteral("no server database in %1").arg(db.location));
    if (!QDir().mkpath(dataDir)) return fail(QStringLiteral("cannot create data folder %1").arg(dataDir));
    kh::Stores stores;
    if (const int rc = openStores(p, db, &stores); rc >= 0) return rc;
    if (command == QLatin1String("user") || command == QLatin1String("device") || command == QLatin1String("audit")) {
        try {
            stores.records->seedReference(kh::AdminUnits::builtin(),
                                          kh::SystemClock::systemNowMs()); // areas must exist to be granted
        } catch (const std::exception &e) {
            return fail(QString::fromUtf8(e.what()));
        }
        return kh::runAdmin(p.positionalArguments(), p, *stores.records, *stores.accounts);
    }
    if (command == QLatin1String("publish-criteria")) return publishCriteria(p, *stores.records);
    if (command == QLatin1String("set-targets")) return setTargets(p, *stores.records);
    if (command == QLatin1String("dump")) {
        for (const QString &line :
             kh::dumpServer(*stores.records, p.values(QStringLiteral("area")), p.isSet(QStringLiteral("stamps"))))
            std::fprintf(stdout, "%s\n", kh::printable(line).toUtf8().constData());
        return 0;
    }
    if (!command.isEmpty()) return fail(QStringLiteral("unknown command '%1'").arg(command), 2);
    return serve(app, p, dataDir, db, stores);
}
