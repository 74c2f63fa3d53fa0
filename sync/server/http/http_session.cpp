#include "server/http/http_session.h"

#include "core/wire/zstd_codec.h"

#include <QLoggingCategory>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <optional>
#include <type_traits>

Q_LOGGING_CATEGORY(lcHttp, "kh.server.http", QtInfoMsg)

namespace kh {

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using std::chrono::milliseconds;

constexpr std::uint32_t kMaxHeader = 16 * 1024;       // a token is ~60 bytes; real heads are well under 1 KiB
constexpr std::size_t kReadAhead = 64 * 1024;         // bytes read ahead of the parser, at most
constexpr auto kLingerTime = std::chrono::seconds(1); // see finish()
constexpr std::size_t kLingerBytes = 1024 * 1024;

QByteArray bytes(beast::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}
beast::string_view view(const QByteArray &b)
{
    return {b.constData(), std::size_t(b.size())};
}

// A request that is not HTTP (as opposed to one cut off, or timed out).
bool isMalformed(const beast::error_code &ec)
{
    return ec.category() == http::make_error_code(http::error::bad_target).category() &&
           ec != http::error::end_of_stream && ec != http::error::partial_message;
}

template <class Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>> {
    static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

public:
    Connection(tcp::socket &&socket, SessionContext &context)
        : m_stream(makeStream(std::move(socket), context)), m_ctx(context), m_buffer(kReadAhead)
    {
        ++m_ctx.open;
    }
    ~Connection() { --m_ctx.open; }

    void start()
    {
        if constexpr (kTls) {
            lowest().expires_after(milliseconds(m_ctx.options.requestTimeoutMs));
            m_stream.async_handshake(net::ssl::stream_base::server, [self = self()](beast::error_code ec) {
                if (ec) return self->abandon(); // not TLS, a refused protocol or suite, or too slow
                self->awaitRequest();
            });
        } else {
            awaitRequest();
        }
    }

private:
    static Stream makeStream(tcp::socket &&socket, SessionContext &context)
    {
        if constexpr (kTls)
            return Stream(std::move(socket), *context.tls);
        else
            return Stream(std::move(socket));
    }
    std::shared_ptr<Connection> self() { return this->shared_from_this(); }

    // Clients write a request's head and body apart with Nagle's algorithm on (Qt's does): the body then waits
    // for the head's acknowledgement, which Linux delays by 40 ms when the server has nothing to send back yet.
    // Acknowledged at once instead (a pending delayed ACK goes out when TCP_QUICKACK is set). It cost a
    // 10,000-household push 40 ms on most of its 13 requests: 0.4 of its 1.1 s.
    void acknowledgeNow()
    {
#ifdef TCP_QUICKACK
        const int one = 1;
        ::setsockopt(lowest().socket().native_handle(), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#endif
    }
    beast::tcp_stream &lowest()
    {
        return beast::get_lowest_layer(m_stream);
    }

    // Waits at most the idle timeout for a request's first byte (unless the client already sent it).
    void awaitRequest()
    {
        m_parser.emplace();
        m_parser->header_limit(kMaxHeader);
        m_parser->body_limit(quint64(m_ctx.options.maxBody)); // a Content-Length over it fails with the head
        m_head = {};
        m_admission = {};
        m_headOnly = false;
        if (m_buffer.size() > 0) return readHead();
        lowest().expires_after(milliseconds(m_ctx.options.idleTimeoutMs));
        m_stream.async_read_some(m_buffer.prepare(4096), [self = self()](beast::error_code ec, std::size_t n) {
            if (ec) return self->abandon();
            self->m_buffer.commit(n);
            self->readHead();
        });
    }

    // From the first byte the whole request, head and body, must arrive within the request timeout.
    void readHead()
    {
        lowest().expires_after(milliseconds(m_ctx.options.requestTimeoutMs));
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = self()](beast::error_code ec, std::size_t) { self->onHead(ec); });
    }

