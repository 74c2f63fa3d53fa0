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

} // namespace kh::domain
