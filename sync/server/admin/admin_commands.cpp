#include "server/admin/admin_commands.h"

#include "core/access/access.h"
#include "core/records/id_grammar.h"
#include "core/security/secrets.h"
#include "core/text/text.h"
#include "server/services/system_clock.h"

#include <QDateTime>
#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace kh {

namespace {

void out(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
}
int fail(const QString &msg, int code = 1)
{
    std::fprintf(stderr, "khuyenhoc-server: %s\n", msg.toUtf8().constData());
    return code;
}

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate) : QStringLiteral("-");
}

// One line from stdin; without echo when it is a terminal.
QString readPassword(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return line;
}

QString checkPassword(const QString &pw)
{
    if (pw.size() < 8) return QStringLiteral("the password needs at least 8 characters");
    if (pw.size() > 256) return QStringLiteral("the password is longer than 256 characters");
    return {};
}

// Every area must exist, and a household account's household too.
QString checkAreasExist(ServerStore &store, const QStringList &areas, const QString &household)
{
    for (const QString &a : areas)
        if (!store.areaExists(a)) return QStringLiteral("no area %1 on this server").arg(a);
    if (!household.isEmpty() && !store.areaExists(QStringLiteral("h:") + household))
        return QStringLiteral("no household %1 on this server").arg(household);
    return {};
}

QStringList grantsOf(pb::Role role, const QCommandLineParser &p)
{
    if (role == pb::ROLE_HOUSEHOLD) return {QStringLiteral("h:") + p.value(QStringLiteral("household"))};
    return p.values(QStringLiteral("area"));
}

QString describe(const Account &a)
{
    return QStringLiteral("%1\t%2\t%3\t%4%5")
        .arg(printable(a.username), access::roleName(a.role), printable(a.areas.join(QLatin1Char(' '))),
             printable(a.displayName), a.disabled ? QStringLiteral("\tdisabled") : QString());
}

} // namespace

