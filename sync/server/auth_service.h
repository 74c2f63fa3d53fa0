// Logging in and authenticating requests, independent of HTTP like SyncService. POST /v1/login trades a
// user name and password for a device token; every other request presents the token and becomes a
// Principal, which the service and the store check with the access policy (domain/access.h).
#pragma once

#include "domain/access.h"
#include "store/account_store.h"
#include "sync_service.h"

#include <QHash>
#include <deque>
#include <variant>

namespace kh {

struct AuthOptions {
    qint64 sessionTtlMs = 30LL * 24 * 3600 * 1000; // a device token lasts 30 days; the officer then logs in again
    int maxFailuresPerUser = 5;                    // failed logins per account within the window...
    int maxFailuresPerAddress = 20;                // ... and per client address
    qint64 failureWindowMs = 15 * 60 * 1000;
};

// Failed attempts per key within a sliding window. In memory: a restart forgets them, which costs an
// attacker a restart of our server, not a way round the limit.
class RateLimiter {
public:
    RateLimiter(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}
    // Milliseconds until the key may try again; 0 when it may now.
    qint64 waitMs(const QString &key, qint64 nowMs);
    void fail(const QString &key, qint64 nowMs);
    void clear(const QString &key) { m_failures.remove(key); }

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_failures;
};

class AuthService {
public:
    AuthService(AccountStore &accounts, const AuthOptions &options);

    // POST /v1/login: a LoginRequest in, a LoginResponse out; 401 for a wrong name or password (the same
    // answer for both), 403 for a disabled account, 429 with Retry-After when attempts are rate-limited.
    ServiceReply login(const QByteArray &body, const QString &address, qint64 nowMs);

    // The principal behind an "Authorization: Bearer <token>" header, or the 401 that refuses it. The body
    // starts with why: "unauthorized:", "expired:" (log in again, keep the data) or "revoked:" (the device
    // must forget this user's data).
    std::variant<access::Principal, ServiceReply> authenticate(const QByteArray &authorization, qint64 nowMs);

    static ServiceReply refuse(const char *kind, const QString &message);

private:
    AccountStore &m_accounts;
    AuthOptions m_options;
    RateLimiter m_perUser;
    RateLimiter m_perAddress;
};

} // namespace kh
