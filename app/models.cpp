#include "models.h"

#include "core/areas/admin_units.h"
#include "core/learning/learning_models.h"
#include "core/learning/rate.h"
#include "core/records/hybrid_clock.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "device/tools/conflicts.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"

#include <QDateTime>
#include <QLocale>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

namespace kh::app {

namespace {
void sortByText(QList<QVariantHash> &rows, const char *role)
{
    const QCollator c = vietnameseCollator();
    std::stable_sort(rows.begin(), rows.end(), [&](const QVariantHash &a, const QVariantHash &b) {
        return c.compare(a.value(QLatin1String(role)).toString(), b.value(QLatin1String(role)).toString()) < 0;
    });
}
} // namespace

// ---- MemberListModel

MemberListModel::MemberListModel(QObject *parent) : RowModel({"memberId", "name", "summary", "birthYear"}, parent) {}

void MemberListModel::setHouseholdId(const QString &id)
{
    if (id == m_household) return;
    m_household = id;
    reload();
    emit householdIdChanged();
}

QList<QVariantHash> MemberListModel::load(Workspace &ws)
{
    QList<QVariantHash> rows;
    if (m_household.isEmpty()) return rows;
    struct M { pb::Member m; QString id; };
    std::vector<M> ms;
    for (const auto &r : ws.store().list(pb::RECORD_TYPE_MEMBER, m_household.toStdString())) ms.push_back({valueOf<pb::Member>(r), q(r.id)});
    std::stable_sort(ms.begin(), ms.end(), [](const M &a, const M &b) {
        const bool ha = a.m.relation() == pb::RELATION_HEAD, hb = b.m.relation() == pb::RELATION_HEAD;
        if (ha != hb) return ha;
        return a.m.birth_year() < b.m.birth_year();
    });
    for (const auto &[m, id] : ms) {
        QStringList detail;
        if (m.relation()) detail << Labels::option(Labels::relationOptions(), m.relation());
        if (m.birth_year()) detail << QString::number(m.birth_year());
        if (m.schooling()) detail << Labels::option(Labels::schoolingOptions(), m.schooling());
        if (m.studying_now()) detail << MemberListModel::tr("studying now");
        rows.append({{QStringLiteral("memberId"), id},
                     {QStringLiteral("name"), joinName(q(m.family_name()), q(m.middle_name()), q(m.given_name()))},
                     {QStringLiteral("summary"), detail.join(QStringLiteral(" · "))},
                     {QStringLiteral("birthYear"), int(m.birth_year())}});
    }
    return rows;
}

// ---- VillageListModel

VillageListModel::VillageListModel(QObject *parent)
    : RowModel({"villageId", "name", "kindText", "communeCode", "communeName", "households", "registered", "declared",
                "verified", "recognised", "rateText", "lagging", "firstOfCommune"}, parent)
{
}

QList<QVariantHash> VillageListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    struct Counts { int households = 0, registered = 0, declared = 0, verified = 0, recognised = 0; };
    QHash<QString, Counts> counts;
    for (const auto &h : ws.households().rows()) {
        Counts &c = counts[h.villageId];
        ++c.households;
        // Counts are cumulative: a recognised household was also registered, declared and verified.
        if (h.stage != domain::Stage::None) ++c.registered;
        if (h.stage >= domain::Stage::Declared) ++c.declared;
        if (h.stage >= domain::Stage::Verified) ++c.verified;
        if (h.stage == domain::Stage::Recognised) ++c.recognised;
    }
    QList<QVariantHash> rows;
    Counts total;
    const QLocale loc;
    const auto targets = provinceTargets(s);
    for (const auto &r : s.list(pb::RECORD_TYPE_VILLAGE)) {
        const auto v = valueOf<pb::Village>(r);
        const Counts c = counts.value(q(r.id));
        total.households += c.households; total.registered += c.registered; total.declared += c.declared;
        total.verified += c.verified; total.recognised += c.recognised;
        const auto *commune = AdminUnits::builtin().commune(q(v.commune_code()));
        domain::Rate rate;
        rate.total = c.households;
        rate.registered = c.registered;
        rate.recognised = c.recognised;
        rate.target = domain::nationalTarget(pb::LEARNING_MODEL_FAMILY);
        if (commune) rate.provinceTarget = targets.value(commune->provinceCode).value(int(pb::LEARNING_MODEL_FAMILY));
        rows.append({{QStringLiteral("villageId"), q(r.id)}, {QStringLiteral("name"), q(v.name())},
                     {QStringLiteral("kindText"), Labels::option(Labels::villageKindOptions(), v.kind())},
                     {QStringLiteral("communeCode"), q(v.commune_code())},
                     {QStringLiteral("communeName"), commune ? commune->fullName : q(v.commune_code())},
                     {QStringLiteral("households"), c.households}, {QStringLiteral("registered"), c.registered},
                     {QStringLiteral("declared"), c.declared}, {QStringLiteral("verified"), c.verified},
                     {QStringLiteral("recognised"), c.recognised},
                     {QStringLiteral("rateText"), c.households ? loc.toString(rate.percent()) + QLatin1Char('%') : QStringLiteral("–")},
                     {QStringLiteral("lagging"), rate.lagging()}});
    }
    sortByText(rows, "name");
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantHash &a, const QVariantHash &b) {
        return a.value(QStringLiteral("communeCode")).toString() < b.value(QStringLiteral("communeCode")).toString();
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].insert(QStringLiteral("firstOfCommune"),
                       i == 0 || rows[i - 1].value(QStringLiteral("communeCode")) != rows[i].value(QStringLiteral("communeCode")));
    m_totals = {{QStringLiteral("households"), total.households}, {QStringLiteral("registered"), total.registered},
                {QStringLiteral("declared"), total.declared}, {QStringLiteral("verified"), total.verified},
                {QStringLiteral("recognised"), total.recognised},
                {QStringLiteral("rateText"), total.households ? loc.toString(100.0 * total.recognised / total.households, 'f', 0) + QLatin1Char('%') : QStringLiteral("–")}};
    return rows;
}

