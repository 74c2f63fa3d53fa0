#include "server/admin/server_dump.h"

#include "core/records/record_text.h"

namespace kh {

QStringList dumpServer(ServerStore &store, const QStringList &areas, bool withStamps)
{
    QStringList out;
    store.forEach(areas, [&](const Record &r) { out << domain::dumpLine(r, withStamps); });
    return out;
}

} // namespace kh
