// Criteria sets: their readable form (data/criteria/*.json) and records, the checks a set must pass, the sets
// shipped with the program, and choosing the set that applies to a model, year and province.
#pragma once

#include "core/records/record_types.h"

#include <optional>
#include <vector>

namespace kh::domain {

// Parses a criteria set from its readable JSON form. Nullopt with `error` naming what is wrong.
std::optional<pb::CriteriaSet> parseCriteriaJson(const QByteArray &json, QString *error);
// Checks a set: codes unique and non-empty, points and thresholds consistent with its rule.
QString checkCriteriaSet(const pb::CriteriaSet &s);
// The sets shipped in data/criteria/ (compiled in): the national defaults for every model.
const std::vector<pb::CriteriaSet> &builtinCriteriaSets();
// "family@1": what an Evaluation's criteria_set pins.
QString criteriaRef(const pb::CriteriaSet &s);
// The set for a model, year and province: the province's own if it has one, else the national one; the
// newest version valid in that year. Null if none.
const pb::CriteriaSet *chooseCriteriaSet(const std::vector<pb::CriteriaSet> &sets, pb::LearningModel model, int year,
                                         const QString &provinceCode);
const pb::CriteriaSet *findCriteriaSet(const std::vector<pb::CriteriaSet> &sets, const QString &ref);

} // namespace kh::domain
