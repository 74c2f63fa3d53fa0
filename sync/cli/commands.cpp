#include "cli/commands.h"

#include "cli/support.h"
#include "core/access/access.h"
#include "core/areas/admin_units.h"
#include "core/records/hybrid_clock.h"
#include "core/records/record_text.h"
#include "device/account/device_account.h"
#include "device/net/auth_client.h"
#include "device/net/sync_client.h"
#include "device/tools/conflicts.h"
#include "device/tools/csv_import.h"
#include "device/tools/local_dump.h"
#include "device/tools/seed.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMetaEnum>
#include <QTextStream>

namespace kh::cli {

namespace {

// --- sync, conflicts, status ----------------------------------------------------------------------------

QUrl serverUrl(Context &c)
{
    const QString server = c.args.value(QStringLiteral("server"), c.store.meta("server"));
    if (server.isEmpty()) throw UsageError("no server: give --server http://HOST:PORT (it is remembered)");
    const QUrl url(server);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        throw UsageError("--server must be an http:// or https:// address");
    if (c.args.has(QStringLiteral("server"))) c.store.setMeta("server", server);
    return url;
}

// Certificates to trust besides the system's (--ca-cert FILE, remembered): a commune server's own.
QList<QSslCertificate> trusted(Context &c)
{
    const QString path = c.args.value(QStringLiteral("ca-cert"), c.store.meta("ca_cert"));
    if (path.isEmpty()) return {};
    QString why;
    const auto certs = ServerEndpoint::readCertificates(path, &why);
    if (certs.isEmpty()) throw UsageError("--ca-cert: " + str(why));
    if (c.args.has(QStringLiteral("ca-cert"))) c.store.setMeta("ca_cert", QFileInfo(path).absoluteFilePath());
    return certs;
}

ServerEndpoint endpoint(Context &c, const QByteArray &token)
{
    return ServerEndpoint{serverUrl(c), token, trusted(c)};
}

// login --server URL --user NAME: the password is read from stdin (one line), never from the command line.
// The token is kept in this database's metadata: the CLI is for staff computers and tests; the app keeps its
// token sealed under the user's PIN (docs/security.md).
int login(Context &c)
{
    const ServerEndpoint server = endpoint(c, {});
    const QString user = c.args.require(QStringLiteral("user"));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty()) throw UsageError("give the password on stdin");
    AuthClient client;
    LoginResult result;
    QEventLoop loop;
    QObject::connect(&client, &AuthClient::finished, &loop, [&](const LoginResult &r) {
        result = r;
        loop.quit();
    });
    client.login(server, user, password, c.store.deviceId(),
                 c.args.value(QStringLiteral("device-name"), QStringLiteral("khuyenhoc-cli")));
    loop.exec();
    if (!result.ok) {
        err(QStringLiteral("login failed (%1): %2")
                .arg(QString::fromLatin1(QMetaEnum::fromType<LoginResult::Error>().valueToKey(int(result.error))),
                     result.message));
        return 1;
    }
    DeviceAccount(c.store).storeLogin(server.base.toString(), result.account);
    c.store.setMeta("auth_token", QString::fromLatin1(result.token));
    const QStringList areas = DeviceAccount(c.store).grants();
    out() << "logged in as " << q(result.account.username()) << " (" << access::roleName(result.account.role()) << ": "
          << areas.join(QLatin1Char(' ')) << "), token valid until "
          << QDateTime::fromMSecsSinceEpoch(result.expiresMs).toString(Qt::ISODate) << '\n';
    return 0;
}

int sync(Context &c)
{
    SyncClient client(c.store);
    client.setEndpoint(endpoint(c, c.store.meta("auth_token").toLatin1()));
    SyncOptions o;
    if (c.args.has(QStringLiteral("page-size")))
        o.pageSize = intOf(QStringLiteral("page-size"), c.args.value(QStringLiteral("page-size")));
    if (c.args.has(QStringLiteral("timeout")))
        o.transferTimeoutMs = 1000 * intOf(QStringLiteral("timeout"), c.args.value(QStringLiteral("timeout")));
    if (c.args.has(QStringLiteral("max-db-size"))) {
        // A phone with little storage left, for trying what a full one does: writes past the cap fail like a full disk.
        bool ok = false;
        const double mb = c.args.value(QStringLiteral("max-db-size")).toDouble(&ok);
        if (!ok || mb <= 0) throw UsageError("--max-db-size: a size in megabytes, such as 50 or 0.5");
        c.store.limitSize(qint64(mb * 1024 * 1024));
    }
    client.setOptions(o);
    SyncReceipt receipt;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReceipt &r) {
        receipt = r;
        loop.quit();
    });
    QMetaObject::invokeMethod(&client, &SyncClient::start, Qt::QueuedConnection);
    loop.exec();
    out() << QStringLiteral("%1 change-sets sent, %2 records received, %3 conflicts, %4 rejected; %5 requests, %6 "
                            "bytes up, %7 bytes down\n")
                 .arg(receipt.sent)
                 .arg(receipt.received)
                 .arg(receipt.conflicts)
                 .arg(receipt.rejected)
                 .arg(receipt.requests)
                 .arg(receipt.bytesUp)
                 .arg(receipt.bytesDown);
    if (receipt.error == SyncReceipt::Error::Revoked) c.store.setMeta("auth_token", QString()); // useless now
    if (receipt.error == SyncReceipt::Error::StorageFull) {
        err(QStringLiteral("sync stopped: the device storage is full. The %1 records received before it filled are "
                           "kept, and %2 change-sets wait in the outbox. Free some space, then run sync again: it "
                           "continues where it stopped.")
                .arg(receipt.received)
                .arg(c.store.pendingCount()));
        err(QStringLiteral("Đồng bộ đã dừng: bộ nhớ thiết bị đã đầy. %1 bản ghi đã nhận vẫn được giữ. Hãy giải phóng "
                           "bộ nhớ rồi đồng bộ lại: việc tải sẽ tiếp tục từ chỗ đã dừng.")
                .arg(receipt.received));
        return 1;
    }
    if (receipt.ok && receipt.fromStart && receipt.received >= LocalStore::kCompactAfterRecords) {
        // A first sync wrote the tables in the server's order: rewrite them once, without the half-empty pages.
        const qint64 before =
            QFileInfo(c.store.path()).size() + QFileInfo(c.store.path() + QStringLiteral("-wal")).size();
        if (c.store.compact())
            out() << QStringLiteral("database compacted after the first sync: %1 MB -> %2 MB\n")
                         .arg(double(before) / (1 << 20), 0, 'f', 1)
                         .arg(double(QFileInfo(c.store.path()).size()) / (1 << 20), 0, 'f', 1);
    }
    if (!receipt.ok) {
        if (receipt.error == SyncReceipt::Error::Unauthorized || receipt.error == SyncReceipt::Error::SessionExpired ||
            receipt.error == SyncReceipt::Error::Revoked)
            err(QStringLiteral("log in first: khuyenhoc-cli login --server URL --user NAME (password on stdin)"));
        err(QStringLiteral("sync did not finish (%1): %2. Nothing is lost: %3 change-sets wait in the outbox and will "
                           "be sent next time.")
                .arg(QString::fromLatin1(QMetaEnum::fromType<SyncReceipt::Error>().valueToKey(int(receipt.error))),
                     receipt.message)
                .arg(c.store.pendingCount()));
        return 1;
    }
    return 0;
}

