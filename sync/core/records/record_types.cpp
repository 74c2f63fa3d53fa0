#include "core/records/record_types.h"

#include <google/protobuf/descriptor.h>
#include <vector>

namespace kh::domain {

using google::protobuf::Message;

namespace {

struct TypeInfo {
    pb::RecordType type;
    const char *name;
    const Message *prototype;
    bool deviceWritable;
};

const std::vector<TypeInfo> &types()
{
    static const std::vector<TypeInfo> t = {
        {pb::RECORD_TYPE_PROVINCE, "province", &pb::Province::default_instance(), false},
        {pb::RECORD_TYPE_COMMUNE, "commune", &pb::Commune::default_instance(), false},
        {pb::RECORD_TYPE_VILLAGE, "village", &pb::Village::default_instance(), true},
        {pb::RECORD_TYPE_HOUSEHOLD, "household", &pb::Household::default_instance(), true},
        {pb::RECORD_TYPE_MEMBER, "member", &pb::Member::default_instance(), true},
        {pb::RECORD_TYPE_CLAN, "clan", &pb::Clan::default_instance(), true},
        {pb::RECORD_TYPE_CLAN_MEMBERSHIP, "clan-membership", &pb::ClanMembership::default_instance(), true},
        {pb::RECORD_TYPE_CONFLICT, "conflict", &pb::Conflict::default_instance(), false},
        {pb::RECORD_TYPE_EVALUATION, "evaluation", &pb::Evaluation::default_instance(), true},
        {pb::RECORD_TYPE_CRITERIA_SET, "criteria-set", &pb::CriteriaSet::default_instance(), false},
        {pb::RECORD_TYPE_ITEM_VERIFICATION, "item-verification", &pb::ItemVerification::default_instance(), true},
        {pb::RECORD_TYPE_LEARNING_UNIT, "learning-unit", &pb::LearningUnit::default_instance(), true},
        {pb::RECORD_TYPE_PROVINCE_TARGETS, "province-targets", &pb::ProvinceTargets::default_instance(), false},
        {pb::RECORD_TYPE_FUND, "fund", &pb::Fund::default_instance(), true},
        {pb::RECORD_TYPE_DONOR, "donor", &pb::Donor::default_instance(), true},
        {pb::RECORD_TYPE_PLEDGE, "pledge", &pb::Pledge::default_instance(), true},
        {pb::RECORD_TYPE_RECEIPT, "receipt", &pb::Receipt::default_instance(), true},
        {pb::RECORD_TYPE_DISBURSEMENT, "disbursement", &pb::Disbursement::default_instance(), true},
        {pb::RECORD_TYPE_REVERSAL, "reversal", &pb::Reversal::default_instance(), true},
        {pb::RECORD_TYPE_PROGRAMME, "programme", &pb::Programme::default_instance(), true},
        {pb::RECORD_TYPE_AWARD, "award", &pb::Award::default_instance(), true},
        {pb::RECORD_TYPE_BRANCH, "branch", &pb::Branch::default_instance(), true},
    };
    return t;
}

const TypeInfo *info(pb::RecordType t)
{
    for (const auto &i : types())
        if (i.type == t) return &i;
    return nullptr;
}

} // namespace

QString typeName(pb::RecordType t)
{
    const auto *i = info(t);
    return i ? QLatin1String(i->name) : QStringLiteral("type-%1").arg(int(t));
}

std::optional<pb::RecordType> typeFromName(const QString &name)
{
    for (const auto &i : types())
        if (name == QLatin1String(i.name)) return i.type;
    return std::nullopt;
}

std::unique_ptr<Message> newMessage(pb::RecordType t)
{
    const auto *i = info(t);
    return i ? std::unique_ptr<Message>(i->prototype->New()) : nullptr;
}

bool isKnownType(pb::RecordType t)
{
    return info(t) != nullptr;
}

bool deviceWritable(pb::RecordType t)
{
    const auto *i = info(t);
    return i && i->deviceWritable;
}

std::unique_ptr<Message> parse(pb::RecordType t, const std::string &values)
{
    auto m = newMessage(t);
    if (!m || !m->ParseFromString(values)) return nullptr;
    return m;
}

QString fieldName(pb::RecordType t, quint32 field)
{
    const auto *i = info(t);
    const auto *f = i ? i->prototype->GetDescriptor()->FindFieldByNumber(int(field)) : nullptr;
    return f ? QString::fromStdString(f->name()) : QString::number(field);
}

} // namespace kh::domain
