#include "device/store/device_clock.h"

#include <QDateTime>

namespace kh {

qint64 DeviceClock::systemNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace kh