QStringList VillageListModel::filterOptions() const
{
    QStringList out{tr("All villages")};
    for (int i = 0; i < count(); ++i) out << get(i, QStringLiteral("name")).toString();
    return out;
}

int VillageListModel::indexOf(const QString &villageId) const
{
    for (int i = 0; i < count(); ++i)
        if (get(i, QStringLiteral("villageId")).toString() == villageId) return i;
    return -1;
}

// ---- ClanListModel

ClanListModel::ClanListModel(QObject *parent) : RowModel({"clanId", "name", "headName", "villages", "households"}, parent) {}

QList<QVariantHash> ClanListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    const auto names = villageNames(s);
    QHash<QString, int> members;
    for (const auto &r : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP)) ++members[q(valueOf<pb::ClanMembership>(r).clan_id())];
    QList<QVariantHash> rows;
    for (const auto &r : s.list(pb::RECORD_TYPE_CLAN)) {
        const auto c = valueOf<pb::Clan>(r);
        QStringList vs;
        for (const auto &v : c.village_ids()) vs << names.value(q(v), q(v));
        rows.append({{QStringLiteral("clanId"), q(r.id)}, {QStringLiteral("name"), domain::title(pb::RECORD_TYPE_CLAN, c)},
                     {QStringLiteral("headName"), q(c.head_name())}, {QStringLiteral("villages"), vs.join(QStringLiteral(", "))},
                     {QStringLiteral("households"), members.value(q(r.id))}});
    }
    sortByText(rows, "name");
    return rows;
}

// ---- ClanMemberModel

ClanMemberModel::ClanMemberModel(QObject *parent) : RowModel({"householdId", "name", "village"}, parent) {}

void ClanMemberModel::setClanId(const QString &id)
{
    if (id == m_clan) return;
    m_clan = id;
    reload();
    emit clanIdChanged();
}

QList<QVariantHash> ClanMemberModel::load(Workspace &ws)
{
    QList<QVariantHash> rows;
    if (m_clan.isEmpty()) return rows;
    auto &s = ws.store();
    const auto names = villageNames(s);
    for (const auto &r : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, m_clan.toStdString())) {
        const auto link = valueOf<pb::ClanMembership>(r);
        const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, link.household_id());
        if (!h || h->isDeleted()) continue;
        const auto hv = valueOf<pb::Household>(*h);
        rows.append({{QStringLiteral("householdId"), q(h->id)}, {QStringLiteral("name"), domain::title(pb::RECORD_TYPE_HOUSEHOLD, hv)},
                     {QStringLiteral("village"), names.value(q(hv.village_id()))}});
    }
    sortByText(rows, "name");
    return rows;
}

// ---- Conflicts

