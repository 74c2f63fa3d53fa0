#include "server/services/system_clock.h"

#include <QDateTime>

namespace kh {

qint64 SystemClock::systemNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace kh
