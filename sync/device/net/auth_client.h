// Logging a device in: POST /v1/login with a user name and password, answered with a device token and the
// account (role, areas). Used by the CLI's `login` and the app's login page.
#pragma once

#include "device/net/login_result.h"
#include "device/net/server_endpoint.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace kh {

class AuthClient : public QObject {
    Q_OBJECT
public:
    explicit AuthClient(QObject *parent = nullptr);
    // Emits finished() once. The password is not kept. The endpoint's token is not used.
    void login(const ServerEndpoint &server, const QString &username, const QString &password, quint64 device,
               const QString &deviceName, int timeoutMs = 60'000);

signals:
    void finished(const kh::LoginResult &result);

private:
    QNetworkAccessManager m_nam;
};

} // namespace kh