void addAdminOptions(QCommandLineParser &p)
{
    p.addOption(
        {QStringLiteral("role"),
         QStringLiteral("user add/areas: household, village-officer, commune-staff, provincial-staff or admin."),
         QStringLiteral("role")});
    p.addOption({QStringLiteral("household"),
                 QStringLiteral("user add/areas: the household record id of a household account."),
                 QStringLiteral("id")});
    p.addOption(
        {QStringLiteral("display-name"), QStringLiteral("user add: the name to show."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("user"), QStringLiteral("device list, audit: only this user."), QStringLiteral("name")});
    p.addOption(
        {QStringLiteral("device"), QStringLiteral("device revoke, audit: a device id (hex)."), QStringLiteral("hex")});
    p.addOption({QStringLiteral("record"), QStringLiteral("audit: only this record id."), QStringLiteral("id")});
    p.addOption({QStringLiteral("since"), QStringLiteral("audit: only changes from this day (YYYY-MM-DD)."),
                 QStringLiteral("date")});
    p.addOption({QStringLiteral("limit"), QStringLiteral("audit: at most this many lines (default 200)."),
                 QStringLiteral("n"), QStringLiteral("200")});
}

namespace {

// user add|list|password|areas|disable|enable NAME. Returns -1 for a verb it does not know.
int userCommand(const QString &verb, const QString &name, const QCommandLineParser &p, ServerStore &store,
                AccountStore &accounts, qint64 now)
{
    if (verb == QLatin1String("list")) {
        for (const auto &a : accounts.users()) out(describe(a));
        return 0;
    }
    if (name.isEmpty())
        return fail(QStringLiteral("usage: khuyenhoc-server user add|password|areas|disable|enable NAME"), 2);
    if (verb == QLatin1String("add") || verb == QLatin1String("areas")) {
        const auto role = access::parseRole(p.value(QStringLiteral("role")));
        if (!role)
            return fail(
                QStringLiteral("--role must be household, village-officer, commune-staff, provincial-staff or admin"),
                2);
        const QStringList areas = grantsOf(*role, p);
        const QString household = *role == pb::ROLE_HOUSEHOLD ? p.value(QStringLiteral("household")) : QString();
        if (const QString e = access::checkGrants(*role, areas, household); !e.isEmpty()) return fail(e, 2);
        if (const QString e = checkAreasExist(store, *role == pb::ROLE_HOUSEHOLD ? QStringList{} : areas, household);
            !e.isEmpty())
            return fail(e, 2);
        if (verb == QLatin1String("areas")) {
            accounts.setAreas(name, *role, areas, household);
            out(QStringLiteral("updated ") + describe(*accounts.user(name)));
            return 0;
        }
        const QString pw = readPassword("Password: ");
        if (const QString e = checkPassword(pw); !e.isEmpty()) return fail(e, 2);
        const Account a = accounts.createUser(name, p.value(QStringLiteral("display-name")), *role, areas, household,
                                              secrets::hashPassword(pw), now);
        out(QStringLiteral("created ") + describe(a));
        return 0;
    }
    if (verb == QLatin1String("password")) {
        const QString pw = readPassword("New password: ");
        if (const QString e = checkPassword(pw); !e.isEmpty()) return fail(e, 2);
        accounts.setPassword(name, secrets::hashPassword(pw), now);
        out(QStringLiteral("password changed for %1; its devices must log in again").arg(name));
        return 0;
    }
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        accounts.setDisabled(name, verb == QLatin1String("disable"), now);
        out(QStringLiteral("%1 %2").arg(name, verb == QLatin1String("disable")
                                                  ? QStringLiteral("disabled; its devices are revoked")
                                                  : QStringLiteral("enabled")));
        return 0;
    }
    return -1;
}

// device list [--user NAME] | device revoke SESSION | device revoke --device HEX. -1 for an unknown verb.
int deviceCommand(const QString &verb, const QString &name, const QCommandLineParser &p, AccountStore &accounts,
                  qint64 now)
{
    if (verb == QLatin1String("list")) {
        for (const auto &s : accounts.sessions(p.value(QStringLiteral("user"))))
            out(QStringLiteral("%1\t%2\t%3\t%4\tlogin %5\tlast %6\texpires %7\t%8")
                    .arg(s.id)
                    .arg(printable(s.username))
                    .arg(s.device, 16, 16, QLatin1Char('0'))
                    .arg(s.deviceName.isEmpty() ? QStringLiteral("-") : printable(s.deviceName))
                    .arg(when(s.createdMs), when(s.lastMs), when(s.expiresMs),
                         s.revokedMs ? QStringLiteral("revoked %1 (%2)").arg(when(s.revokedMs), printable(s.revokedBy))
                         : s.active(now) ? QStringLiteral("active")
                                         : QStringLiteral("expired")));
        return 0;
    }
    if (verb == QLatin1String("revoke")) {
        const QString by = QStringLiteral("revoked by the administrator");
        if (p.isSet(QStringLiteral("device"))) {
            bool ok = false;
            const quint64 device = p.value(QStringLiteral("device")).toULongLong(&ok, 16);
            if (!ok) return fail(QStringLiteral("--device must be a device id in hex"), 2);
            out(QStringLiteral("revoked %1 session(s) on device %2")
                    .arg(accounts.revokeDevice(device, by, now))
                    .arg(p.value(QStringLiteral("device"))));
            return 0;
        }
        bool ok = false;
        const quint64 id = name.toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("usage: khuyenhoc-server device revoke SESSION | device revoke --device HEX"),
                        2);
        if (!accounts.revoke(id, by, now)) return fail(QStringLiteral("no active session %1").arg(name));
        out(QStringLiteral("revoked session %1").arg(name));
        return 0;
    }
    return -1;
}

