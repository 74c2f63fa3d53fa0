// The server's HTTP/1.1 transport (Boost.Beast over Asio): listens, enforces the limits of HttpOptions on every
// connection before any work is done for it, and hands requests to Routes. Why Beast and not QHttpServer:
// Qt 6.4's QHttpServer reads a whole body before any handler sees it, with no size limit, no timeouts and
// no cap on connections; Beast parses the head first and enforces all three (docs/security.md, Resources).
//
// Threads: one thread runs the connections (reading, writing, timeouts); `workers` threads run the routes,
// which take turns at the stores (Routes::withStores). The caller's thread (Qt's event loop in main.cpp)
// only starts and stops it.
#pragma once

#include "server/http/http_options.h"
#include "server/http/routes.h"
#include "server/services/auth_options.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace kh {

class AccountStore;
class ServerStore;

class HttpServer {
public:
    HttpServer(ServerStore &store, AccountStore &accounts, const HttpOptions &options, const AuthOptions &auth = {});
    // Several lanes of stores (PostgreSQL: one per worker), used side by side (Routes).
    HttpServer(const std::vector<StoreLane> &lanes, const HttpOptions &options, const AuthOptions &auth = {});
    // Stops listening, lets the routes running now finish, closes every connection.
    ~HttpServer();
    // Returns the port listened on, or 0 when it cannot listen (`error` says why).
    quint16 listen(QString *error = nullptr);
    // Runs `f` holding the stores' lock: whatever else uses the stores while the server runs must.
    void withStores(const std::function<void()> &f);
    // Milliseconds since the last request that used the stores was answered.
    qint64 msSinceLastAnswer() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace kh
