// What the server checks of every evaluation and item verdict it stores, with the rules a device's workflow
// applies (core/learning/workflow.h), on the record as stored and as merged: an evaluation's identity (model,
// subject, year) never changes; it is created registered and nothing more; its steps stay in order (declared
// after registered, verified after declared, decided after verified); a step is taken only while the steps
// after it are not (no self-assessment once verified, no verdict once decided); decisions are taken by those
// who decide the model as stored and as merged; a verdict belongs to a declared, undecided evaluation.
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QString>
#include <optional>
#include <vector>

namespace kh::workflow {

namespace pb = khuyenhoc::v1;

// One write of an evaluation. `fields` are the field numbers the change sets or clears.
struct EvaluationWrite {
    std::optional<pb::Evaluation> before;  // as stored (nullopt: a create)
    const pb::Evaluation *after = nullptr; // as merged (the stored value, for a delete)
    std::vector<quint32> fields;
    bool deleted = false;
    pb::Role role = pb::ROLE_UNSPECIFIED;
};
// Why the write breaks the cycle, or an empty string.
QString checkEvaluationWrite(const EvaluationWrite &w);

// One write of an item verdict, with its evaluation as stored (nullopt when there is none).
QString checkVerdictWrite(const std::optional<pb::Evaluation> &evaluation, bool deleted);

} // namespace kh::workflow