// audit [--record ID] [--user NAME] [--device HEX] [--since YYYY-MM-DD] [--limit N]
int auditCommand(const QCommandLineParser &p, ServerStore &store)
{
    AuditQuery q;
    q.recordId = p.value(QStringLiteral("record"));
    q.user = p.value(QStringLiteral("user"));
    bool ok = true;
    if (p.isSet(QStringLiteral("device"))) q.device = p.value(QStringLiteral("device")).toULongLong(&ok, 16);
    if (!ok) return fail(QStringLiteral("--device must be a device id in hex"), 2);
    if (p.isSet(QStringLiteral("since"))) {
        const QDate d = QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
        if (!d.isValid()) return fail(QStringLiteral("--since must be YYYY-MM-DD"), 2);
        q.sinceMs = QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch();
    }
    q.limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || q.limit < 1) return fail(QStringLiteral("--limit must be a positive number"), 2);
    for (const auto &e : store.audit(q))
        out(QStringLiteral("%1\t%2\tdevice %3\tchange-set %4\t%5 %6 %7\t%8\t%9")
                .arg(when(e.atMs), printable(e.user))
                .arg(e.device, 16, 16, QLatin1Char('0'))
                .arg(e.changeSet)
                .arg(e.action, domain::typeName(e.type), printable(e.id), e.fields.join(QLatin1Char(',')),
                     printable(e.values)));
    return 0;
}

} // namespace

int runAdmin(const QStringList &args, const QCommandLineParser &p, ServerStore &store, AccountStore &accounts)
{
    if (!secrets::init()) return fail(QStringLiteral("libsodium failed to initialise"));
    const QString group = args.value(0), verb = args.value(1), name = args.value(2);
    const qint64 now = SystemClock::systemNowMs();
    try {
        int rc = -1;
        if (group == QLatin1String("user"))
            rc = userCommand(verb, name, p, store, accounts, now);
        else if (group == QLatin1String("device"))
            rc = deviceCommand(verb, name, p, accounts, now);
        else if (group == QLatin1String("audit"))
            rc = auditCommand(p, store);
        if (rc >= 0) return rc;
    } catch (const AccountError &e) {
        return fail(QString::fromUtf8(e.what()), 2);
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return fail(QStringLiteral("unknown command '%1'; see --help").arg(args.join(QLatin1Char(' '))), 2);
}

QStringList createDemoAccounts(ServerStore &store, AccountStore &accounts, const QString &communeCode,
                               const QString &password)
{
    if (accounts.user(QStringLiteral("demo-xa"))) return {};
    // The demo commune's first village and first household, as the records order them.
    QString village, household;
    store.forEach({QStringLiteral("c:") + communeCode}, [&](const Record &r) {
        if (r.type == pb::RECORD_TYPE_VILLAGE && village.isEmpty()) village = QString::fromStdString(r.id);
    });
    store.forEach({QStringLiteral("v:") + village}, [&](const Record &r) {
        if (r.type == pb::RECORD_TYPE_HOUSEHOLD && household.isEmpty()) household = QString::fromStdString(r.id);
    });
    const qint64 now = SystemClock::systemNowMs();
    const QByteArray hash = secrets::hashPassword(password);
    accounts.createUser(QStringLiteral("demo-xa"), QStringLiteral("Cán bộ xã (demo)"), pb::ROLE_COMMUNE_STAFF,
                        {QStringLiteral("c:") + communeCode}, {}, hash, now);
    QStringList lines{QStringLiteral("demo-xa (commune staff of %1)").arg(communeCode)};
    if (!village.isEmpty()) {
        accounts.createUser(QStringLiteral("demo-thon"), QStringLiteral("Cán bộ thôn (demo)"), pb::ROLE_VILLAGE_OFFICER,
                            {QStringLiteral("v:") + village}, {}, hash, now);
        lines << QStringLiteral("demo-thon (village officer of %1)").arg(village);
    }
    if (!household.isEmpty()) {
        accounts.createUser(QStringLiteral("demo-ho"), QStringLiteral("Hộ gia đình (demo)"), pb::ROLE_HOUSEHOLD,
                            {QStringLiteral("h:") + household}, household, hash, now);
        lines << QStringLiteral("demo-ho (household %1)").arg(household);
    }
    return lines;
}

} // namespace kh
