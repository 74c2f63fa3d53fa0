#include "device/net/auth_client.h"

#include "core/access/access.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace kh {

AuthClient::AuthClient(QObject *parent) : QObject(parent) {}

void AuthClient::login(const ServerEndpoint &server, const QString &username, const QString &password, quint64 device,
                       const QString &deviceName, int timeoutMs)
{
    pb::LoginRequest req;
    req.set_protocol(1);
    const QString name = access::normalizeUsername(username);
    req.set_username(
        (name.isEmpty() ? username.normalized(QString::NormalizationForm_C).trimmed() : name).toStdString());
    req.set_password(password.normalized(QString::NormalizationForm_C).toStdString());
    req.set_device(device);
    req.set_device_name(deviceName.toStdString());
    ServerEndpoint anonymous = server;
    anonymous.token.clear();
    QNetworkRequest r = anonymous.request(QStringLiteral("/v1/login"), timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    QNetworkReply *reply = m_nam.post(r, QByteArray::fromStdString(req.SerializeAsString()));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        LoginResult res;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        res.message = QString::fromUtf8(body.left(300)).trimmed();
        if (status == 0) {
            res.error =
                reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                    ? LoginResult::Error::Timeout
                    : LoginResult::Error::Offline;
            res.message = reply->errorString();
        } else if (status == 401) {
            res.error = LoginResult::Error::BadCredentials;
        } else if (status == 403) {
            res.error = LoginResult::Error::DeviceTaken;
        } else if (status == 429) {
            res.error = LoginResult::Error::RateLimited;
            res.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        } else if (status != 200) {
            res.error = LoginResult::Error::ServerError;
        } else {
            pb::LoginResponse resp;
            if (!resp.ParseFromArray(body.constData(), int(body.size())) || resp.token().empty()) {
                res.error = LoginResult::Error::BadResponse;
                res.message = QStringLiteral("the answer is not a LoginResponse");
            } else {
                res.ok = true;
                res.message.clear();
                res.token = QByteArray::fromStdString(resp.token());
                res.account = resp.account();
                res.expiresMs = qint64(resp.expires_ms());
            }
        }
        emit finished(res);
    });
}

} // namespace kh
