// The facts of an area gathered for a roll-up: its villages, households, members, clans, units, the stage of
// every evaluation, and the province's own targets.
#pragma once

#include "core/learning/rollup_fact.h"
#include "core/learning/stage.h"
#include "core/records/record.h"

#include <map>
#include <memory>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace kh::domain {

// Ids are kept once each in an arena the facts own (a ward has 300,000 of them): the lists hold views into it.
class IdArena {
public:
    std::string_view keep(std::string_view s);

private:
    static constexpr size_t kChunk = 1 << 16;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    size_t m_used = kChunk;
};

struct RollupFacts {
    struct Village {
        std::string id;
        QString name, commune;
    };
    std::vector<Village> villages;
    std::vector<std::pair<std::string_view, std::string_view>> households;    // id, village
    std::vector<std::tuple<std::string_view, std::string_view, int>> members; // id, household, birth year
    std::vector<std::pair<std::string_view, QString>> clans, units;           // id, commune
    struct StageOf {
        int year, model;
        Stage stage;
        int next; // the subject's previous evaluation in `stageList`, -1 at the end
    };
    // subject -> its newest evaluation in `stageList` (a roll-up looks a subject up once for all its years)
    std::unordered_map<std::string_view, int> stages;
    std::vector<StageOf> stageList;
    size_t evaluations = 0;
    // False when the subject surely has no evaluation: a bit per hash, so a roll-up skips the table lookup (a
    // cache miss or two) for the 250,000 members of a ward without one.
    bool mayHaveStages(std::string_view subject) const
    {
        const size_t h = std::hash<std::string_view>{}(subject) & (kSubjectBits - 1);
        return !m_subjectBits.empty() && (m_subjectBits[h / 64] >> (h % 64) & 1);
    }
    std::map<QString, std::map<int, int>> provinceTargets; // province code -> model -> percent
    void add(const Fact &f);
    void addTargets(const pb::ProvinceTargets &t);
    // Adds one record (nothing for a deleted one), decoding only the fields a roll-up needs. Villages must come
    // before the households and clans under them (record types are numbered in that order).
    void addRecord(const Record &r);
    // Room for this many facts (a store that knows its count saves the regrowing).
    void reserve(size_t households, size_t members, size_t evaluations);

private:
    static constexpr size_t kSubjectBits = size_t(1) << 20;
    std::vector<quint64> m_subjectBits;
    IdArena m_ids;
    std::unordered_map<std::string, QString> m_communeOfVillage; // of the villages added so far
};

} // namespace kh::domain
