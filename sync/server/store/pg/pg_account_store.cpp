#include "server/store/pg/pg_account_store.h"

#include "core/access/access.h"

#include <QRandomGenerator>

namespace kh {

using pg::Params;

namespace {

constexpr const char *kAccountColumns =
    "SELECT id, username, display_name, role, areas, household, disabled, created_ms FROM users ";
constexpr const char *kSessionColumns =
    "SELECT s.id, s.user_id, u.username, s.device, s.device_name, s.token_hash, s.created_ms, s.last_ms, s.expires_ms, "
    "s.revoked_ms, s.revoked_by FROM sessions s JOIN users u ON u.id=s.user_id ";

std::string str(const QString &s)
{
    return s.toStdString();
}

} // namespace

PgAccountStore::PgAccountStore(const std::string &url) : m_c(url) {}

std::vector<Account> PgAccountStore::accounts(const char *where, const Params &p)
{
    auto r = m_c.query(std::string(kAccountColumns) + where, p);
    std::vector<Account> out;
    for (int i = 0; i < r.rows(); ++i) {
        Account a;
        a.id = r.i64(i, 0);
        a.username = r.text(i, 1);
        a.displayName = r.text(i, 2);
        a.role = pb::Role(r.i64(i, 3));
        a.areas = r.text(i, 4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.household = r.text(i, 5);
        a.disabled = r.boolean(i, 6);
        a.createdMs = r.i64(i, 7);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<Session> PgAccountStore::sessionsWhere(const char *where, const Params &p)
{
    auto r = m_c.query(std::string(kSessionColumns) + where, p);
    std::vector<Session> out;
    for (int i = 0; i < r.rows(); ++i) {
        Session x;
        x.id = quint64(r.i64(i, 0));
        x.userId = r.i64(i, 1);
        x.username = r.text(i, 2);
        x.device = quint64(r.i64(i, 3));
        x.deviceName = r.text(i, 4);
        const auto h = r.bytes(i, 5);
        x.tokenHash = QByteArray(h.data(), qsizetype(h.size()));
        x.createdMs = r.i64(i, 6);
        x.lastMs = r.i64(i, 7);
        x.expiresMs = r.i64(i, 8);
        x.revokedMs = r.i64(i, 9);
        x.revokedBy = r.text(i, 10);
        out.push_back(std::move(x));
    }
    return out;
}

Account PgAccountStore::createUser(const QString &username, const QString &displayName, pb::Role role,
                                   const QStringList &areas, const QString &household, const QByteArray &passwordHash,
                                   qint64 nowMs)
{
    const QString name = access::normalizeUsername(username);
    if (name.isEmpty()) throw AccountError("user name: 3 to 64 letters, digits, '.', '-' or '_'");
    if (const QString e = access::checkGrants(role, areas, household); !e.isEmpty())
        throw AccountError(e.toStdString());
    auto r = m_c.query("INSERT INTO users(username, display_name, role, areas, household, password_hash, created_ms) "
                       "VALUES($1,$2,$3,$4,$5,$6,$7) ON CONFLICT(username) DO NOTHING",
                       Params()
                           .text(str(name))
                           .text(str(displayName.normalized(QString::NormalizationForm_C).trimmed()))
                           .i32(int(role))
                           .text(str(areas.join(QLatin1Char(' '))))
                           .text(str(household))
                           .bytes(passwordHash.toStdString())
                           .i64(nowMs));
    if (r.affected() == 0) throw AccountError("user '" + name.toStdString() + "' already exists");
    return *user(name);
}

std::optional<Account> PgAccountStore::user(const QString &username)
{
    auto a = accounts("WHERE username=$1", Params().text(str(access::normalizeUsername(username))));
    if (a.empty()) return std::nullopt;
    return a.front();
}

std::optional<Account> PgAccountStore::userById(qint64 id)
{
    auto a = accounts("WHERE id=$1", Params().i64(id));
    if (a.empty()) return std::nullopt;
    return a.front();
}

std::vector<Account> PgAccountStore::users()
{
    return accounts("ORDER BY username COLLATE \"C\"", Params());
}

QByteArray PgAccountStore::passwordHash(qint64 userId)
{
    auto r = m_c.query("SELECT password_hash FROM users WHERE id=$1", Params().i64(userId));
    if (!r.rows()) return {};
    const auto h = r.bytes(0, 0);
    return QByteArray(h.data(), qsizetype(h.size()));
}

void PgAccountStore::setPassword(const QString &username, const QByteArray &hash, qint64 nowMs)
{
    pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        const auto u = user(username);
        if (!u) throw AccountError("no user '" + username.toStdString() + "'");
        m_c.query("UPDATE users SET password_hash=$1 WHERE id=$2", Params().bytes(hash.toStdString()).i64(u->id));
        revokeWhere("user_id=$3", u->id, QStringLiteral("password reset"), nowMs);
        tx.commit();
    });
}

void PgAccountStore::setAreas(const QString &username, pb::Role role, const QStringList &areas,
                              const QString &household)
{
    if (const QString e = access::checkGrants(role, areas, household); !e.isEmpty())
        throw AccountError(e.toStdString());
    auto r = m_c.query("UPDATE users SET role=$1, areas=$2, household=$3 WHERE username=$4",
                       Params()
                           .i32(int(role))
                           .text(str(areas.join(QLatin1Char(' '))))
                           .text(str(household))
                           .text(str(access::normalizeUsername(username))));
    if (r.affected() == 0) throw AccountError("no user '" + username.toStdString() + "'");
}

void PgAccountStore::setDisabled(const QString &username, bool disabled, qint64 nowMs)
{
    pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        const auto u = user(username);
        if (!u) throw AccountError("no user '" + username.toStdString() + "'");
        m_c.query("UPDATE users SET disabled=$1 WHERE id=$2", Params().boolean(disabled).i64(u->id));
        if (disabled) revokeWhere("user_id=$3", u->id, QStringLiteral("account disabled"), nowMs);
        tx.commit();
    });
}

