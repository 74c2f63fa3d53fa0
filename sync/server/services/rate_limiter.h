#pragma once

#include <QHash>
#include <QString>
#include <algorithm>
#include <deque>
#include <set>
#include <tuple>
#include <utility>

namespace kh {

// Failed attempts per key (an account, an address) within a sliding window, for at most `capacity` keys. In
// memory: a restart forgets them, which costs an attacker a restart of our server, not a way round the limit.
//
// When the table is full, a new key takes the place of an expired one if there is one, otherwise of the live
// key with the fewest failures (the oldest of those). A flood of new names, one failure each, therefore pushes
// out other one-failure names and never a counter someone has built up against an account: flooding cannot
// reset the count that locks an attacked account. (Logins cost an argon2id verification each, ~0.1 s, so a
// window of 15 minutes holds at most ~9,000 failures per worker: the default capacity is not reached at all.)
class RateLimiter {
public:
    static constexpr int kDefaultCapacity = 100000;

    RateLimiter(int limit, qint64 windowMs, int capacity = kDefaultCapacity)
        : m_limit(limit), m_windowMs(windowMs), m_capacity(std::max(1, capacity))
    {}
    // Milliseconds until the key may try again; 0 when it may now.
    qint64 waitMs(const QString &key, qint64 nowMs);
    void fail(const QString &key, qint64 nowMs);
    void clear(const QString &key);
    int size() const { return int(m_failures.size()); }

private:
    using Times = std::deque<qint64>; // the key's failures within the window, oldest first, at most `limit`
    void forget(const QString &key, const Times &times);
    void remember(const QString &key, const Times &times);
    void evictOne(qint64 nowMs);

    int m_limit;
    qint64 m_windowMs;
    int m_capacity;
    QHash<QString, Times> m_failures;
    // Two orders over the same keys, for eviction: by the last failure (expired ones first), and by weight
    // (fewest failures, then the oldest last failure).
    std::set<std::pair<qint64, QString>> m_byLast;
    std::set<std::tuple<int, qint64, QString>> m_byWeight;
};

} // namespace kh
