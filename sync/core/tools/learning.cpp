#include "learning.h"

#include "domain/access.h"

#include "domain/domain.h"
#include "domain/refdata.h"
#include "domain/text.h"

#include <QCollator>
#include <set>
#include <tuple>
#include <unordered_map>

namespace kh::learning {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

std::string iso(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }

struct Loaded {
    Record record;
    pb::Evaluation e;
};

Loaded load(LocalStore &s, const std::string &id)
{
    const auto r = s.get(pb::RECORD_TYPE_EVALUATION, id);
    if (!r || r->isDeleted()) throw WorkflowError(WorkflowError::Kind::Missing, "no evaluation '" + id + "'");
    return {*r, valueOf<pb::Evaluation>(*r)};
}

void write(LocalStore &s, const std::string &id, const pb::Evaluation &changed, const std::vector<quint32> &cleared = {})
{
    s.write({{pb::RECORD_TYPE_EVALUATION, id, std::make_shared<pb::Evaluation>(changed), cleared, false}});
}

void refuseIfDecided(const pb::Evaluation &e)
{
    if (!e.decided_on().empty())
        throw WorkflowError(WorkflowError::Kind::Decided, "the result was already decided on " + e.decided_on() +
                            (e.decision_number().empty() ? std::string() : " (decision " + e.decision_number() + ")") +
                            ": reopen it first (evaluation reopen)");
}

pb::CriteriaSet pinnedSet(LocalStore &s, const pb::Evaluation &e)
{
    const auto sets = criteriaSets(s);
    if (!e.criteria_set().empty()) {
        if (const auto *p = domain::findCriteriaSet(sets, q(e.criteria_set()))) return *p;
        throw WorkflowError(WorkflowError::Kind::NeedsSync, "this device does not have criteria set " + e.criteria_set() + " the evaluation was made with: sync first");
    }
    const auto *c = domain::chooseCriteriaSet(sets, e.model(), int(e.year()), provinceOf(s, e.subject_type(), e.subject_id()));
    if (!c) throw WorkflowError(WorkflowError::Kind::NeedsSync, "no criteria set for " + domain::modelName(e.model()).toStdString() + " in " + std::to_string(e.year()));
    return *c;
}

} // namespace

std::vector<pb::CriteriaSet> criteriaSets(LocalStore &s)
{
    std::vector<pb::CriteriaSet> out;
    for (const auto &r : s.list(pb::RECORD_TYPE_CRITERIA_SET)) out.push_back(valueOf<pb::CriteriaSet>(r));
    if (out.empty()) out = domain::builtinCriteriaSets();
    return out;
}

