// The accounts, sessions and device owners in the PostgreSQL database the records live in, so that any server
// can log a device in and check its token. A connection of its own (the record store's may be in a push).
#pragma once

#include "server/store/account_store.h"
#include "server/store/pg/pg_connection.h"

namespace kh {

class PgAccountStore final : public AccountStore {
public:
    // The schema is the record store's (pg_schema.h): open a PgServerStore on the database first.
    explicit PgAccountStore(const std::string &url);

    Account createUser(const QString &username, const QString &displayName, pb::Role role, const QStringList &areas,
                       const QString &household, const QByteArray &passwordHash, qint64 nowMs) override;
    std::optional<Account> user(const QString &username) override;
    std::optional<Account> userById(qint64 id) override;
    std::vector<Account> users() override;
    QByteArray passwordHash(qint64 userId) override;
    void setPassword(const QString &username, const QByteArray &passwordHash, qint64 nowMs) override;
    void setAreas(const QString &username, pb::Role role, const QStringList &areas, const QString &household) override;
    void setDisabled(const QString &username, bool disabled, qint64 nowMs) override;
    Session createSession(qint64 userId, quint64 device, const QString &deviceName, const QByteArray &tokenHash,
                          qint64 nowMs, qint64 ttlMs) override;
    std::optional<Session> session(quint64 id) override;
    void touch(quint64 session, qint64 nowMs) override;
    std::vector<Session> sessions(const QString &username = {}) override;
    bool revoke(quint64 session, const QString &by, qint64 nowMs) override;
    int revokeDevice(quint64 device, const QString &by, qint64 nowMs) override;

    // Failed logins, shared by every server (table login_failures): those of `key` since `sinceMs`.
    int failuresSince(const QString &key, qint64 sinceMs) override;
    qint64 oldestFailureSince(const QString &key, qint64 sinceMs) override;
    void addFailure(const QString &key, qint64 nowMs, qint64 keepAfterMs) override;
    void clearFailures(const QString &key) override;
    bool sharesLoginFailures() const override { return true; }

private:
    std::vector<Account> accounts(const char *where, const pg::Params &p);
    std::vector<Session> sessionsWhere(const char *where, const pg::Params &p);
    int revokeWhere(const char *where, qint64 key, const QString &by, qint64 nowMs);
    pg::Connection m_c;
};

} // namespace kh
