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
        if (e.subject_type() == pb::RECORD_TYPE_COMMUNE) f.commune = QString::fromStdString(e.subject_id());
        f.number = int(e.year());
        f.model = int(e.model());
        f.stage = int(stageOf(e));
        return f;
    }
    default: return std::nullopt;
    }
}

std::optional<Fact> fundFactOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m)
{
    Fact f;
    f.type = t;
    f.id = id;
    switch (t) {
    case pb::RECORD_TYPE_FUND:
        f.commune = QString::fromStdString(static_cast<const pb::Fund &>(m).commune_code());
        break;
    case pb::RECORD_TYPE_PROGRAMME: f.ref = static_cast<const pb::Programme &>(m).fund_id(); break;
    case pb::RECORD_TYPE_RECEIPT: f.ref = static_cast<const pb::Receipt &>(m).fund_id(); break;
    case pb::RECORD_TYPE_DISBURSEMENT: f.ref = static_cast<const pb::Disbursement &>(m).fund_id(); break;
    case pb::RECORD_TYPE_REVERSAL: f.ref = static_cast<const pb::Reversal &>(m).fund_id(); break;
    case pb::RECORD_TYPE_AWARD: f.ref = static_cast<const pb::Award &>(m).programme_id(); break;
    default: return std::nullopt;
    }
    return f;
}

std::optional<Fact> serverFactOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                                 const std::function<QString(const std::string &)> &communeOfVillage)
{
    return hasFact(t) ? factOf(t, id, m, communeOfVillage) : fundFactOf(t, id, m);
}

std::optional<CommuneSource> communeSource(pb::RecordType t, const Fact &f, const google::protobuf::Message &m)
{
    switch (t) {
    case pb::RECORD_TYPE_MEMBER: return CommuneSource{pb::RECORD_TYPE_HOUSEHOLD, f.ref};
    case pb::RECORD_TYPE_EVALUATION: {
        const auto subject = static_cast<const pb::Evaluation &>(m).subject_type();
        if (subject == pb::RECORD_TYPE_COMMUNE) return std::nullopt; // factOf named it
        return CommuneSource{subject, f.ref};
    }
    case pb::RECORD_TYPE_PROGRAMME:
    case pb::RECORD_TYPE_RECEIPT:
    case pb::RECORD_TYPE_DISBURSEMENT:
    case pb::RECORD_TYPE_REVERSAL: return CommuneSource{pb::RECORD_TYPE_FUND, f.ref};
    case pb::RECORD_TYPE_AWARD: return CommuneSource{pb::RECORD_TYPE_PROGRAMME, f.ref};
    default: return std::nullopt;
    }
}

QString communeOfRecord(pb::RecordType t, const Fact &f, const google::protobuf::Message &m,
                        const CommuneLookup &communeOf)
{
    if (const auto source = communeSource(t, f, m)) return communeOf(source->type, source->id);
    return f.commune;
}

std::optional<Fact> factWithCommune(pb::RecordType t, const std::string &id, const google::protobuf::Message &merged,
                                    const CommuneLookup &communeOf)
{
    auto fact =
        serverFactOf(t, id, merged, [&](const std::string &v) { return communeOf(pb::RECORD_TYPE_VILLAGE, v); });
    if (fact) fact->commune = communeOfRecord(t, *fact, merged, communeOf);
    return fact;
}

bool isCommuneSource(pb::RecordType t)
{
    return t == pb::RECORD_TYPE_VILLAGE || t == pb::RECORD_TYPE_HOUSEHOLD || t == pb::RECORD_TYPE_CLAN ||
           t == pb::RECORD_TYPE_LEARNING_UNIT || t == pb::RECORD_TYPE_FUND || t == pb::RECORD_TYPE_PROGRAMME;
}

// Villages 3, households 4, clans 6, units 23 first; then members 5 and evaluations 20 (of households, clans and
// units); then funds 30, receipts 33, disbursements 34, reversals 35, programmes 36, awards 37 (after programmes).
const char *const kServerFactTypes = "type IN (3,4,5,6,23,20,30,33,34,35,36,37)";
const char *const kServerFactOrder = "CASE type WHEN 5 THEN 24 WHEN 20 THEN 25 ELSE type END";

} // namespace kh::domain