QString when(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::wallMs(hlc)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// ", by NAME" when the server named who made a conflict's write.
QString writtenBy(const std::string &name)
{
    return name.empty() ? QString() : QStringLiteral(", by ") + QString::fromStdString(name);
}

int conflicts(Context &c, const QString &verb)
{
    auto &s = c.store;
    if (verb.isEmpty() || verb == QLatin1String("list")) {
        const bool all = c.args.has(QStringLiteral("all"));
        for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) {
            const auto k = valueOf<pb::Conflict>(r);
            if (k.resolved() && !all) continue;
            out() << q(r.id) << '\t' << domain::typeName(k.record_type()) << ' ' << q(k.record_id())
                  << (k.resolved() ? "\tresolved: " + q(k.resolution()) : QString()) << '\n'
                  << "  winner: " << domain::renderField(k.record_type(), k.field(), k.winner_value()) << "  ("
                  << when(k.winner_hlc()) << writtenBy(k.winner_name()) << ", device "
                  << QStringLiteral("%1").arg(k.winner_device(), 16, 16, QLatin1Char('0')) << ")\n"
                  << "  loser:  " << domain::renderField(k.record_type(), k.field(), k.loser_value()) << "  ("
                  << when(k.loser_hlc()) << writtenBy(k.loser_name()) << ", device "
                  << QStringLiteral("%1").arg(k.loser_device(), 16, 16, QLatin1Char('0')) << ")\n";
        }
        return 0;
    }
    if (verb == QLatin1String("resolve")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_CONFLICT, c.args.positional.value(2));
        const QString keep = c.args.require(QStringLiteral("keep"));
        if (keep != QLatin1String("winner") && keep != QLatin1String("loser"))
            throw UsageError("--keep must be winner or loser");
        resolveConflict(s, r.id, keep == QLatin1String("loser"));
        out() << "resolved " << q(r.id) << ": kept the " << keep << " value\n";
        return 0;
    }
    return -1;
}

