#include "server/admin/migrate_command.h"

#include "server/store/open_stores.h"
#include "server/store/pg/pg_server_store.h"
#include "sql/sql.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <functional>

namespace kh {

namespace {

int fail(const QString &msg, int code = 1)
{
    std::fprintf(stderr, "khuyenhoc-server: migrate: %s\n", msg.toUtf8().constData());
    return code;
}

// Copies the rows of one SQLite query into PostgreSQL, `batch` rows per transaction (a long transaction would
// hold back every server's pulls: docs/deploy.md). `row` writes one row. Returns the rows copied.
template <typename F>
qint64 copyRows(sql::Db &from, pg::Connection &to, const char *select, int batch, F row,
                const std::function<void()> &onBatch = {})
{
    sql::Stmt s(from, select);
    qint64 n = 0;
    bool more = s.step();
    while (more) {
        pg::Transaction tx(to);
        if (onBatch) onBatch();
        for (int i = 0; i < batch && more; ++i, more = s.step()) {
            row(s);
            ++n;
        }
        tx.commit();
    }
    return n;
}

using pg::Params;

qint64 copyRecords(sql::Db &from, PgServerStore &to)
{
    return copyRows(
        from, to.connection(), "SELECT type, id, state, areas, current_areas, writer FROM records ORDER BY seq", 20000,
        [&](sql::Stmt &s) {
            to.records().importRow(s.blob(2), pb::RecordType(s.int64(0)), s.blob(1), s.blob(3), s.blob(4),
                                   quint64(s.int64(5)));
        },
        [&] { to.records().begin(); }); // positions of the batch's transaction
}

qint64 copyServerTables(sql::Db &from, pg::Connection &to)
{
    qint64 n =
        copyRows(from, to, "SELECT device, last_seq, first_ms, last_ms, owner FROM devices", 20000, [&](sql::Stmt &s) {
            to.query("INSERT INTO devices(device,last_seq,first_ms,last_ms,owner) VALUES($1,$2,$3,$4,$5)",
                     Params().i64(s.int64(0)).i64(s.int64(1)).i64(s.int64(2)).i64(s.int64(3)).text(s.blob(4)));
        });
    n += copyRows(from, to, "SELECT device, seq, reason, message FROM rejections", 20000, [&](sql::Stmt &s) {
        to.query("INSERT INTO rejections(device,seq,reason,message) VALUES($1,$2,$3,$4)",
                 Params().i64(s.int64(0)).i64(s.int64(1)).i32(int(s.int64(2))).text(s.blob(3)));
    });
    n += copyRows(
        from, to, "SELECT device, seq, type, record_id, message FROM refused_changes", 20000, [&](sql::Stmt &s) {
            to.query("INSERT INTO refused_changes(device,seq,type,record_id,message) VALUES($1,$2,$3,$4,$5)",
                     Params().i64(s.int64(0)).i64(s.int64(1)).i32(int(s.int64(2))).text(s.blob(3)).text(s.blob(4)));
        });
    n += copyRows(from, to, "SELECT at_ms, user, device, session, change_set, actions, changes FROM audit ORDER BY id",
                  20000, [&](sql::Stmt &s) {
                      to.query("INSERT INTO audit(at_ms,username,device,session,change_set,actions,changes) "
                               "VALUES($1,$2,$3,$4,$5,$6,$7)",
                               Params()
                                   .i64(s.int64(0))
                                   .text(s.blob(1))
                                   .i64(s.int64(2))
                                   .i64(s.int64(3))
                                   .i64(s.int64(4))
                                   .text(s.blob(5))
                                   .bytes(s.blob(6)));
                  });
    // The facts are copied, and brought up to date from the records again by the first catch-up (the SQLite
    // server's may have been a few seconds behind when it stopped).
    n += copyRows(from, to, "SELECT type,id,commune,province,ref,name,number,model,stage FROM facts", 20000,
                  [&](sql::Stmt &s) {
                      to.query("INSERT INTO facts(type,id,commune,province,ref,name,number,model,stage) "
                               "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                               Params()
                                   .i32(int(s.int64(0)))
                                   .text(s.blob(1))
                                   .text(s.blob(2))
                                   .text(s.blob(3))
                                   .text(s.blob(4))
                                   .text(s.blob(5))
                                   .i32(int(s.int64(6)))
                                   .i32(int(s.int64(7)))
                                   .i32(int(s.int64(8))));
                  });
    return n;
}

qint64 copyAccounts(sql::Db &from, pg::Connection &to)
{
    qint64 n = copyRows(
        from, to,
        "SELECT id, username, display_name, role, areas, household, password_hash, disabled, created_ms FROM users",
        20000, [&](sql::Stmt &s) {
            to.query("INSERT INTO users(id,username,display_name,role,areas,household,password_hash,disabled,"
                     "created_ms) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                     Params()
                         .i64(s.int64(0))
                         .text(s.blob(1))
                         .text(s.blob(2))
                         .i32(int(s.int64(3)))
                         .text(s.blob(4))
                         .text(s.blob(5))
                         .bytes(s.blob(6))
                         .boolean(s.int64(7) != 0)
                         .i64(s.int64(8)));
        });
    to.exec("SELECT setval('users_id_seq', greatest(1, (SELECT max(id) FROM users)))");
    n += copyRows(from, to,
                  "SELECT id, user_id, device, device_name, token_hash, created_ms, last_ms, expires_ms, revoked_ms, "
                  "revoked_by FROM sessions",
                  20000, [&](sql::Stmt &s) {
                      to.query("INSERT INTO sessions(id,user_id,device,device_name,token_hash,created_ms,last_ms,"
                               "expires_ms,revoked_ms,revoked_by) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
                               Params()
                                   .i64(s.int64(0))
                                   .i64(s.int64(1))
                                   .i64(s.int64(2))
                                   .text(s.blob(3))
                                   .bytes(s.blob(4))
                                   .i64(s.int64(5))
                                   .i64(s.int64(6))
                                   .i64(s.int64(7))
                                   .i64(s.int64(8))
                                   .text(s.blob(9)));
                  });
    n += copyRows(from, to, "SELECT device, user_id, bound_ms FROM device_owners", 20000, [&](sql::Stmt &s) {
        to.query("INSERT INTO device_owners(device,user_id,bound_ms) VALUES($1,$2,$3)",
                 Params().i64(s.int64(0)).i64(s.int64(1)).i64(s.int64(2)));
    });
    return n;
}

QString metaOf(sql::Db &db, const char *key)
{
    sql::Stmt s(db, "SELECT value FROM meta WHERE key=?");
    s.bind(1, std::string(key), true);
    return s.step() ? s.text(0) : QString();
}

} // namespace

void addMigrateOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("from"), QStringLiteral("migrate: the SQLite data folder (sqlite:FOLDER)."),
                 QStringLiteral("url")});
    p.addOption({QStringLiteral("to"), QStringLiteral("migrate: the PostgreSQL database (postgresql://…)."),
                 QStringLiteral("url")});
}

