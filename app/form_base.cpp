#include "form_base.h"

#include "queries.h"

#include <QCoreApplication>

namespace kh::app {

QString FormBase::tooLong(const QString &v, int limit)
{
    return v.size() > limit
               ? QCoreApplication::translate("kh::app::HouseholdForm", "Too long: at most %1 characters").arg(limit)
               : QString();
}

void FormBase::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    m_ws = w;
    load();
    emit workspaceChanged();
}

bool FormBase::beginSave()
{
    m_saveError.clear();
    if (m_ws && m_ws->isOpen() && canSave()) return true;
    emit validated();
    return false;
}

bool FormBase::writeChanges(pb::RecordType type, const std::string &id, const google::protobuf::Message &before,
                            const google::protobuf::Message &now)
{
    m_saveError = writeRecord(*m_ws, type, id, before, now);
    if (m_saveError.isEmpty()) return true;
    emit validated();
    return false;
}

bool FormBase::deleteRecord(pb::RecordType type, const std::string &id)
{
    if (!m_ws) return false;
    m_saveError = removeRecord(*m_ws, type, id);
    emit validated();
    return m_saveError.isEmpty();
}

} // namespace kh::app