Session PgAccountStore::createSession(qint64 userId, quint64 device, const QString &deviceName,
                                      const QByteArray &tokenHash, qint64 nowMs, qint64 ttlMs)
{
    const quint64 id = pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        // The first account to log in with a device id owns it; two logins at once on two servers meet here.
        m_c.query("INSERT INTO device_owners(device, user_id, bound_ms) VALUES($1,$2,$3) ON CONFLICT DO NOTHING",
                  Params().i64(qint64(device)).i64(userId).i64(nowMs));
        auto o = m_c.query("SELECT user_id FROM device_owners WHERE device=$1", Params().i64(qint64(device)));
        if (o.i64(0, 0) != userId) throw AccountError("device: this device id belongs to another account");
        m_c.query("UPDATE sessions SET revoked_ms=$1, revoked_by='replaced' WHERE user_id=$2 AND device=$3 AND "
                  "revoked_ms=0",
                  Params().i64(nowMs).i64(userId).i64(qint64(device)));
        // Session ids are random (not a counter), so a token does not tell how many devices the server has seen.
        quint64 sid = 0;
        for (;;) {
            sid = QRandomGenerator::system()->generate64() >> 1;
            if (sid == 0) continue;
            auto r = m_c.query("INSERT INTO sessions(id, user_id, device, device_name, token_hash, created_ms, "
                               "last_ms, expires_ms) VALUES($1,$2,$3,$4,$5,$6,$6,$7) ON CONFLICT(id) DO NOTHING",
                               Params()
                                   .i64(qint64(sid))
                                   .i64(userId)
                                   .i64(qint64(device))
                                   .text(str(deviceName.left(100)))
                                   .bytes(tokenHash.toStdString())
                                   .i64(nowMs)
                                   .i64(nowMs + ttlMs));
            if (r.affected() == 1) break;
        }
        tx.commit();
        return sid;
    });
    return *session(id);
}

std::optional<Session> PgAccountStore::session(quint64 id)
{
    auto s = sessionsWhere("WHERE s.id=$1", Params().i64(qint64(id)));
    if (s.empty()) return std::nullopt;
    return s.front();
}

void PgAccountStore::touch(quint64 session, qint64 nowMs)
{
    m_c.query("UPDATE sessions SET last_ms=$1 WHERE id=$2 AND last_ms<$3", // at most one write a minute
              Params().i64(nowMs).i64(qint64(session)).i64(nowMs - 60'000));
}

std::vector<Session> PgAccountStore::sessions(const QString &username)
{
    return sessionsWhere("WHERE ($1='' OR u.username=$1) ORDER BY s.created_ms",
                         Params().text(username.isEmpty() ? std::string() : str(access::normalizeUsername(username))));
}

int PgAccountStore::revokeWhere(const char *where, qint64 key, const QString &by, qint64 nowMs)
{
    auto r = m_c.query(std::string("UPDATE sessions SET revoked_ms=$1, revoked_by=$2 WHERE revoked_ms=0 AND ") + where,
                       Params().i64(nowMs).text(str(by)).i64(key));
    return r.affected();
}

bool PgAccountStore::revoke(quint64 session, const QString &by, qint64 nowMs)
{
    return revokeWhere("id=$3", qint64(session), by, nowMs) > 0;
}

int PgAccountStore::revokeDevice(quint64 device, const QString &by, qint64 nowMs)
{
    return revokeWhere("device=$3", qint64(device), by, nowMs);
}

int PgAccountStore::failuresSince(const QString &key, qint64 sinceMs)
{
    auto r = m_c.query("SELECT count(*) FROM login_failures WHERE key=$1 AND at_ms>=$2",
                       Params().text(str(key)).i64(sinceMs));
    return int(r.i64(0, 0));
}

qint64 PgAccountStore::oldestFailureSince(const QString &key, qint64 sinceMs)
{
    auto r = m_c.query("SELECT min(at_ms) FROM login_failures WHERE key=$1 AND at_ms>=$2",
                       Params().text(str(key)).i64(sinceMs));
    return r.i64(0, 0);
}

void PgAccountStore::addFailure(const QString &key, qint64 nowMs, qint64 keepAfterMs)
{
    m_c.query("DELETE FROM login_failures WHERE key=$1 AND at_ms<$2", Params().text(str(key)).i64(keepAfterMs));
    m_c.query("INSERT INTO login_failures(key, at_ms) VALUES($1,$2)", Params().text(str(key)).i64(nowMs));
}

void PgAccountStore::clearFailures(const QString &key)
{
    m_c.query("DELETE FROM login_failures WHERE key=$1", Params().text(str(key)));
}

} // namespace kh
