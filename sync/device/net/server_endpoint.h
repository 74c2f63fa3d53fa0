// The one way a device talks HTTP to its server: the server's address, the signed-in user's device token and
// the certificates to trust besides the system's (a commune server's own). The sync, login and report clients
// all build their requests here, so a custom certificate or a token works the same for each.
#pragma once

#include <QList>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

namespace kh {

class LocalStore;

struct ServerEndpoint {
    QUrl base;
    QByteArray token;                      // sent as a Bearer token when not empty
    QList<QSslCertificate> caCertificates; // trusted besides the system's

    // The server and certificate remembered in a device's database (meta "server", "ca_cert": a PEM file),
    // with `token`.
    static ServerEndpoint fromStore(LocalStore &store, const QByteArray &token);
    // The PEM certificates of a file; empty (with *error) when it cannot be read or holds none.
    static QList<QSslCertificate> readCertificates(const QString &path, QString *error);

    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // A request for `path` ("/v1/sync"), with the token, the certificates, HTTP/1.1 and a transfer timeout.
    QNetworkRequest request(const QString &path, int transferTimeoutMs, const QUrlQuery &query = {}) const;
};

} // namespace kh
