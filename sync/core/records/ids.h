// Ids the domain derives from other fields, so every device arrives at the same record for the same thing:
// reference records by official code, a clan link by its two ends, an evaluation by model, subject and year,
// a conflict by the write that lost.
#pragma once

#include "core/records/record.h"
#include "core/records/record_types.h"

namespace kh::domain {

// The code list every commune reference belongs to (the national list after the 2025 reform).
inline constexpr const char *kCodeList = "2025-07";

std::string provinceId(const QString &code);
std::string communeId(const QString &code);
std::string membershipId(const std::string &clanId, const std::string &householdId);
std::string evaluationId(pb::LearningModel model, const std::string &subjectId, int year);
std::string itemVerificationId(const std::string &evaluationId, const std::string &code);
std::string conflictId(const Record &r, const FieldConflict &c);
std::string criteriaSetRecordId(const pb::CriteriaSet &s); // "K" + set_id + "@" + version
std::string provinceTargetsId(const std::string &provinceCode);
std::string reversalId(const std::string &entryId); // "R-" + the entry's id: an entry is reversed once
// The payment of an award: "P<attempt>-" + the award's id (attempt 1..9). Two treasurers paying one award offline
// write one record; a second attempt exists only once the first was reversed.
std::string awardPaymentId(const std::string &awardId, int attempt);
// The attempt a payment id is for `awardId` (1..9), or 0 when it is not a payment of that award.
int awardPaymentAttempt(const std::string &id, const std::string &awardId);

} // namespace kh::domain
