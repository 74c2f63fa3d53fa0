// A conflict made visible: when a same-field edit made without having seen the current value loses (or wins)
// against a different value, the server records both sides as a Conflict record under the edited record, for
// people to review on their phones (device/tools/conflicts.h).
#pragma once

#include "core/records/record.h"
#include "records.pb.h"

namespace kh::domain {

pb::Conflict conflictOf(const Record &r, const FieldConflict &c);

} // namespace kh::domain
