#include "core/learning/workflow.h"

#include "core/access/access.h"
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/records/ids.h"
#include "core/text/text.h"

namespace kh::workflow {

using K = WorkflowError::Kind;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}
std::string iso(const QDate &d)
{
    return d.toString(Qt::ISODate).toStdString();
}

Edit evaluationEdit(const std::string &id, const pb::Evaluation &changed, const std::vector<quint32> &cleared = {})
{
    return {pb::RECORD_TYPE_EVALUATION, id, std::make_shared<pb::Evaluation>(changed), cleared, false};
}

void refuseIfDecided(const pb::Evaluation &e)
{
    if (!e.decided_on().empty())
        throw WorkflowError(
            K::Decided, "the result was already decided on " + e.decided_on() +
                            (e.decision_number().empty() ? std::string() : " (decision " + e.decision_number() + ")") +
                            ": reopen it first (evaluation reopen)");
}

void refuseIfNotDeclared(const pb::Evaluation &e)
{
    if (e.declared_on().empty())
        throw WorkflowError(K::NotDeclared, "nothing to verify: the self-assessment has not been submitted");
}

const pb::Criterion *findItem(const pb::CriteriaSet &set, const QString &code)
{
    for (const auto &c : set.criteria())
        if (q(c.code()) == code) return &c;
    return nullptr;
}

bool isShare(const pb::Criterion &c)
{
    return c.computation() == pb::COMPUTATION_SHARE_LEARNING_FAMILIES ||
           c.computation() == pb::COMPUTATION_SHARE_LEARNING_CITIZENS;
}

pb::ItemAnswer answerFor(const pb::CriteriaSet &set, const Answer &a)
{
    const auto *item = findItem(set, a.code);
    if (!item)
        throw WorkflowError(K::UnknownItem, "criteria set " + domain::criteriaRef(set).toStdString() + " has no item " +
                                                a.code.toStdString());
    if (a.points > int(item->points()))
        throw WorkflowError(K::TooManyPoints,
                            "item " + a.code.toStdString() + ": at most " + std::to_string(item->points()) + " points");
    pb::ItemAnswer x;
    x.set_code(item->code());
    x.set_met(a.met);
    if (a.points >= 0)
        x.set_points(quint32(a.points));
    else if (a.met && item->points())
        x.set_points(item->points());
    if (!a.note.isEmpty()) x.set_note(cleanText(a.note).toStdString());
    return x;
}

} // namespace

EvaluationState EvaluationState::of(const Record &r)
{
    EvaluationState s;
    s.id = r.id;
    s.record = r;
    s.value.ParseFromString(r.values());
    return s;
}

pb::CriteriaSet pinnedSet(const pb::Evaluation &e, const std::vector<pb::CriteriaSet> &sets, const QString &province)
{
    if (!e.criteria_set().empty()) {
        if (const auto *p = domain::findCriteriaSet(sets, q(e.criteria_set()))) return *p;
        throw WorkflowError(K::NeedsSync, "this device does not have criteria set " + e.criteria_set() +
                                              " the evaluation was made with: sync first");
    }
    const auto *c = domain::chooseCriteriaSet(sets, e.model(), int(e.year()), province);
    if (!c)
        throw WorkflowError(K::NeedsSync, "no criteria set for " + domain::modelName(e.model()).toStdString() + " in " +
                                              std::to_string(e.year()));
    return *c;
}

void requireDecider(pb::Role role, pb::LearningModel model)
{
    if (access::mayDecide(role, model)) return;
    throw WorkflowError(K::NotAllowed,
                        model == pb::LEARNING_MODEL_COMMUNE_COMMUNITY
                            ? "the commune learning community is recognised by the level above the commune"
                            : "only commune staff recognise or reopen; this account is " +
                                  access::roleName(role).toStdString());
}

std::optional<Edit> registerSubject(pb::LearningModel model, const std::string &subjectId, int year,
                                    const std::optional<EvaluationState> &existing, const Actor &by)
{
    const pb::RecordType type = domain::subjectTypeOf(model);
    if (type == pb::RECORD_TYPE_UNSPECIFIED) throw WorkflowError(K::WrongSet, "unknown learning model");
    if (existing && !existing->record.isDeleted() && !existing->value.registered_on().empty()) return std::nullopt;
    pb::Evaluation e;
    e.set_model(model);
    e.set_subject_type(type);
    e.set_subject_id(subjectId);
    e.set_year(quint32(year));
    e.set_registered_on(iso(by.on));
    return evaluationEdit(domain::evaluationId(model, subjectId, year), e); // the store checks that the subject exists
}

