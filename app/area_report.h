// Figures of a whole area from the server (GET /v1/report), for staff who oversee many communes: the
// province's or a commune's year-end tables without a single household on the phone. The last answer is kept
// in the workspace, so the figures stay readable offline, with the time they were fetched.
#pragma once

#include "workspace.h"

#include "core/report/report.h"
#include "device/net/report_client.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace kh::app {

class AreaReportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // The areas the account may ask for ("p:68", "c:22945"), and the one shown.
    Q_PROPERTY(QStringList areas READ areas NOTIFY workspaceChanged)
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY changed)
    Q_PROPERTY(int areaIndex READ areaIndex NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString fetchedText READ fetchedText NOTIFY changed)
    // Per model: title, summary (recognised/total · percent · targets), rows: [{area, text}] per village or commune.
    Q_PROPERTY(QVariantList tables READ tables NOTIFY changed)
    // The figures shown, written as a file to print or send on (as the dashboard's year-end report).
    Q_PROPERTY(bool canExport READ canExport NOTIFY changed)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exported)
    Q_PROPERTY(QString lastExportText READ lastExportText NOTIFY exported)
public:
    explicit AreaReportController(QObject *parent = nullptr);
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QStringList areas() const;
    QString area() const { return m_area; }
    void setArea(const QString &a);
    int areaIndex() const { return int(areas().indexOf(m_area)); }
    Q_INVOKABLE void chooseArea(int index) { setArea(areas().value(index)); }
    QString areaName() const { return m_name; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString fetchedText() const;
    QVariantList tables() const { return m_tables; }

    // Asks the server for this year's figures of the area.
    Q_INVOKABLE void refresh();

    bool canExport() const { return m_report.has_value(); }
    QString lastExport() const { return m_lastExport; }
    QString lastExportText() const;
    // Writes the figures shown as "csv", "xlsx" or "pdf"; the file's path, empty when nothing was written.
    Q_INVOKABLE QString exportReport(const QString &format);
    Q_INVOKABLE bool openExportFolder() const;

    // Shows a report's JSON (as the server sends it); false when it is not one.
    bool show(const QByteArray &json, qint64 fetchedMs);

signals:
    void workspaceChanged();
    void changed();
    void busyChanged();
    void exported();

private:
    void loadCached();
    std::string cacheKey() const;
    void onAnswer(const QString &area, const ReportAnswer &answer);

    QPointer<Workspace> m_ws;
    QString m_area, m_name, m_error;
    QVariantList m_tables;
    std::optional<report::Report> m_report;
    QString m_lastExport;
    qint64 m_fetchedMs = 0;
    bool m_busy = false;
    ReportClient m_client;
};

} // namespace kh::app
