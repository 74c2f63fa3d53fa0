#include "device/net/server_endpoint.h"

#include "device/store/local_store.h"

#include <QFile>
#include <QSslConfiguration>

namespace kh {

ServerEndpoint ServerEndpoint::fromStore(LocalStore &store, const QByteArray &token)
{
    ServerEndpoint e;
    e.base = QUrl(store.meta("server"));
    e.token = token;
    if (const QString ca = store.meta("ca_cert"); !ca.isEmpty()) e.caCertificates = readCertificates(ca, nullptr);
    return e;
}

QList<QSslCertificate> ServerEndpoint::readCertificates(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    const auto certs = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
    if (certs.isEmpty() && error) *error = QStringLiteral("%1 holds no PEM certificate").arg(path);
    return certs;
}

QUrl ServerEndpoint::url(const QString &path, const QUrlQuery &query) const
{
    QUrl u = base;
    QString p = u.path();
    if (p.endsWith(QLatin1Char('/'))) p.chop(1);
    u.setPath(p + path);
    if (!query.isEmpty()) u.setQuery(query);
    return u;
}

QNetworkRequest ServerEndpoint::request(const QString &path, int transferTimeoutMs, const QUrlQuery &query) const
{
    QNetworkRequest r(url(path, query));
    if (!token.isEmpty()) r.setRawHeader("Authorization", "Bearer " + token);
    if (!caCertificates.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(caCertificates);
        r.setSslConfiguration(conf);
    }
    r.setTransferTimeout(transferTimeoutMs);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

} // namespace kh
