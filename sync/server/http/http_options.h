// Where the server listens and what it accepts: the limits a connection meets before any work is done for it.
#pragma once

#include <QHostAddress>
#include <QString>

namespace kh {

struct HttpOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;
    qsizetype maxBody = 16 * 1024 * 1024; // per request, counted as it arrives (Content-Length or chunked)
    // A connection that starts no request for this long is closed (a keep-alive one between syncs, or one
    // that never sends a byte).
    qint64 idleTimeoutMs = 30 * 1000;
    // From a request's first byte until its whole body has arrived, and again for writing the answer: a
    // client that sends (or reads) too slowly is cut off. A device's push is at most ~50 KB on the wire,
    // a few seconds on 2G, so two minutes leave room for a very bad link.
    qint64 requestTimeoutMs = 120 * 1000;
    int maxConnections = 512; // open at once; one more is answered 503 and closed
    int workers = 2;          // threads that run the routes (they take turns at the stores: Routes::withStores)
    QString tlsCertificate;   // PEM files; both set: serve HTTPS only
    QString tlsKey;
};

} // namespace kh