QString fieldLabel(pb::RecordType type, quint32 field)
{
    const QString name = domain::fieldName(type, field);
    static const auto labels = [] {
        return QHash<QString, const char *>{
            {QStringLiteral("head_family_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Family name of the head")},
            {QStringLiteral("head_middle_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Middle name of the head")},
            {QStringLiteral("head_given_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Given name of the head")},
            {QStringLiteral("address"), QT_TRANSLATE_NOOP("kh::app::Fields", "Address")},
            {QStringLiteral("phone"), QT_TRANSLATE_NOOP("kh::app::Fields", "Phone")},
            {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kh::app::Fields", "Notes")},
            {QStringLiteral("village_id"), QT_TRANSLATE_NOOP("kh::app::Fields", "Village")},
            {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Family name")},
            {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Middle name")},
            {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Given name")},
            {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("kh::app::Fields", "Birth year")},
            {QStringLiteral("sex"), QT_TRANSLATE_NOOP("kh::app::Fields", "Sex")},
            {QStringLiteral("relation"), QT_TRANSLATE_NOOP("kh::app::Fields", "Relation to the head")},
            {QStringLiteral("schooling"), QT_TRANSLATE_NOOP("kh::app::Fields", "Schooling")},
            {QStringLiteral("studying_now"), QT_TRANSLATE_NOOP("kh::app::Fields", "Studying now")},
            {QStringLiteral("literacy"), QT_TRANSLATE_NOOP("kh::app::Fields", "Literacy")},
            {QStringLiteral("learning_activities"), QT_TRANSLATE_NOOP("kh::app::Fields", "Learning activities")},
            {QStringLiteral("cccd"), QT_TRANSLATE_NOOP("kh::app::Fields", "Citizen ID (CCCD)")},
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Name")},
            {QStringLiteral("head_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Head of the clan")},
        };
    }();
    const auto it = labels.find(name);
    return it == labels.end() ? name : QCoreApplication::translate("kh::app::Fields", it.value());
}

QString fieldValueText(pb::RecordType type, quint32 field, const std::string &raw)
{
    if (raw.empty()) return QCoreApplication::translate("kh::app::Fields", "(empty)");
    auto m = domain::parse(type, raw);
    const auto *f = m ? m->GetDescriptor()->FindFieldByNumber(int(field)) : nullptr;
    if (!f) return QCoreApplication::translate("kh::app::Fields", "(unreadable)");
    const auto *r = m->GetReflection();
    using FD = google::protobuf::FieldDescriptor;
    if (f->is_repeated()) {
        QStringList items;
        if (f->cpp_type() == FD::CPPTYPE_STRING)
            for (int k = 0; k < r->FieldSize(*m, f); ++k) items << q(r->GetRepeatedString(*m, f, k));
        return items.join(QStringLiteral(", "));
    }
    switch (f->cpp_type()) {
    case FD::CPPTYPE_STRING: return q(r->GetString(*m, f));
    case FD::CPPTYPE_UINT32: return QString::number(r->GetUInt32(*m, f));
    case FD::CPPTYPE_BOOL: return r->GetBool(*m, f) ? QCoreApplication::translate("kh::app::Fields", "Yes") : QCoreApplication::translate("kh::app::Fields", "No");
    case FD::CPPTYPE_ENUM: {
        const int v = r->GetEnumValue(*m, f);
        const QString n = q(f->name());
        if (n == QLatin1String("sex")) return Labels::option(Labels::sexOptions(), v);
        if (n == QLatin1String("relation")) return Labels::option(Labels::relationOptions(), v);
        if (n == QLatin1String("schooling")) return Labels::option(Labels::schoolingOptions(), v);
        if (n == QLatin1String("literacy")) return Labels::option(Labels::literacyOptions(), v);
        if (n == QLatin1String("kind")) return Labels::option(Labels::villageKindOptions(), v);
        return QString::number(v);
    }
    default: return domain::renderField(type, field, raw);
    }
}

ConflictModel::ConflictModel(QObject *parent)
    : RowModel({"conflictId", "recordTitle", "fieldLabel", "keptValue", "keptWhen", "keptWho", "otherValue", "otherWhen", "otherWho"}, parent)
{
}

QList<QVariantHash> ConflictModel::load(Workspace &ws)
{
    auto &s = ws.store();
    const quint64 me = s.deviceId();
    const QLocale loc;
    auto when = [&](quint64 hlc) { return loc.toString(QDateTime::fromMSecsSinceEpoch(HybridClock::wallMs(hlc)), QLocale::ShortFormat); };
    auto who = [&](quint64 device) {
        return device == me ? tr("this phone") : tr("phone %1").arg(QStringLiteral("%1").arg(device, 16, 16, QLatin1Char('0')).left(6));
    };
    QList<QVariantHash> rows;
    for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) {
        const auto c = valueOf<pb::Conflict>(r);
        if (c.resolved()) continue;
        QString title;
        if (const auto target = s.get(c.record_type(), c.record_id()); target && !target->isDeleted())
            if (auto m = domain::parse(c.record_type(), target->values())) title = domain::title(c.record_type(), *m);
        rows.append({{QStringLiteral("conflictId"), q(r.id)}, {QStringLiteral("recordTitle"), title.isEmpty() ? q(c.record_id()) : title},
                     {QStringLiteral("fieldLabel"), fieldLabel(c.record_type(), c.field())},
                     {QStringLiteral("keptValue"), fieldValueText(c.record_type(), c.field(), c.winner_value())},
                     {QStringLiteral("keptWhen"), when(c.winner_hlc())}, {QStringLiteral("keptWho"), who(c.winner_device())},
                     {QStringLiteral("otherValue"), fieldValueText(c.record_type(), c.field(), c.loser_value())},
                     {QStringLiteral("otherWhen"), when(c.loser_hlc())}, {QStringLiteral("otherWho"), who(c.loser_device())}});
    }
    return rows;
}

bool ConflictModel::resolve(const QString &conflictId, bool keepOther)
{
    if (!workspace()) return false;
    try {
        resolveConflict(workspace()->store(), conflictId.toStdString(), keepOther);
    } catch (const std::exception &e) {
        m_error = userMessage(e, Doing::Resolving);
        emit lastErrorChanged();
        return false;
    }
    workspace()->notifyChanged(); // the conflicted record may be a household: rebuild
    return true;
}

} // namespace kh::app
