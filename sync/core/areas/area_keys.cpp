#include "core/areas/area_keys.h"

#include "core/records/ids.h"

namespace kh::domain {

using google::protobuf::Message;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Keys inherited from a parent. Records under a village carry only its "v:" key (a commune subscription
// expands to its villages), records directly under a commune its "c:" key; never reference keys.
void inherit(pb::RecordType parentType, const std::set<std::string> &from, std::set<std::string> *to)
{
    const char *only = parentType == pb::RECORD_TYPE_VILLAGE   ? "v:"
                       : parentType == pb::RECORD_TYPE_COMMUNE ? "c:"
                                                               : nullptr;
    for (const auto &k : from) {
        if (k.rfind("r", 0) == 0) continue;
        if (only && k.rfind(only, 0) != 0) continue;
        to->insert(k);
    }
}

QString str(const Message &m, const char *field)
{
    const auto *f = m.GetDescriptor()->FindFieldByName(field);
    return q(m.GetReflection()->GetString(m, f));
}

// The study-fund records: a fund, branch or donor under the narrowest place it names; the others under their
// fund and the record they concern (a receipt also under its donor, so a household sees its own gifts).
void fundParents(pb::RecordType t, const Message &m, std::vector<Parent> *out)
{
    std::vector<Parent> &p = *out;
    switch (t) {
    case pb::RECORD_TYPE_FUND:
    case pb::RECORD_TYPE_BRANCH:
    case pb::RECORD_TYPE_DONOR: {
        // The narrowest place named: a household, a clan, a village, else the commune.
        for (const char *f : {"household_id", "clan_id", "village_id"}) {
            const auto *fd = m.GetDescriptor()->FindFieldByName(f);
            if (!fd || m.GetReflection()->GetString(m, fd).empty()) continue;
            const pb::RecordType pt = f[0] == 'h'   ? pb::RECORD_TYPE_HOUSEHOLD
                                      : f[0] == 'c' ? pb::RECORD_TYPE_CLAN
                                                    : pb::RECORD_TYPE_VILLAGE;
            p.push_back({pt, m.GetReflection()->GetString(m, fd)});
            return;
        }
        p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(str(m, "commune_code"))});
        break;
    }
    case pb::RECORD_TYPE_PLEDGE: {
        const auto &pl = static_cast<const pb::Pledge &>(m);
        p.push_back({pb::RECORD_TYPE_FUND, pl.fund_id()});
        p.push_back({pb::RECORD_TYPE_DONOR, pl.donor_id()});
        break;
    }
    case pb::RECORD_TYPE_RECEIPT: {
        const auto &r = static_cast<const pb::Receipt &>(m);
        p.push_back({pb::RECORD_TYPE_FUND, r.fund_id()});
        p.push_back({pb::RECORD_TYPE_DONOR, r.donor_id()});
        break;
    }
    case pb::RECORD_TYPE_DISBURSEMENT:
        p.push_back({pb::RECORD_TYPE_FUND, static_cast<const pb::Disbursement &>(m).fund_id()});
        break;
    case pb::RECORD_TYPE_REVERSAL: {
        const auto &r = static_cast<const pb::Reversal &>(m);
        p.push_back({pb::RECORD_TYPE_FUND, r.fund_id()});
        p.push_back({r.entry_type(), r.entry_id()});
        break;
    }
    case pb::RECORD_TYPE_PROGRAMME:
        p.push_back({pb::RECORD_TYPE_FUND, static_cast<const pb::Programme &>(m).fund_id()});
        break;
    case pb::RECORD_TYPE_AWARD: {
        const auto &a = static_cast<const pb::Award &>(m);
        p.push_back({pb::RECORD_TYPE_PROGRAMME, a.programme_id()});
        if (!a.household_id().empty())
            p.push_back({pb::RECORD_TYPE_HOUSEHOLD, a.household_id()});
        else
            p.push_back({pb::RECORD_TYPE_VILLAGE, a.village_id()});
        break;
    }
    default: break;
    }
}

} // namespace

std::vector<Parent> parents(pb::RecordType t, const Message &m)
{
    std::vector<Parent> p;
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE: p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(str(m, "commune_code"))}); break;
    case pb::RECORD_TYPE_HOUSEHOLD:
        p.push_back({pb::RECORD_TYPE_VILLAGE, static_cast<const pb::Household &>(m).village_id()});
        break;
    case pb::RECORD_TYPE_MEMBER:
        p.push_back({pb::RECORD_TYPE_HOUSEHOLD, static_cast<const pb::Member &>(m).household_id()});
        break;
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: {
        const auto &cm = static_cast<const pb::ClanMembership &>(m);
        p.push_back({pb::RECORD_TYPE_CLAN, cm.clan_id()});
        p.push_back({pb::RECORD_TYPE_HOUSEHOLD, cm.household_id()});
        break;
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        for (const auto &v : c.village_ids()) p.push_back({pb::RECORD_TYPE_VILLAGE, v});
        for (const auto &cc : c.commune_codes()) p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(q(cc))});
        break;
    }
    case pb::RECORD_TYPE_CONFLICT: {
        const auto &c = static_cast<const pb::Conflict &>(m);
        p.push_back({c.record_type(), c.record_id()});
        break;
    }
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        // A commune's own evaluation hangs under the commune record (id "C" + code).
        p.push_back({e.subject_type(),
                     e.subject_type() == pb::RECORD_TYPE_COMMUNE ? communeId(q(e.subject_id())) : e.subject_id()});
        break;
    }
    case pb::RECORD_TYPE_ITEM_VERIFICATION:
        p.push_back({pb::RECORD_TYPE_EVALUATION, static_cast<const pb::ItemVerification &>(m).evaluation_id()});
        break;
    case pb::RECORD_TYPE_LEARNING_UNIT:
        p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(q(static_cast<const pb::LearningUnit &>(m).commune_code()))});
        break;
    default:
        if (t >= pb::RECORD_TYPE_FUND && t <= pb::RECORD_TYPE_BRANCH) fundParents(t, m, &p);
        break;
    }
    return p;
}

