// Where the server listens and what it accepts.
#pragma once

#include <QHostAddress>
#include <QString>

namespace kh {

struct HttpOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8080;
    qsizetype maxBody = 16 * 1024 * 1024;
    QString tlsCertificate; // PEM files; both set: serve HTTPS only
    QString tlsKey;
};

} // namespace kh
