// The canonical dump: one line per record, sorted by type then id, fields in number order. Two replicas hold
// the same data exactly when their dumps (for the same areas) are equal.
#pragma once

#include "store/local_store.h"
#include "store/server_store.h"

namespace kh {

QStringList dumpLocal(LocalStore &store, bool withStamps);
QStringList dumpServer(ServerStore &store, const QStringList &areas, bool withStamps);

} // namespace kh
