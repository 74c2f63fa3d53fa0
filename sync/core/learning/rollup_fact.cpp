#include "core/learning/rollup_fact.h"

#include "core/learning/stage.h"

namespace kh::domain {

bool hasFact(pb::RecordType t)
{
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE:
    case pb::RECORD_TYPE_HOUSEHOLD:
    case pb::RECORD_TYPE_MEMBER:
    case pb::RECORD_TYPE_CLAN:
    case pb::RECORD_TYPE_LEARNING_UNIT:
    case pb::RECORD_TYPE_EVALUATION: return true;
    default: return false;
    }
}

std::optional<Fact> factOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                           const std::function<QString(const std::string &)> &communeOfVillage)
{
    Fact f;
    f.type = t;
    f.id = id;
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE: {
        const auto &v = static_cast<const pb::Village &>(m);
        f.name = QString::fromStdString(v.name());
        f.commune = QString::fromStdString(v.commune_code());
        return f;
    }
    case pb::RECORD_TYPE_HOUSEHOLD:
        f.ref = static_cast<const pb::Household &>(m).village_id();
        f.commune = communeOfVillage(f.ref);
        return f;
    case pb::RECORD_TYPE_MEMBER: {
        const auto &p = static_cast<const pb::Member &>(m);
        f.ref = p.household_id();
        f.number = int(p.birth_year());
        return f;
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        if (!c.village_ids().empty()) f.ref = c.village_ids(0);
        f.commune = !c.village_ids().empty()
                        ? communeOfVillage(c.village_ids(0))
                        : (c.commune_codes().empty() ? QString() : QString::fromStdString(c.commune_codes(0)));
        return f;
    }
    case pb::RECORD_TYPE_LEARNING_UNIT:
        f.commune = QString::fromStdString(static_cast<const pb::LearningUnit &>(m).commune_code());
        return f;
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        f.ref = e.subject_id();
        f.number = int(e.year());
        f.model = int(e.model());
        f.stage = int(stageOf(e));
        return f;
    }
    default: return std::nullopt;
    }
}

} // namespace kh::domain
