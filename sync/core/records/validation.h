// Validation of record values before they are written anywhere (a device's store, the server's): valid UTF-8
// in NFC, ranges and formats, required fields, and normalisation of every text field to NFC. Errors name the
// field. "This year" comes from the caller's clock (core/time/clock.h): core reads no clock itself.
#pragma once

#include "core/records/record_types.h"

#include <vector>

namespace kh::domain {

// Checks one change's values: valid UTF-8 in NFC, ranges and formats, and on a create that required fields
// are present and not cleared. Years are checked against `thisYear`. Returns an error naming the field, or an
// empty string.
QString validateChange(pb::RecordType t, const google::protobuf::Message &values, const std::vector<quint32> &cleared,
                       bool isCreate, int thisYear);
// The same for a whole record (the merged result of every change), with the rules that span fields.
QString validateWhole(pb::RecordType t, const google::protobuf::Message &merged, int thisYear);
// Only the rules that span fields (a member's CCCD against the birth year): for a record whose every field
// validateChange has already checked as a create, such as a new record's own values.
QString validateAcrossFields(pb::RecordType t, const google::protobuf::Message &whole);

// Why encoded values do not parse as the type's message, naming the field when one field is at fault
// ("birth_year: malformed value") — for refusals that tell the client author what to fix.
QString malformed(pb::RecordType t, const std::string &values);

// Normalises every string field of the message to NFC (every input path calls this before writing).
void normalizeStrings(google::protobuf::Message *m);

} // namespace kh::domain
