#include "core/learning/rollup_facts.h"

namespace kh::domain {

namespace {

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

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

} // namespace

void RollupFacts::addTargets(const pb::ProvinceTargets &t)
{
    auto &m = provinceTargets[QString::fromStdString(t.province_code())];
    for (const auto &x : t.targets()) m[int(x.model())] = int(x.percent());
}

void RollupFacts::add(const Fact &f)
{
    switch (f.type) {
    case pb::RECORD_TYPE_VILLAGE: villages.push_back({f.id, f.name, f.commune}); break;
    case pb::RECORD_TYPE_HOUSEHOLD: households.emplace_back(f.id, f.ref); break;
    case pb::RECORD_TYPE_MEMBER: members.emplace_back(f.id, f.ref, f.number); break;
    case pb::RECORD_TYPE_CLAN: clans.emplace_back(f.id, f.commune); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: units.emplace_back(f.id, f.commune); break;
    case pb::RECORD_TYPE_EVALUATION: stages[key(f.number, f.model, f.ref)] = Stage(f.stage); break;
    default: break;
    }
}

void RollupFacts::addRecord(const Record &r)
{
    if (r.isDeleted()) return;
    const auto communeOf = [this](const std::string &v) { return m_communeOfVillage[v]; };
    std::optional<Fact> fact;
    using E = pb::Evaluation;
    switch (r.type) {
    case pb::RECORD_TYPE_VILLAGE: fact = factOf(r.type, r.id, valueOf<pb::Village>(r), communeOf); break;
    case pb::RECORD_TYPE_HOUSEHOLD:
        fact = factOf(r.type, r.id, fieldsOf<pb::Household>(r, {pb::Household::kVillageIdFieldNumber}), communeOf);
        break;
    case pb::RECORD_TYPE_MEMBER:
        fact = factOf(r.type, r.id,
                      fieldsOf<pb::Member>(r, {pb::Member::kHouseholdIdFieldNumber, pb::Member::kBirthYearFieldNumber}),
                      communeOf);
        break;
    case pb::RECORD_TYPE_CLAN: fact = factOf(r.type, r.id, valueOf<pb::Clan>(r), communeOf); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: fact = factOf(r.type, r.id, valueOf<pb::LearningUnit>(r), communeOf); break;
    case pb::RECORD_TYPE_PROVINCE_TARGETS: addTargets(valueOf<pb::ProvinceTargets>(r)); break;
    case pb::RECORD_TYPE_EVALUATION:
        fact = factOf(r.type, r.id,
                      fieldsOf<E>(r, {E::kModelFieldNumber, E::kSubjectIdFieldNumber, E::kYearFieldNumber,
                                      E::kRegisteredOnFieldNumber, E::kDeclaredOnFieldNumber, E::kVerifiedOnFieldNumber,
                                      E::kRecognisedFieldNumber, E::kDecidedOnFieldNumber}),
                      communeOf);
        break;
    default: break;
    }
    if (!fact) return;
    if (fact->type == pb::RECORD_TYPE_VILLAGE) m_communeOfVillage[r.id] = fact->commune;
    add(*fact);
}

} // namespace kh::domain
