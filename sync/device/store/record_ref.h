// A record named by its type and id: what the outbox and the refused change-sets touch, record by record.
#pragma once

#include "records.pb.h"

#include <string>

namespace kh {

struct RecordRef {
    khuyenhoc::v1::RecordType type = khuyenhoc::v1::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    bool operator==(const RecordRef &o) const { return type == o.type && id == o.id; }
    bool operator<(const RecordRef &o) const { return type != o.type ? type < o.type : id < o.id; }
};

} // namespace kh
