#pragma once

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>

namespace kh {

// Posts request bodies to the server from its own thread, so HTTP keeps moving (uploads, the next page)
// while the thread that owns the store is busy storing an answer.
class HttpTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void post(quint64 tag, const QNetworkRequest &request, const QByteArray &body);
    void abortAll();

signals:
    // `status` is the HTTP status, 0 when no complete answer arrived; `error` then says why. `dictionaries` is
    // the answer's Kh-Zstd-Dictionaries header (the server's zstd dictionaries), `accepts` its Accept-Encoding
    // (the encodings the server reads in requests).
    void replied(quint64 tag, int status, int error, const QString &errorString, const QByteArray &body,
                 const QByteArray &contentEncoding, const QByteArray &dictionaries, const QByteArray &accepts);

private:
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace kh
