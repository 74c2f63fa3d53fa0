#include "device/tools/seed.h"

namespace kh {

SeedResult seedCommune(LocalStore &store, const SeedOptions &options)
{
    return generateCommune(
        options, store.clock().year(), [&] { return store.newId(); },
        [&](const std::vector<Edit> &batch) { store.write(batch); });
}

} // namespace kh
