#include "core/learning/rollup_facts.h"

#include <cstring>

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

std::string_view IdArena::keep(std::string_view s)
{
    if (s.empty()) return {};
    if (s.size() > kChunk) {
        m_chunks.insert(m_chunks.begin(), std::make_unique<char[]>(s.size())); // the current chunk stays last
        std::memcpy(m_chunks.front().get(), s.data(), s.size());
        return {m_chunks.front().get(), s.size()};
    }
    if (m_used + s.size() > kChunk) {
        m_chunks.push_back(std::make_unique<char[]>(kChunk));
        m_used = 0;
    }
    char *at = m_chunks.back().get() + m_used;
    std::memcpy(at, s.data(), s.size());
    m_used += s.size();
    return {at, s.size()};
}

void RollupFacts::reserve(size_t h, size_t m, size_t e)
{
    households.reserve(h);
    members.reserve(m);
    stageList.reserve(e);
    stages.reserve(e);
}

void RollupFacts::addTargets(const pb::ProvinceTargets &t)
{
    auto &m = provinceTargets[QString::fromStdString(t.province_code())];
    for (const auto &x : t.targets()) m[int(x.model())] = int(x.percent());
}

void RollupFacts::add(const Fact &f)
{
    switch (f.type) {
    case pb::RECORD_TYPE_VILLAGE: villages.push_back({f.id, f.name, f.commune}); break;
    case pb::RECORD_TYPE_HOUSEHOLD: households.emplace_back(m_ids.keep(f.id), m_ids.keep(f.ref)); break;
    case pb::RECORD_TYPE_MEMBER: members.emplace_back(m_ids.keep(f.id), m_ids.keep(f.ref), f.number); break;
    case pb::RECORD_TYPE_CLAN: clans.emplace_back(m_ids.keep(f.id), f.commune); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: units.emplace_back(m_ids.keep(f.id), f.commune); break;
    case pb::RECORD_TYPE_EVALUATION: {
        if (m_subjectBits.empty()) m_subjectBits.assign(kSubjectBits / 64, 0);
        const size_t h = std::hash<std::string_view>{}(f.ref) & (kSubjectBits - 1);
        m_subjectBits[h / 64] |= quint64(1) << (h % 64);
        auto it = stages.find(f.ref);
        if (it == stages.end()) it = stages.emplace(m_ids.keep(f.ref), -1).first; // the subject's id kept once
        stageList.push_back({f.number, f.model, Stage(f.stage), it->second});
        it->second = int(stageList.size() - 1);
        ++evaluations;
        break;
    }
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