int status(Context &c)
{
    auto &s = c.store;
    out() << "device: " << s.deviceHex() << '\n'
          << "server: " << s.meta("server", QStringLiteral("(not set)")) << '\n'
          << "user: "
          << (s.meta("auth_token").isEmpty()
                  ? QStringLiteral("(not logged in)")
                  : s.meta("auth_user") + QStringLiteral(" (") + s.meta("auth_role") + QLatin1Char(')'))
          << '\n'
          << "areas: " << s.areas().join(QLatin1Char(' ')) << '\n'
          << "pending change-sets: " << s.pendingCount() << '\n'
          << "cursor: " << s.cursorFor(s.areas()) << '\n';
    if (const auto last = s.lastSync(true))
        out() << "last successful sync: " << QDateTime::fromMSecsSinceEpoch(last->atMs).toString(Qt::ISODate) << '\n';
    else
        out() << "last successful sync: never\n";
    if (const auto last = s.lastSync(false); last && !last->error.isEmpty())
        out() << "last sync failed: " << last->error << '\n';
    int open = 0;
    for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) open += valueOf<pb::Conflict>(r).resolved() ? 0 : 1;
    out() << "open conflicts: " << open << '\n' << "rejected change-sets: " << s.rejected().size() << '\n';
    return 0;
}

QStringList checkedAreas(const QStringList &areas)
{
    for (const QString &a : areas) {
        if (a.startsWith(QLatin1String("c:")) && AdminUnits::builtin().commune(a.mid(2))) continue;
        if (a.startsWith(QLatin1String("p:")) && AdminUnits::builtin().province(a.mid(2))) continue;
        if (a.startsWith(QLatin1String("v:")) && a.size() > 2) continue;
        throw UsageError("area '" + str(a) +
                         "' must be c:<commune code>, v:<village id> or p:<province code> from the national list");
    }
    return areas;
}

// area add|remove|list [AREA...]: what this device receives.
int areaCommand(Context &c, const QString &verb)
{
    QStringList areas = c.store.areas();
    if (verb == QLatin1String("add"))
        areas << checkedAreas(c.args.positional.mid(2));
    else if (verb == QLatin1String("remove"))
        for (const QString &a : c.args.positional.mid(2)) areas.removeAll(a);
    else if (verb != QLatin1String("list"))
        throw UsageError("usage: area add|remove|list [AREA...]");
    if (verb != QLatin1String("list")) c.store.setAreas(areas);
    for (const QString &a : c.store.areas()) out() << a << '\n';
    return 0;
}

// export [--stamps] [--out FILE]: the canonical dump of this device.
int exportCommand(Context &c)
{
    const QStringList lines = dumpLocal(c.store, c.args.has(QStringLiteral("stamps")));
    if (c.args.has(QStringLiteral("out"))) {
        QFile f(c.args.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) throw EditError("cannot write " + str(f.fileName()));
        for (const QString &l : lines) f.write(l.toUtf8() + '\n');
    } else {
        for (const QString &l : lines) out() << l << '\n';
    }
    return 0;
}

