#include "http_server.h"

#include <QUrlQuery>

#include "domain/hlc.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
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
    return resp;
}

QHttpServerResponse methodNotAllowed(const char *allow)
{
    auto r = toHttp(SyncService::error(405, QStringLiteral("method not allowed; use %1").arg(QLatin1String(allow))));
    r.setHeader("Allow", allow);
    return r;
}

} // namespace

HttpServer::HttpServer(ServerStore &store, const HttpOptions &options)
    : m_store(store), m_service(store), m_options(options)
{
    m_http.route(QStringLiteral("/v1/sync"), [this](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Post) return methodNotAllowed("POST");
        const QByteArray length = req.value("Content-Length");
        if (req.body().size() > m_options.maxBody || length.toLongLong() > m_options.maxBody)
            return toHttp(SyncService::error(413, QStringLiteral("too_large: request body over %1 bytes; send fewer change-sets per request").arg(m_options.maxBody)));
        const QByteArray accept = req.value("Accept-Encoding");
        return toHttp(m_service.sync(req.body(), req.value("Content-Encoding").trimmed().toLower(),
                                     accept.contains("zstd"), HybridClock::systemNowMs()));
    });
    m_http.route(QStringLiteral("/v1/report"), [this](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Get) return methodNotAllowed("GET");
        const QUrlQuery query = req.query();
        return toHttp(m_service.report(query.queryItemValue(QStringLiteral("area")), query.queryItemValue(QStringLiteral("year"))));
    });
    m_http.route(QStringLiteral("/v1/health"), [](const QHttpServerRequest &req) {
        if (req.method() != QHttpServerRequest::Method::Get) return methodNotAllowed("GET");
        QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("protocol"), int(SyncService::kProtocol)}};
        return QHttpServerResponse("application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
    });
    m_http.afterRequest([](QHttpServerResponse &&resp) {
        resp.setHeader("Cache-Control", "no-store");
        return std::move(resp);
    });
}

quint16 HttpServer::listen()
{
    auto *tcp = new LowDelayTcpServer(&m_http);
    if (!tcp->listen(m_options.host, m_options.port)) {
        delete tcp;
        return 0;
    }
    m_http.bind(tcp);
    return tcp->serverPort();
}

} // namespace kh
