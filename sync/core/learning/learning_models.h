// The learning models (gia đình, dòng họ, cộng đồng, đơn vị, công dân học tập, cộng đồng cấp xã): their names,
// the kind of record each evaluates, and the national targets of Decision 387/QĐ-TTg.
#pragma once

#include "core/records/record_types.h"

#include <optional>

namespace kh::domain {

QString modelName(pb::LearningModel m); // "family", "clan"... (CLI and file names)
std::optional<pb::LearningModel> modelFromName(const QString &name);
pb::RecordType subjectTypeOf(pb::LearningModel m); // HOUSEHOLD for family, CLAN, VILLAGE, LEARNING_UNIT, MEMBER

// National targets for 2025 (Decision 387/QĐ-TTg), percent: 70 families, 65 clans, 65 village communities, 80 units.
int nationalTarget(pb::LearningModel m);

// Checks a province's own targets: a known province is the caller's to check; each percent 1..100, one target
// per known model. Returns an error or an empty string.
QString checkProvinceTargets(const pb::ProvinceTargets &t);

} // namespace kh::domain
