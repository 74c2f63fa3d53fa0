#include "core/time/clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace kh {

QDate Clock::dateOf(qint64 ms)
{
    static const QTimeZone vietnam(7 * 3600);
    return QDateTime::fromMSecsSinceEpoch(ms, vietnam).date();
}

} // namespace kh
