#include "sync_client.h"

#include "codec.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <climits>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

Q_LOGGING_CATEGORY(lcSync, "kh.sync", QtInfoMsg)

namespace kh {

bool splitSyncResponse(const QByteArray &body, pb::SyncResponse *rest, std::vector<std::string_view> *records)
{
    using google::protobuf::internal::WireFormatLite;
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const quint8 *>(body.constData()), int(body.size()));
    in.SetTotalBytesLimit(INT_MAX);
    std::string others;
    while (true) {
        const int start = in.CurrentPosition();
        const quint32 tag = in.ReadTag();
        if (tag == 0) break;
        if (tag == (pb::SyncResponse::kRecordsFieldNumber << 3 | WireFormatLite::WIRETYPE_LENGTH_DELIMITED)) {
            uint32_t len = 0;
            if (!in.ReadVarint32(&len)) return false;
            const int at = in.CurrentPosition();
            if (!in.Skip(int(len))) return false;
            records->emplace_back(body.constData() + at, len);
            continue;
        }
        if (!WireFormatLite::SkipField(&in, tag)) return false;
        others.append(body.constData() + start, size_t(in.CurrentPosition() - start));
    }
    return in.CurrentPosition() == int(body.size()) && rest->ParseFromString(others);
}

SyncSession::SyncSession(LocalStore &store, const SyncOptions &options)
    : m_store(store), m_options(options), m_areas(store.areas())
{
}

QByteArray SyncSession::encode(pb::SyncRequest &req)
{
    req.set_protocol(1);
    req.set_device(m_store.deviceId());
    for (const QString &a : m_areas) req.add_areas(a.toStdString());
    req.set_page_size(quint32(m_options.pageSize));
    req.set_pull(!m_areas.isEmpty());
    const std::string raw = req.SerializeAsString();
    const QByteArray body = zstdCompress(QByteArray::fromRawData(raw.data(), qsizetype(raw.size())));
    m_receipt.bytesUp += body.size();
    ++m_receipt.requests;
    return body;
}

QByteArray SyncSession::nextRequest()
{
    pb::SyncRequest req;
    for (auto &cs : m_store.pending(m_options.maxPushBytes)) *req.add_push() = std::move(cs);
    m_lastHadPush = req.push_size() > 0;
    req.set_cursor(m_store.cursorFor(m_areas));
    return encode(req);
}

std::optional<QByteArray> SyncSession::pipelinedRequest()
{
    if (m_lastHadPush || !m_resp.more() || m_resp.rejected_size() > 0) return std::nullopt;
    pb::SyncRequest req;
    req.set_cursor(m_resp.cursor());
    m_lastHadPush = false;
    return encode(req);
}

void SyncSession::fail(SyncReceipt::Error error, const QString &message)
{
    m_receipt.ok = false;
    m_receipt.error = error;
    m_receipt.message = message;
}

SyncSession::Step SyncSession::handleReply(int status, const QByteArray &body, const QByteArray &encoding)
{
    if (!parseReply(status, body, encoding)) return Step::Failed;
    return applyReply();
}

bool SyncSession::parseReply(int status, const QByteArray &body, const QByteArray &encoding)
{
    m_receipt.bytesDown += body.size();
    m_records.clear();
    m_resp.Clear();
    if (status != 200) {
        const QString msg = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(500)).trimmed());
        fail(refusalKind(status, body), msg);
        return false;
    }
    m_decoded = body;
    if (encoding == "zstd") {
        auto d = zstdDecompress(body, 256 * 1024 * 1024);
        if (!d) { fail(SyncReceipt::Error::BadResponse, QStringLiteral("response is not valid zstd")); return false; }
        m_decoded = std::move(*d);
    }
    if (!splitSyncResponse(m_decoded, &m_resp, &m_records)) {
        fail(SyncReceipt::Error::BadResponse, QStringLiteral("response is not a SyncResponse"));
        return false;
    }
    return true;
}

SyncSession::Step SyncSession::applyReply()
{
    ApplyResult applied;
    int pendingNow = 0;
    try {
        applied = m_store.apply(m_resp, m_records, m_areas, HybridClock::systemNowMs());
        pendingNow = m_store.pendingCount();
    } catch (const std::exception &e) {
        fail(SyncReceipt::Error::Storage, QString::fromUtf8(e.what()));
        return Step::Failed;
    }
    m_receipt.sent += applied.acked - applied.rejected;
    m_receipt.rejected += applied.rejected - applied.restamped;
    m_receipt.received += applied.received;
    m_receipt.conflicts += int(m_resp.conflicts_created());
    // Guard against a server that keeps answering without taking anything.
    m_stalled = (pendingNow > 0 && applied.acked == 0 && pendingNow == m_lastPending) ? m_stalled + 1 : 0;
    m_lastPending = pendingNow;
    if (m_stalled >= 2) { fail(SyncReceipt::Error::ServerError, QStringLiteral("the server acknowledged nothing")); return Step::Failed; }
    if (m_receipt.requests >= m_options.maxRequests) { fail(SyncReceipt::Error::ServerError, QStringLiteral("too many requests in one sync")); return Step::Failed; }
    if (m_resp.more() || pendingNow > 0) return Step::Again;
    m_receipt.ok = true;
    m_receipt.error = SyncReceipt::Error::NoError;
    return Step::Done;
}

