// The facts of an area gathered for a roll-up: its villages, households, members, clans, units, the stage of
// every evaluation, and the province's own targets.
#pragma once

#include "core/learning/rollup_fact.h"
#include "core/learning/stage.h"
#include "core/records/record.h"

#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace kh::domain {

struct RollupFacts {
    struct Village {
        std::string id;
        QString name, commune;
    };
    std::vector<Village> villages;
    std::vector<std::pair<std::string, std::string>> households;    // id, village
    std::vector<std::tuple<std::string, std::string, int>> members; // id, household, birth year
    std::vector<std::pair<std::string, QString>> clans, units;      // id, commune
    std::unordered_map<std::string, Stage> stages;                  // (year, model, subject) -> stage
    std::map<QString, std::map<int, int>> provinceTargets;          // province code -> model -> percent
    static std::string key(int year, int model, const std::string &subject)
    {
        return std::to_string(year) + '/' + std::to_string(model) + '/' + subject;
    }
    void add(const Fact &f);
    void addTargets(const pb::ProvinceTargets &t);
    // Adds one record (nothing for a deleted one), decoding only the fields a roll-up needs. Villages must come
    // before the households and clans under them (record types are numbered in that order).
    void addRecord(const Record &r);

private:
    std::unordered_map<std::string, QString> m_communeOfVillage; // of the villages added so far
};

} // namespace kh::domain
