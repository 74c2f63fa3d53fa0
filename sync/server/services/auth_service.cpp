#include "server/services/auth_service.h"

#include "core/access/access.h"
#include "core/security/secrets.h"
#include "server/services/sync_service.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAuth, "kh.server.auth", QtInfoMsg)

namespace kh {

AuthService::AuthService(AccountStore &accounts, const AuthOptions &options)
    : m_accounts(accounts), m_options(options),
      m_perUser(options.maxFailuresPerUser, options.failureWindowMs, options.maxTrackedKeys),
      m_perAddress(options.maxFailuresPerAddress, options.failureWindowMs, options.maxTrackedKeys)
{
    if (!secrets::init()) throw std::runtime_error("libsodium failed to initialise");
}

ServiceReply AuthService::refuse(const char *kind, const QString &message)
{
    ServiceReply r = ServiceReply::error(401, QLatin1String(kind) + QStringLiteral(": ") + message);
    r.headers.emplace_back("WWW-Authenticate",
                           QByteArrayLiteral("Bearer realm=\"khuyenhoc\", error=\"invalid_token\""));
    return r;
}

// `shared`: the key in the database's count, where an address is kept apart from an account by its "@".
qint64 AuthService::waitMs(RateLimiter &limiter, int limit, const QString &key, const QString &shared, qint64 nowMs)
{
    if (!m_accounts.sharesLoginFailures()) return limiter.waitMs(key, nowMs);
    const qint64 since = nowMs - m_options.failureWindowMs + 1;
    if (m_accounts.failuresSince(shared, since) < limit) return 0;
    return std::max<qint64>(1, m_accounts.oldestFailureSince(shared, since) + m_options.failureWindowMs - nowMs);
}

void AuthService::failed(RateLimiter &limiter, const QString &key, const QString &shared, qint64 nowMs)
{
    if (m_accounts.sharesLoginFailures())
        m_accounts.addFailure(shared, nowMs, nowMs - m_options.failureWindowMs);
    else
        limiter.fail(key, nowMs);
}

ServiceReply AuthService::login(const QByteArray &body, const QString &address, qint64 nowMs)
{
    pb::LoginRequest req;
    if (body.isEmpty() || body.size() > 4096 || !req.ParseFromArray(body.constData(), int(body.size())))
        return ServiceReply::error(400, QStringLiteral("malformed: body is not a LoginRequest protobuf message"));
    if (req.protocol() != SyncService::kProtocol)
        return ServiceReply::error(400, QStringLiteral("unsupported protocol version %1").arg(req.protocol()));
    if (req.device() == 0) return ServiceReply::error(400, QStringLiteral("device: missing device id"));
    const QString username = access::normalizeUsername(QString::fromStdString(req.username()));
    if (username.isEmpty() || req.password().empty() || req.password().size() > 1024)
        return ServiceReply::error(400, QStringLiteral("bad_request: user name and password are required"));

    const QString sharedAddress = QStringLiteral("@") + address;
    const qint64 wait = std::max(waitMs(m_perUser, m_options.maxFailuresPerUser, username, username, nowMs),
                                 waitMs(m_perAddress, m_options.maxFailuresPerAddress, address, sharedAddress, nowMs));
    if (wait > 0) {
        qCInfo(lcAuth) << "login rate-limited for" << username << "from" << address;
        ServiceReply r = ServiceReply::error(
            429, QStringLiteral("too_many_attempts: too many failed logins; try again in %1 minutes")
                     .arg((wait + 59999) / 60000));
        r.headers.emplace_back("Retry-After", QByteArray::number((wait + 999) / 1000));
        return r;
    }
    const QString password = QString::fromUtf8(QByteArray::fromStdString(req.password()));
    const auto account = m_accounts.user(username);
    const bool ok = account ? secrets::verifyPassword(m_accounts.passwordHash(account->id), password)
                            : (secrets::burnVerification(), false); // the same time whether the name exists or not
    // A disabled account gets the answer of a wrong password, right password or not, and counts as a failure
    // either way: a different answer (or a count that moved differently) would tell a guesser that the
    // password was right.
    if (!ok || account->disabled) {
        failed(m_perUser, username, username, nowMs);
        failed(m_perAddress, address, sharedAddress, nowMs);
        qCInfo(lcAuth) << "failed login for" << username << "from" << address
                       << (ok ? "(account disabled)" : "(wrong name or password)");
        return refuse(
            "bad_credentials",
            QStringLiteral("wrong user name or password, or the account is disabled (ask the commune staff)"));
    }
    m_perUser.clear(username);
    if (m_accounts.sharesLoginFailures()) m_accounts.clearFailures(username);

    const QByteArray secret = secrets::randomBytes(32);
    Session s;
    try {
        if (req.device() == m_options.serverDevice) throw AccountError("the server's own device id");
        s = m_accounts.createSession(account->id, req.device(), QString::fromStdString(req.device_name()).left(100),
                                     secrets::tokenHash(secret), nowMs, m_options.sessionTtlMs);
    } catch (const AccountError &e) {
        qCInfo(lcAuth) << "login" << username << "refused for device" << Qt::hex << req.device() << e.what();
        return ServiceReply::error(403, QStringLiteral("forbidden: this device id belongs to another account; a new "
                                                       "database gets an id of its own"));
    }
    qCInfo(lcAuth) << "login" << username << "device" << Qt::hex << req.device() << "session" << s.id;
    pb::LoginResponse resp;
    resp.set_token(secrets::formatToken({s.id, secret}).toStdString());
    resp.set_store_epoch(m_options.storeEpoch);
    auto *a = resp.mutable_account();
    a->set_username(account->username.toStdString());
    a->set_display_name(account->displayName.toStdString());
    a->set_role(account->role);
    for (const QString &area : account->areas) a->add_areas(area.toStdString());
    a->set_household_id(account->household.toStdString());
    resp.set_expires_ms(quint64(s.expiresMs));
    resp.set_server_time_ms(quint64(nowMs));
    ServiceReply r;
    r.body = QByteArray::fromStdString(resp.SerializeAsString());
    return r;
}

std::variant<access::Principal, ServiceReply> AuthService::authenticate(const QByteArray &authorization, qint64 nowMs)
{
    if (authorization.isEmpty())
        return refuse("unauthorized", QStringLiteral("no token; log in first (POST /v1/login)"));
    // The scheme is case-insensitive (RFC 7235, 2.1): "bearer" and "BEARER" are "Bearer".
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return refuse("unauthorized", QStringLiteral("use 'Authorization: Bearer <token>'"));
    const auto token = secrets::parseToken(QString::fromLatin1(authorization.mid(space + 1).trimmed()));
    if (!token) return refuse("unauthorized", QStringLiteral("malformed token"));
    const auto s = m_accounts.session(token->session);
    // Compared in constant time; an unknown session is compared against a dummy so both take as long.
    static const QByteArray dummy(32, '\0');
    const bool match = secrets::equal(s ? s->tokenHash : dummy, secrets::tokenHash(token->secret)) && s;
    if (!match) return refuse("unauthorized", QStringLiteral("unknown token; log in again"));
    if (s->revokedMs)
        return refuse("revoked",
                      QStringLiteral("this device's access was revoked (%1); its data for this user must be removed")
                          .arg(s->revokedBy));
    if (nowMs >= s->expiresMs)
        return refuse("expired", QStringLiteral("the session expired; log in again (unsent changes are kept)"));
    const auto account = m_accounts.userById(s->userId);
    if (!account || account->disabled) return refuse("revoked", QStringLiteral("the account is disabled"));
    m_accounts.touch(s->id, nowMs);
    access::Principal p;
    p.user = account->username;
    p.name = account->displayName;
    p.role = account->role;
    p.areas = account->areas;
    p.household = account->household.toStdString();
    p.session = s->id;
    p.device = s->device;
    return p;
}

} // namespace kh
