// The yearly cycle on a device: the pure transitions of core/learning/workflow.h applied to the local store.
// Each step gathers what the rules need from the store (the evaluation with its stamps, the criteria sets, the
// verdicts, the records items are computed from), lets the rules decide, and writes the edits as one local
// change-set, or throws WorkflowError and writes nothing.
//
// "Who acts" is a workflow::Actor: DeviceAccount(store).actor() gives the signed-in user, this device and today
// from the device's server-corrected clock.
#pragma once

#include "core/learning/criteria.h"
#include "core/learning/workflow.h"
#include "device/store/local_store.h"

namespace kh::learning {

using workflow::Actor;
using workflow::Answer;
using workflow::WorkflowError;

// The criteria sets this device knows: those synced from the server, else the built-in national defaults.
std::vector<pb::CriteriaSet> criteriaSets(LocalStore &s);
// The 2-digit province of a subject (household, clan, village, unit, member, commune), empty if unknown.
QString provinceOf(LocalStore &s, pb::RecordType type, const std::string &id);

std::string registerSubject(LocalStore &s, pb::LearningModel model, const std::string &subjectId, int year,
                            const Actor &by);
void assess(LocalStore &s, const std::string &evaluationId, const std::vector<Answer> &answers, pb::Assessor who,
            const Actor &by);
void verifyItem(LocalStore &s, const std::string &evaluationId, const QString &code, bool agree, int points,
                const QString &note, const QString &evidence, const Actor &by);
void completeVerification(LocalStore &s, const std::string &evaluationId, const Actor &by);
void recognise(LocalStore &s, const std::string &evaluationId, bool achieved, const QString &decision, const Actor &by);
void reopen(LocalStore &s, const std::string &evaluationId, const QString &reason, const Actor &by);
// Pins the evaluation to `newRef` (a newer set) and clears its self-assessment and verdicts.
void reassess(LocalStore &s, const std::string &evaluationId, const QString &newRef);

// The records the computable items of `e` are computed from, as this device has them.
domain::SubjectRecords subjectRecords(LocalStore &s, const pb::Evaluation &e);
std::map<QString, domain::Computed> computedItems(LocalStore &s, const pb::CriteriaSet &set, const pb::Evaluation &e);
std::map<QString, pb::ItemVerification> verdicts(LocalStore &s, const std::string &evaluationId);

struct Scored {
    pb::Evaluation evaluation;
    pb::CriteriaSet set; // the set it pins (or would use, before a self-assessment)
    domain::Result result;
};
Scored score(LocalStore &s, const std::string &evaluationId);

} // namespace kh::learning