Edit assess(const EvaluationState &s, const SetLookup &setOf, const std::vector<Answer> &answers, pb::Assessor who,
            const Actor &by)
{
    const pb::Evaluation &e = s.value;
    if (e.registered_on().empty())
        throw WorkflowError(K::NotRegistered, "not registered for " + std::to_string(e.year()) + ": register first");
    refuseIfDecided(e);
    if (!e.verified_on().empty())
        throw WorkflowError(K::AlreadyVerified,
                            "already verified on " + e.verified_on() + ": the self-assessment can no longer change");
    const pb::CriteriaSet set = setOf();
    pb::Evaluation now = e;
    now.set_criteria_set(domain::criteriaRef(set).toStdString());
    now.set_declared_on(iso(by.on));
    now.set_declared_by(who);
    // Answers replace those given before for the same items; the rest are kept.
    std::map<std::string, pb::ItemAnswer> merged;
    for (const auto &a : e.self_assessment()) merged[a.code()] = a;
    for (const Answer &a : answers) {
        pb::ItemAnswer x = answerFor(set, a);
        merged[x.code()] = x;
    }
    now.clear_self_assessment();
    for (const auto &c : set.criteria()) // in the set's order
        if (const auto it = merged.find(c.code()); it != merged.end()) *now.add_self_assessment() = it->second;
    return evaluationEdit(s.id, now);
}

Edit verifyItem(const EvaluationState &s, const SetLookup &setOf, const QString &code, bool agree, int points,
                const QString &note, const QString &evidence, const Actor &by)
{
    const pb::Evaluation &e = s.value;
    refuseIfNotDeclared(e);
    refuseIfDecided(e);
    // "You cannot verify your own assessment": an officer's self-assessment written on this device.
    const auto declared = s.record.fields.find(pb::Evaluation::kDeclaredOnFieldNumber);
    if (e.declared_by() == pb::ASSESSOR_OFFICER && declared != s.record.fields.end() &&
        declared->second.stamp.device == by.device)
        throw WorkflowError(
            K::OwnAssessment,
            "this self-assessment was filled in on this device by an officer: another officer must verify it");
    const pb::CriteriaSet set = setOf();
    const pb::Criterion *item = findItem(set, code);
    if (!item)
        throw WorkflowError(K::UnknownItem, "criteria set " + e.criteria_set() + " has no item " + code.toStdString());
    if (points > int(item->points()))
        throw WorkflowError(K::TooManyPoints,
                            "item " + code.toStdString() + ": at most " + std::to_string(item->points()) + " points");
    auto v = std::make_shared<pb::ItemVerification>();
    v->set_evaluation_id(s.id);
    v->set_code(item->code());
    v->set_agree(agree);
    if (points >= 0) v->set_points(quint32(points));
    if (!note.isEmpty()) v->set_note(cleanText(note).toStdString());
    if (!evidence.isEmpty()) v->set_evidence(cleanText(evidence).toStdString());
    if (!by.name.isEmpty()) v->set_verified_by(cleanText(by.name).toStdString());
    v->set_verified_on(iso(by.on));
    // A verdict is given whole: without a note, an earlier verdict's note goes (it said why, of another verdict).
    std::vector<quint32> cleared;
    if (note.isEmpty()) cleared.push_back(pb::ItemVerification::kNoteFieldNumber);
    return {pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(s.id, item->code()), v, cleared, false};
}

Edit completeVerification(const EvaluationState &s, const SetLookup &setOf,
                          const std::map<QString, pb::ItemVerification> &verdicts, const Actor &by)
{
    const pb::Evaluation &e = s.value;
    refuseIfNotDeclared(e);
    refuseIfDecided(e);
    const pb::CriteriaSet set = setOf();
    QStringList missing;
    for (const auto &c : set.criteria())
        if (!isShare(c) && !verdicts.count(q(c.code()))) missing << q(c.code());
    if (!missing.isEmpty())
        throw WorkflowError(K::ItemsLeft,
                            "items not verified yet: " + missing.join(QStringLiteral(", ")).toStdString());
    pb::Evaluation now;
    now.set_verified_on(iso(by.on));
    if (!by.name.isEmpty()) now.set_verified_by(cleanText(by.name).toStdString());
    return evaluationEdit(s.id, now);
}

