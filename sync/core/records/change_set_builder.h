// The change-set a writer sends for a batch of edits, as a device's store would (values normalised to NFC,
// only the fields being set): for writers without a device store, such as the server's demo data.
#pragma once

#include "core/records/edit.h"

namespace kh::domain {

pb::ChangeSet changeSetOf(const std::vector<Edit> &edits, quint64 seq, quint64 hlc);

} // namespace kh::domain
