#include "hlc.h"

#include <QDateTime>

namespace kh {

qint64 HybridClock::systemNowMs() { return QDateTime::currentMSecsSinceEpoch(); }

quint64 HybridClock::tick()
{
    const quint64 physical = make(nowMs(), 0);
    m_last = physical > m_last ? physical : m_last + 1;
    return m_last;
}

void HybridClock::observe(quint64 remote)
{
    if (remote > m_last) m_last = remote;
}

} // namespace kh
