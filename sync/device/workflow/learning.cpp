#include "device/workflow/learning.h"

#include "core/areas/admin_units.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"

namespace kh::learning {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

workflow::EvaluationState load(LocalStore &s, const std::string &id)
{
    const auto r = s.get(pb::RECORD_TYPE_EVALUATION, id);
    if (!r || r->isDeleted()) throw WorkflowError(WorkflowError::Kind::Missing, "no evaluation '" + id + "'");
    return workflow::EvaluationState::of(*r);
}

pb::CriteriaSet pinnedSet(LocalStore &s, const pb::Evaluation &e)
{
    return workflow::pinnedSet(e, criteriaSets(s), provinceOf(s, e.subject_type(), e.subject_id()));
}

QString communeProvince(const QString &commune)
{
    const auto *c = AdminUnits::builtin().commune(commune);
    return c ? c->provinceCode : QString();
}

QString villageProvince(LocalStore &s, const std::string &villageId)
{
    const auto v = s.get(pb::RECORD_TYPE_VILLAGE, villageId);
    return v ? communeProvince(q(valueOf<pb::Village>(*v).commune_code())) : QString();
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
    switch (type) {
    case pb::RECORD_TYPE_COMMUNE: return communeProvince(q(id));
    case pb::RECORD_TYPE_VILLAGE: return villageProvince(s, id);
    case pb::RECORD_TYPE_HOUSEHOLD: {
        const auto h = s.get(type, id);
        return h ? villageProvince(s, valueOf<pb::Household>(*h).village_id()) : QString();
    }
    case pb::RECORD_TYPE_MEMBER: {
        const auto m = s.get(type, id);
        return m ? provinceOf(s, pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Member>(*m).household_id()) : QString();
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto c = s.get(type, id);
        if (!c) return {};
        const auto clan = valueOf<pb::Clan>(*c);
        if (!clan.village_ids().empty()) return villageProvince(s, clan.village_ids(0));
        return clan.commune_codes().empty() ? QString() : communeProvince(q(clan.commune_codes(0)));
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: {
        const auto u = s.get(type, id);
        return u ? communeProvince(q(valueOf<pb::LearningUnit>(*u).commune_code())) : QString();
    }
    default: return {};
    }
}

std::string registerSubject(LocalStore &s, pb::LearningModel model, const std::string &subjectId, int year,
                            const Actor &by)
{
    const std::string id = domain::evaluationId(model, subjectId, year);
    std::optional<workflow::EvaluationState> existing;
    if (const auto r = s.get(pb::RECORD_TYPE_EVALUATION, id)) existing = workflow::EvaluationState::of(*r);
    if (const auto edit = workflow::registerSubject(model, subjectId, year, existing, by)) s.write({*edit});
    return id;
}

void assess(LocalStore &s, const std::string &evaluationId, const std::vector<Answer> &answers, pb::Assessor who,
            const Actor &by)
{
    const auto e = load(s, evaluationId);
    s.write({workflow::assess(
        e, [&] { return pinnedSet(s, e.value); }, answers, who, by)});
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
                const QString &note, const QString &evidence, const Actor &by)
{
    const auto e = load(s, evaluationId);
    s.write({workflow::verifyItem(
        e, [&] { return pinnedSet(s, e.value); }, code, agree, points, note, evidence, by)});
}

void completeVerification(LocalStore &s, const std::string &evaluationId, const Actor &by)
{
    const auto e = load(s, evaluationId);
    s.write({workflow::completeVerification(
        e, [&] { return pinnedSet(s, e.value); }, verdicts(s, evaluationId), by)});
}

void recognise(LocalStore &s, const std::string &evaluationId, bool achieved, const QString &decision, const Actor &by)
{
    s.write({workflow::recognise(
        load(s, evaluationId), [&] { return score(s, evaluationId).result; }, achieved, decision, by)});
}

void reopen(LocalStore &s, const std::string &evaluationId, const QString &reason, const Actor &by)
{
    s.write({workflow::reopen(load(s, evaluationId), reason, by)});
}

void reassess(LocalStore &s, const std::string &evaluationId, const QString &newRef)
{
    const auto e = load(s, evaluationId);
    const auto sets = criteriaSets(s);
    std::vector<QString> codes;
    for (const auto &[code, v] : verdicts(s, evaluationId)) codes.push_back(code);
    s.write(workflow::reassess(e, domain::findCriteriaSet(sets, newRef), newRef, codes));
}

domain::SubjectRecords subjectRecords(LocalStore &s, const pb::Evaluation &e)
{
    domain::SubjectRecords out;
    switch (e.subject_type()) {
    case pb::RECORD_TYPE_HOUSEHOLD:
        for (const auto &r : s.list(pb::RECORD_TYPE_MEMBER, e.subject_id()))
            out.members.push_back(valueOf<pb::Member>(r));
        break;
    case pb::RECORD_TYPE_VILLAGE:
    case pb::RECORD_TYPE_CLAN: {
        std::vector<std::string> households;
        if (e.subject_type() == pb::RECORD_TYPE_VILLAGE)
            for (const auto &r : s.list(pb::RECORD_TYPE_HOUSEHOLD, e.subject_id())) households.push_back(r.id);
        else
            for (const auto &r : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, e.subject_id())) {
                const auto link = valueOf<pb::ClanMembership>(r);
                if (const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, link.household_id()); h && !h->isDeleted())
                    households.push_back(h->id);
            }
        out.households = int(households.size());
        for (const auto &h : households) {
            const auto ev =
                s.get(pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, int(e.year())));
            if (ev && !ev->isDeleted() && domain::stageOf(valueOf<pb::Evaluation>(*ev)) == domain::Stage::Recognised)
                ++out.recognisedFamilies;
        }
        break;
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: {
        const auto u = s.get(pb::RECORD_TYPE_LEARNING_UNIT, e.subject_id());
        const auto unit = u ? valueOf<pb::LearningUnit>(*u) : pb::LearningUnit();
        out.unitMembers = int(unit.member_count());
        out.learningCitizens = int(unit.learning_citizens());
        break;
    }
    default: break;
    }
    return out;
}

std::map<QString, domain::Computed> computedItems(LocalStore &s, const pb::CriteriaSet &set, const pb::Evaluation &e)
{
    return domain::computeItems(set, e, subjectRecords(s, e));
}

Scored score(LocalStore &s, const std::string &evaluationId)
{
    const auto e = load(s, evaluationId);
    Scored out;
    out.evaluation = e.value;
    out.set = pinnedSet(s, e.value);
    out.result = domain::evaluate(out.set, e.value, verdicts(s, evaluationId), computedItems(s, out.set, e.value));
    return out;
}

} // namespace kh::learning
