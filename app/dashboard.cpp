#include "dashboard.h"
#include "rollup_controller.h"
#include "saved_files.h"

#include "device/tools/report_archive.h"
#include "device/tools/store_rollups.h"
#include "evaluation_controller.h"
#include "queries.h"

namespace kh::app {

QString DashboardController::deltaText(bool known, int delta, int since)
{
    if (!known) return tr("no figures for %1").arg(since);
    //: A rate's change since last year, in percentage points ("tăng 4 điểm phần trăm so với 2025")
    if (delta > 0) return tr("up %n percentage point(s) since %1", nullptr, delta).arg(since);
    if (delta < 0) return tr("down %n percentage point(s) since %1", nullptr, -delta).arg(since);
    return tr("the same as in %1").arg(since);
}

void DashboardController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) {
        connect(m_ws, &Workspace::changed, this, &DashboardController::reload);
        connect(&m_ws->rollups(), &RollupCache::ready, this, &DashboardController::reload);
    }
    reload();
    emit workspaceChanged();
}

void DashboardController::setCommuneCode(const QString &c)
{
    if (c == m_commune) return;
    m_commune = c;
    reload();
}

QStringList DashboardController::communeChoices() const
{
    QStringList out{tr("All communes")};
    for (const auto &c : m_communes) out << c.toMap().value(QStringLiteral("name")).toString();
    return out;
}

void DashboardController::chooseCommune(int index)
{
    setCommuneCode(index > 0 && index <= m_communes.size()
                       ? m_communes[index - 1].toMap().value(QStringLiteral("code")).toString()
                       : QString());
}

// Long: the page's four lists (communes, models, villages, trend) from one set of figures, in the page's order.
void DashboardController::reload()
{
    m_communes.clear();
    m_models.clear();
    m_villages.clear();
    m_trend.clear();
    m_area.clear();
    const int year = m_ws ? m_ws->year() : 0;
    const auto figures = m_ws && m_ws->isOpen() ? m_ws->rollups().figures() : nullptr;
    m_loading = m_ws && m_ws->isOpen() && (!figures || !figures->count(year));
    if (m_loading) m_ws->rollups().hurry(); // computed on another thread; `ready` reloads
    if (!m_loading && figures) {
        auto &s = m_ws->store();
        const auto &all = *figures;
        const auto &now = all.at(year);
        const auto &last = all.at(year - 1);
        auto communeOf = [&](const domain::Rollup &r) -> const domain::AreaFigures & {
            if (!m_commune.isEmpty())
                for (const auto &c : r.communes)
                    if (c.id == m_commune) return c;
            return r.total;
        };
        for (const auto &c : now.communes)
            m_communes.append(QVariantMap{{QStringLiteral("code"), c.id},
                                          {QStringLiteral("name"), c.name},
                                          {QStringLiteral("percent"), c.families.percent()},
                                          {QStringLiteral("lagging"), c.families.lagging()}});
        const auto &here = communeOf(now);
        const auto &before = communeOf(last);
        m_area = m_commune.isEmpty()
                     ? (now.communes.size() == 1 ? now.communes.front().name : tr("All communes on this phone"))
                     : here.name;
        const std::pair<pb::LearningModel, domain::Rate domain::AreaFigures::*> models[] = {
            {pb::LEARNING_MODEL_FAMILY, &domain::AreaFigures::families},
            {pb::LEARNING_MODEL_CLAN, &domain::AreaFigures::clans},
            {pb::LEARNING_MODEL_VILLAGE_COMMUNITY, &domain::AreaFigures::villages},
            {pb::LEARNING_MODEL_UNIT, &domain::AreaFigures::units},
            {pb::LEARNING_MODEL_CITIZEN, &domain::AreaFigures::citizens}};
        const QLocale loc;
        for (const auto &[model, member] : models) {
            const domain::Rate &x = here.*member, &y = before.*member;
            const int delta = x.percent() - y.percent();
            QString text = QStringLiteral("%1/%2").arg(loc.toString(x.recognised), loc.toString(x.total));
            // The bar shows the goal (the province's own target when set); the national one stays in words.
            const QString targetText = RollupController::targetText(x);
            m_models.append(QVariantMap{{QStringLiteral("title"), EvaluationController::modelTitle(model)},
                                        {QStringLiteral("text"), text},
                                        {QStringLiteral("percent"), x.percent()},
                                        {QStringLiteral("target"), x.goal()},
                                        {QStringLiteral("targetText"), targetText},
                                        {QStringLiteral("meetsTarget"), x.meetsTarget()},
                                        {QStringLiteral("lagging"), x.lagging()},
                                        {QStringLiteral("delta"), delta},
                                        {QStringLiteral("deltaText"), deltaText(y.total > 0, delta, year - 1)}});
        }
        // Villages of the chosen commune (or all), worst first: where to go next.
        std::map<QString, QString> communeOfVillage;
        for (const auto &r : s.list(pb::RECORD_TYPE_VILLAGE))
            communeOfVillage[q(r.id)] = q(valueOf<pb::Village>(r).commune_code());
        std::vector<const domain::AreaFigures *> vs;
        for (const auto &v : now.villages)
            if (m_commune.isEmpty() || communeOfVillage[v.id] == m_commune) vs.push_back(&v);
        std::stable_sort(vs.begin(), vs.end(),
                         [](const auto *a, const auto *b) { return a->families.percent() < b->families.percent(); });
        for (const auto *v : vs)
            m_villages.append(QVariantMap{{QStringLiteral("villageId"), v->id},
                                          {QStringLiteral("name"), v->name},
                                          {QStringLiteral("percent"), v->families.percent()},
                                          {QStringLiteral("recognised"), v->families.recognised},
                                          {QStringLiteral("total"), v->families.total},
                                          {QStringLiteral("target"), v->families.goal()},
                                          {QStringLiteral("lagging"), v->families.lagging()}});
        for (int y = year - 4; y <= year; ++y) {
            const auto &f = communeOf(all.at(y)).families;
            if (f.recognised == 0 && y != year) continue; // no finished year recorded
            m_trend.append(QVariantMap{{QStringLiteral("year"), y},
                                       {QStringLiteral("percent"), f.percent()},
                                       {QStringLiteral("meetsTarget"), f.meetsTarget()}});
        }
    }
    emit changed();
}

QString DashboardController::exportReport(const QString &format)
{
    if (!m_ws || !m_ws->isOpen()) return {};
    const auto r = report::build(m_ws->store(), m_ws->year());
    m_lastExport = saveReport(r, QStringLiteral("bao-cao-hoc-tap-%1").arg(r.year), format);
    emit exported();
    return m_lastExport;
}

QString DashboardController::lastExportText() const
{
    return savedFileText(m_lastExport);
}

bool DashboardController::openExportFolder() const
{
    return openSavedFile(m_lastExport, true);
}

} // namespace kh::app
