// How records read as text: a display title ("Nguyễn Văn Hùng"), the folded text search looks in, one field
// rendered for logs and the audit (`phone="0912345678"`), and the canonical dump line that compares replicas.
#pragma once

#include "core/records/record.h"
#include "core/records/record_types.h"

namespace kh::domain {

// Text folded for search, and a display title ("Nguyễn Văn Hùng", "Thôn Phú Lộc").
std::string searchText(pb::RecordType t, const google::protobuf::Message &m); // folded, UTF-8
QString title(pb::RecordType t, const google::protobuf::Message &m);

// Renders one encoded field (as stored in FieldValue::raw) as text: `phone="0912345678"`.
QString renderField(pb::RecordType t, quint32 field, const std::string &raw);

// One canonical line per record for comparing replicas: type, id, then fields in number order.
// With stamps, each field carries @hlc/device and the delete stamp is shown.
QString dumpLine(const Record &r, bool withStamps);

} // namespace kh::domain