int runMigrate(const QCommandLineParser &p)
{
    const DatabaseUrl from = DatabaseUrl::parse(p.value(QStringLiteral("from")), {});
    const DatabaseUrl to = DatabaseUrl::parse(p.value(QStringLiteral("to")), {});
    if (from.isPostgres() || from.location.isEmpty() || !to.isPostgres())
        return fail(QStringLiteral("usage: khuyenhoc-server migrate --from sqlite:FOLDER --to postgresql://…"), 2);
    const QString server = QDir(from.location).filePath(QStringLiteral("server.sqlite"));
    const QString accounts = QDir(from.location).filePath(QStringLiteral("accounts.sqlite"));
    if (!QFile::exists(server)) return fail(QStringLiteral("no server database in %1").arg(from.location));
    try {
        // Opening both stores first brings both schemas up to date.
        openStores(from, {});
        PgServerStore target(to.location.toStdString(), {});
        pg::Connection &c = target.connection();
        if (c.query("SELECT count(*) FROM records").i64(0, 0) > 0 || c.query("SELECT count(*) FROM users").i64(0, 0))
            return fail(QStringLiteral("%1 already holds records or accounts: migrate into an empty database")
                            .arg(to.display()));
        sql::Db src, acc;
        src.open(server, false, false);
        const qint64 records = copyRecords(src, target);
        const qint64 rows = copyServerTables(src, c);
        qint64 accountRows = 0;
        if (QFile::exists(accounts)) {
            acc.open(accounts, false, false);
            accountRows = copyAccounts(acc, c);
        }
        // The server's own device id and clock carry over (its stamps on the reference data stay its own).
        c.query("UPDATE meta SET value=$1 WHERE key='device'", Params().text(metaOf(src, "device").toStdString()));
        c.query("UPDATE meta SET value=$1 WHERE key='hlc'", Params().text(metaOf(src, "hlc").toStdString()));
        target.catchUpFacts();
        std::fprintf(stdout, "migrated %lld records, %lld other rows, %lld account rows to %s (store epoch %s)\n",
                     records, rows, accountRows, qPrintable(to.display()), target.storeEpoch().c_str());
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return 0;
}

} // namespace kh
