// The server's routes, independent of the HTTP library: what a request's head decides before its body is read
// (the route, the method, the body's size, the token), then the answer from the services. Thin on purpose:
// the services decode, authorise and decide; this maps requests onto them and storage failures onto 503.
#pragma once

#include "core/access/principal.h"
#include "server/services/auth_options.h"
#include "server/services/auth_service.h"
#include "server/services/service_reply.h"
#include "server/services/sync_service.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <variant>
#include <vector>

namespace kh {

// What the routes need of a request's head.
struct RequestHead {
    QByteArray method; // "GET", "HEAD", "POST", ...
    QByteArray path;   // "/v1/report", without the query
    QByteArray query;  // "area=c%3A22945&year=2026", still percent-encoded
    QByteArray authorization;
    QByteArray contentEncoding;
    QByteArray acceptEncoding;
    QByteArray zstdDictionaries;          // Kh-Zstd-Dictionaries: the ids of the zstd dictionaries the device holds
    std::optional<quint64> contentLength; // none for a chunked body
    QString remoteAddress;
};

enum class Route { Login, Sync, Report, Health };

// One set of stores the routes may use: SQLite gives one (its connections are not thread-safe); PostgreSQL one
// per worker thread, each with connections of its own, so requests run side by side on every core.
struct StoreLane {
    ServerStore *store = nullptr;
    AccountStore *accounts = nullptr;
};

// A request its head has let in: the body may be read, up to `bodyLimit` bytes.
struct Admission {
    Route route = Route::Health;
    quint64 bodyLimit = 0;
    std::optional<access::Principal> who; // routes that need a token
};

class Routes {
public:
    static constexpr quint64 kMaxLoginBody = 4096; // a LoginRequest is a few hundred bytes

    Routes(ServerStore &store, AccountStore &accounts, qsizetype maxBody, const AuthOptions &auth);
    Routes(const std::vector<StoreLane> &lanes, qsizetype maxBody, const AuthOptions &auth);

    // Before the body: 404 for an unknown route, 405 (with Allow) for a wrong method, 413 for a declared size
    // over the route's limit, 401 for a missing or bad token. Nothing of the body has been read then, so a
    // request refused here costs no memory whatever it announces.
    std::variant<Admission, ServiceReply> admit(const RequestHead &head);
    // The answer to an admitted request with its body. HEAD is answered as GET (the server sends no body).
    ServiceReply answer(const Admission &admission, const RequestHead &head, const QByteArray &body);

    // Runs `f` holding the first lane's lock. A lane's stores (SQLite or PostgreSQL connections, the login
    // counters) are not thread-safe: every route that touches them holds its lane, and so must anything else
    // that uses the first lane's stores (the report's facts catch-up in main.cpp).
    template <typename F>
    void withStores(F &&f)
    {
        std::lock_guard<std::mutex> hold(m_lanes.front()->mutex);
        f();
    }

    // Milliseconds since the last request that used a lane was answered (steady clock): the facts catch-up
    // waits for a quiet moment, so it does not hold the lane in the middle of a phone's sync.
    qint64 msSinceLastAnswer() const;

private:
    struct Lane {
        Lane(const StoreLane &l, const AuthOptions &auth);
        std::mutex mutex;
        SyncService sync;
        AuthService auth;
    };
    // A lane for one request: a free one if there is one, otherwise the next in turn (waiting for it).
    std::unique_lock<std::mutex> acquire(Lane **lane);
    std::optional<ServiceReply> authenticate(const RequestHead &head, Admission *admission);

    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::atomic<unsigned> m_next{0};
    std::atomic<qint64> m_lastAnswerMs{0}; // steady-clock ms
    qsizetype m_maxBody;
    std::string m_epoch; // the store's, for the health answer (read without a lane)
};

} // namespace kh
