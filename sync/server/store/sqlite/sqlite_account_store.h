// The accounts in their own SQLite file (accounts.sqlite beside server.sqlite).
#pragma once

#include "server/store/account_store.h"
#include "sql/db.h"

namespace kh {

namespace sql {
class Stmt;
}

class SqliteAccountStore final : public AccountStore {
public:
    explicit SqliteAccountStore(const QString &path);

    Account createUser(const QString &username, const QString &displayName, pb::Role role, const QStringList &areas,
                       const QString &household, const QByteArray &passwordHash, qint64 nowMs) override;
    std::optional<Account> user(const QString &username) override;
    std::optional<Account> userById(qint64 id) override;
    std::vector<Account> users() override;
    QByteArray passwordHash(qint64 userId) override;
    // Resetting a password also revokes every device of the account.
    void setPassword(const QString &username, const QByteArray &passwordHash, qint64 nowMs) override;
    void setAreas(const QString &username, pb::Role role, const QStringList &areas, const QString &household) override;
    // Disabling also revokes every device of the account.
    void setDisabled(const QString &username, bool disabled, qint64 nowMs) override;

    // A new session for (user, device); an earlier one of the same pair is revoked ("replaced").
    Session createSession(qint64 userId, quint64 device, const QString &deviceName, const QByteArray &tokenHash,
                          qint64 nowMs, qint64 ttlMs) override;
    std::optional<Session> session(quint64 id) override;
    void touch(quint64 session, qint64 nowMs) override;
    std::vector<Session> sessions(const QString &username = {}) override;
    // Revokes one session; false if there is none of that id or it was already revoked.
    bool revoke(quint64 session, const QString &by, qint64 nowMs) override;
    // Revokes every session on a device (a lost phone shared by several officers). Returns how many.
    int revokeDevice(quint64 device, const QString &by, qint64 nowMs) override;

private:
    int revokeWhere(const char *sql, qint64 key, const QString &by, qint64 nowMs);
    Account readAccount(sql::Stmt &s);
    sql::Db m_db;
};

} // namespace kh
