// Asks the server for an area's year-end figures (GET /v1/report), for staff who oversee many communes
// without their households on the phone. The answer is the report as JSON (core/report/report.h).
#pragma once

#include "device/net/server_endpoint.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace kh {

struct ReportAnswer {
    enum class Outcome { Ok, Offline, LoginNeeded, Refused, Unreadable };
    Outcome outcome = Outcome::Offline;
    QByteArray json; // Ok: the report
    QString message; // Refused: the server's words
};

class ReportClient : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Emits finished() once per call.
    void fetch(const ServerEndpoint &server, const QString &area, int year, int timeoutMs = 90'000);

signals:
    void finished(const QString &area, const kh::ReportAnswer &answer);

private:
    QNetworkAccessManager m_nam;
};

} // namespace kh
