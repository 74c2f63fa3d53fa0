#include "server/http/routes.h"

#include "core/wire/zstd_codec.h"
#include "server/services/system_clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <chrono>

namespace kh {

namespace {

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct RouteSpec {
    const char *path;
    Route route;
    const char *method; // the one method it takes (GET routes take HEAD too)
};

constexpr RouteSpec kRoutes[] = {
    {"/v1/login", Route::Login, "POST"},
    {"/v1/sync", Route::Sync, "POST"},
    {"/v1/report", Route::Report, "GET"},
    {"/v1/health", Route::Health, "GET"},
};

ServiceReply methodNotAllowed(const char *allow)
{
    ServiceReply r = ServiceReply::error(405, QStringLiteral("method_not_allowed: use %1").arg(QLatin1String(allow)));
    r.headers.emplace_back("Allow", allow);
    return r;
}

ServiceReply storageFailure(const std::exception &e)
{
    return ServiceReply::error(503, QStringLiteral("the server could not read or store the data (%1); try again later")
                                        .arg(QString::fromUtf8(e.what())));
}

// Storage failures (a full disk, a locked database) anywhere below a route end in a 503 with nothing applied.
template <typename F>
ServiceReply guarded(F &&route)
{
    try {
        return route();
    } catch (const std::exception &e) {
        return storageFailure(e);
    }
}

// The store's epoch is told here too: behind a load balancer, every server of one deployment answers the same.
ServiceReply health(const std::string &epoch)
{
    const QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("protocol"), int(SyncService::kProtocol)},
                        {QStringLiteral("store_epoch"), QString::fromStdString(epoch)}};
    return {200, QJsonDocument(o).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), {}, {}};
}

} // namespace

namespace {

AuthOptions withServerDevice(AuthOptions auth, const ServerStore &store)
{
    auth.serverDevice = store.deviceId();
    auth.storeEpoch = store.storeEpoch();
    return auth;
}

} // namespace

Routes::Lane::Lane(const StoreLane &l, const AuthOptions &a)
    : sync(*l.store), auth(*l.accounts, withServerDevice(a, *l.store))
{
    l.store->setNameOf([accounts = l.accounts](const QString &user) {
        const auto account = accounts->user(user);
        return account ? account->displayName : QString();
    });
}

Routes::Routes(ServerStore &store, AccountStore &accounts, qsizetype maxBody, const AuthOptions &auth)
    : Routes(std::vector<StoreLane>{{&store, &accounts}}, maxBody, auth)
{}

Routes::Routes(const std::vector<StoreLane> &lanes, qsizetype maxBody, const AuthOptions &auth) : m_maxBody(maxBody)
{
    for (const StoreLane &l : lanes) m_lanes.push_back(std::make_unique<Lane>(l, auth));
    if (!lanes.empty()) m_epoch = lanes.front().store->storeEpoch();
}

std::unique_lock<std::mutex> Routes::acquire(Lane **lane)
{
    for (auto &l : m_lanes) {
        std::unique_lock<std::mutex> hold(l->mutex, std::try_to_lock);
        if (hold.owns_lock()) {
            *lane = l.get();
            return hold;
        }
    }
    *lane = m_lanes[m_next++ % m_lanes.size()].get();
    return std::unique_lock<std::mutex>((*lane)->mutex);
}

std::variant<Admission, ServiceReply> Routes::admit(const RequestHead &head)
{
    const RouteSpec *spec = nullptr;
    for (const auto &r : kRoutes)
        if (head.path == r.path) spec = &r;
    if (!spec)
        return ServiceReply::error(404, QStringLiteral("not_found: no route %1 (POST /v1/login, POST /v1/sync, "
                                                       "GET /v1/report, GET /v1/health)")
                                            .arg(QString::fromUtf8(head.path.left(200))));
    const bool isGet = qstrcmp(spec->method, "GET") == 0;
    if (head.method != spec->method && !(isGet && head.method == "HEAD")) return methodNotAllowed(spec->method);

    Admission a;
    a.route = spec->route;
    a.bodyLimit = isGet ? 0 : spec->route == Route::Login ? kMaxLoginBody : quint64(m_maxBody);
    if (head.contentLength && *head.contentLength > a.bodyLimit)
        return ServiceReply::error(
            413,
            QStringLiteral("too_large: request body over %1 bytes%2")
                .arg(a.bodyLimit)
                .arg(spec->route == Route::Sync ? QStringLiteral("; send fewer change-sets per request") : QString()));
    if (spec->route == Route::Sync || spec->route == Route::Report)
        if (auto refused = authenticate(head, &a)) return *refused;
    return a;
}

std::optional<ServiceReply> Routes::authenticate(const RequestHead &head, Admission *admission)
{
    std::optional<ServiceReply> refused;
    Lane *lane = nullptr;
    const auto hold = acquire(&lane);
    try {
        auto who = lane->auth.authenticate(head.authorization, SystemClock::systemNowMs());
        if (auto *p = std::get_if<access::Principal>(&who))
            admission->who = std::move(*p);
        else
            refused = std::get<ServiceReply>(std::move(who));
    } catch (const std::exception &e) {
        refused = storageFailure(e);
    }
    return refused;
}

ServiceReply Routes::answer(const Admission &a, const RequestHead &head, const QByteArray &body)
{
    if (a.route == Route::Health) return health(m_epoch);
    ServiceReply reply;
    Lane *lane = nullptr;
    const auto hold = acquire(&lane);
    {
        reply = guarded([&] {
            const qint64 now = SystemClock::systemNowMs();
            switch (a.route) {
            case Route::Login: return lane->auth.login(body, head.remoteAddress, now);
            case Route::Sync:
                return lane->sync.sync(
                    body, head.contentEncoding.trimmed().toLower(), head.acceptEncoding.contains("zstd"), now, *a.who,
                    parseDictionaryIds(head.zstdDictionaries), head.acceptEncoding.contains("kh-split"));
            case Route::Report: {
                // Decoded fully: a standard encoder writes "c:22945" as "c%3A22945".
                const QUrlQuery query(QString::fromUtf8(head.query));
                return lane->sync.report(query.queryItemValue(QStringLiteral("area"), QUrl::FullyDecoded),
                                         query.queryItemValue(QStringLiteral("year"), QUrl::FullyDecoded), *a.who, now);
            }
            case Route::Health: break;
            }
            return health(m_epoch);
        });
    }
    m_lastAnswerMs = steadyMs();
    return reply;
}

qint64 Routes::msSinceLastAnswer() const
{
    return steadyMs() - m_lastAnswerMs.load();
}

} // namespace kh
