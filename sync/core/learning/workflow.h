// The yearly cycle as pure transitions: register → self-assess → verify item by item → complete the
// verification → recognise (or not) / reopen, and re-assess under a newer criteria set. Each transition takes
// the evaluation as it stands and who acts, and returns the edits that make the step, or throws WorkflowError
// saying why the step is not legal. No store, no clock: the device's workflow (device/workflow) gathers the
// records and writes the edits; the server can run the same rules on what it receives.
//
// Every step writes only the fields it sets, so it syncs with the field-level merge like any edit: item
// verdicts are records of their own, and two officers verifying different items of one household both keep
// their work.
#pragma once

#include "core/learning/scoring.h"
#include "core/learning/workflow_error.h"
#include "core/records/edit.h"
#include "core/records/record.h"

#include <QDate>
#include <functional>
#include <optional>

namespace kh::workflow {

// Who takes a step, and on which day (from the runner's server-corrected clock).
struct Actor {
    pb::Role role = pb::ROLE_UNSPECIFIED;
    quint64 device = 0; // the device the step is written on (an officer may not verify their own assessment)
    QString name;       // for the "by" fields; may be empty
    QDate on;
};

// An evaluation as the rules see it: its record as stored (the stamps tell who wrote what) and its value.
struct EvaluationState {
    std::string id;
    Record record;
    pb::Evaluation value;
    static EvaluationState of(const Record &r);
};

struct Answer {
    QString code;
    bool met = false;
    int points = -1; // -1: the item's full points when met, 0 when not
    QString note;
};

// The set an evaluation is scored under: the one it pins, else the one that applies to its model, year and
// province. Throws NeedsSync when this replica does not have it.
pb::CriteriaSet pinnedSet(const pb::Evaluation &e, const std::vector<pb::CriteriaSet> &sets, const QString &province);

// Lookups the caller answers from what it holds, asked only once a step's order has been checked: the set an
// evaluation is scored under (pinnedSet), and its score now (domain::evaluate).
using SetLookup = std::function<pb::CriteriaSet()>;
using ScoreLookup = std::function<domain::Result()>;

// Registers a subject for a year; nullopt when it is already registered (registering twice is registering once).
// `existing` is the evaluation's record if there is one.
std::optional<Edit> registerSubject(pb::LearningModel model, const std::string &subjectId, int year,
                                    const std::optional<EvaluationState> &existing, const Actor &by);
Edit assess(const EvaluationState &e, const SetLookup &set, const std::vector<Answer> &answers, pb::Assessor who,
            const Actor &by);
Edit verifyItem(const EvaluationState &e, const SetLookup &set, const QString &code, bool agree, int points,
                const QString &note, const QString &evidence, const Actor &by);
Edit completeVerification(const EvaluationState &e, const SetLookup &set,
                          const std::map<QString, pb::ItemVerification> &verdicts, const Actor &by);
// A decision of "achieved" needs the score to pass; the level of a levels rule comes from it too.
Edit recognise(const EvaluationState &e, const ScoreLookup &score, bool achieved, const QString &decision,
               const Actor &by);
Edit reopen(const EvaluationState &e, const QString &reason, const Actor &by);
// Pins the evaluation to `newSet` and clears its self-assessment and verdicts (the codes in `verdicts`):
// explicit, so a changed set never silently changes a result. `newSet` is null when the replica lacks it.
std::vector<Edit> reassess(const EvaluationState &e, const pb::CriteriaSet *newSet, const QString &newRef,
                           const std::vector<QString> &verdicts);

// May `role` take decisions on this evaluation's model (access::mayDecide)? Throws NotAllowed if not.
void requireDecider(pb::Role role, pb::LearningModel model);

} // namespace kh::workflow
