#include "device/tools/local_dump.h"

#include "core/records/record_text.h"

namespace kh {

QStringList dumpLocal(LocalStore &store, bool withStamps)
{
    QStringList out;
    for (const Record &r : store.all()) out << domain::dumpLine(r, withStamps);
    return out;
}

} // namespace kh
