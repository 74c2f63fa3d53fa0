// One client connection: reads requests under the limits of HttpOptions, runs the routes on the worker
// threads, writes the answers. Plain HTTP or TLS.
#pragma once

#include "server/http/http_options.h"
#include "server/http/routes.h"

#include <QLoggingCategory>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace kh {

// What every connection shares; owned by HttpServer, which outlives its connections.
struct SessionContext {
    Routes &routes;
    boost::asio::thread_pool *workers = nullptr;
    boost::asio::ssl::context *tls = nullptr; // null: plain HTTP
    HttpOptions options;
    std::atomic<int> open{0}; // connections open now
};

// Serves `socket` until the client or a limit closes it. The socket's executor must be a strand.
void startSession(boost::asio::ip::tcp::socket socket, SessionContext &context);

} // namespace kh
