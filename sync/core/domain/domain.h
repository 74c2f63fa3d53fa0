// Domain knowledge the sync layer does not have: record types and their messages, validation of edits,
// which record a record belongs under, which areas it reaches, and how it reads in a dump.
#pragma once

#include "record.h"
#include "records.pb.h"

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
bool isKnownType(pb::RecordType t);
bool deviceWritable(pb::RecordType t);              // false for reference data and conflicts

// The largest encoded value of one record's change; the per-field limits keep real records far below it.
inline constexpr size_t kMaxRecordBytes = 256 * 1024;

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

// Area keys decide which devices receive a record (docs/protocol.md, "Areas"):
//   province P: p:P rp:P      commune C: c:C p:P rc:C      village V: v:V c:C
//   records under a village: v:V (a household H also h:H)     records spanning a commune directly (clans): c:C
//   records under a household, clan or record (members, links, conflicts): their parents' keys
// `keysOf` resolves a parent's keys; nullopt when the parent is unknown.
using KeyLookup = std::function<std::optional<std::set<std::string>>(pb::RecordType, const std::string &)>;
std::optional<std::set<std::string>> areaKeys(pb::RecordType t, const std::string &id,
                                              const google::protobuf::Message &m, const KeyLookup &keysOf,
                                              QString *why);

// What the server knows about the places a subscription names.
struct AreaResolver {
    std::function<QString(const QString &)> communeOfVillage;
    std::function<QString(const QString &)> provinceOfCommune;
    std::function<QStringList(const QString &)> villagesOfCommune;
    std::function<QStringList(const QString &)> communesOfProvince;
    std::function<QString(const QString &)> villageOfHousehold;
};
// The keys a subscription matches: v:V gives v:V and V's commune and province reference records; c:C gives
// c:C, every village of C and its province's reference record; p:P gives everything in the province;
// h:H gives the household H and what hangs under it, with its commune's and province's reference records.
std::set<std::string> subscriptionKeys(const QStringList &areas, const AreaResolver &resolver);

// Text folded for search, and a display title ("Nguyễn Văn Hùng", "Thôn Phú Lộc").
std::string searchText(pb::RecordType t, const google::protobuf::Message &m); // folded, UTF-8
QString title(pb::RecordType t, const google::protobuf::Message &m);

// Field name by number for a type ("phone"), or the number as text for unknown fields.
QString fieldName(pb::RecordType t, quint32 field);
// Renders one encoded field (as stored in FieldValue::raw) as text: `phone="0912345678"`.
QString renderField(pb::RecordType t, quint32 field, const std::string &raw);

// One canonical line per record for comparing replicas: type, id, then fields in number order.
// With stamps, each field carries @hlc/device and the delete stamp is shown.
QString dumpLine(const Record &r, bool withStamps);

// Derived ids.
std::string provinceId(const QString &code);
std::string communeId(const QString &code);
std::string membershipId(const std::string &clanId, const std::string &householdId);
std::string evaluationId(pb::LearningModel model, const std::string &subjectId, int year);
std::string conflictId(const Record &r, const FieldConflict &c);

} // namespace kh::domain
