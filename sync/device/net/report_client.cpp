#include "device/net/report_client.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace kh {

void ReportClient::fetch(const ServerEndpoint &server, const QString &area, int year, int timeoutMs)
{
    const QNetworkRequest r =
        server.request(QStringLiteral("/v1/report"), timeoutMs,
                       QUrlQuery{{QStringLiteral("area"), area}, {QStringLiteral("year"), QString::number(year)}});
    QNetworkReply *reply = m_nam.get(r);
    connect(reply, &QNetworkReply::finished, this, [this, reply, area] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        ReportAnswer a;
        if (status == 200) {
            QJsonParseError e{};
            const bool json = QJsonDocument::fromJson(body, &e).isObject() && e.error == QJsonParseError::NoError;
            a.outcome = json ? ReportAnswer::Outcome::Ok : ReportAnswer::Outcome::Unreadable;
            a.json = body;
        } else if (status == 0) {
            a.outcome = ReportAnswer::Outcome::Offline;
            a.message = reply->errorString();
        } else if (status == 401) {
            a.outcome = ReportAnswer::Outcome::LoginNeeded;
        } else {
            a.outcome = ReportAnswer::Outcome::Refused;
            a.message = QString::fromUtf8(body.left(200)).trimmed();
        }
        emit finished(area, a);
    });
}

} // namespace kh
