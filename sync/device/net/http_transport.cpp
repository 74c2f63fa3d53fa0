#include "device/net/http_transport.h"

#include "core/wire/zstd_codec.h"

#include <QNetworkReply>

namespace kh {

void HttpTransport::post(quint64 tag, const QNetworkRequest &request, const QByteArray &body)
{
    if (!m_nam) m_nam = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tag] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Codes below 100 are transport failures (refused, closed, timed out...): even when a status line
        // had arrived, the body may be cut short, so no answer is passed on.
        const bool transportFailed =
            reply->error() != QNetworkReply::NoError && (status == 0 || int(reply->error()) < 100);
        emit replied(tag, transportFailed ? 0 : status, int(reply->error()), reply->errorString(),
                     transportFailed ? QByteArray() : reply->readAll(), reply->rawHeader("Content-Encoding"),
                     reply->rawHeader(kZstdDictionariesHeader), reply->rawHeader("Accept-Encoding"));
    });
}

void HttpTransport::abortAll()
{
    if (!m_nam) return;
    for (QNetworkReply *r : m_nam->findChildren<QNetworkReply *>()) r->abort();
}

} // namespace kh
