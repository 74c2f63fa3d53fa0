// Reviewing conflicts on a device: what the CLI's `conflicts` and the app's conflicts page both call.
#pragma once

#include "device/store/local_store.h"

namespace kh {

// Marks conflict `id` resolved. Keeping the loser writes its value back to the record as a new edit (in the
// same local transaction), so it syncs like any edit and wins over the value it replaces. Throws EditError
// when the conflict is unknown, already resolved or holds a malformed value.
void resolveConflict(LocalStore &store, const std::string &id, bool keepLoser);

} // namespace kh