// import-csv FILE [--village ID] [--allow-duplicates]: households from a spreadsheet, all or nothing.
int importCommand(Context &c, const QString &verb)
{
    QFile f(verb);
    if (verb.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw UsageError("usage: import-csv FILE [--village ID] [--allow-duplicates]");
    const auto res = importHouseholdsCsv(c.store, f.readAll(), str(c.args.value(QStringLiteral("village"))),
                                         c.args.has(QStringLiteral("allow-duplicates")));
    for (const QString &e : res.errors) err(e);
    if (!res.errors.isEmpty()) {
        err(QStringLiteral("nothing imported: fix the rows above and run the import again"));
        return 1;
    }
    out() << "imported " << res.imported << " households\n";
    return 0;
}

// seed --commune CODE [--households N ...]: a synthetic commune on this device.
int seedCommand(Context &c)
{
    SeedOptions o;
    o.communeCode = c.args.require(QStringLiteral("commune"));
    o.households =
        intOf(QStringLiteral("households"), c.args.value(QStringLiteral("households"), QStringLiteral("100")));
    o.villages = intOf(QStringLiteral("villages"), c.args.value(QStringLiteral("villages"), QStringLiteral("5")));
    o.seed = quint32(intOf(QStringLiteral("seed"), c.args.value(QStringLiteral("seed"), QStringLiteral("1"))));
    o.fixedMembers = intOf(QStringLiteral("members"), c.args.value(QStringLiteral("members"), QStringLiteral("0")));
    o.progressYear =
        intOf(QStringLiteral("progress-year"), c.args.value(QStringLiteral("progress-year"), QStringLiteral("0")));
    for (const QString &v : c.args.values(QStringLiteral("village"))) {
        mustGet(c.store, pb::RECORD_TYPE_VILLAGE, v);
        o.useVillages.push_back(str(v));
    }
    if (o.households < 0 || o.households > 1'000'000) throw UsageError("--households must be 0..1000000");
    const auto r = seedCommune(c.store, o);
    out() << "seeded " << r.households << " households with " << r.members << " members in " << r.villageIds.size()
          << " villages\n";
    for (const auto &v : r.villageIds) out() << "village " << q(v) << '\n';
    return 0;
}

int dispatch(Context &c)
{
    const QString noun = c.args.positional.value(0), verb = c.args.positional.value(1);
    const std::pair<const char *, pb::RecordType> nouns[] = {{"village", pb::RECORD_TYPE_VILLAGE},
                                                             {"household", pb::RECORD_TYPE_HOUSEHOLD},
                                                             {"member", pb::RECORD_TYPE_MEMBER},
                                                             {"clan", pb::RECORD_TYPE_CLAN}};
    for (const auto &[name, type] : nouns) {
        if (noun != QLatin1String(name)) continue;
        int rc = -1;
        if (type == pb::RECORD_TYPE_VILLAGE)
            rc = villageCommand(c, verb);
        else if (type == pb::RECORD_TYPE_HOUSEHOLD)
            rc = householdCommand(c, verb);
        else if (type == pb::RECORD_TYPE_MEMBER)
            rc = memberCommand(c, verb);
        else
            rc = clanCommand(c, verb);
        if (rc == -1) rc = genericCommand(c, type, verb);
        if (rc == -1) throw UsageError("unknown command '" + str(noun) + " " + str(verb) + "'");
        return rc;
    }
    if (noun == QLatin1String("area")) return areaCommand(c, verb);
    if (noun == QLatin1String("criteria") || noun == QLatin1String("evaluation") || noun == QLatin1String("unit")) {
        const int rc = noun == QLatin1String("criteria")     ? criteriaCommand(c, verb)
                       : noun == QLatin1String("evaluation") ? evaluationCommand(c, verb)
                                                             : unitCommand(c, verb);
        if (rc == -1)
            throw UsageError("unknown command '" + str(noun) + " " + str(verb) + "'; see 'khuyenhoc-cli help'");
        return rc;
    }
    if (const int rc = fundsCommand(c, noun, verb); rc != -1) return rc;
    if (noun == QLatin1String("rollup")) return rollupCommand(c);
    if (noun == QLatin1String("report")) {
        const int rc = reportCommand(c, verb);
        if (rc == -1)
            throw UsageError("usage: report [--year Y] --format csv|xlsx|pdf --out FILE [--issue] | report issued [ID "
                             "--format F --out FILE]");
        return rc;
    }
    if (noun == QLatin1String("sync")) return sync(c);
    if (noun == QLatin1String("login")) return login(c);
    if (noun == QLatin1String("logout")) {
        c.store.setMeta("auth_token", QString());
        out() << "logged out; unsent change-sets stay until the next login and sync\n";
        return 0;
    }
    if (noun == QLatin1String("status")) return status(c);
    if (noun == QLatin1String("conflicts")) {
        const int rc = conflicts(c, verb);
        if (rc == -1) throw UsageError("usage: conflicts [list [--all] | resolve ID --keep winner|loser]");
        return rc;
    }
    if (noun == QLatin1String("rejected")) {
        for (const auto &r : c.store.rejected())
            out() << r.seq << '\t' << q(pb::RejectReason_Name(pb::RejectReason(r.reason))) << '\t' << r.message << '\n';
        return 0;
    }
    if (noun == QLatin1String("export")) return exportCommand(c);
    if (noun == QLatin1String("import-csv")) return importCommand(c, verb);
    if (noun == QLatin1String("seed")) return seedCommand(c);
    throw UsageError("unknown command '" + str(noun) + "'; see 'khuyenhoc-cli help'");
}

} // namespace

