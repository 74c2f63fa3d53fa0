// The limits a server store enforces.
#pragma once

#include <QtGlobal>

namespace kh {

struct ServerLimits {
    qint64 maxClockSkewMs = 10 * 60 * 1000; // a change-set stamped further ahead than this is refused
    int maxPageRecords = 5000;
    qsizetype maxPageBytes = 2 * 1024 * 1024;
    qint64 maxDatabaseBytes = 0; // 0: no cap; otherwise writes past it fail like a full disk (503, nothing written)
};

} // namespace kh
