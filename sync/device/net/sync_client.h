// Drives a SyncSession over HTTP with Qt Network: the requests go out from their own thread (HttpTransport),
// where the answers are also decoded (decodeAnswer), so the next page downloads and is decoded on another core
// while this one is stored.
#pragma once

#include "device/net/http_transport.h"
#include "device/net/server_endpoint.h"
#include "device/net/sync_session.h"

#include <QThread>
#include <deque>
#include <memory>

namespace kh {

class SyncClient : public QObject {
    Q_OBJECT
public:
    explicit SyncClient(LocalStore &store, QObject *parent = nullptr);
    ~SyncClient() override;
    // The server, the token and the certificates to trust (device/net/server_endpoint.h).
    void setEndpoint(const ServerEndpoint &endpoint) { m_endpoint = endpoint; }
    void setOptions(const SyncOptions &o) { m_options = o; }
    bool isRunning() const { return bool(m_session); }

    void start(); // emits finished() exactly once per start
    void abort();

signals:
    // After each answer stored: change-sets sent, records received, change-sets waiting, and the records this
    // sync expects to receive in all (SyncSession::expected; -1 while unknown).
    void progress(int sent, int received, int pending, qint64 expected);
    void finished(const kh::SyncReceipt &receipt);
    void postRequested(quint64 tag, const QNetworkRequest &request, const QByteArray &body);
    void abortRequested();

private:
    void sendNext();
    void send(const QByteArray &body);
    void onReplied(quint64 tag, int error, const QString &errorString, std::shared_ptr<DecodedAnswer> answer,
                   const QByteArray &dictionaries, const QByteArray &accepts);
    void finish();

    LocalStore &m_store;
    ServerEndpoint m_endpoint;
    SyncOptions m_options;
    std::unique_ptr<SyncSession> m_session;
    QThread *m_thread = nullptr;
    HttpTransport *m_transport = nullptr;
    quint64 m_nextTag = 1;
    std::deque<quint64> m_inflight; // tags of requests sent and not yet answered, oldest first
};

} // namespace kh
