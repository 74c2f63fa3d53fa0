#include "dump.h"

namespace kh {

QStringList dumpLocal(LocalStore &store, bool withStamps)
{
    QStringList out;
    for (const Record &r : store.all()) out << domain::dumpLine(r, withStamps);
    return out;
}

QStringList dumpServer(ServerStore &store, const QStringList &areas, bool withStamps)
{
    QStringList out;
    store.forEach(areas, [&](const Record &r) { out << domain::dumpLine(r, withStamps); });
    return out;
}

} // namespace kh