    void onHead(const beast::error_code &ec)
    {
        acknowledgeNow();
        if (ec == http::error::body_limit) return refuseTooLarge();
        if (ec == http::error::header_limit)
            return respond(
                ServiceReply::error(431, QStringLiteral("too_large: request head over %1 bytes").arg(kMaxHeader)));
        if (isMalformed(ec))
            return respond(ServiceReply::error(400, QStringLiteral("malformed: not an HTTP/1.1 request")));
        if (ec) return abandon(); // closed, cut off, or too slow: nobody to answer
        const auto &req = m_parser->get();
        m_headOnly = req.method() == http::verb::head;
        m_head.method = bytes(req.method_string());
        const QByteArray target = bytes(req.target());
        const qsizetype query = target.indexOf('?');
        m_head.path = target.left(query < 0 ? target.size() : query);
        m_head.query = query < 0 ? QByteArray() : target.mid(query + 1);
        m_head.authorization = bytes(req[http::field::authorization]);
        m_head.contentEncoding = bytes(req[http::field::content_encoding]);
        m_head.acceptEncoding = bytes(req[http::field::accept_encoding]);
        m_head.zstdDictionaries = bytes(req[kZstdDictionariesHeader]);
        if (const auto length = m_parser->content_length()) m_head.contentLength = *length;
        beast::error_code ignored;
        m_head.remoteAddress = QString::fromStdString(lowest().socket().remote_endpoint(ignored).address().to_string());
        onWorker(
            [self = self()] { return self->m_ctx.routes.admit(self->m_head); },
            [self = self()](std::variant<Admission, ServiceReply> decision) { self->onAdmitted(std::move(decision)); });
    }

    void onAdmitted(std::variant<Admission, ServiceReply> decision)
    {
        if (auto *refused = std::get_if<ServiceReply>(&decision)) return respond(std::move(*refused));
        m_admission = std::get<Admission>(std::move(decision));
        m_parser->body_limit(m_admission.bodyLimit); // the route's own limit, for a chunked body as it comes
        if (m_parser->is_done()) return answer();
        if (!beast::iequals(m_parser->get()[http::field::expect], "100-continue")) return readBody();
        // The client waits for this before it sends the body (curl does for large ones).
        auto proceed = std::make_shared<http::response<http::empty_body>>(http::status::continue_, 11);
        http::async_write(m_stream, *proceed, [self = self(), proceed](beast::error_code ec, std::size_t) {
            if (ec) return self->abandon();
            self->readBody();
        });
    }

    // A read at a time, each acknowledged at once (acknowledgeNow): Linux falls back to delaying ACKs.
    void readBody()
    {
        if (m_parser->is_done()) return answer();
        acknowledgeNow();
        http::async_read_some(m_stream, m_buffer, *m_parser, [self = self()](beast::error_code ec, std::size_t) {
            if (ec == http::error::body_limit) return self->refuseTooLarge();
            if (isMalformed(ec))
                return self->respond(ServiceReply::error(400, QStringLiteral("malformed: bad chunked encoding")));
            if (ec) return self->abandon();
            self->readBody();
        });
    }

    void answer()
    {
        onWorker(
            [self = self()] {
                const std::string &body = self->m_parser->get().body();
                return self->m_ctx.routes.answer(self->m_admission, self->m_head,
                                                 QByteArray::fromRawData(body.data(), qsizetype(body.size())));
            },
            [self = self()](ServiceReply reply) { self->respond(std::move(reply)); });
    }

    void refuseTooLarge()
    {
        respond(ServiceReply::error(
            413, QStringLiteral("too_large: request body over %1 bytes")
                     .arg(m_admission.route == Route::Login ? Routes::kMaxLoginBody : quint64(m_ctx.options.maxBody))));
    }

    // Runs `work` on a worker thread (the routes may take long and take turns at the stores), then `then`
    // with its result back on this connection's strand.
    template <class Work, class Then>
    void onWorker(Work work, Then then)
    {
        net::post(*m_ctx.workers, [work = std::move(work), then = std::move(then), self = self()]() mutable {
            auto result = work();
            net::post(self->m_stream.get_executor(),
                      [result = std::move(result), then = std::move(then)]() mutable { then(std::move(result)); });
        });
    }

