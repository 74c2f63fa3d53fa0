// The demo commune the README's main command starts with: synthetic households (core/demo) pushed into the
// server store as change-sets of a demo device, so demo data passes the same validation as real data.
#pragma once

#include "server/store/server_store.h"

namespace kh {

// Returns the number of households created (0 when the demo was already there).
int seedDemoCommune(ServerStore &store, const QString &dataDir, const QString &communeCode, int households);

} // namespace kh
