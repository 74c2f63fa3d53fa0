// Hybrid logical clock: 48 bits of wall-clock milliseconds, 16 bits of counter, in one uint64. Orders every
// write in the system (see Stamp). The physical time comes from outside (the device's or the server's clock,
// core/time/clock.h): core has no clock of its own.
#pragma once

#include "core/records/stamp.h"

#include <QtGlobal>
#include <functional>

namespace kh {

class HybridClock {
public:
    using NowFn = std::function<qint64()>; // physical milliseconds since the epoch

    static constexpr quint64 make(qint64 ms, quint32 counter) { return (quint64(ms) << 16) | (counter & 0xFFFF); }
    static constexpr qint64 wallMs(quint64 hlc) { return qint64(hlc >> 16); }

    explicit HybridClock(NowFn physical, quint64 last = 0) : m_last(last), m_now(std::move(physical)) {}

    // A local event: strictly greater than every clock value seen so far.
    quint64 tick();
    // Takes a remote clock value into account so later local ticks order after it.
    void observe(quint64 remote);
    // Correction learned from the server, added to the physical clock (a phone set to the wrong year).
    void setOffsetMs(qint64 offset) { m_offset = offset; }
    qint64 offsetMs() const { return m_offset; }
    quint64 last() const { return m_last; }
    // Forgets the past (used only after the server refused our clock as being far in the future).
    void reset(quint64 last) { m_last = last; }
    // The physical time corrected by the server's offset: what "now" is for this replica.
    qint64 nowMs() const { return m_now() + m_offset; }
    // The physical clock alone, uncorrected.
    qint64 physicalMs() const { return m_now(); }

private:
    quint64 m_last;
    NowFn m_now;
    qint64 m_offset = 0;
};

} // namespace kh