std::optional<std::set<std::string>> areaKeys(pb::RecordType t, const std::string &id, const Message &m,
                                              const KeyLookup &keysOf, QString *why)
{
    std::set<std::string> keys;
    if (t == pb::RECORD_TYPE_PROVINCE) {
        const std::string code = static_cast<const pb::Province &>(m).code();
        return std::set<std::string>{"p:" + code, "rp:" + code};
    }
    if (t == pb::RECORD_TYPE_COMMUNE) {
        const auto &c = static_cast<const pb::Commune &>(m);
        return std::set<std::string>{"c:" + c.code(), "p:" + c.province_code(), "rc:" + c.code()};
    }
    if (t == pb::RECORD_TYPE_PROVINCE_TARGETS) // every device of the province
        return std::set<std::string>{"rp:" + static_cast<const pb::ProvinceTargets &>(m).province_code()};
    if (t == pb::RECORD_TYPE_CRITERIA_SET) {
        // Every device needs the national sets ("rg", global reference); a province's own reach its communes.
        const auto &cs = static_cast<const pb::CriteriaSet &>(m);
        return std::set<std::string>{cs.province_code().empty() ? std::string("rg") : "rp:" + cs.province_code()};
    }
    if (t == pb::RECORD_TYPE_VILLAGE) {
        keys.insert("v:" + id);
        keys.insert("c:" + static_cast<const pb::Village &>(m).commune_code());
        if (!keysOf(pb::RECORD_TYPE_COMMUNE, communeId(str(m, "commune_code")))) {
            if (why) *why = QStringLiteral("unknown commune '%1'").arg(str(m, "commune_code"));
            return std::nullopt;
        }
        return keys;
    }
    for (const auto &p : parents(t, m)) {
        const auto k = keysOf(p.type, p.id);
        if (!k) {
            if (why) *why = QStringLiteral("unknown %1 '%2'").arg(typeName(p.type), q(p.id));
            return std::nullopt;
        }
        inherit(p.type, *k, &keys);
    }
    // A household's own key: a household account pulls exactly its household and what hangs under it.
    if (t == pb::RECORD_TYPE_HOUSEHOLD) keys.insert("h:" + id);
    // A fund and its programmes are the commune's, and every device in the commune reads them (an officer records
    // a receipt into a fund and proposes an award under a programme): they carry the commune's reference key.
    if (t == pb::RECORD_TYPE_FUND || t == pb::RECORD_TYPE_PROGRAMME) {
        const std::string fundId = t == pb::RECORD_TYPE_FUND ? id : static_cast<const pb::Programme &>(m).fund_id();
        const std::string commune =
            t == pb::RECORD_TYPE_FUND ? static_cast<const pb::Fund &>(m).commune_code() : std::string();
        if (!commune.empty()) keys.insert("rc:" + commune);
        if (t == pb::RECORD_TYPE_PROGRAMME)
            if (const auto fk = keysOf(pb::RECORD_TYPE_FUND, fundId))
                for (const auto &k : *fk)
                    if (k.rfind("rc:", 0) == 0) keys.insert(k);
    }
    if (keys.empty()) {
        if (why) *why = QStringLiteral("%1 '%2' belongs to no area").arg(typeName(t), q(id));
        return std::nullopt;
    }
    return keys;
}

std::set<std::string> subscriptionKeys(const QStringList &areas, const AreaResolver &r)
{
    std::set<std::string> keys;
    if (!areas.isEmpty()) keys.insert("rg"); // national reference every device needs (criteria sets)
    auto commune = [&](const QString &c) {
        keys.insert(("c:" + c).toStdString());
        for (const QString &v : r.villagesOfCommune(c)) keys.insert(("v:" + v).toStdString());
    };
    for (const QString &a : areas) {
        const QString code = a.mid(2);
        if (a.startsWith(QLatin1String("p:"))) {
            keys.insert(a.toStdString());
            for (const QString &c : r.communesOfProvince(code)) commune(c);
        } else if (a.startsWith(QLatin1String("c:"))) {
            commune(code);
            const QString p = r.provinceOfCommune(code);
            if (!p.isEmpty()) keys.insert(("rp:" + p).toStdString());
        } else if (a.startsWith(QLatin1String("v:")) || a.startsWith(QLatin1String("h:"))) {
            keys.insert(a.toStdString());
            const QString village = a.startsWith(QLatin1String("h:"))
                                        ? (r.villageOfHousehold ? r.villageOfHousehold(code) : QString())
                                        : code;
            const QString c = village.isEmpty() ? QString() : r.communeOfVillage(village);
            if (!c.isEmpty()) {
                keys.insert(("rc:" + c).toStdString());
                const QString p = r.provinceOfCommune(c);
                if (!p.isEmpty()) keys.insert(("rp:" + p).toStdString());
            }
        }
    }
    return keys;
}

} // namespace kh::domain
