// Roll-ups: each model's rate per village, per commune and in all, for a year, computed from the records'
// facts and never typed in. Devices and the server both call this, from the facts each keeps.
#pragma once

#include "core/learning/rate.h"
#include "core/learning/rollup_facts.h"

#include <QString>
#include <functional>
#include <map>
#include <vector>

namespace kh::domain {

struct AreaFigures {
    QString id, name; // village id or commune code
    Rate families, clans, villages, units, citizens;
};

struct Rollup {
    std::vector<AreaFigures> villages; // per village, in Vietnamese name order
    std::vector<AreaFigures> communes; // per commune (villages' figures summed, plus clans, units)
    AreaFigures total;                 // everything in the facts
};

// The figures of each year from facts already gathered.
std::map<int, Rollup> rollups(const RollupFacts &facts, const std::vector<int> &years);
// The same from any source of records, given in record-type order (villages first).
using RecordSource = std::function<void(const std::function<void(const Record &)> &)>;
std::map<int, Rollup> rollups(const RecordSource &forEachRecord, const std::vector<int> &years);

} // namespace kh::domain
