// Logging a device in: POST /v1/login with a user name and password, answered with a device token and the
// account (role, areas). Used by the CLI's `login` and the app's login page.
#pragma once

#include "domain/access.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

namespace kh {

struct LoginResult {
    Q_GADGET
public:
    enum class Error { NoError, Offline, Timeout, BadCredentials, Disabled, RateLimited, ServerError, BadResponse };
    Q_ENUM(Error)

    bool ok = false;
    Error error = Error::NoError;
    QString message;          // technical detail; the UI maps `error` to words
    int retryAfterSeconds = 0; // RateLimited: when to try again
    QByteArray token;
    pb::Account account;
    qint64 expiresMs = 0;
};

class AuthClient : public QObject {
    Q_OBJECT
public:
    explicit AuthClient(QObject *parent = nullptr);
    void setCaCertificates(const QList<QSslCertificate> &ca) { m_ca = ca; }
    // Emits finished() once. The password is not kept.
    void login(const QUrl &server, const QString &username, const QString &password, quint64 device, const QString &deviceName,
               int timeoutMs = 60'000);

signals:
    void finished(const kh::LoginResult &result);

private:
    QNetworkAccessManager m_nam;
    QList<QSslCertificate> m_ca;
};

} // namespace kh
