#include "area_report.h"

#include "evaluation_controller.h"
#include "saved_files.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

namespace kh::app {

AreaReportController::AreaReportController(QObject *parent) : QObject(parent)
{
    connect(&m_client, &ReportClient::finished, this, &AreaReportController::onAnswer);
}

void AreaReportController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    m_ws = w;
    const QStringList a = areas();
    m_area = a.isEmpty() ? QString() : a.first();
    loadCached();
    emit workspaceChanged();
    emit changed();
}

QStringList AreaReportController::areas() const
{
    QStringList out;
    if (!m_ws || !m_ws->isOpen()) return out;
    for (const QString &a : m_ws->store().meta("auth_areas").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (a.startsWith(QLatin1String("p:")) || a.startsWith(QLatin1String("c:"))) out << a;
    return out;
}

void AreaReportController::setArea(const QString &a)
{
    if (a == m_area) return;
    m_area = a;
    loadCached();
    emit changed();
}

std::string AreaReportController::cacheKey() const
{
    return QStringLiteral("area_report:%1:%2").arg(m_area).arg(m_ws ? m_ws->year() : 0).toStdString();
}

void AreaReportController::loadCached()
{
    m_tables.clear();
    m_report.reset();
    if (!m_lastExport.isEmpty()) { // another area's or year's file is not this one's
        m_lastExport.clear();
        emit exported();
    }
    m_name.clear();
    m_fetchedMs = 0;
    m_error.clear();
    if (!m_ws || !m_ws->isOpen() || m_area.isEmpty()) return;
    const QString cached = m_ws->store().meta(cacheKey());
    if (cached.isEmpty()) return;
    show(cached.section(QLatin1Char('\n'), 1).toUtf8(), cached.section(QLatin1Char('\n'), 0, 0).toLongLong());
}

QString AreaReportController::fetchedText() const
{
    if (!m_fetchedMs) return tr("Not fetched yet");
    return tr("Figures of %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_fetchedMs), QLocale::ShortFormat));
}

bool AreaReportController::show(const QByteArray &json, qint64 fetchedMs)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) return false;
    const report::Report r = report::fromJson(doc.object());
    const QLocale loc;
    m_tables.clear();
    for (const report::Table &t : r.tables) {
        auto line = [&](const report::Row &x) {
            QString text =
                tr("%1 of %2 recognised (%3%)").arg(loc.toString(x.recognised), loc.toString(x.total)).arg(x.percent());
            if (x.target) text += QStringLiteral(" · ") + tr("target %1%").arg(x.target);
            if (x.provinceTarget) text += QStringLiteral(" · ") + tr("province %1%").arg(x.provinceTarget);
            return text;
        };
        QVariantList rows;
        for (const report::Row &x : t.rows)
            rows.append(QVariantMap{{QStringLiteral("area"), x.area},
                                    {QStringLiteral("text"), line(x)},
                                    {QStringLiteral("lagging"), x.lagging()}});
        // The model's name in the UI language (the report's own is Vietnamese, for the official tables).
        m_tables.append(
            QVariantMap{{QStringLiteral("title"), EvaluationController::modelTitle(pb::LearningModel(t.model))},
                        {QStringLiteral("summary"), line(t.total)},
                        {QStringLiteral("rows"), rows}});
    }
    // The study funds of each commune: money in and out this year, the balance, the awards paid.
    if (!r.funds.empty()) {
        auto line = [&](const report::FundsRow &x) {
            const funds::AreaFunds &f = x.figures;
            QString text =
                tr("received %1 · paid %2 · balance %3")
                    .arg(funds::formatVnd(f.received), funds::formatVnd(f.paid), funds::formatVnd(f.closing));
            text += QStringLiteral(" · ") + tr("%n award(s)", nullptr, f.awards);
            if (f.awaitingApproval)
                text += QStringLiteral(" · ") + tr("%n awaiting approval", nullptr, f.awaitingApproval);
            return text;
        };
        QVariantList rows;
        for (const report::FundsRow &x : r.funds)
            rows.append(QVariantMap{{QStringLiteral("area"), x.area},
                                    {QStringLiteral("text"), line(x)},
                                    {QStringLiteral("lagging"), false}});
        m_tables.append(QVariantMap{{QStringLiteral("title"), tr("Study funds")},
                                    {QStringLiteral("summary"), line(r.fundsTotal)},
                                    {QStringLiteral("rows"), rows}});
    }
    m_name = r.areaName;
    m_fetchedMs = fetchedMs;
    m_report = r;
    return true;
}

QString AreaReportController::exportReport(const QString &format)
{
    if (!m_report) return {};
    // An ASCII name that says which area and year: "bao-cao-tinh-68-2026.pdf", "bao-cao-xa-22945-2026.xlsx".
    QString area = m_area;
    area.replace(QLatin1String("p:"), QLatin1String("tinh-")).replace(QLatin1String("c:"), QLatin1String("xa-"));
    m_lastExport = saveReport(*m_report, QStringLiteral("bao-cao-%1-%2").arg(area).arg(m_report->year), format);
    emit exported();
    return m_lastExport;
}

QString AreaReportController::lastExportText() const
{
    return savedFileText(m_lastExport);
}

bool AreaReportController::openExportFolder() const
{
    return openSavedFile(m_lastExport, true);
}

void AreaReportController::refresh()
{
    if (!m_ws || !m_ws->isOpen() || m_area.isEmpty() || m_busy) return;
    m_busy = true;
    emit busyChanged();
    m_client.fetch(ServerEndpoint::fromStore(m_ws->store(), m_ws->token()), m_area, m_ws->year());
}

void AreaReportController::onAnswer(const QString &area, const ReportAnswer &a)
{
    m_busy = false;
    emit busyChanged();
    if (area != m_area || !m_ws || !m_ws->isOpen()) return;
    switch (a.outcome) {
    case ReportAnswer::Outcome::Ok: {
        const qint64 now = m_ws->store().clock().nowMs();
        if (show(a.json, now)) {
            m_error.clear();
            m_ws->store().setMeta(cacheKey(), QString::number(now) + QLatin1Char('\n') + QString::fromUtf8(a.json));
        } else {
            m_error = tr("The server's answer could not be read.");
        }
        break;
    }
    case ReportAnswer::Outcome::Unreadable: m_error = tr("The server's answer could not be read."); break;
    case ReportAnswer::Outcome::Offline:
        m_error = tr("Cannot reach the server; the figures below are the last ones fetched.");
        break;
    case ReportAnswer::Outcome::LoginNeeded: m_error = tr("Log in again to fetch the figures."); break;
    case ReportAnswer::Outcome::Refused: m_error = tr("The server refused (%1).").arg(a.message); break;
    }
    emit changed();
}

} // namespace kh::app
