#include "core/learning/workflow_check.h"

#include "core/access/access.h"
#include "core/learning/learning_models.h"

#include <algorithm>

namespace kh::workflow {

namespace {

using E = pb::Evaluation;

bool touches(const EvaluationWrite &w, std::initializer_list<int> fields)
{
    return std::any_of(w.fields.begin(), w.fields.end(),
                       [&](quint32 f) { return std::find(fields.begin(), fields.end(), int(f)) != fields.end(); });
}

const std::initializer_list<int> kIdentity = {E::kModelFieldNumber, E::kSubjectTypeFieldNumber,
                                              E::kSubjectIdFieldNumber, E::kYearFieldNumber};
const std::initializer_list<int> kDeclaration = {E::kDeclaredOnFieldNumber, E::kDeclaredByFieldNumber,
                                                 E::kSelfAssessmentFieldNumber, E::kCriteriaSetFieldNumber};
const std::initializer_list<int> kVerification = {E::kVerifiedOnFieldNumber, E::kVerifiedByFieldNumber};
const std::initializer_list<int> kDecision = {
    E::kDecidedOnFieldNumber, E::kRecognisedFieldNumber, E::kDecisionNumberFieldNumber, E::kDecidedByFieldNumber,
    E::kLevelFieldNumber,     E::kReopenedOnFieldNumber, E::kReopenReasonFieldNumber};

// The steps of the merged evaluation are in order.
QString checkOrder(const pb::Evaluation &e)
{
    if (e.subject_type() != domain::subjectTypeOf(e.model()))
        return QStringLiteral("subject_type: not the kind of record its model evaluates");
    if (!e.declared_on().empty() && e.registered_on().empty())
        return QStringLiteral("declared_on: self-assessed without being registered");
    if (!e.declared_on().empty() && e.self_assessment().empty())
        return QStringLiteral("self_assessment: declared without any answer");
    if (!e.verified_on().empty() && e.declared_on().empty())
        return QStringLiteral("verified_on: verified without a self-assessment");
    if (!e.decided_on().empty() && e.verified_on().empty())
        return QStringLiteral("decided_on: decided before it was verified");
    if (!e.decided_on().empty() && e.decision_number().empty())
        return QStringLiteral("decision_number: a decision needs its number");
    if ((e.recognised() || e.level() > 0) && e.decided_on().empty())
        return QStringLiteral("recognised: recognised without a decision");
    return {};
}

// A create holds the registration only: what registerSubject writes.
QString checkCreate(const EvaluationWrite &w)
{
    if (touches(w, kDeclaration) || touches(w, kVerification) || touches(w, kDecision))
        return QStringLiteral("an evaluation is created registered; the later steps come one after another");
    if (w.after->registered_on().empty())
        return QStringLiteral("registered_on: an evaluation starts with its registration");
    return {};
}

// Which steps the change takes, against the state it was taken on.
QString checkSteps(const EvaluationWrite &w)
{
    const pb::Evaluation &before = *w.before;
    const bool decidedBefore = !before.decided_on().empty();
    if (touches(w, kIdentity)) {
        const pb::Evaluation &a = *w.after;
        if (a.model() != before.model() || a.subject_type() != before.subject_type() ||
            a.subject_id() != before.subject_id() || a.year() != before.year())
            return QStringLiteral("model, subject and year: an evaluation's identity does not change");
    }
    if (touches(w, kDeclaration) &&
        (decidedBefore || (!before.verified_on().empty() && !w.after->verified_on().empty())))
        return QStringLiteral("self_assessment: it can no longer change once verified or decided");
    if (touches(w, kVerification) && decidedBefore)
        return QStringLiteral("verified_on: it can no longer change once decided");
    if (touches(w, kDecision) || (w.deleted && decidedBefore)) {
        if (!access::mayDecide(w.role, before.model()) || !access::mayDecide(w.role, w.after->model()))
            return QStringLiteral("decided_on: the %1 decides this model")
                .arg(w.after->model() == pb::LEARNING_MODEL_COMMUNE_COMMUNITY
                         ? QStringLiteral("level above the commune")
                         : QStringLiteral("commune"));
    }
    return {};
}

} // namespace

QString checkEvaluationWrite(const EvaluationWrite &w)
{
    if (!w.after) return QStringLiteral("no value");
    if (!w.before) {
        if (w.deleted) return {};
        if (QString e = checkCreate(w); !e.isEmpty()) return e;
    } else if (QString e = checkSteps(w); !e.isEmpty()) {
        return e;
    }
    return w.deleted ? QString() : checkOrder(*w.after);
}

QString checkVerdictWrite(const std::optional<pb::Evaluation> &evaluation, bool deleted)
{
    if (!evaluation) return QStringLiteral("evaluation_id: no such evaluation");
    if (!evaluation->decided_on().empty())
        return QStringLiteral("the evaluation was decided: its verdicts no longer change");
    if (!deleted && evaluation->declared_on().empty())
        return QStringLiteral("the evaluation has no self-assessment to verify yet");
    return {};
}

} // namespace kh::workflow
