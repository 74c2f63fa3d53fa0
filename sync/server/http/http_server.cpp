#include "server/http/http_server.h"

#include "server/http/http_session.h"
#include "server/http/routes.h"
#include "server/http/tls_context.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/write.hpp>
#include <string>
#include <thread>

namespace kh {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// The answer to a connection over the cap, written without reading anything from it.
const std::string &busyAnswer()
{
    static const std::string body = "busy: too many open connections; try again in a moment\n";
    static const std::string answer = "HTTP/1.1 503 Service Unavailable\r\n"
                                      "Content-Type: text/plain; charset=utf-8\r\n"
                                      "Content-Length: " +
                                      std::to_string(body.size()) +
                                      "\r\n"
                                      "Retry-After: 10\r\n"
                                      "Connection: close\r\n"
                                      "\r\n" +
                                      body;
    return answer;
}

} // namespace

// Declared so that each part outlives what uses it: sessions (in `io`'s and `workers`' queues) hold sockets
// of `io` and count themselves in `context`; they are destroyed with `workers` and `io`, before both.
struct HttpServer::Impl {
    Impl(const std::vector<StoreLane> &lanes, const HttpOptions &options, const AuthOptions &auth)
        : routes(lanes, options.maxBody, auth), context{routes, nullptr, nullptr, options},
          workers(std::size_t(std::max(1, options.workers)))
    {
        context.workers = &workers;
    }

    void accept();
    void refuseOverCap(tcp::socket socket);

    Routes routes;
    std::unique_ptr<net::ssl::context> tls;
    SessionContext context;
    net::io_context io{1};
    net::thread_pool workers;
    tcp::acceptor acceptor{io};
    net::steady_timer retry{io};
    std::thread thread;
    bool atCap = false; // only touched by the accepting handler
};

void HttpServer::Impl::accept()
{
    acceptor.async_accept(net::make_strand(io), [this](boost::system::error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted) return; // shutting down
        if (ec) {
            // Out of file descriptors, most likely: try again shortly instead of spinning.
            qCWarning(lcHttp) << "accepting a connection failed:" << ec.message().c_str();
            retry.expires_after(std::chrono::milliseconds(100));
            retry.async_wait([this](boost::system::error_code) { accept(); });
            return;
        }
        if (context.open.load() >= context.options.maxConnections) {
            if (!atCap) qCWarning(lcHttp) << "connection cap reached:" << context.options.maxConnections << "open";
            atCap = true;
            refuseOverCap(std::move(socket));
        } else {
            atCap = false;
            startSession(std::move(socket), context);
        }
        accept();
    });
}

void HttpServer::Impl::refuseOverCap(tcp::socket socket)
{
    auto s = std::make_shared<tcp::socket>(std::move(socket));
    auto close = [s](boost::system::error_code = {}, std::size_t = 0) {
        boost::system::error_code ignored;
        s->shutdown(tcp::socket::shutdown_both, ignored);
        s->close(ignored);
    };
    if (tls) return close(); // a TLS client cannot read plain text; it sees the connection closed
    net::async_write(*s, net::buffer(busyAnswer()), close);
}

HttpServer::HttpServer(ServerStore &store, AccountStore &accounts, const HttpOptions &options, const AuthOptions &auth)
    : HttpServer(std::vector<StoreLane>{{&store, &accounts}}, options, auth)
{}

HttpServer::HttpServer(const std::vector<StoreLane> &lanes, const HttpOptions &options, const AuthOptions &auth)
    : m(std::make_unique<Impl>(lanes, options, auth))
{}

HttpServer::~HttpServer()
{
    m->io.stop();
    if (m->thread.joinable()) m->thread.join();
    m->workers.stop(); // routes running now finish (a push commits); queued ones are dropped, and resent
    m->workers.join();
}

quint16 HttpServer::listen(QString *error)
{
    const HttpOptions &o = m->context.options;
    if (!o.tlsCertificate.isEmpty() || !o.tlsKey.isEmpty()) {
        m->tls = makeTlsContext(o.tlsCertificate, o.tlsKey, error);
        if (!m->tls) return 0;
        m->context.tls = m->tls.get();
    }
    boost::system::error_code ec;
    const tcp::endpoint at(net::ip::make_address(o.host.toString().toStdString(), ec), o.port);
    if (!ec) m->acceptor.open(at.protocol(), ec);
    if (!ec) m->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
    if (!ec) m->acceptor.bind(at, ec);
    if (!ec) m->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        if (error)
            *error =
                QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)").arg(o.host.toString()).arg(o.port);
        return 0;
    }
    m->accept();
    m->thread = std::thread([this] {
        for (;;) {
            try {
                m->io.run();
                return;
            } catch (const std::exception &e) { // a handler threw (out of memory): log it and go on serving
                qCCritical(lcHttp) << "connection handler failed:" << e.what();
            }
        }
    });
    return m->acceptor.local_endpoint().port();
}

void HttpServer::withStores(const std::function<void()> &f)
{
    m->routes.withStores(f);
}

qint64 HttpServer::msSinceLastAnswer() const
{
    return m->routes.msSinceLastAnswer();
}

} // namespace kh
