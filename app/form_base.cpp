#include "form_base.h"

namespace kh::app {

void FormBase::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    m_ws = w;
    load();
    emit workspaceChanged();
}

} // namespace kh::app
