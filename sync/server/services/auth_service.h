// Logging in and authenticating requests, independent of HTTP like SyncService. POST /v1/login trades a
// user name and password for a device token; every other request presents the token and becomes a
// Principal, which the service and the store check with the access policy (core/access/access.h).
#pragma once

#include "core/access/principal.h"
#include "server/services/auth_options.h"
#include "server/services/rate_limiter.h"
#include "server/services/service_reply.h"
#include "server/store/account_store.h"

#include <variant>

namespace kh {

class AuthService {
public:
    AuthService(AccountStore &accounts, const AuthOptions &options);

    // POST /v1/login: a LoginRequest in, a LoginResponse out; 401 for a wrong name or password or a disabled
    // account (the same answer for all three), 429 with Retry-After when attempts are rate-limited.
    ServiceReply login(const QByteArray &body, const QString &address, qint64 nowMs);

    // The principal behind an "Authorization: Bearer <token>" header, or the 401 that refuses it. The body
    // starts with why: "unauthorized:", "expired:" (log in again, keep the data) or "revoked:" (the device
    // must forget this user's data).
    std::variant<access::Principal, ServiceReply> authenticate(const QByteArray &authorization, qint64 nowMs);

    static ServiceReply refuse(const char *kind, const QString &message);

private:
    // Milliseconds until `key` may try again (0: now), from the limiter or the shared count in the database.
    qint64 waitMs(RateLimiter &limiter, int limit, const QString &key, const QString &shared, qint64 nowMs);
    void failed(RateLimiter &limiter, const QString &key, const QString &shared, qint64 nowMs);

    AccountStore &m_accounts;
    AuthOptions m_options;
    RateLimiter m_perUser;
    RateLimiter m_perAddress;
};

} // namespace kh
