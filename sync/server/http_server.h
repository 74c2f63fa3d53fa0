// The HTTP shell around SyncService: routes, methods, body limits, status codes. Thin on purpose.
#pragma once

#include "sync_service.h"

#include <QHostAddress>
#include <QHttpServer>

namespace kh {

struct HttpOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;
    qsizetype maxBody = 16 * 1024 * 1024;
};

class HttpServer {
public:
    HttpServer(ServerStore &store, const HttpOptions &options);
    // Returns the port listened on, or 0 when it cannot listen.
    quint16 listen();

private:
    ServerStore &m_store;
    SyncService m_service;
    HttpOptions m_options;
    QHttpServer m_http;
};

} // namespace kh