QString provinceOf(LocalStore &s, pb::RecordType type, const std::string &id)
{
    auto communeProvince = [](const QString &commune) {
        const auto *c = AdminUnits::builtin().commune(commune);
        return c ? c->provinceCode : QString();
    };
    auto villageProvince = [&](const std::string &villageId) {
        const auto v = s.get(pb::RECORD_TYPE_VILLAGE, villageId);
        return v ? communeProvince(q(valueOf<pb::Village>(*v).commune_code())) : QString();
    };
    switch (type) {
    case pb::RECORD_TYPE_COMMUNE: return communeProvince(q(id));
    case pb::RECORD_TYPE_VILLAGE: return villageProvince(id);
    case pb::RECORD_TYPE_HOUSEHOLD: {
        const auto h = s.get(type, id);
        return h ? villageProvince(valueOf<pb::Household>(*h).village_id()) : QString();
    }
    case pb::RECORD_TYPE_MEMBER: {
        const auto m = s.get(type, id);
        return m ? provinceOf(s, pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Member>(*m).household_id()) : QString();
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto c = s.get(type, id);
        if (!c) return {};
        const auto clan = valueOf<pb::Clan>(*c);
        if (!clan.village_ids().empty()) return villageProvince(clan.village_ids(0));
        return clan.commune_codes().empty() ? QString() : communeProvince(q(clan.commune_codes(0)));
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: {
        const auto u = s.get(type, id);
        return u ? communeProvince(q(valueOf<pb::LearningUnit>(*u).commune_code())) : QString();
    }
    default: return {};
    }
}

std::string registerSubject(LocalStore &s, pb::LearningModel model, const std::string &subjectId, int year, const QDate &on)
{
    const pb::RecordType type = domain::subjectTypeOf(model);
    if (type == pb::RECORD_TYPE_UNSPECIFIED) throw WorkflowError(WorkflowError::Kind::WrongSet, "unknown learning model");
    const std::string id = domain::evaluationId(model, subjectId, year);
    if (const auto r = s.get(pb::RECORD_TYPE_EVALUATION, id); r && !r->isDeleted() && !valueOf<pb::Evaluation>(*r).registered_on().empty())
        return id; // registering twice is registering once
    pb::Evaluation e;
    e.set_model(model);
    e.set_subject_type(type);
    e.set_subject_id(subjectId);
    e.set_year(quint32(year));
    e.set_registered_on(iso(on));
    write(s, id, e); // the store checks that the subject exists
    return id;
}

void assess(LocalStore &s, const std::string &evaluationId, const std::vector<Answer> &answers, pb::Assessor by, const QDate &on)
{
    const auto [rec, e] = load(s, evaluationId);
    if (e.registered_on().empty()) throw WorkflowError(WorkflowError::Kind::NotRegistered, "not registered for " + std::to_string(e.year()) + ": register first");
    refuseIfDecided(e);
    if (!e.verified_on().empty()) throw WorkflowError(WorkflowError::Kind::AlreadyVerified, "already verified on " + e.verified_on() + ": the self-assessment can no longer change");
    const pb::CriteriaSet set = pinnedSet(s, e);
    pb::Evaluation now = e;
    now.set_criteria_set(domain::criteriaRef(set).toStdString());
    now.set_declared_on(iso(on));
    now.set_declared_by(by);
    // Answers replace those given before for the same items; the rest are kept.
    std::map<std::string, pb::ItemAnswer> merged;
    for (const auto &a : e.self_assessment()) merged[a.code()] = a;
    for (const Answer &a : answers) {
        const auto *item = [&]() -> const pb::Criterion * {
            for (const auto &c : set.criteria())
                if (q(c.code()) == a.code) return &c;
            return nullptr;
        }();
        if (!item) throw WorkflowError(WorkflowError::Kind::UnknownItem, "criteria set " + domain::criteriaRef(set).toStdString() + " has no item " + a.code.toStdString());
        if (a.points > int(item->points())) throw WorkflowError(WorkflowError::Kind::TooManyPoints, "item " + a.code.toStdString() + ": at most " + std::to_string(item->points()) + " points");
        pb::ItemAnswer x;
        x.set_code(item->code());
        x.set_met(a.met);
        if (a.points >= 0) x.set_points(quint32(a.points));
        else if (a.met && item->points()) x.set_points(item->points());
        if (!a.note.isEmpty()) x.set_note(cleanText(a.note).toStdString());
        merged[item->code()] = x;
    }
    now.clear_self_assessment();
    for (const auto &c : set.criteria()) // in the set's order
        if (const auto it = merged.find(c.code()); it != merged.end()) *now.add_self_assessment() = it->second;
    write(s, evaluationId, now);
}

std::map<QString, pb::ItemVerification> verdicts(LocalStore &s, const std::string &evaluationId)
{
    std::map<QString, pb::ItemVerification> out;
    for (const auto &r : s.list(pb::RECORD_TYPE_ITEM_VERIFICATION, evaluationId)) {
        const auto v = valueOf<pb::ItemVerification>(r);
        out[q(v.code())] = v;
    }
    return out;
}

void verifyItem(LocalStore &s, const std::string &evaluationId, const QString &code, bool agree, int points,
                const QString &note, const QString &evidence, const QString &by, const QDate &on)
{
    const auto [rec, e] = load(s, evaluationId);
    if (e.declared_on().empty()) throw WorkflowError(WorkflowError::Kind::NotDeclared, "nothing to verify: the self-assessment has not been submitted");
    refuseIfDecided(e);
    // "You cannot verify your own assessment": an officer's self-assessment written on this device.
    const auto declared = rec.fields.find(pb::Evaluation::kDeclaredOnFieldNumber);
    if (e.declared_by() == pb::ASSESSOR_OFFICER && declared != rec.fields.end() && declared->second.stamp.device == s.deviceId())
        throw WorkflowError(WorkflowError::Kind::OwnAssessment, "this self-assessment was filled in on this device by an officer: another officer must verify it");
    const pb::CriteriaSet set = pinnedSet(s, e);
    const pb::Criterion *item = nullptr;
    for (const auto &c : set.criteria())
        if (q(c.code()) == code) item = &c;
    if (!item) throw WorkflowError(WorkflowError::Kind::UnknownItem, "criteria set " + e.criteria_set() + " has no item " + code.toStdString());
    if (points > int(item->points())) throw WorkflowError(WorkflowError::Kind::TooManyPoints, "item " + code.toStdString() + ": at most " + std::to_string(item->points()) + " points");
    auto v = std::make_shared<pb::ItemVerification>();
    v->set_evaluation_id(evaluationId);
    v->set_code(item->code());
    v->set_agree(agree);
    if (points >= 0) v->set_points(quint32(points));
    if (!note.isEmpty()) v->set_note(cleanText(note).toStdString());
    if (!evidence.isEmpty()) v->set_evidence(cleanText(evidence).toStdString());
    if (!by.isEmpty()) v->set_verified_by(cleanText(by).toStdString());
    v->set_verified_on(iso(on));
    s.write({{pb::RECORD_TYPE_ITEM_VERIFICATION, evaluationId + "/" + item->code(), v, {}, false}});
}

void completeVerification(LocalStore &s, const std::string &evaluationId, const QString &by, const QDate &on)
{
    const auto [rec, e] = load(s, evaluationId);
    if (e.declared_on().empty()) throw WorkflowError(WorkflowError::Kind::NotDeclared, "nothing to verify: the self-assessment has not been submitted");
    refuseIfDecided(e);
    const pb::CriteriaSet set = pinnedSet(s, e);
    const auto given = verdicts(s, evaluationId);
    QStringList missing;
    for (const auto &c : set.criteria()) {
        const bool share = c.computation() == pb::COMPUTATION_SHARE_LEARNING_FAMILIES || c.computation() == pb::COMPUTATION_SHARE_LEARNING_CITIZENS;
        if (!share && !given.count(q(c.code()))) missing << q(c.code());
    }
    if (!missing.isEmpty()) throw WorkflowError(WorkflowError::Kind::ItemsLeft, "items not verified yet: " + missing.join(QStringLiteral(", ")).toStdString());
    pb::Evaluation now;
    now.set_verified_on(iso(on));
    if (!by.isEmpty()) now.set_verified_by(cleanText(by).toStdString());
    write(s, evaluationId, now);
}

bool mayDecide(LocalStore &s, pb::LearningModel model)
{
    const QString role = s.meta("auth_role");
    if (role.isEmpty()) return true;
    const auto r = access::parseRole(role);
    return r && access::mayDecide(*r, model);
}

namespace {
void refuseIfNotDecider(LocalStore &s, const pb::Evaluation &e)
{
    if (!mayDecide(s, e.model()))
        throw WorkflowError(WorkflowError::Kind::NotAllowed, e.model() == pb::LEARNING_MODEL_COMMUNE_COMMUNITY
            ? "the commune learning community is recognised by the level above the commune"
            : "only commune staff recognise or reopen; your account is " + s.meta("auth_role").toStdString());
}
} // namespace

void recognise(LocalStore &s, const std::string &evaluationId, bool achieved, const QString &decision, const QDate &on,
               const QString &by)
{
    const auto [rec, e] = load(s, evaluationId);
    refuseIfNotDecider(s, e);
    if (e.registered_on().empty()) throw WorkflowError(WorkflowError::Kind::NotRegistered, "never registered for " + std::to_string(e.year()) + ": it cannot be recognised");
    refuseIfDecided(e);
    if (e.verified_on().empty()) throw WorkflowError(WorkflowError::Kind::NotVerified, "not verified yet: an officer verifies the self-assessment before the commune decides");
    if (achieved) {
        const auto scored = score(s, evaluationId);
        if (!scored.result.passed)
            throw WorkflowError(WorkflowError::Kind::DoesNotPass, "the verified result does not pass (" + scored.result.reasons.join(QStringLiteral("; ")).toStdString() + ")");
    }
    if (decision.trimmed().isEmpty()) throw WorkflowError(WorkflowError::Kind::NeedsDecisionNumber, "a decision number is needed, e.g. 45/QĐ-UBND");
    pb::Evaluation now;
    now.set_decided_on(iso(on));
    now.set_recognised(achieved);
    now.set_decision_number(cleanText(decision).toStdString());
    if (!by.isEmpty()) now.set_decided_by(cleanText(by).toStdString());
    const auto scored = score(s, evaluationId);
    if (scored.result.level > 0) now.set_level(quint32(scored.result.level));
    write(s, evaluationId, now, {pb::Evaluation::kReopenedOnFieldNumber, pb::Evaluation::kReopenReasonFieldNumber});
}

void reopen(LocalStore &s, const std::string &evaluationId, const QString &reason, const QDate &on)
{
    const auto [rec, e] = load(s, evaluationId);
    refuseIfNotDecider(s, e);
    if (e.decided_on().empty()) throw WorkflowError(WorkflowError::Kind::NotDecided, "nothing to reopen: no decision yet");
    if (reason.trimmed().isEmpty()) throw WorkflowError(WorkflowError::Kind::NeedsReason, "say why it is reopened (--reason)");
    pb::Evaluation now;
    now.set_reopened_on(iso(on));
    now.set_reopen_reason(cleanText(reason).toStdString());
    write(s, evaluationId, now, {pb::Evaluation::kDecidedOnFieldNumber, pb::Evaluation::kRecognisedFieldNumber,
                                 pb::Evaluation::kDecisionNumberFieldNumber, pb::Evaluation::kDecidedByFieldNumber,
                                 pb::Evaluation::kLevelFieldNumber});
}

void reassess(LocalStore &s, const std::string &evaluationId, const QString &newRef)
{
    const auto [rec, e] = load(s, evaluationId);
    refuseIfDecided(e);
    const auto sets = criteriaSets(s);
    const auto *set = domain::findCriteriaSet(sets, newRef);
    if (!set) throw WorkflowError(WorkflowError::Kind::WrongSet, "no criteria set " + newRef.toStdString() + " on this device");
    if (set->model() != e.model()) throw WorkflowError(WorkflowError::Kind::WrongSet, "criteria set " + newRef.toStdString() + " is for another model");
    if (q(e.criteria_set()) == newRef) throw WorkflowError(WorkflowError::Kind::WrongSet, "already assessed with " + newRef.toStdString());
    pb::Evaluation now;
    now.set_criteria_set(set->set_id() + "@" + std::to_string(set->version()));
    std::vector<Edit> edits{{pb::RECORD_TYPE_EVALUATION, evaluationId, std::make_shared<pb::Evaluation>(now),
                             {pb::Evaluation::kSelfAssessmentFieldNumber, pb::Evaluation::kDeclaredOnFieldNumber,
                              pb::Evaluation::kVerifiedOnFieldNumber, pb::Evaluation::kVerifiedByFieldNumber},
                             false}};
    for (const auto &[code, v] : verdicts(s, evaluationId))
        edits.push_back({pb::RECORD_TYPE_ITEM_VERIFICATION, evaluationId + "/" + code.toStdString(), nullptr, {}, true});
    s.write(edits);
}

std::map<QString, domain::Computed> computedItems(LocalStore &s, const pb::CriteriaSet &set, const pb::Evaluation &e)
{
    std::map<QString, domain::Computed> out;
    std::vector<pb::Member> members;
    bool membersLoaded = false;
    for (const auto &c : set.criteria()) {
        switch (c.computation()) {
        case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        case pb::COMPUTATION_ADULTS_LITERATE:
        case pb::COMPUTATION_ADULTS_LEARNING:
            if (e.subject_type() != pb::RECORD_TYPE_HOUSEHOLD) break;
            if (!membersLoaded) {
                for (const auto &r : s.list(pb::RECORD_TYPE_MEMBER, e.subject_id())) members.push_back(valueOf<pb::Member>(r));
                membersLoaded = true;
            }
            out[q(c.code())] = domain::computeFromMembers(c.computation(), members, int(e.year()));
            break;
        case pb::COMPUTATION_SHARE_LEARNING_FAMILIES: {
            std::vector<std::string> households;
            if (e.subject_type() == pb::RECORD_TYPE_VILLAGE)
                for (const auto &r : s.list(pb::RECORD_TYPE_HOUSEHOLD, e.subject_id())) households.push_back(r.id);
            if (e.subject_type() == pb::RECORD_TYPE_CLAN)
                for (const auto &r : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, e.subject_id())) {
                    const auto link = valueOf<pb::ClanMembership>(r);
                    if (const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, link.household_id()); h && !h->isDeleted()) households.push_back(h->id);
                }
            int recognised = 0;
            for (const auto &h : households) {
                const auto ev = s.get(pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, int(e.year())));
                if (ev && !ev->isDeleted() && domain::stageOf(valueOf<pb::Evaluation>(*ev)) == domain::Stage::Recognised) ++recognised;
            }
            out[q(c.code())] = domain::computeShare(c.computation(), recognised, int(households.size()), int(c.min_percent()));
            break;
        }
        case pb::COMPUTATION_SHARE_LEARNING_CITIZENS: {
            const auto u = s.get(pb::RECORD_TYPE_LEARNING_UNIT, e.subject_id());
            const auto unit = u ? valueOf<pb::LearningUnit>(*u) : pb::LearningUnit();
            out[q(c.code())] = domain::computeShare(c.computation(), int(unit.learning_citizens()), int(unit.member_count()), int(c.min_percent()));
            break;
        }
        default: break;
        }
    }
    return out;
}

