#include "core/records/hybrid_clock.h"

namespace kh {

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
