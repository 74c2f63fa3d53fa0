// The dashboard for commune and provincial staff: per model the rate against its target and the change since
// last year; per village the learning families' rate, lagging villages marked, for bars; the family rate per
// year, for a trend; a commune filter to drill down from the province to a commune to its villages (and from
// a village to its households, in QML). All from the roll-up of the records on this device; exports write
// the year-end report as CSV, XLSX or PDF.
#pragma once

#include "workspace.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class DashboardController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString communeCode READ communeCode WRITE setCommuneCode NOTIFY changed)
    Q_PROPERTY(QString areaName READ areaName NOTIFY changed)
    Q_PROPERTY(QVariantList communes READ communes NOTIFY changed)            // code, name, percent, lagging
    Q_PROPERTY(QStringList communeChoices READ communeChoices NOTIFY changed) // "All communes", then each name
    Q_PROPERTY(
        QVariantList models READ models NOTIFY
            changed) // title, text, percent, target (the province's own when set), targetText, meetsTarget, lagging, delta, deltaText
    Q_PROPERTY(QVariantList villages READ villages NOTIFY
                   changed) // villageId, name, percent, recognised, total, target, lagging
    Q_PROPERTY(QVariantList trend READ trend NOTIFY changed) // year, percent, meetsTarget
    // The figures are being computed (on another thread; a moment after the app opened or the records changed).
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString lastExport READ lastExport NOTIFY exported)
    // What to show of it: the file's name and the folder in words ("Documents"), never the path.
    Q_PROPERTY(QString lastExportText READ lastExportText NOTIFY exported)
public:
    explicit DashboardController(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString communeCode() const { return m_commune; }
    void setCommuneCode(const QString &c);
    QString areaName() const { return m_area; }
    QVariantList communes() const { return m_communes; }
    QStringList communeChoices() const;
    // Chooses the commune by its index in communeChoices (0 = all).
    Q_INVOKABLE void chooseCommune(int index);
    QVariantList models() const { return m_models; }
    QVariantList villages() const { return m_villages; }
    QVariantList trend() const { return m_trend; }
    QString lastExport() const { return m_lastExport; }
    bool loading() const { return m_loading; }

    // Writes this year's report ("csv", "xlsx" or "pdf") into the app's documents folder; returns its path,
    // empty on failure.
    Q_INVOKABLE QString exportReport(const QString &format);
    QString lastExportText() const;
    // Shows the exported file where staff send it from: its folder in the desktop's file manager (on Android the
    // folder is the phone's Documents, reached from the chat app's "attach file"). False when nothing opened it.
    Q_INVOKABLE bool openExportFolder() const;
    // A rate's change since `since`, in percentage points and words: "up 4 percentage points since 2025".
    static QString deltaText(bool known, int delta, int since);

signals:
    void workspaceChanged();
    void changed();
    void exported();

private:
    void reload();
    QPointer<Workspace> m_ws;
    QString m_commune, m_area, m_lastExport;
    bool m_loading = false;
    QVariantList m_communes, m_models, m_villages, m_trend;
};

} // namespace kh::app
