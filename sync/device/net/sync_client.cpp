#include "device/net/sync_client.h"

#include "core/wire/zstd_codec.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "kh.sync", QtInfoMsg)

namespace kh {

SyncClient::SyncClient(LocalStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("kh-sync-http"));
    m_transport = new HttpTransport;
    m_transport->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_transport, &QObject::deleteLater);
    connect(this, &SyncClient::postRequested, m_transport, &HttpTransport::post);
    connect(this, &SyncClient::abortRequested, m_transport, &HttpTransport::abortAll);
    // Decoded on the HTTP thread, handled on this one; the answers keep their order.
    connect(m_transport, &HttpTransport::replied, m_transport,
            [this](quint64 tag, int status, int error, const QString &errorString, const QByteArray &body,
                   const QByteArray &encoding, const QByteArray &dictionaries, const QByteArray &accepts) {
                auto answer = decodeAnswer(status, body, encoding);
                QMetaObject::invokeMethod(
                    this,
                    [this, tag, error, errorString, answer = std::move(answer), dictionaries, accepts]() mutable {
                        onReplied(tag, error, errorString, std::move(answer), dictionaries, accepts);
                    },
                    Qt::QueuedConnection);
            });
    m_thread->start();
}

SyncClient::~SyncClient()
{
    emit abortRequested();
    m_thread->quit();
    m_thread->wait();
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
    // Once the request is out, the one after it is built while the server works on this one.
    QTimer::singleShot(0, this, [this] {
        if (!m_session || m_inflight.empty()) return;
        try {
            m_session->prepareAhead();
        } catch (const std::exception &e) {
            qCDebug(lcSync) << "could not build the next request ahead:" << e.what(); // built when it is due
        }
    });
}

void SyncClient::send(const QByteArray &body)
{
    QNetworkRequest r = m_endpoint.request(QStringLiteral("/v1/sync"), m_options.transferTimeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    r.setRawHeader("Content-Encoding", m_session->contentEncoding());
    r.setRawHeader("Accept-Encoding", m_options.fieldSplit ? "zstd, kh-split" : "zstd");
    // The dictionaries this build holds, unless the body already shows the newest: the server may compress its
    // answer with one of them.
    if (const QByteArray held = m_session->dictionariesHeader(); !held.isEmpty())
        r.setRawHeader(kZstdDictionariesHeader, held);
    const quint64 tag = m_nextTag++;
    m_inflight.push_back(tag);
    emit postRequested(tag, r, body);
}

void SyncClient::onReplied(quint64 tag, int error, const QString &errorString, std::shared_ptr<DecodedAnswer> answer,
                           const QByteArray &dictionaries, const QByteArray &accepts)
{
    if (!m_session || m_inflight.empty() || m_inflight.front() != tag) return; // from an earlier, ended sync
    m_inflight.pop_front();
    if (answer->status == 0) {
        const auto e = QNetworkReply::NetworkError(error);
        const bool timeout = e == QNetworkReply::TimeoutError || e == QNetworkReply::OperationCanceledError;
        m_session->fail(timeout ? SyncReceipt::Error::Timeout : SyncReceipt::Error::Offline, errorString);
        return finish();
    }
    if (!m_session->takeReply(std::move(answer), dictionaries, accepts)) {
        // A server that could not read a body compressed with a dictionary: the same request again, without.
        if (m_inflight.empty() && m_session->retryWithoutDictionary()) return sendNext();
        return finish();
    }
    // Ask for the next page now, so the server prepares it while this one is stored.
    if (const auto next = m_session->pipelinedRequest()) send(*next);
    const auto step = m_session->applyReply();
    const auto &rc = m_session->receipt();
    emit progress(rc.sent, rc.received, m_session->pending(), m_session->expected());
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
        e.atMs = m_store.hlc().physicalMs();
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
