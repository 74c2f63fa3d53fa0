#include "rollup_controller.h"

#include "core/areas/admin_units.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "device/account/device_account.h"
#include "device/tools/store_rollups.h"
#include "evaluation_controller.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"
#include <QDate>

namespace kh::app {

void RollupController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) {
        connect(m_ws, &Workspace::changed, this, &RollupController::reload);
        connect(&m_ws->rollups(), &RollupCache::ready, this, &RollupController::reload);
    }
    reload();
    emit workspaceChanged();
}

QString RollupController::targetText(const domain::Rate &x)
{
    return x.provinceTarget ? tr("national target %1% · province %2%").arg(x.target).arg(x.provinceTarget)
                            : tr("target %1%").arg(x.target);
}

void RollupController::reload()
{
    m_rows.clear();
    const auto figures = m_ws && m_ws->isOpen() ? m_ws->rollups().figures() : nullptr;
    m_loading = m_ws && m_ws->isOpen() && (!figures || !figures->count(m_ws->year()));
    if (m_loading) m_ws->rollups().hurry(); // computed on another thread; `ready` reloads
    if (!m_loading && figures) {
        const auto &r = figures->at(m_ws->year());
        const QLocale loc;
        auto row = [&](pb::LearningModel m, const domain::Rate &x) {
            QString text = QStringLiteral("%1/%2").arg(loc.toString(x.recognised), loc.toString(x.total));
            if (x.total) text += QStringLiteral(" · %1%").arg(x.percent());
            if (x.goal()) text += QStringLiteral(" · ") + targetText(x);
            m_rows.append(QVariantMap{{QStringLiteral("model"), EvaluationController::modelTitle(m)},
                                      {QStringLiteral("recognised"), x.recognised},
                                      {QStringLiteral("total"), x.total},
                                      {QStringLiteral("percent"), x.percent()},
                                      {QStringLiteral("target"), x.goal()},
                                      {QStringLiteral("meetsTarget"), x.meetsTarget()},
                                      {QStringLiteral("lagging"), x.lagging()},
                                      {QStringLiteral("text"), text}});
        };
        row(pb::LEARNING_MODEL_FAMILY, r.total.families);
        row(pb::LEARNING_MODEL_CLAN, r.total.clans);
        row(pb::LEARNING_MODEL_VILLAGE_COMMUNITY, r.total.villages);
        row(pb::LEARNING_MODEL_UNIT, r.total.units);
        row(pb::LEARNING_MODEL_CITIZEN, r.total.citizens);
    }
    emit changed();
}

} // namespace kh::app
