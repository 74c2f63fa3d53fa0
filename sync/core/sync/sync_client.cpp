#include "sync_client.h"

#include "codec.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSync, "kh.sync")

namespace kh {

SyncClient::SyncClient(LocalStore &store, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent), m_store(store), m_nam(nam)
{
}

void SyncClient::start()
{
    if (m_running) {
        Receipt r;
        r.error = ErrorKind::Busy;
        r.message = QStringLiteral("a sync is already running");
        emit finished(r);
        return;
    }
    m_running = true;
    m_receipt = Receipt{};
    m_lastPending = -1;
    m_areas = m_store.areas();
    sendNext();
}

void SyncClient::abort()
{
    if (m_reply) m_reply->abort();
}

void SyncClient::sendNext()
{
    if (m_receipt.requests >= m_options.maxRequests) return finish(ErrorKind::ServerError, QStringLiteral("too many requests in one sync"));
    pb::SyncRequest req;
    std::vector<pb::ChangeSet> pending;
    try {
        pending = m_store.pending(m_options.maxPushBytes);
        req.set_cursor(m_store.cursorFor(m_areas));
    } catch (const std::exception &e) {
        return finish(ErrorKind::Storage, QString::fromUtf8(e.what()));
    }
    req.set_protocol(1);
    req.set_device(m_store.deviceId());
    for (auto &cs : pending) *req.add_push() = std::move(cs);
    for (const QString &a : m_areas) req.add_areas(a.toStdString());
    req.set_page_size(quint32(m_options.pageSize));
    req.set_pull(!m_areas.isEmpty());
    const std::string raw = req.SerializeAsString();
    const QByteArray body = zstdCompress(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())));

    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("v1/sync") : url.path() + QStringLiteral("/v1/sync"));
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    r.setRawHeader("Content-Encoding", "zstd");
    r.setRawHeader("Accept-Encoding", "zstd");
    r.setTransferTimeout(m_options.transferTimeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_reply = m_nam.post(r, body);
    m_receipt.bytesUp += body.size();
    ++m_receipt.requests;
    connect(m_reply, &QNetworkReply::finished, this, &SyncClient::onReply);
}

void SyncClient::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    m_receipt.bytesDown += body.size();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const auto e = reply->error();
        const bool timeout = e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError;
        return finish(timeout ? ErrorKind::Timeout : ErrorKind::Offline, reply->errorString());
    }
    if (status != 200) {
        const QString msg = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)).trimmed());
        return finish(status >= 500 ? ErrorKind::ServerError : ErrorKind::ServerRefused, msg);
    }
    QByteArray decoded = body;
    if (reply->rawHeader("Content-Encoding") == "zstd") {
        auto d = zstdDecompress(body, 256 * 1024 * 1024);
        if (!d) return finish(ErrorKind::BadResponse, QStringLiteral("response is not valid zstd"));
        decoded = std::move(*d);
    }
    pb::SyncResponse resp;
    if (!resp.ParseFromArray(decoded.constData(), int(decoded.size())))
        return finish(ErrorKind::BadResponse, QStringLiteral("response is not a SyncResponse"));
    ApplyResult applied;
    int pendingNow = 0;
    try {
        applied = m_store.apply(resp, m_areas, HybridClock::systemNowMs());
        pendingNow = m_store.pendingCount();
    } catch (const std::exception &e) {
        return finish(ErrorKind::Storage, QString::fromUtf8(e.what()));
    }
    m_receipt.sent += applied.acked - applied.rejected;
    m_receipt.rejected += applied.rejected - applied.restamped;
    m_receipt.received += applied.received;
    m_receipt.conflicts += int(resp.conflicts_created());
    emit progress(m_receipt.sent, m_receipt.received, pendingNow);
    const bool pushedSomething = applied.acked > 0;
    if (pendingNow > 0 && !pushedSomething && pendingNow == m_lastPending)
        return finish(ErrorKind::ServerError, QStringLiteral("the server acknowledged nothing"));
    m_lastPending = pendingNow;
    if (resp.more() || pendingNow > 0) return sendNext();
    finish(ErrorKind::NoError, {});
}

void SyncClient::finish(ErrorKind kind, const QString &message)
{
    m_receipt.ok = kind == ErrorKind::NoError;
    m_receipt.error = kind;
    m_receipt.message = message;
    m_running = false;
    if (!m_receipt.ok) qCWarning(lcSync) << "sync failed:" << kind << message;
    try {
        SyncLogEntry e;
        e.atMs = HybridClock::systemNowMs();
        e.sent = m_receipt.sent;
        e.received = m_receipt.received;
        e.conflicts = m_receipt.conflicts;
        e.rejected = m_receipt.rejected;
        e.error = m_receipt.ok ? QString() : (message.isEmpty() ? QStringLiteral("error") : message);
        m_store.logSync(e);
    } catch (const std::exception &) {
    }
    emit finished(m_receipt);
}

} // namespace kh
