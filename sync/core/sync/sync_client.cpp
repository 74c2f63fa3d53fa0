#include "sync_client.h"

#include "codec.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSync, "kh.sync", QtInfoMsg)

namespace kh {

SyncSession::SyncSession(LocalStore &store, const SyncOptions &options)
    : m_store(store), m_options(options), m_areas(store.areas())
{
}

QByteArray SyncSession::nextRequest()
{
    pb::SyncRequest req;
    req.set_protocol(1);
    req.set_device(m_store.deviceId());
    for (auto &cs : m_store.pending(m_options.maxPushBytes)) *req.add_push() = std::move(cs);
    req.set_cursor(m_store.cursorFor(m_areas));
    for (const QString &a : m_areas) req.add_areas(a.toStdString());
    req.set_page_size(quint32(m_options.pageSize));
    req.set_pull(!m_areas.isEmpty());
    const std::string raw = req.SerializeAsString();
    const QByteArray body = zstdCompress(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())));
    m_receipt.bytesUp += body.size();
    ++m_receipt.requests;
    return body;
}

void SyncSession::fail(SyncReceipt::Error error, const QString &message)
{
    m_receipt.ok = false;
    m_receipt.error = error;
    m_receipt.message = message;
}

SyncSession::Step SyncSession::handleReply(int status, const QByteArray &body, const QByteArray &encoding)
{
    m_receipt.bytesDown += body.size();
    if (status != 200) {
        const QString msg = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)).trimmed());
        fail(status >= 500 ? SyncReceipt::Error::ServerError : SyncReceipt::Error::ServerRefused, msg);
        return Step::Failed;
    }
    QByteArray decoded = body;
    if (encoding == "zstd") {
        auto d = zstdDecompress(body, 256 * 1024 * 1024);
        if (!d) { fail(SyncReceipt::Error::BadResponse, QStringLiteral("response is not valid zstd")); return Step::Failed; }
        decoded = std::move(*d);
    }
    pb::SyncResponse resp;
    if (!resp.ParseFromArray(decoded.constData(), int(decoded.size()))) {
        fail(SyncReceipt::Error::BadResponse, QStringLiteral("response is not a SyncResponse"));
        return Step::Failed;
    }
    ApplyResult applied;
    int pendingNow = 0;
    try {
        applied = m_store.apply(resp, m_areas, HybridClock::systemNowMs());
        pendingNow = m_store.pendingCount();
    } catch (const std::exception &e) {
        fail(SyncReceipt::Error::Storage, QString::fromUtf8(e.what()));
        return Step::Failed;
    }
    m_receipt.sent += applied.acked - applied.rejected;
    m_receipt.rejected += applied.rejected - applied.restamped;
    m_receipt.received += applied.received;
    m_receipt.conflicts += int(resp.conflicts_created());
    // Guard against a server that keeps answering without taking anything.
    m_stalled = (pendingNow > 0 && applied.acked == 0 && pendingNow == m_lastPending) ? m_stalled + 1 : 0;
    m_lastPending = pendingNow;
    if (m_stalled >= 2) { fail(SyncReceipt::Error::ServerError, QStringLiteral("the server acknowledged nothing")); return Step::Failed; }
    if (m_receipt.requests >= m_options.maxRequests) { fail(SyncReceipt::Error::ServerError, QStringLiteral("too many requests in one sync")); return Step::Failed; }
    if (resp.more() || pendingNow > 0) return Step::Again;
    m_receipt.ok = true;
    m_receipt.error = SyncReceipt::Error::NoError;
    return Step::Done;
}

SyncClient::SyncClient(LocalStore &store, QNetworkAccessManager &nam, QObject *parent)
    : QObject(parent), m_store(store), m_nam(nam)
{
}

void SyncClient::start()
{
    if (m_session) {
        SyncReceipt r;
        r.error = SyncReceipt::Error::Busy;
        r.message = QStringLiteral("a sync is already running");
        emit finished(r);
        return;
    }
    m_session = std::make_unique<SyncSession>(m_store, m_options);
    sendNext();
}

void SyncClient::abort()
{
    if (m_reply) m_reply->abort();
}

void SyncClient::sendNext()
{
    QByteArray body;
    try {
        body = m_session->nextRequest();
    } catch (const std::exception &e) {
        m_session->fail(SyncReceipt::Error::Storage, QString::fromUtf8(e.what()));
        return finish();
    }
    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("v1/sync") : url.path() + QStringLiteral("/v1/sync"));
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    r.setRawHeader("Content-Encoding", "zstd");
    r.setRawHeader("Accept-Encoding", "zstd");
    r.setTransferTimeout(m_options.transferTimeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_reply = m_nam.post(r, body);
    connect(m_reply, &QNetworkReply::finished, this, &SyncClient::onReply);
}

void SyncClient::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Codes below 100 are transport failures (refused, closed, timed out...): even when a status line had
    // arrived, the body may be cut short, so the answer is not used.
    if (reply->error() != QNetworkReply::NoError && (status == 0 || int(reply->error()) < 100)) {
        const auto e = reply->error();
        const bool timeout = e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError;
        m_session->fail(timeout ? SyncReceipt::Error::Timeout : SyncReceipt::Error::Offline, reply->errorString());
        return finish();
    }
    const auto step = m_session->handleReply(status, reply->readAll(), reply->rawHeader("Content-Encoding"));
    const auto &rc = m_session->receipt();
    emit progress(rc.sent, rc.received, m_session->pending());
    if (step == SyncSession::Step::Again) return sendNext();
    finish();
}

void SyncClient::finish()
{
    const SyncReceipt receipt = m_session->receipt();
    m_session.reset();
    if (!receipt.ok) qCWarning(lcSync) << "sync failed:" << receipt.error << receipt.message;
    try {
        SyncLogEntry e;
        e.atMs = HybridClock::systemNowMs();
        e.sent = receipt.sent;
        e.received = receipt.received;
        e.conflicts = receipt.conflicts;
        e.rejected = receipt.rejected;
        e.error = receipt.ok ? QString() : (receipt.message.isEmpty() ? QStringLiteral("error") : receipt.message);
        m_store.logSync(e);
    } catch (const std::exception &) {
        // The sync itself is already safely recorded or safely not; a missing history line is harmless.
    }
    emit finished(receipt);
}

} // namespace kh
