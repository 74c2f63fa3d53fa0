#include "server/store/sqlite/sqlite_account_store.h"

#include "core/access/access.h"
#include "sql/sql.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace kh {

namespace {

const char *const kMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE users(id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
                          role INTEGER NOT NULL, areas TEXT NOT NULL, household TEXT NOT NULL,
                          password_hash BLOB NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
                          created_ms INTEGER NOT NULL);
       CREATE TABLE sessions(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                             device INTEGER NOT NULL, device_name TEXT NOT NULL, token_hash BLOB NOT NULL,
                             created_ms INTEGER NOT NULL, last_ms INTEGER NOT NULL, expires_ms INTEGER NOT NULL,
                             revoked_ms INTEGER NOT NULL DEFAULT 0, revoked_by TEXT NOT NULL DEFAULT '');
       CREATE INDEX sessions_user ON sessions(user_id);
       CREATE INDEX sessions_device ON sessions(device);)",
    // 1 -> 2: a device id belongs to the account that first logged in with it; another account cannot use it.
    // Devices already seen are bound to the account of their first session.
    R"(CREATE TABLE device_owners(device INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id),
                                  bound_ms INTEGER NOT NULL);
       INSERT OR IGNORE INTO device_owners(device, user_id, bound_ms)
           SELECT device, user_id, min(created_ms) FROM sessions GROUP BY device;)",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

constexpr const char *kAccountColumns =
    "SELECT id, username, display_name, role, areas, household, disabled, created_ms FROM users";
constexpr const char *kSessionColumns =
    "SELECT s.id, s.user_id, u.username, s.device, s.device_name, s.token_hash, s.created_ms, s.last_ms, s.expires_ms, "
    "s.revoked_ms, s.revoked_by FROM sessions s JOIN users u ON u.id=s.user_id";

Session readSession(sql::Stmt &s)
{
    Session x;
    x.id = quint64(s.int64(0));
    x.userId = s.int64(1);
    x.username = s.text(2);
    x.device = quint64(s.int64(3));
    x.deviceName = s.text(4);
    x.tokenHash = QByteArray::fromStdString(s.blob(5));
    x.createdMs = s.int64(6);
    x.lastMs = s.int64(7);
    x.expiresMs = s.int64(8);
    x.revokedMs = s.int64(9);
    x.revokedBy = s.text(10);
    return x;
}

} // namespace

SqliteAccountStore::SqliteAccountStore(const QString &path)
{
    m_db.open(path, true, true);
    const int v = m_db.userVersion();
    if (v > kSchemaVersion)
        throw sql::Error("accounts database schema " + std::to_string(v) + " is newer than this server",
                         SQLITE_MISMATCH);
    for (int i = v; i < kSchemaVersion; ++i) {
        sql::Transaction tx(m_db);
        m_db.exec(kMigrations[i]);
        m_db.setUserVersion(i + 1);
        tx.commit();
    }
}

