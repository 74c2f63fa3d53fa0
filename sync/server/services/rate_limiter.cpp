#include "server/services/rate_limiter.h"

namespace kh {

qint64 RateLimiter::waitMs(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end()) return 0;
    auto &times = *it;
    while (!times.empty() && times.front() <= nowMs - m_windowMs) times.pop_front();
    if (times.empty()) {
        m_failures.erase(it);
        return 0;
    }
    return int(times.size()) >= m_limit ? times.front() + m_windowMs - nowMs : 0;
}

void RateLimiter::fail(const QString &key, qint64 nowMs)
{
    if (m_failures.size() > 100000) m_failures.clear(); // a flood of names or addresses must not eat memory
    auto &times = m_failures[key];
    times.push_back(nowMs);
    while (int(times.size()) > m_limit) times.pop_front();
}

} // namespace kh
