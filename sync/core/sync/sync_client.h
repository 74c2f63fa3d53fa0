// Syncing one device with khuyenhoc-server. SyncSession is the protocol's state machine without any I/O:
// it builds each request from the outbox and cursor and applies each answer. SyncClient drives a session
// over HTTP with Qt Network; tests drive the same session against the server in-process, with faults.
//
// Nothing is forgotten before the server acknowledges it, and the cursor moves only together with the
// records it covers, so a sync cut off anywhere simply resumes next time.
#pragma once

#include "store/local_store.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <deque>
#include <QUrl>
#include <optional>

namespace kh {

struct SyncReceipt {
    Q_GADGET
public:
    // Unauthorized: no valid token (log in); SessionExpired: the token expired (log in again, edits stay
    // queued); Revoked: staff revoked this device for this user (its data for the user is to be removed);
    // Forbidden: the account may not read an area it asked for.
    enum class Error { NoError, Offline, Timeout, ServerRefused, ServerError, BadResponse, Storage, Busy,
                       Unauthorized, SessionExpired, Revoked, Forbidden };
    Q_ENUM(Error)

    bool ok = false;
    Error error = Error::NoError;
    QString message;       // technical detail for logs; the UI maps `error` to words
    int sent = 0;          // change-sets the server took (applied or refused)
    int received = 0;      // records received
    int conflicts = 0;     // conflicts the server recorded for our pushes
    int rejected = 0;      // change-sets the server refused
    int requests = 0;
    qint64 bytesUp = 0;    // request bodies as sent (compressed)
    qint64 bytesDown = 0;  // response bodies as received
};

struct SyncOptions {
    qsizetype maxPushBytes = 512 * 1024; // per request, before compression (~50 KB on the wire): seconds on 2G
    int pageSize = 4000;
    int transferTimeoutMs = 90'000;      // no byte for this long: give up (2G links stall for tens of seconds)
    int maxRequests = 10'000;
    QByteArray token;                    // the device token from POST /v1/login, sent as a Bearer token
    QList<QSslCertificate> caCertificates; // trusted besides the system's (a commune server's own certificate)
};

// Makes a request trust `ca` besides the system's certificates (a commune server's own). Shared by the sync
// and login clients.
void trustAlso(QNetworkRequest &request, const QList<QSslCertificate> &ca);

// Classifies a refusal of the server: 401 bodies start with "expired:", "revoked:" or another kind.
SyncReceipt::Error refusalKind(int status, const QByteArray &body);

// Splits an encoded SyncResponse into its records, as byte ranges of `body` (so a device can store each
// without re-encoding it), and everything else, decoded into `rest`. False when the body is malformed.
bool splitSyncResponse(const QByteArray &body, pb::SyncResponse *rest, std::vector<std::string_view> *records);

class SyncSession {
public:
    enum class Step { Again, Done, Failed };

    SyncSession(LocalStore &store, const SyncOptions &options);
    // The next request body (zstd-compressed SyncRequest). Throws on a storage failure.
    QByteArray nextRequest();
    // Applies one answer. `status` 0 means the request never got an answer (network failure).
    Step handleReply(int status, const QByteArray &body, const QByteArray &contentEncoding);

    // handleReply in two halves, so a client can ask for the next page while it stores this one:
    // parseReply checks and decodes the answer; pipelinedRequest returns the request for the next page when
    // the answer was a pure pull page with more to come; applyReply stores the answer.
    bool parseReply(int status, const QByteArray &body, const QByteArray &contentEncoding);
    std::optional<QByteArray> pipelinedRequest();
    Step applyReply();

    void fail(SyncReceipt::Error error, const QString &message);
    const SyncReceipt &receipt() const { return m_receipt; }
    int pending() const { return m_lastPending; }

private:
    QByteArray encode(pb::SyncRequest &req);

    LocalStore &m_store;
    SyncOptions m_options;
    SyncReceipt m_receipt;
    QStringList m_areas;
    int m_lastPending = -1;
    int m_stalled = 0;
    bool m_lastHadPush = false;
    // The answer being handled.
    QByteArray m_decoded;
    pb::SyncResponse m_resp;
    std::vector<std::string_view> m_records;
};

// Posts request bodies to the server from its own thread, so HTTP keeps moving (uploads, the next page)
// while the thread that owns the store is busy storing an answer.
class HttpTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void post(quint64 tag, const QUrl &url, const QByteArray &body, int transferTimeoutMs, const QByteArray &token);
    void trust(const QList<QSslCertificate> &certificates) { m_ca = certificates; }
    void abortAll();

signals:
    // `status` is the HTTP status, 0 when no complete answer arrived; `error` then says why.
    void replied(quint64 tag, int status, int error, const QString &errorString, const QByteArray &body,
                 const QByteArray &contentEncoding);

private:
    QNetworkAccessManager *m_nam = nullptr;
    QList<QSslCertificate> m_ca;
};

class SyncClient : public QObject {
    Q_OBJECT
public:
    explicit SyncClient(LocalStore &store, QObject *parent = nullptr);
    ~SyncClient() override;
    void setServer(const QUrl &url) { m_server = url; }
    void setOptions(const SyncOptions &o);
    bool isRunning() const { return bool(m_session); }

    void start(); // emits finished() exactly once per start
    void abort();

signals:
    void progress(int sent, int received, int pending);
    void finished(const kh::SyncReceipt &receipt);
    void postRequested(quint64 tag, const QUrl &url, const QByteArray &body, int transferTimeoutMs, const QByteArray &token);
    void abortRequested();

private:
    void sendNext();
    void send(const QByteArray &body);
    void onReplied(quint64 tag, int status, int error, const QString &errorString, const QByteArray &body,
                   const QByteArray &contentEncoding);
    void finish();

    LocalStore &m_store;
    QUrl m_server;
    SyncOptions m_options;
    std::unique_ptr<SyncSession> m_session;
    QThread *m_thread = nullptr;
    HttpTransport *m_transport = nullptr;
    quint64 m_nextTag = 1;
    std::deque<quint64> m_inflight; // tags of requests sent and not yet answered, oldest first
};

} // namespace kh
