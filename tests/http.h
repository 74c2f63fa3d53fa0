// One HTTP request to the real server from a test, answered synchronously.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

namespace kh::test {

struct Http {
    int status = 0;
    QByteArray body;
    QByteArray allow;
    QByteArray wwwAuthenticate;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

inline Http request(const QByteArray &method, const QString &url, const QByteArray &body = {},
                    const QByteArray &encoding = {}, const QByteArray &token = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-protobuf"));
    if (!encoding.isEmpty()) r.setRawHeader("Content-Encoding", encoding);
    if (!token.isEmpty()) r.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(r, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(20000);
    Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
           reply->readAll(),
           reply->rawHeader("Allow"),
           reply->rawHeader("WWW-Authenticate"),
           reply->rawHeader("Retry-After"),
           reply->error()};
    delete reply;
    return h;
}

} // namespace kh::test
