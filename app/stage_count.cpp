#include "stage_count.h"

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

void StageCount::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    m_others = -1;
    if (m_ws) connect(m_ws, &Workspace::changed, this, &StageCount::recount);
    recount();
    emit workspaceChanged();
}

void StageCount::setStage(int s)
{
    if (s == m_stage) return;
    m_stage = s;
    m_others = -1;
    recount();
}

void StageCount::recount()
{
    if (m_building) return;
    int n = 0;
    m_loading = m_ws && m_ws->householdsLoading();
    if (m_ws && m_ws->isOpen() && !m_loading) {
        for (const auto &h : m_ws->households().rows()) n += int(h.stage) == m_stage ? 1 : 0;
        // Other subjects' evaluations: counted again only when an evaluation (or anything, after a sync) changed.
        const auto t = m_ws->lastChange();
        if (m_others < 0 || t == pb::RECORD_TYPE_UNSPECIFIED || t == pb::RECORD_TYPE_EVALUATION) {
            m_others = int(m_ws->store().evaluationStages({m_ws->year(), 0, m_stage, true}).size());
        }
        n += m_others;
    }
    m_count = n;
    emit changed();
}

} // namespace kh::app
