// A synced record as the merge sees it: a type, an id, and per field number the field's encoded bytes with
// the stamp (clock, device) of the write that set it. The merge never needs the schema: a field is whatever
// the protobuf wire format says it is, so fields added by a newer app survive on older devices.
#pragma once

#include "core/records/stamp.h"
#include "sync.pb.h"

#include <map>
#include <string>
#include <vector>

namespace kh {

namespace pb = khuyenhoc::v1;

struct FieldValue {
    std::string raw; // the field's wire bytes, tag(s) included; empty = cleared
    Stamp stamp;
};

// Splits an encoded message into its fields by number; repeated occurrences of one number are kept
// together, in order. Returns false on malformed input.
bool splitFields(const std::string &encoded, std::map<quint32, std::string> *out);

struct FieldConflict {
    quint32 field = 0;
    FieldValue winner;
    FieldValue loser;
};

struct Record {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    std::map<quint32, FieldValue> fields;
    Stamp deleted;

    bool exists() const { return !fields.empty() || !deleted.isNull(); }
    bool isDeleted() const;
    Stamp latest() const;       // the newest stamp of any field or delete
    std::string values() const; // the current value as an encoded message (present fields only)

    static bool fromState(const pb::RecordState &state, Record *out);
    pb::RecordState toState() const;

    // Applies one change written at `stamp`. When `conflicts` is non-null, a same-field edit that was made
    // without having seen the current value (its base differs) and loses or wins against a different value
    // is reported there. Returns whether anything changed; false on malformed values.
    bool apply(const pb::Change &change, Stamp stamp, bool *changed, std::vector<FieldConflict> *conflicts);
    // Records in `change` the stamps of the fields it sets or clears that this record already has: what the
    // edit was made on top of, so the server can tell an overwrite from a concurrent edit.
    void addBases(pb::Change *change) const;
    // Joins another replica's state into this one: per field the greater stamp wins. Commutative,
    // associative and idempotent, so every delivery order and every duplicate converge.
    bool merge(const Record &other);
};

} // namespace kh