Scored score(LocalStore &s, const std::string &evaluationId)
{
    const auto [rec, e] = load(s, evaluationId);
    Scored out;
    out.evaluation = e;
    out.set = pinnedSet(s, e);
    out.result = domain::evaluate(out.set, e, verdicts(s, evaluationId), computedItems(s, out.set, e));
    return out;
}

namespace {

using Facts = domain::RollupFacts;

// Only the named fields of a record, decoded: a roll-up over a commune reads every record and needs two or
// three fields of each (re-encoding whole records first cost a third of the time).
template <typename M>
M fieldsOf(const Record &r, std::initializer_list<quint32> numbers)
{
    std::string bytes;
    for (quint32 n : numbers)
        if (const auto it = r.fields.find(n); it != r.fields.end()) bytes += it->second.raw;
    M m;
    m.ParseFromString(bytes);
    return m;
}

// Adds one live record to the facts. Villages must come before households and clans (record types are in
// that order).
void addFact(Facts &f, std::unordered_map<std::string, QString> &communeOfVillage, const Record &r)
{
    if (r.isDeleted()) return;
    const auto communeOf = [&](const std::string &v) { return communeOfVillage[v]; };
    std::optional<domain::Fact> fact;
    using E = pb::Evaluation;
    switch (r.type) {
    case pb::RECORD_TYPE_VILLAGE: fact = domain::factOf(r.type, r.id, valueOf<pb::Village>(r), communeOf); break;
    case pb::RECORD_TYPE_HOUSEHOLD:
        fact = domain::factOf(r.type, r.id, fieldsOf<pb::Household>(r, {pb::Household::kVillageIdFieldNumber}), communeOf);
        break;
    case pb::RECORD_TYPE_MEMBER:
        fact = domain::factOf(r.type, r.id, fieldsOf<pb::Member>(r, {pb::Member::kHouseholdIdFieldNumber, pb::Member::kBirthYearFieldNumber}), communeOf);
        break;
    case pb::RECORD_TYPE_CLAN: fact = domain::factOf(r.type, r.id, valueOf<pb::Clan>(r), communeOf); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: fact = domain::factOf(r.type, r.id, valueOf<pb::LearningUnit>(r), communeOf); break;
    case pb::RECORD_TYPE_PROVINCE_TARGETS: f.addTargets(valueOf<pb::ProvinceTargets>(r)); break;
    case pb::RECORD_TYPE_EVALUATION:
        fact = domain::factOf(r.type, r.id, fieldsOf<E>(r, {E::kModelFieldNumber, E::kSubjectIdFieldNumber, E::kYearFieldNumber, E::kRegisteredOnFieldNumber,
                                                           E::kDeclaredOnFieldNumber, E::kVerifiedOnFieldNumber, E::kRecognisedFieldNumber,
                                                           E::kDecidedOnFieldNumber}), communeOf);
        break;
    default: break;
    }
    if (!fact) return;
    if (fact->type == pb::RECORD_TYPE_VILLAGE) communeOfVillage[r.id] = fact->commune;
    f.add(*fact);
}

Facts readFacts(LocalStore &s)
{
    Facts f;
    std::unordered_map<std::string, QString> communeOfVillage;
    for (const auto type : {pb::RECORD_TYPE_VILLAGE, pb::RECORD_TYPE_HOUSEHOLD, pb::RECORD_TYPE_MEMBER, pb::RECORD_TYPE_CLAN,
                            pb::RECORD_TYPE_LEARNING_UNIT, pb::RECORD_TYPE_EVALUATION, pb::RECORD_TYPE_PROVINCE_TARGETS})
        for (const auto &r : s.list(type)) addFact(f, communeOfVillage, r);
    return f;
}

Rollup figures(const Facts &f, int year)
{
    auto count = [&](Rate &rate, pb::LearningModel m, const std::string &subject) {
        ++rate.total;
        const auto it = f.stages.find(Facts::key(year, int(m), subject));
        if (it == f.stages.end()) return;
        if (it->second != domain::Stage::None) ++rate.registered;
        if (it->second == domain::Stage::Recognised) ++rate.recognised;
    };
    auto fresh = [](const QString &id, const QString &name) {
        AreaFigures a;
        a.id = id;
        a.name = name;
        a.families.target = domain::nationalTarget(pb::LEARNING_MODEL_FAMILY);
        a.clans.target = domain::nationalTarget(pb::LEARNING_MODEL_CLAN);
        a.villages.target = domain::nationalTarget(pb::LEARNING_MODEL_VILLAGE_COMMUNITY);
        a.units.target = domain::nationalTarget(pb::LEARNING_MODEL_UNIT);
        return a;
    };
    Rollup out;
    out.total = fresh(QString(), QStringLiteral("Tổng"));
    std::unordered_map<std::string, AreaFigures> villages;
    std::map<QString, AreaFigures> communes;
    std::unordered_map<std::string, QString> communeOfVillage;
    auto commune = [&](const QString &code) -> AreaFigures & {
        auto it = communes.find(code);
        if (it == communes.end()) {
            const auto *info = AdminUnits::builtin().commune(code);
            it = communes.emplace(code, fresh(code, info ? info->fullName : code)).first;
        }
        return it->second;
    };
    for (const auto &v : f.villages) {
        villages.emplace(v.id, fresh(q(v.id), v.name));
        communeOfVillage[v.id] = v.commune;
        count(commune(v.commune).villages, pb::LEARNING_MODEL_VILLAGE_COMMUNITY, v.id);
        count(out.total.villages, pb::LEARNING_MODEL_VILLAGE_COMMUNITY, v.id);
    }
    std::unordered_map<std::string, std::string> villageOfHousehold;
    for (const auto &[id, v] : f.households) {
        villageOfHousehold[id] = v;
        if (auto it = villages.find(v); it != villages.end()) count(it->second.families, pb::LEARNING_MODEL_FAMILY, id);
        count(commune(communeOfVillage[v]).families, pb::LEARNING_MODEL_FAMILY, id);
        count(out.total.families, pb::LEARNING_MODEL_FAMILY, id);
    }
    for (const auto &[id, household, born] : f.members) {
        if (!born || year - born < 15) continue; // citizens: people of 15 and over
        const std::string &v = villageOfHousehold[household];
        if (auto it = villages.find(v); it != villages.end()) count(it->second.citizens, pb::LEARNING_MODEL_CITIZEN, id);
        count(commune(communeOfVillage[v]).citizens, pb::LEARNING_MODEL_CITIZEN, id);
        count(out.total.citizens, pb::LEARNING_MODEL_CITIZEN, id);
    }
    for (const auto &[id, code] : f.clans) {
        count(commune(code).clans, pb::LEARNING_MODEL_CLAN, id);
        count(out.total.clans, pb::LEARNING_MODEL_CLAN, id);
    }
    for (const auto &[id, code] : f.units) {
        count(commune(code).units, pb::LEARNING_MODEL_UNIT, id);
        count(out.total.units, pb::LEARNING_MODEL_UNIT, id);
    }
    // The province's own targets, where it has set them, beside the national ones.
    auto provinceOf = [](const QString &communeCode) {
        const auto *info = AdminUnits::builtin().commune(communeCode);
        return info ? info->provinceCode : QString();
    };
    auto applyTargets = [&](AreaFigures &a, const QString &province) {
        const auto it = f.provinceTargets.find(province);
        if (it == f.provinceTargets.end()) return;
        auto get = [&](pb::LearningModel m) {
            const auto j = it->second.find(int(m));
            return j == it->second.end() ? 0 : j->second;
        };
        a.families.provinceTarget = get(pb::LEARNING_MODEL_FAMILY);
        a.clans.provinceTarget = get(pb::LEARNING_MODEL_CLAN);
        a.villages.provinceTarget = get(pb::LEARNING_MODEL_VILLAGE_COMMUNITY);
        a.units.provinceTarget = get(pb::LEARNING_MODEL_UNIT);
        a.citizens.provinceTarget = get(pb::LEARNING_MODEL_CITIZEN);
    };
    std::set<QString> provinces;
    for (auto &[code, c] : communes) {
        applyTargets(c, provinceOf(code));
        if (!code.isEmpty()) provinces.insert(provinceOf(code));
    }
    for (auto &[id, v] : villages) applyTargets(v, provinceOf(communeOfVillage[id]));
    if (provinces.size() == 1) applyTargets(out.total, *provinces.begin());
    const QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    for (auto &[id, v] : villages) out.villages.push_back(v);
    std::sort(out.villages.begin(), out.villages.end(), [&](const AreaFigures &a, const AreaFigures &b) {
        const int c = collator.compare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    for (auto &[code, c] : communes)
        if (!code.isEmpty()) out.communes.push_back(c);
    return out;
}

} // namespace

std::map<int, Rollup> rollups(LocalStore &s, const std::vector<int> &years)
{
    const Facts f = readFacts(s);
    std::map<int, Rollup> out;
    for (int y : years) out.emplace(y, figures(f, y));
    return out;
}

Rollup rollup(LocalStore &s, int year) { return rollups(s, {year}).at(year); }

std::map<int, Rollup> rollups(const std::function<void(const std::function<void(const Record &)> &)> &forEachRecord,
                              const std::vector<int> &years)
{
    Facts f;
    std::unordered_map<std::string, QString> communeOfVillage;
    forEachRecord([&](const Record &r) { addFact(f, communeOfVillage, r); });
    return rollups(f, years);
}

std::map<int, Rollup> rollups(const domain::RollupFacts &facts, const std::vector<int> &years)
{
    std::map<int, Rollup> out;
    for (int y : years) out.emplace(y, figures(facts, y));
    return out;
}

} // namespace kh::learning
