// The record types the product knows, their protobuf messages and names. The sync layer itself needs no
// schema (core/records/record.h); everything that does asks here.
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QString>
#include <google/protobuf/message.h>
#include <memory>
#include <optional>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh::domain {

QString typeName(pb::RecordType t); // "household"
std::optional<pb::RecordType> typeFromName(const QString &name);
std::unique_ptr<google::protobuf::Message> newMessage(pb::RecordType t); // nullptr for unknown types
bool isKnownType(pb::RecordType t);
bool deviceWritable(pb::RecordType t); // false for reference data and conflicts

// The largest encoded value of one record's change; the per-field limits keep real records far below it.
inline constexpr size_t kMaxRecordBytes = 256 * 1024;

// Parses `values` as the type's message. Fields unknown to this build are kept (and ignored here).
std::unique_ptr<google::protobuf::Message> parse(pb::RecordType t, const std::string &values);

// Field name by number for a type ("phone"), or the number as text for unknown fields.
QString fieldName(pb::RecordType t, quint32 field);

} // namespace kh::domain
