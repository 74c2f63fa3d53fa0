// Domain knowledge the sync layer does not have: record types and their messages, validation of edits,
// which record a record belongs under, which areas it reaches, and how it reads in a dump.
#pragma once

#include "record.h"
#include "khuyenhoc/v1/records.pb.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <set>

namespace kh::domain {

// The code list every commune reference belongs to (the national list after the 2025 reform).
inline constexpr const char *kCodeList = "2025-07";

QString typeName(pb::RecordType t);                 // "household"
std::optional<pb::RecordType> typeFromName(const QString &name);
std::unique_ptr<google::protobuf::Message> newMessage(pb::RecordType t); // nullptr for unknown types
bool deviceWritable(pb::RecordType t);              // false for reference data and conflicts

// Parses `values` as the type's message. Fields unknown to this build are kept (and ignored here).
std::unique_ptr<google::protobuf::Message> parse(pb::RecordType t, const std::string &values);

// Checks one change's values: valid UTF-8 in NFC, ranges and formats, and on a create (or when `whole`
// is the merged record) that required fields are present and not cleared. Returns an error naming the
// field, or an empty string.
QString validateChange(pb::RecordType t, const google::protobuf::Message &values,
                       const std::vector<quint32> &cleared, bool isCreate);
QString validateWhole(pb::RecordType t, const google::protobuf::Message &merged);

// Normalises every string field of the message to NFC (every input path calls this before writing).
void normalizeStrings(google::protobuf::Message *m);

// The record this one belongs under (village for a household, household for a member...), if any.
struct Parent {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
};
std::vector<Parent> parents(pb::RecordType t, const google::protobuf::Message &m);

// Area keys: "p:<province>", "c:<commune>", "v:<village id>", and "r:<code>" for the reference record of a
// commune or province, which reaches devices subscribed below it. `keysOf` resolves a parent's keys.
using KeyLookup = std::function<std::optional<std::set<std::string>>(pb::RecordType, const std::string &)>;
std::optional<std::set<std::string>> areaKeys(pb::RecordType t, const std::string &id,
                                              const google::protobuf::Message &m, const KeyLookup &keysOf,
                                              QString *why);
// What a subscription to one area expands to; `communeOfVillage` and `provinceOfCommune` resolve parents.
std::set<std::string> subscriptionKeys(const QStringList &areas,
                                       const std::function<QString(const QString &)> &communeOfVillage,
                                       const std::function<QString(const QString &)> &provinceOfCommune);

// Text folded for search, and a display title ("Nguyễn Văn Hùng", "Thôn Phú Lộc").
QString searchText(pb::RecordType t, const google::protobuf::Message &m);
QString title(pb::RecordType t, const google::protobuf::Message &m);

// Field name by number for a type ("phone"), or the number as text for unknown fields.
QString fieldName(pb::RecordType t, quint32 field);
std::optional<quint32> fieldNumber(pb::RecordType t, const QString &name);
// Renders one encoded field (as stored in FieldValue::raw) as text: `phone="0912345678"`.
QString renderField(pb::RecordType t, quint32 field, const std::string &raw);

// One canonical line per record for comparing replicas: type, id, then fields in number order.
// With stamps, each field carries @hlc/device and the delete stamp is shown.
QString dumpLine(const Record &r, bool withStamps);

// Derived ids.
std::string provinceId(const QString &code);
std::string communeId(const QString &code);
std::string membershipId(const std::string &clanId, const std::string &householdId);
std::string conflictId(const Record &r, const FieldConflict &c);

} // namespace kh::domain
