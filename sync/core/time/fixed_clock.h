// A clock that says what it is told: tests, benchmarks and tools that work on a given day.
#pragma once

#include "core/time/clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace kh {

class FixedClock final : public Clock {
public:
    explicit FixedClock(qint64 ms, bool corrected = true) : m_ms(ms), m_corrected(corrected) {}
    static FixedClock onDay(const QDate &day)
    {
        return FixedClock(QDateTime(day, QTime(12, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch());
    }
    qint64 nowMs() const override { return m_ms; }
    bool serverCorrected() const override { return m_corrected; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms;
    bool m_corrected;
};

} // namespace kh
