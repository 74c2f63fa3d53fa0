#include "server/http/http_server.h"

#include <QUrlQuery>

#include "server/services/system_clock.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace kh {

namespace {

// Sends each response as soon as it is written: without TCP_NODELAY, a response written in two pieces waits
// for the client's delayed ACK (40 ms on Linux) on every request, which dominated sync time on loopback.
class LowDelayTcpServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

QHttpServerResponse toHttp(const ServiceReply &r)
{
    QHttpServerResponse resp(r.contentType, r.body, QHttpServerResponse::StatusCode(r.status));
    if (!r.contentEncoding.isEmpty()) resp.setHeader("Content-Encoding", r.contentEncoding);
    for (const auto &[name, value] : r.headers) resp.setHeader(name, value);
    return resp;
}

// Storage failures (a full disk, a locked database) anywhere below a route end in a 503 with nothing applied,
// never in an exception through Qt's event loop.
template <typename F>
QHttpServerResponse guarded(F &&route)
{
    try {
        return route();
    } catch (const std::exception &e) {
        return toHttp(
            ServiceReply::error(503, QStringLiteral("the server could not read or store the data (%1); try again later")
                                         .arg(QString::fromUtf8(e.what()))));
    }
}

QHttpServerResponse methodNotAllowed(const char *allow)
{
    auto r = toHttp(ServiceReply::error(405, QStringLiteral("method not allowed; use %1").arg(QLatin1String(allow))));
    r.setHeader("Allow", allow);
    return r;
}

} // namespace

HttpServer::HttpServer(ServerStore &store, AccountStore &accounts, const HttpOptions &options, const AuthOptions &auth)
    : m_store(store), m_service(store), m_auth(accounts, auth), m_options(options)
{
    auto tooLarge = [this](const QHttpServerRequest &req) {
        return req.body().size() > m_options.maxBody || req.value("Content-Length").toLongLong() > m_options.maxBody;
    };
    m_http.route(QStringLiteral("/v1/login"), [this, tooLarge](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Post) return methodNotAllowed("POST");
        if (tooLarge(req))
            return toHttp(ServiceReply::error(
                413, QStringLiteral("too_large: request body over %1 bytes").arg(m_options.maxBody)));
        return guarded([&] {
            return toHttp(m_auth.login(req.body(), req.remoteAddress().toString(), SystemClock::systemNowMs()));
        });
    });
    // Every other route authenticates here, once, and hands the principal on.
    m_http.route(QStringLiteral("/v1/sync"), [this, tooLarge](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Post) return methodNotAllowed("POST");
        if (tooLarge(req))
            return toHttp(ServiceReply::error(
                413, QStringLiteral("too_large: request body over %1 bytes; send fewer change-sets per request")
                         .arg(m_options.maxBody)));
        return guarded([&] {
            const qint64 now = SystemClock::systemNowMs();
            const auto who = m_auth.authenticate(req.value("Authorization"), now);
            if (const auto *refused = std::get_if<ServiceReply>(&who)) return toHttp(*refused);
            const QByteArray accept = req.value("Accept-Encoding");
            return toHttp(m_service.sync(req.body(), req.value("Content-Encoding").trimmed().toLower(),
                                         accept.contains("zstd"), now, std::get<access::Principal>(who)));
        });
    });
    m_http.route(QStringLiteral("/v1/report"), [this](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Get) return methodNotAllowed("GET");
        return guarded([&] {
            const auto who = m_auth.authenticate(req.value("Authorization"), SystemClock::systemNowMs());
            if (const auto *refused = std::get_if<ServiceReply>(&who)) return toHttp(*refused);
            const QUrlQuery query = req.query();
            return toHttp(m_service.report(query.queryItemValue(QStringLiteral("area")),
                                           query.queryItemValue(QStringLiteral("year")),
                                           std::get<access::Principal>(who), SystemClock::systemNowMs()));
        });
    });
    m_http.route(QStringLiteral("/v1/health"), [](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Get) return methodNotAllowed("GET");
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                      {QStringLiteral("protocol"), int(SyncService::kProtocol)}};
        return QHttpServerResponse("application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    m_http.afterRequest([](QHttpServerResponse &&resp) {
        resp.setHeader("Cache-Control", "no-store");
        return std::move(resp);
    });
}

quint16 HttpServer::listen(QString *error)
{
    QTcpServer *tcp = nullptr;
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
        QFile certFile(m_options.tlsCertificate), keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot read the TLS certificate or key (--tls-cert and --tls-key, PEM)");
            return 0;
        }
        const auto certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (certs.isEmpty() || key.isNull()) {
            if (error) *error = QStringLiteral("the TLS certificate or key is not valid PEM (RSA or EC key)");
            return 0;
        }
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificateChain(certs);
        conf.setPrivateKey(key);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        auto *ssl = new QSslServer(&m_http);
        ssl->setSslConfiguration(conf);
        QObject::connect(ssl, &QSslServer::startedEncryptionHandshake, ssl,
                         [](QSslSocket *s) { s->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        tcp = ssl;
    } else {
        tcp = new LowDelayTcpServer(&m_http);
    }
    if (!tcp->listen(m_options.host, m_options.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)")
                         .arg(m_options.host.toString())
                         .arg(m_options.port);
        delete tcp;
        return 0;
    }
    m_http.bind(tcp);
    return tcp->serverPort();
}

} // namespace kh
