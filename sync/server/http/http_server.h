// The HTTP shell around SyncService: routes, methods, body limits, status codes. Thin on purpose.
#pragma once

#include "server/http/http_options.h"
#include "server/services/auth_service.h"
#include "server/services/sync_service.h"

#include <QHostAddress>
#include <QHttpServer>

namespace kh {

class HttpServer {
public:
    HttpServer(ServerStore &store, AccountStore &accounts, const HttpOptions &options, const AuthOptions &auth = {});
    // Returns the port listened on, or 0 when it cannot listen (`error` says why).
    quint16 listen(QString *error = nullptr);

private:
    ServerStore &m_store;
    SyncService m_service;
    AuthService m_auth;
    HttpOptions m_options;
    QHttpServer m_http;
};

} // namespace kh