Edit recognise(const EvaluationState &s, const ScoreLookup &score, bool achieved, const QString &decision,
               const Actor &by)
{
    const pb::Evaluation &e = s.value;
    requireDecider(by.role, e.model());
    if (e.registered_on().empty())
        throw WorkflowError(K::NotRegistered,
                            "never registered for " + std::to_string(e.year()) + ": it cannot be recognised");
    refuseIfDecided(e);
    if (e.verified_on().empty())
        throw WorkflowError(K::NotVerified,
                            "not verified yet: an officer verifies the self-assessment before the commune decides");
    const domain::Result scored = score();
    if (achieved && !scored.passed)
        throw WorkflowError(K::DoesNotPass, "the verified result does not pass (" +
                                                scored.reasons.join(QStringLiteral("; ")).toStdString() + ")");
    if (decision.trimmed().isEmpty())
        throw WorkflowError(K::NeedsDecisionNumber, "a decision number is needed, e.g. 45/QĐ-UBND");
    pb::Evaluation now;
    now.set_decided_on(iso(by.on));
    now.set_recognised(achieved);
    now.set_decision_number(cleanText(decision).toStdString());
    if (!by.name.isEmpty()) now.set_decided_by(cleanText(by.name).toStdString());
    if (scored.level > 0) now.set_level(quint32(scored.level));
    return evaluationEdit(s.id, now,
                          {pb::Evaluation::kReopenedOnFieldNumber, pb::Evaluation::kReopenReasonFieldNumber});
}

Edit reopen(const EvaluationState &s, const QString &reason, const Actor &by)
{
    const pb::Evaluation &e = s.value;
    requireDecider(by.role, e.model());
    if (e.decided_on().empty()) throw WorkflowError(K::NotDecided, "nothing to reopen: no decision yet");
    if (reason.trimmed().isEmpty()) throw WorkflowError(K::NeedsReason, "say why it is reopened (--reason)");
    pb::Evaluation now;
    now.set_reopened_on(iso(by.on));
    now.set_reopen_reason(cleanText(reason).toStdString());
    return evaluationEdit(s.id, now,
                          {pb::Evaluation::kDecidedOnFieldNumber, pb::Evaluation::kRecognisedFieldNumber,
                           pb::Evaluation::kDecisionNumberFieldNumber, pb::Evaluation::kDecidedByFieldNumber,
                           pb::Evaluation::kLevelFieldNumber});
}

std::vector<Edit> reassess(const EvaluationState &s, const pb::CriteriaSet *set, const QString &newRef,
                           const std::vector<QString> &verdicts)
{
    const pb::Evaluation &e = s.value;
    refuseIfDecided(e);
    if (!set) throw WorkflowError(K::WrongSet, "no criteria set " + newRef.toStdString() + " on this device");
    if (set->model() != e.model())
        throw WorkflowError(K::WrongSet, "criteria set " + newRef.toStdString() + " is for another model");
    if (q(e.criteria_set()) == newRef)
        throw WorkflowError(K::WrongSet, "already assessed with " + newRef.toStdString());
    pb::Evaluation now;
    now.set_criteria_set(domain::criteriaRef(*set).toStdString());
    std::vector<Edit> edits{
        evaluationEdit(s.id, now,
                       {pb::Evaluation::kSelfAssessmentFieldNumber, pb::Evaluation::kDeclaredOnFieldNumber,
                        pb::Evaluation::kVerifiedOnFieldNumber, pb::Evaluation::kVerifiedByFieldNumber})};
    for (const QString &code : verdicts)
        edits.push_back({pb::RECORD_TYPE_ITEM_VERIFICATION,
                         domain::itemVerificationId(s.id, code.toStdString()),
                         nullptr,
                         {},
                         true});
    return edits;
}

} // namespace kh::workflow
