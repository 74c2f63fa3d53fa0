// The canonical dump of the server's records (domain::dumpLine): `khuyenhoc-server dump`, and tests comparing
// the server with its devices.
#pragma once

#include "server/store/server_store.h"

namespace kh {

QStringList dumpServer(ServerStore &store, const QStringList &areas, bool withStamps);

} // namespace kh
