// Where records belong: the record a record hangs under, the area keys that decide which devices receive it,
// and the keys a subscription matches (docs/protocol.md, "Areas"). Pure functions: the caller says what it
// knows of other records through lookups.
#pragma once

#include "core/records/record_types.h"

#include <QStringList>
#include <functional>
#include <set>
#include <vector>

namespace kh::domain {

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

} // namespace kh::domain
