// The canonical dump of a device's store: one line per record, sorted by type then id, fields in number order
// (domain::dumpLine). Two replicas hold the same data exactly when their dumps (for the same areas) are equal.
#pragma once

#include "device/store/local_store.h"

#include <QStringList>

namespace kh {

QStringList dumpLocal(LocalStore &store, bool withStamps);

} // namespace kh
