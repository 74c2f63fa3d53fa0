// Talks to khuyenhoc-server for one device: pushes the outbox and pulls what is new, one request at a time,
// until nothing is left. Nothing is forgotten before the server acknowledges it, and the cursor moves only
// together with the records it covers, so a sync cut off anywhere simply resumes next time.
#pragma once

#include "store/local_store.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace kh {

class SyncClient : public QObject {
    Q_OBJECT
public:
    enum class ErrorKind { NoError, Offline, Timeout, ServerRefused, ServerError, BadResponse, Storage, Busy };
    Q_ENUM(ErrorKind)

    struct Receipt {
        bool ok = false;
        ErrorKind error = ErrorKind::NoError;
        QString message;       // technical detail for logs; the UI maps `error` to words
        int sent = 0;          // change-sets acknowledged
        int received = 0;      // records received
        int conflicts = 0;     // conflicts the server recorded for our pushes
        int rejected = 0;      // change-sets the server refused
        int requests = 0;
        qint64 bytesUp = 0;    // request bodies as sent (compressed)
        qint64 bytesDown = 0;  // response bodies as received
    };

    struct Options {
        qsizetype maxPushBytes = 256 * 1024; // per request, before compression: small enough to finish on 2G
        int pageSize = 2000;
        int transferTimeoutMs = 90'000;      // no byte for this long: give up (2G links stall for tens of seconds)
        int maxRequests = 10'000;
    };

    SyncClient(LocalStore &store, QNetworkAccessManager &nam, QObject *parent = nullptr);
    void setServer(const QUrl &url) { m_server = url; }
    void setOptions(const Options &o) { m_options = o; }
    bool isRunning() const { return m_running; }

    void start();  // emits finished() exactly once per start
    void abort();

signals:
    void progress(int sent, int received, int pending);
    void finished(const kh::SyncClient::Receipt &receipt);

private:
    void sendNext();
    void onReply();
    void finish(ErrorKind kind, const QString &message);

    LocalStore &m_store;
    QNetworkAccessManager &m_nam;
    QUrl m_server;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    Receipt m_receipt;
    QStringList m_areas;
    bool m_running = false;
    int m_lastPending = -1;
};

} // namespace kh