    void respond(ServiceReply reply)
    {
        const bool bodyRead = m_parser && m_parser->is_done();
        const bool keepAlive = bodyRead && m_parser->get().keep_alive();
        auto res = std::make_shared<http::response<http::string_body>>();
        res->version(m_parser && m_parser->is_header_done() ? m_parser->get().version() : 11);
        res->result(unsigned(reply.status));
        res->set(http::field::content_type, view(reply.contentType));
        res->set(http::field::cache_control, "no-store");
        if (!reply.contentEncoding.isEmpty()) res->set(http::field::content_encoding, view(reply.contentEncoding));
        for (const auto &[name, value] : reply.headers) res->set(view(name), view(value));
        res->keep_alive(keepAlive);
        // HEAD: the headers GET would have, without the body.
        res->content_length(quint64(reply.body.size()));
        if (!m_headOnly) res->body().assign(reply.body.constData(), std::size_t(reply.body.size()));
        lowest().expires_after(milliseconds(m_ctx.options.requestTimeoutMs));
        http::async_write(m_stream, *res, [self = self(), res, keepAlive, bodyRead](beast::error_code ec, std::size_t) {
            if (ec) return self->abandon();
            if (keepAlive) return self->awaitRequest();
            self->finish(!bodyRead);
        });
    }

    // Closes after an answer. When the client may still be sending a body we did not read, closing at once
    // would make the kernel reset the connection, and the client could lose the answer. So we first read and
    // drop what it still sends (never keeping it): a body it declared within the limit to its end, in the
    // request's time (a phone on 2G may need seconds for its push, and must see the 401 "expired:" that
    // refused it); anything else, chunked or over the limit, for at most a second and 1 MiB. Then we close.
    void finish(bool unreadBody)
    {
        if (!unreadBody) return closeCleanly();
        const auto declared = m_head.contentLength;
        const bool bounded = declared && *declared <= quint64(m_ctx.options.maxBody);
        const std::size_t left =
            bounded ? std::size_t(*declared - std::min<quint64>(*declared, m_buffer.size())) : kLingerBytes;
        if (bounded)
            lowest().expires_after(milliseconds(m_ctx.options.requestTimeoutMs));
        else
            lowest().expires_after(kLingerTime);
        if constexpr (!kTls) { // the client gets our end of the stream now; TLS must say close_notify first
            beast::error_code ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
        drain(left);
    }

    void drain(std::size_t left)
    {
        m_buffer.consume(m_buffer.size());
        if (left == 0) return closeCleanly();
        m_stream.async_read_some(m_buffer.prepare(std::min<std::size_t>(left, 16 * 1024)),
                                 [self = self(), left](beast::error_code ec, std::size_t n) {
                                     if (ec) return self->abandon(); // the client closed, or its time is up
                                     self->drain(left - std::min(n, left));
                                 });
    }

    void closeCleanly()
    {
        if constexpr (kTls) {
            lowest().expires_after(kLingerTime);
            m_stream.async_shutdown([self = self()](beast::error_code) { self->abandon(); });
        } else {
            abandon();
        }
    }

    // Closes now, answering nothing more.
    void abandon()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    Stream m_stream;
    SessionContext &m_ctx;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    RequestHead m_head;
    Admission m_admission;
    bool m_headOnly = false;
};

} // namespace

void startSession(tcp::socket socket, SessionContext &context)
{
    beast::error_code ignored;
    // Sends each answer as soon as it is written: without TCP_NODELAY an answer written in two pieces waits
    // for the client's delayed ACK (40 ms on Linux) on every request.
    socket.set_option(tcp::no_delay(true), ignored);
    if (context.tls)
        std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(std::move(socket), context)->start();
    else
        std::make_shared<Connection<beast::tcp_stream>>(std::move(socket), context)->start();
}

} // namespace kh
