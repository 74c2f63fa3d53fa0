#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace kh {

// Failed attempts per key within a sliding window. In memory: a restart forgets them, which costs an
// attacker a restart of our server, not a way round the limit.
class RateLimiter {
public:
    RateLimiter(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}
    // Milliseconds until the key may try again; 0 when it may now.
    qint64 waitMs(const QString &key, qint64 nowMs);
    void fail(const QString &key, qint64 nowMs);
    void clear(const QString &key) { m_failures.remove(key); }

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, std::deque<qint64>> m_failures;
};

} // namespace kh
