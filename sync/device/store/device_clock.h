// The device's "now": its own clock corrected by the offset the server's answers taught it (a phone whose date
// is wrong still registers this year's evaluations once it has synced). Every "today" and "this year" on a
// device comes from here (core/time/clock.h); it says whether the time was ever checked against a server.
#pragma once

#include "core/records/hybrid_clock.h"
#include "core/time/clock.h"

namespace kh {

class DeviceClock final : public Clock {
public:
    explicit DeviceClock(const HybridClock &hlc) : m_hlc(hlc) {}
    // The device's own clock, uncorrected: the one place a device reads the system time.
    static qint64 systemNowMs();

    qint64 nowMs() const override { return m_hlc.nowMs(); }
    bool serverCorrected() const override { return m_corrected; }
    void setServerCorrected(bool corrected) { m_corrected = corrected; }

private:
    const HybridClock &m_hlc;
    bool m_corrected = false;
};

} // namespace kh
