// "Now", "today" and "this year" for every rule that needs them, from one source the runner injects: a device
// passes its server-corrected clock (device/account/device_clock.h), the server its own. Core reads no clock
// itself, so a phone whose date is set to 2030 cannot register an evaluation for 2030 once it has synced.
//
// Days are counted in Vietnam's time (UTC+7, no daylight saving), whatever zone the machine is set to, so a
// server in UTC and a phone in Hà Nội agree on which day and year it is.
#pragma once

#include <QDate>
#include <QtGlobal>

namespace kh {

class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the epoch, corrected by what the server said its time was (when it has).
    virtual qint64 nowMs() const = 0;
    // False while the time is the device's own, never compared with a server's: the UI says so.
    virtual bool serverCorrected() const = 0;

    QDate today() const { return dateOf(nowMs()); }
    int year() const { return today().year(); }

    // The day (in Vietnam) of a moment.
    static QDate dateOf(qint64 ms);
};

} // namespace kh
