// The server's clock: the machine's own, the reference every device corrects itself by (the server sends its
// time in every answer). The one place the server reads the system time.
#pragma once

#include "core/time/clock.h"

namespace kh {

class SystemClock final : public Clock {
public:
    static qint64 systemNowMs();
    qint64 nowMs() const override { return systemNowMs(); }
    bool serverCorrected() const override { return true; }
};

} // namespace kh
