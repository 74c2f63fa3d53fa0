// What a roll-up needs from one record: one fact per village, household, member, clan, unit and evaluation.
// Devices make them from their records; the server keeps them in a table updated from every write, so a
// provincial report reads small rows instead of decoding every record.
#pragma once

#include "core/records/record_types.h"

#include <QString>
#include <functional>
#include <optional>

namespace kh::domain {

struct Fact {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    QString commune; // village, clan, unit: the commune it counts in; household: its village's
    std::string ref; // household: its village; member: its household; evaluation: its subject; clan: its first village
    QString name;    // village: its name
    int number = 0;  // member: birth year; evaluation: year
    int model = 0;   // evaluation: its model
    int stage = 0;   // evaluation: its Stage
};
// The record types a roll-up counts (those factOf answers for): villages, households, members, clans, units,
// evaluations.
bool hasFact(pb::RecordType t);
// The fact of one live record; nullopt for the types a roll-up does not use. `communeOfVillage` answers for
// households and clans (a clan counts once, in the commune of its first village).
std::optional<Fact> factOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                           const std::function<QString(const std::string &village)> &communeOfVillage);

// The server keeps facts of the study-fund records too, as an index of each commune's books (a province's report
// reads its communes' funds without scanning anyone else's): a fund names its commune; its programmes and entries
// (receipts, disbursements, reversals) refer to the fund, an award to its programme. Nullopt for other types.
std::optional<Fact> fundFactOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m);
// The fact of any record the server keeps facts of: factOf's, then fundFactOf's.
std::optional<Fact> serverFactOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                                 const std::function<QString(const std::string &village)> &communeOfVillage);
// The record a fact takes its commune from when it does not name its own: a member's household, an evaluation's
// subject (a commune subject is named: none), a fund entry's or programme's fund, an award's programme.
struct CommuneSource {
    pb::RecordType type;
    std::string id;
};
std::optional<CommuneSource> communeSource(pb::RecordType t, const Fact &f, const google::protobuf::Message &m);
// The commune a record counts in, with its fact: the fact's own, or its source's, which `communeOf` looks up (a
// store's facts table; for a source not caught up yet, its record).
using CommuneLookup = std::function<QString(pb::RecordType, const std::string &id)>;
QString communeOfRecord(pb::RecordType t, const Fact &f, const google::protobuf::Message &m,
                        const CommuneLookup &communeOf);
// The fact and commune of a stored record (`merged` its values), as a facts catch-up writes them; nullopt for a
// type without facts. One definition for both stores.
std::optional<Fact> factWithCommune(pb::RecordType t, const std::string &id, const google::protobuf::Message &merged,
                                    const CommuneLookup &communeOf);
// The types others take their commune from (a catch-up keeps their communes at hand while it runs).
bool isCommuneSource(pb::RecordType t);
// The types of the server's facts, in the order a catch-up writes them so that each finds its source's fact:
// places and households, members, clans and units, evaluations, funds, then what hangs under funds. As SQL:
// "type IN (...)" and an ORDER BY expression over the column `type`.
extern const char *const kServerFactTypes;
extern const char *const kServerFactOrder;

} // namespace kh::domain
