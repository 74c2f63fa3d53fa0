// Which audit entries to read (ServerStore::audit), newest first.
#pragma once

#include <QString>

namespace kh {

struct AuditQuery {
    QString recordId; // empty: any
    QString user;
    quint64 device = 0;
    qint64 sinceMs = 0;
    int limit = 200;
};

} // namespace kh