void trustAlso(QNetworkRequest &request, const QList<QSslCertificate> &ca)
{
    if (ca.isEmpty()) return;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(ca);
    request.setSslConfiguration(conf);
}

SyncReceipt::Error refusalKind(int status, const QByteArray &body)
{
    if (status == 401) {
        if (body.startsWith("expired:")) return SyncReceipt::Error::SessionExpired;
        if (body.startsWith("revoked:")) return SyncReceipt::Error::Revoked;
        return SyncReceipt::Error::Unauthorized;
    }
    if (status == 403) return SyncReceipt::Error::Forbidden;
    return status >= 500 ? SyncReceipt::Error::ServerError : SyncReceipt::Error::ServerRefused;
}

void HttpTransport::post(quint64 tag, const QUrl &url, const QByteArray &body, int transferTimeoutMs, const QByteArray &token)
{
    if (!m_nam) m_nam = new QNetworkAccessManager(this);
    QNetworkRequest r(url);
    if (!token.isEmpty()) r.setRawHeader("Authorization", "Bearer " + token);
    trustAlso(r, m_ca);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    r.setRawHeader("Content-Encoding", "zstd");
    r.setRawHeader("Accept-Encoding", "zstd");
    r.setTransferTimeout(transferTimeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = m_nam->post(r, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tag] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Codes below 100 are transport failures (refused, closed, timed out...): even when a status line
        // had arrived, the body may be cut short, so no answer is passed on.
        const bool transportFailed = reply->error() != QNetworkReply::NoError && (status == 0 || int(reply->error()) < 100);
        emit replied(tag, transportFailed ? 0 : status, int(reply->error()), reply->errorString(),
                     transportFailed ? QByteArray() : reply->readAll(), reply->rawHeader("Content-Encoding"));
    });
}

void HttpTransport::abortAll()
{
    if (!m_nam) return;
    for (QNetworkReply *r : m_nam->findChildren<QNetworkReply *>()) r->abort();
}

SyncClient::SyncClient(LocalStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kh-sync-http"));
    m_transport = new HttpTransport;
    m_transport->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_transport, &QObject::deleteLater);
    connect(this, &SyncClient::postRequested, m_transport, &HttpTransport::post);
    connect(this, &SyncClient::abortRequested, m_transport, &HttpTransport::abortAll);
    connect(m_transport, &HttpTransport::replied, this, &SyncClient::onReplied);
    m_thread->start();
}

SyncClient::~SyncClient()
{
    emit abortRequested();
    m_thread->quit();
    m_thread->wait();
}

void SyncClient::setOptions(const SyncOptions &o)
{
    m_options = o;
    QMetaObject::invokeMethod(m_transport, [t = m_transport, ca = o.caCertificates] { t->trust(ca); }, Qt::QueuedConnection);
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
    if (m_session) emit abortRequested();
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
    send(body);
}

void SyncClient::send(const QByteArray &body)
{
    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + QStringLiteral("v1/sync") : url.path() + QStringLiteral("/v1/sync"));
    const quint64 tag = m_nextTag++;
    m_inflight.push_back(tag);
    emit postRequested(tag, url, body, m_options.transferTimeoutMs, m_options.token);
}

void SyncClient::onReplied(quint64 tag, int status, int error, const QString &errorString, const QByteArray &body,
                           const QByteArray &contentEncoding)
{
    if (!m_session || m_inflight.empty() || m_inflight.front() != tag) return; // from an earlier, ended sync
    m_inflight.pop_front();
    if (status == 0) {
        const auto e = QNetworkReply::NetworkError(error);
        const bool timeout = e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError;
        m_session->fail(timeout ? SyncReceipt::Error::Timeout : SyncReceipt::Error::Offline, errorString);
        return finish();
    }
    if (!m_session->parseReply(status, body, contentEncoding)) return finish();
    // Ask for the next page now, so the server prepares it while this one is stored.
    if (const auto next = m_session->pipelinedRequest()) send(*next);
    const auto step = m_session->applyReply();
    const auto &rc = m_session->receipt();
    emit progress(rc.sent, rc.received, m_session->pending());
    if (step == SyncSession::Step::Again) {
        if (m_inflight.empty()) sendNext();
        return;
    }
    finish();
}

void SyncClient::finish()
{
    // A page asked for ahead is dropped with the sync; its cursor was never stored.
    if (!m_inflight.empty()) emit abortRequested();
    m_inflight.clear();
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