Account SqliteAccountStore::readAccount(sql::Stmt &s)
{
    Account a;
    a.id = s.int64(0);
    a.username = s.text(1);
    a.displayName = s.text(2);
    a.role = pb::Role(s.int64(3));
    a.areas = s.text(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.household = s.text(5);
    a.disabled = s.int64(6) != 0;
    a.createdMs = s.int64(7);
    return a;
}

Account SqliteAccountStore::createUser(const QString &username, const QString &displayName, pb::Role role,
                                       const QStringList &areas, const QString &household,
                                       const QByteArray &passwordHash, qint64 nowMs)
{
    const QString name = access::normalizeUsername(username);
    if (name.isEmpty()) throw AccountError("user name: 3 to 64 letters, digits, '.', '-' or '_'");
    if (const QString e = access::checkGrants(role, areas, household); !e.isEmpty())
        throw AccountError(e.toStdString());
    sql::Transaction tx(m_db);
    if (user(name)) throw AccountError("user '" + name.toStdString() + "' already exists");
    sql::Stmt s(m_db, "INSERT INTO users(username, display_name, role, areas, household, password_hash, created_ms) "
                      "VALUES(?,?,?,?,?,?,?)");
    s.bind(1, name)
        .bind(2, displayName.normalized(QString::NormalizationForm_C).trimmed())
        .bind(3, int(role))
        .bind(4, areas.join(QLatin1Char(' ')))
        .bind(5, household)
        .bind(6, passwordHash.toStdString())
        .bind(7, nowMs)
        .run();
    tx.commit();
    return *user(name);
}

std::optional<Account> SqliteAccountStore::user(const QString &username)
{
    sql::Stmt s(m_db, std::string(kAccountColumns) + " WHERE username=?");
    s.bind(1, access::normalizeUsername(username));
    if (!s.step()) return std::nullopt;
    return readAccount(s);
}

std::optional<Account> SqliteAccountStore::userById(qint64 id)
{
    sql::Stmt s(m_db, std::string(kAccountColumns) + " WHERE id=?");
    s.bind(1, id);
    if (!s.step()) return std::nullopt;
    return readAccount(s);
}

std::vector<Account> SqliteAccountStore::users()
{
    sql::Stmt s(m_db, std::string(kAccountColumns) + " ORDER BY username");
    std::vector<Account> out;
    while (s.step()) out.push_back(readAccount(s));
    return out;
}

QByteArray SqliteAccountStore::passwordHash(qint64 userId)
{
    sql::Stmt s(m_db, "SELECT password_hash FROM users WHERE id=?");
    s.bind(1, userId);
    return s.step() ? QByteArray::fromStdString(s.blob(0)) : QByteArray();
}

void SqliteAccountStore::setPassword(const QString &username, const QByteArray &hash, qint64 nowMs)
{
    sql::Transaction tx(m_db);
    const auto u = user(username);
    if (!u) throw AccountError("no user '" + username.toStdString() + "'");
    sql::Stmt s(m_db, "UPDATE users SET password_hash=? WHERE id=?");
    s.bind(1, hash.toStdString()).bind(2, u->id).run();
    revokeWhere("user_id=?", u->id, QStringLiteral("password reset"), nowMs);
    tx.commit();
}

void SqliteAccountStore::setAreas(const QString &username, pb::Role role, const QStringList &areas,
                                  const QString &household)
{
    if (const QString e = access::checkGrants(role, areas, household); !e.isEmpty())
        throw AccountError(e.toStdString());
    sql::Transaction tx(m_db);
    const auto u = user(username);
    if (!u) throw AccountError("no user '" + username.toStdString() + "'");
    sql::Stmt s(m_db, "UPDATE users SET role=?, areas=?, household=? WHERE id=?");
    s.bind(1, int(role)).bind(2, areas.join(QLatin1Char(' '))).bind(3, household).bind(4, u->id).run();
    tx.commit();
}

void SqliteAccountStore::setDisabled(const QString &username, bool disabled, qint64 nowMs)
{
    sql::Transaction tx(m_db);
    const auto u = user(username);
    if (!u) throw AccountError("no user '" + username.toStdString() + "'");
    sql::Stmt s(m_db, "UPDATE users SET disabled=? WHERE id=?");
    s.bind(1, disabled ? 1 : 0).bind(2, u->id).run();
    if (disabled) revokeWhere("user_id=?", u->id, QStringLiteral("account disabled"), nowMs);
    tx.commit();
}

Session SqliteAccountStore::createSession(qint64 userId, quint64 device, const QString &deviceName,
                                          const QByteArray &tokenHash, qint64 nowMs, qint64 ttlMs)
{
    sql::Transaction tx(m_db);
    {
        sql::Stmt o(m_db, "SELECT user_id FROM device_owners WHERE device=?");
        o.bind(1, qint64(device));
        if (o.step() && o.int64(0) != userId) throw AccountError("device: this device id belongs to another account");
        sql::Stmt b(m_db, "INSERT OR IGNORE INTO device_owners(device, user_id, bound_ms) VALUES(?,?,?)");
        b.bind(1, qint64(device)).bind(2, userId).bind(3, nowMs).run();
    }
    {
        sql::Stmt r(
            m_db,
            "UPDATE sessions SET revoked_ms=?, revoked_by='replaced' WHERE user_id=? AND device=? AND revoked_ms=0");
        r.bind(1, nowMs).bind(2, userId).bind(3, qint64(device)).run();
    }
    // Session ids are random (not a counter), so a token does not tell how many devices the server has seen.
    quint64 id = 0;
    for (;;) {
        id = QRandomGenerator::system()->generate64() >> 1;
        if (id == 0) continue;
        sql::Stmt e(m_db, "SELECT 1 FROM sessions WHERE id=?");
        e.bind(1, qint64(id));
        if (!e.step()) break;
    }
    sql::Stmt s(m_db, "INSERT INTO sessions(id, user_id, device, device_name, token_hash, created_ms, last_ms, "
                      "expires_ms) VALUES(?,?,?,?,?,?,?,?)");
    s.bind(1, qint64(id))
        .bind(2, userId)
        .bind(3, qint64(device))
        .bind(4, deviceName.left(100))
        .bind(5, tokenHash.toStdString())
        .bind(6, nowMs)
        .bind(7, nowMs)
        .bind(8, nowMs + ttlMs)
        .run();
    tx.commit();
    return *session(id);
}

std::optional<Session> SqliteAccountStore::session(quint64 id)
{
    auto s = m_db.cached(
        "SELECT s.id, s.user_id, u.username, s.device, s.device_name, s.token_hash, s.created_ms, s.last_ms, "
        "s.expires_ms, s.revoked_ms, s.revoked_by FROM sessions s JOIN users u ON u.id=s.user_id WHERE s.id=?");
    s->bind(1, qint64(id));
    if (!s->step()) return std::nullopt;
    return readSession(*s);
}

void SqliteAccountStore::touch(quint64 session, qint64 nowMs)
{
    auto s = m_db.cached("UPDATE sessions SET last_ms=? WHERE id=? AND last_ms<?");
    s->bind(1, nowMs).bind(2, qint64(session)).bind(3, nowMs - 60'000).run(); // at most one write a minute
}

std::vector<Session> SqliteAccountStore::sessions(const QString &username)
{
    sql::Stmt s(m_db, std::string(kSessionColumns) + (username.isEmpty() ? "" : " WHERE u.username=?") +
                          " ORDER BY s.created_ms");
    if (!username.isEmpty()) s.bind(1, access::normalizeUsername(username));
    std::vector<Session> out;
    while (s.step()) out.push_back(readSession(s));
    return out;
}

int SqliteAccountStore::revokeWhere(const char *where, qint64 key, const QString &by, qint64 nowMs)
{
    sql::Stmt s(m_db, std::string("UPDATE sessions SET revoked_ms=?, revoked_by=? WHERE revoked_ms=0 AND ") + where);
    s.bind(1, nowMs).bind(2, by).bind(3, key).run();
    return m_db.changes();
}

bool SqliteAccountStore::revoke(quint64 session, const QString &by, qint64 nowMs)
{
    return revokeWhere("id=?", qint64(session), by, nowMs) > 0;
}

int SqliteAccountStore::revokeDevice(quint64 device, const QString &by, qint64 nowMs)
{
    return revokeWhere("device=?", qint64(device), by, nowMs);
}

} // namespace kh
