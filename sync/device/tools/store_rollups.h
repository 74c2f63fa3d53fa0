// Roll-ups of the records on a device (core/learning/rollup.h), from the facts the store keeps as records are
// written (LocalStore::rollupFacts), read once for any number of years (a dashboard's trend).
#pragma once

#include "core/learning/rollup.h"
#include "device/store/local_store.h"

namespace kh::learning {

domain::Rollup rollup(LocalStore &s, int year);
std::map<int, domain::Rollup> rollups(LocalStore &s, const std::vector<int> &years);

} // namespace kh::learning
