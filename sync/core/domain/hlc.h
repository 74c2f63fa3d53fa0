// Hybrid logical clock: 48 bits of wall-clock milliseconds, 16 bits of counter, in one uint64. Orders every
// write in the system; ties between devices are broken by device id (see Stamp).
#pragma once

#include <QtGlobal>
#include <compare>
#include <functional>

namespace kh {

struct Stamp {
    quint64 hlc = 0;
    quint64 device = 0;
    auto operator<=>(const Stamp &) const = default;
    bool isNull() const { return hlc == 0 && device == 0; }
};

class HybridClock {
public:
    using NowFn = std::function<qint64()>;
    static qint64 systemNowMs();

    static constexpr quint64 make(qint64 ms, quint32 counter) { return (quint64(ms) << 16) | (counter & 0xFFFF); }
    static constexpr qint64 wallMs(quint64 hlc) { return qint64(hlc >> 16); }

    explicit HybridClock(quint64 last = 0, NowFn now = systemNowMs) : m_last(last), m_now(std::move(now)) {}

    // A local event: strictly greater than every clock value seen so far.
    quint64 tick();
    // Takes a remote clock value into account so later local ticks order after it.
    void observe(quint64 remote);
    // Correction learned from the server, added to the local wall clock (a phone set to the wrong year).
    void setOffsetMs(qint64 offset) { m_offset = offset; }
    qint64 offsetMs() const { return m_offset; }
    quint64 last() const { return m_last; }
    // Forgets the past (used only after the server refused our clock as being far in the future).
    void reset(quint64 last) { m_last = last; }
    qint64 nowMs() const { return m_now() + m_offset; }

private:
    quint64 m_last;
    NowFn m_now;
    qint64 m_offset = 0;
};

} // namespace kh
