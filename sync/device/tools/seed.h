// Seeds a device's store with a synthetic commune (core/demo/synthetic_commune.h): ids from the device's own
// series, one local change-set per batch, ages counted in the device's year.
#pragma once

#include "core/demo/synthetic_commune.h"
#include "device/store/local_store.h"

namespace kh {

SeedResult seedCommune(LocalStore &store, const SeedOptions &options);

} // namespace kh
