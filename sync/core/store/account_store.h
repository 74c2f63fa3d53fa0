// The server's accounts and device sessions, in their own SQLite file (accounts.sqlite beside
// server.sqlite), so the records database never holds a password hash. Passwords are argon2id strings and
// device tokens are kept only as BLAKE2b hashes (security/secrets.h); nothing here can give a secret back.
#pragma once

#include "sqlite.h"
#include "domain/access.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace kh {

// A request the account store refuses (unknown user, duplicate name, invalid grants): the message says why.
class AccountError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Account {
    qint64 id = 0;
    QString username;
    QString displayName;
    pb::Role role = pb::ROLE_UNSPECIFIED;
    QStringList areas;
    QString household;
    bool disabled = false;
    qint64 createdMs = 0;
};

struct Session {
    quint64 id = 0;
    qint64 userId = 0;
    QString username;
    quint64 device = 0;
    QString deviceName;
    QByteArray tokenHash;
    qint64 createdMs = 0, lastMs = 0, expiresMs = 0, revokedMs = 0;
    QString revokedBy;       // who revoked it, or "replaced" / "password reset"
    bool active(qint64 nowMs) const { return revokedMs == 0 && nowMs < expiresMs; }
};

class AccountStore {
public:
    explicit AccountStore(const QString &path);

    // Login names are NFC, lower case, 3..64 characters of letters, digits, '.', '-', '_'.
    static QString normalizeUsername(const QString &name);

    Account createUser(const QString &username, const QString &displayName, pb::Role role, const QStringList &areas,
                       const QString &household, const QByteArray &passwordHash, qint64 nowMs);
    std::optional<Account> user(const QString &username);
    std::optional<Account> userById(qint64 id);
    std::vector<Account> users();
    QByteArray passwordHash(qint64 userId);
    // Resetting a password also revokes every device of the account.
    void setPassword(const QString &username, const QByteArray &passwordHash, qint64 nowMs);
    void setAreas(const QString &username, pb::Role role, const QStringList &areas, const QString &household);
    // Disabling also revokes every device of the account.
    void setDisabled(const QString &username, bool disabled, qint64 nowMs);

    // A new session for (user, device); an earlier one of the same pair is revoked ("replaced").
    Session createSession(qint64 userId, quint64 device, const QString &deviceName, const QByteArray &tokenHash,
                          qint64 nowMs, qint64 ttlMs);
    std::optional<Session> session(quint64 id);
    void touch(quint64 session, qint64 nowMs);
    std::vector<Session> sessions(const QString &username = {});
    // Revokes one session; false if there is none of that id or it was already revoked.
    bool revoke(quint64 session, const QString &by, qint64 nowMs);
    // Revokes every session on a device (a lost phone shared by several officers). Returns how many.
    int revokeDevice(quint64 device, const QString &by, qint64 nowMs);

private:
    int revokeWhere(const char *sql, qint64 key, const QString &by, qint64 nowMs);
    Account readAccount(sql::Stmt &s);
    sql::Db m_db;
};

} // namespace kh
