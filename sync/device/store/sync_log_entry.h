// One line of the device's sync history: what a sync sent and received, and how it ended.
#pragma once

#include <QString>

namespace kh {

struct SyncLogEntry {
    qint64 atMs = 0;
    int sent = 0, received = 0, conflicts = 0, rejected = 0;
    QString error;
};

} // namespace kh
