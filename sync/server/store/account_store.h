// The server's accounts and device sessions, behind an interface so another database can keep them (the SQLite
// one lives in accounts.sqlite beside the records, so a backup of the records never holds a password hash).
// Passwords are argon2id strings and device tokens are kept only as BLAKE2b hashes (core/security/secrets.h):
// nothing here can give a secret back.
#pragma once

#include "server/store/account.h"
#include "server/store/account_error.h"
#include "server/store/session.h"

#include <optional>
#include <vector>

namespace kh {

class AccountStore {
public:
    virtual ~AccountStore() = default;

    virtual Account createUser(const QString &username, const QString &displayName, pb::Role role,
                               const QStringList &areas, const QString &household, const QByteArray &passwordHash,
                               qint64 nowMs) = 0;
    virtual std::optional<Account> user(const QString &username) = 0;
    virtual std::optional<Account> userById(qint64 id) = 0;
    virtual std::vector<Account> users() = 0;
    virtual QByteArray passwordHash(qint64 userId) = 0;
    // Resetting a password also revokes every device of the account.
    virtual void setPassword(const QString &username, const QByteArray &passwordHash, qint64 nowMs) = 0;
    virtual void setAreas(const QString &username, pb::Role role, const QStringList &areas,
                          const QString &household) = 0;
    // Disabling also revokes every device of the account.
    virtual void setDisabled(const QString &username, bool disabled, qint64 nowMs) = 0;

    // A new session for (user, device); an earlier one of the same pair is revoked ("replaced"). A device id
    // belongs to the account that first logged in with it: throws AccountError for another account's.
    virtual Session createSession(qint64 userId, quint64 device, const QString &deviceName, const QByteArray &tokenHash,
                                  qint64 nowMs, qint64 ttlMs) = 0;
    virtual std::optional<Session> session(quint64 id) = 0;
    virtual void touch(quint64 session, qint64 nowMs) = 0;
    virtual std::vector<Session> sessions(const QString &username = {}) = 0;
    // Revokes one session; false if there is none of that id or it was already revoked.
    virtual bool revoke(quint64 session, const QString &by, qint64 nowMs) = 0;
    // Revokes every session on a device (a lost phone shared by several officers). Returns how many.
    virtual int revokeDevice(quint64 device, const QString &by, qint64 nowMs) = 0;

    // Failed logins kept in the database, for stores that many servers share (PostgreSQL): a guesser spreading
    // attempts over the servers meets one count. Stores that do not (SQLite: one server) count in memory in
    // AuthService instead, and these are not called.
    virtual bool sharesLoginFailures() const { return false; }
    // The failures of `key` (an account, an address) at or after `sinceMs`, and the oldest of them (0: none).
    virtual int failuresSince(const QString &, qint64) { return 0; }
    virtual qint64 oldestFailureSince(const QString &, qint64) { return 0; }
    // Counts one failure now, forgetting the key's failures before `keepAfterMs`.
    virtual void addFailure(const QString &, qint64, qint64) {}
    virtual void clearFailures(const QString &) {}
};

} // namespace kh
