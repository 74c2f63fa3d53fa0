#include "server/services/rate_limiter.h"

namespace kh {

void RateLimiter::forget(const QString &key, const Times &times)
{
    m_byLast.erase({times.back(), key});
    m_byWeight.erase({int(times.size()), times.back(), key});
}

void RateLimiter::remember(const QString &key, const Times &times)
{
    m_byLast.insert({times.back(), key});
    m_byWeight.insert({int(times.size()), times.back(), key});
}

qint64 RateLimiter::waitMs(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end()) return 0;
    Times &times = *it;
    if (times.front() <= nowMs - m_windowMs) {
        forget(key, times);
        while (!times.empty() && times.front() <= nowMs - m_windowMs) times.pop_front();
        if (times.empty()) {
            m_failures.erase(it);
            return 0;
        }
        remember(key, times);
    }
    return int(times.size()) >= m_limit ? times.front() + m_windowMs - nowMs : 0;
}

void RateLimiter::fail(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_capacity) evictOne(nowMs);
        it = m_failures.insert(key, {});
    } else {
        forget(key, *it);
    }
    Times &times = *it;
    times.push_back(nowMs);
    while (!times.empty() && times.front() <= nowMs - m_windowMs) times.pop_front();
    while (int(times.size()) > m_limit) times.pop_front();
    remember(key, times);
}

void RateLimiter::clear(const QString &key)
{
    const auto it = m_failures.constFind(key);
    if (it == m_failures.constEnd()) return;
    forget(key, *it);
    m_failures.erase(it);
}

void RateLimiter::evictOne(qint64 nowMs)
{
    // An expired key first (nothing is lost), else the lightest live one.
    QString victim =
        m_byLast.begin()->first <= nowMs - m_windowMs ? m_byLast.begin()->second : std::get<2>(*m_byWeight.begin());
    clear(victim);
}

} // namespace kh