QString helpText()
{
    return QStringLiteral(R"(khuyenhoc-cli: the Khuyến Học device database from the command line.

usage: khuyenhoc-cli [--db FILE] COMMAND ...     (FILE defaults to $KHUYENHOC_DB or ./khuyenhoc.sqlite)

Device
  init [--server URL] [--area AREA]...   create a new device database
  area add|remove AREA... | area list    subscribe to areas: c:<commune code>, v:<village id>, p:<province code>
  status                                 pending change-sets, last sync, open conflicts
  login --server URL --user NAME [--device-name N] [--ca-cert FILE]
                                         log this device in (password on stdin); takes the account's areas
                                         when none are set; --ca-cert trusts a server's own certificate
  logout                                 forget the token (unsent edits stay)
  sync [--server URL] [--ca-cert FILE]   push pending edits and pull what is new (resumes after any cut)
       [--max-db-size MB]                stop, as on a full phone, before the database passes MB

Records (ids are printed by add and list)
  village add --commune CODE --name NAME [--kind thon|ap|ban|buon|to-dan-pho|other] [--notes T]
  village list [--commune CODE] | show ID | update ID [--name N] [--kind K] [--notes T] | delete ID
  household add --village ID --head "Họ Đệm Tên" [--address A] [--phone P] [--notes T] [--poverty poor|near-poor|none]
                (or --head-family F --head-middle M --head-given G for compound names)
  household list [--village ID] [--search TEXT] | show ID | update ID [...] | delete ID
  member add --household ID --name "Họ Đệm Tên" (or --family/--middle/--given) [--birth-year Y]
             [--sex male|female] [--relation head|spouse|child|parent|grandchild|grandparent|sibling|child-in-law|other]
             [--schooling none|preschool|primary|lower-secondary|upper-secondary|vocational|university|postgraduate]
             [--studying yes|no] [--literacy illiterate|level1|level2] [--activity TEXT]... [--cccd 12DIGITS]
             [--orphan yes|no] [--disabled yes|no]
  member list [--household ID] [--search TEXT] | show ID | update ID [...] [--clear-activities] | delete ID
  clan add --name N [--branch B] [--head NAME] --village ID... [--commune CODE]...
  clan list | show ID | update ID [...] | delete ID | join CLAN HOUSEHOLD | leave CLAN HOUSEHOLD

Learning models (the yearly cycle: register, self-assess, verify item by item, recognise)
  criteria [list] | criteria show SET@VERSION | criteria check FILE.json
  evaluation register --household ID | --clan ID | --village ID | --unit ID | --member ID [--year Y] [--date D]
  evaluation assess EVAL --item CODE=yes|no|POINTS... [--computed] [--by subject|officer]
                                         self-assessment; --computed fills items from the records
  evaluation verify EVAL --item CODE --agree|--disagree [--points N] [--note T] [--evidence T] [--by NAME]
  evaluation verify EVAL --done --by NAME     every item verified: the self-assessment is verified
  evaluation recognise EVAL --achieved yes|no --decision "45/QĐ-UBND" [--date D] [--by NAME]
  evaluation reopen EVAL --reason T     a decided result, reopened for correction
  evaluation reassess EVAL --criteria SET@VERSION   re-pin to a newer criteria set (clears answers)
  evaluation show EVAL | evaluation list [--year Y] [--model M] [--stage S]
  unit add --commune CODE --name N [--kind school|agency|enterprise|health|armed-forces|other] [--members N]
       [--citizens N] | unit update ID [...] | unit list
  rollup [--year Y]                      recognised/total and rates per village and commune, against targets

Reports
  report [--year Y] --format csv|xlsx|pdf --out FILE [--issue]
                                         year-end report: CSV (UTF-8 with BOM, opens in Excel), XLSX (a sheet per
                                         model) or PDF (A4 statistics form with signature block); --issue archives
                                         the figures so later records never change an issued report
  report issued [list] | report issued ID --format csv|xlsx|pdf --out FILE

%1
Conflicts and refusals
  conflicts [list [--all]]               values that lost a same-field edit race
  conflicts resolve ID --keep winner|loser
  rejected                               change-sets the server refused, with reasons

Bulk work
  export [--stamps] [--out FILE]         canonical sorted dump, for comparing replicas
  import-csv FILE [--village ID] [--allow-duplicates]
                                         households from CSV (village, head, address, phone, notes)
  seed --commune CODE [--households N] [--villages K] [--village ID]... [--members M] [--seed S]
       [--progress-year Y]               (also each household's learning-family stage in year Y)
                                         synthetic households with realistic Vietnamese names

Exit status: 0 done, 1 refused or failed (nothing changed), 2 usage error.
)")
        .arg(fundsHelp());
}

int run(const QStringList &argv)
{
    Context c;
    try {
        c.args = Args::parse(argv, {QStringLiteral("stamps"), QStringLiteral("all"), QStringLiteral("allow-duplicates"),
                                    QStringLiteral("clear-activities"), QStringLiteral("help"), QStringLiteral("agree"),
                                    QStringLiteral("disagree"), QStringLiteral("done"), QStringLiteral("computed"),
                                    QStringLiteral("issue"), QStringLiteral("institution"), QStringLiteral("propose")});
        const QString noun = c.args.positional.value(0);
        if (noun.isEmpty() || noun == QLatin1String("help") || c.args.has(QStringLiteral("help"))) {
            out() << helpText();
            out().flush();
            return noun.isEmpty() && !c.args.has(QStringLiteral("help")) ? 2 : 0;
        }
        QString db = c.args.value(QStringLiteral("db"),
                                  qEnvironmentVariable("KHUYENHOC_DB", QStringLiteral("khuyenhoc.sqlite")));
        if (noun == QLatin1String("init")) {
            const QStringList areas = checkedAreas(c.args.values(QStringLiteral("area")));
            c.store.create(db);
            c.store.setAreas(areas);
            if (c.args.has(QStringLiteral("server"))) c.store.setMeta("server", c.args.value(QStringLiteral("server")));
            out() << "created " << db << " for device " << c.store.deviceHex() << '\n';
            out().flush();
            return 0;
        }
        c.store.open(db);
        const int rc = dispatch(c);
        out().flush();
        return rc;
    } catch (const UsageError &e) {
        out().flush();
        err(QString::fromUtf8(e.what()));
        return 2;
    } catch (const EditError &e) {
        out().flush();
        err(QString::fromUtf8(e.what()));
        return 1;
    } catch (const sql::Error &e) {
        out().flush();
        if (e.storageFull())
            err(QStringLiteral("the device storage is full: nothing was saved. Free some space and try again."));
        else
            err(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    } catch (const std::exception &e) {
        out().flush();
        err(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
}

} // namespace kh::cli
