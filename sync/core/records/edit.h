// One record edit, as the rules produce it and a store writes it: the fields being set (only those), the
// fields being cleared, or a deletion.
#pragma once

#include "core/records/record_types.h"

#include <memory>
#include <vector>

namespace kh {

struct Edit {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    std::shared_ptr<google::protobuf::Message> values; // may be null for a delete or a pure clear
    std::vector<quint32> cleared;
    bool remove = false;
};

} // namespace kh
