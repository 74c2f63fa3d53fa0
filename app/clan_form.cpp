#include "clan_form.h"

#include "core/areas/admin_units.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "queries.h"

namespace kh::app {

ClanForm::ClanForm(QObject *parent) : FormBase(parent)
{
    validate();
}

void ClanForm::setClanId(const QString &id)
{
    if (id == m_id) return;
    m_id = id;
    load();
}

void ClanForm::load()
{
    pb::Clan c;
    if (m_ws && m_ws->isOpen() && !m_id.isEmpty())
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_CLAN, m_id.toStdString())) c = valueOf<pb::Clan>(*r);
    m_savedBytes = c.SerializeAsString();
    m_text = {{QStringLiteral("name"), q(c.name())},
              {QStringLiteral("branch"), q(c.branch())},
              {QStringLiteral("headName"), q(c.head_name())},
              {QStringLiteral("notes"), q(c.notes())}};
    m_villages.clear();
    for (const auto &v : c.village_ids()) m_villages << q(v);
    emit loaded();
    emit edited();
    validate();
}

void ClanForm::setText(const QString &key, const QString &v)
{
    if (m_text.value(key) == v) return;
    m_text.insert(key, v);
    emit edited();
    validate();
}

void ClanForm::setVillageSelected(const QString &villageId, bool selected)
{
    if (selected == m_villages.contains(villageId)) return;
    if (selected)
        m_villages << villageId;
    else
        m_villages.removeAll(villageId);
    emit edited();
    validate();
}

void ClanForm::setVillageIds(const QStringList &ids)
{
    if (ids == m_villages) return;
    m_villages = ids;
    emit edited();
    validate();
}

void ClanForm::validate()
{
    QVariantMap e;
    if (cleanText(name()).isEmpty())
        e.insert(QStringLiteral("name"), tr("Enter the clan's name, for example Họ Nguyễn"));
    for (const QString &k : {QStringLiteral("name"), QStringLiteral("branch"), QStringLiteral("headName")})
        if (m_text.value(k).size() > 300) e.insert(k, tr("Too long: at most %1 characters").arg(300));
    if (m_villages.isEmpty())
        e.insert(QStringLiteral("villages"), tr("Choose at least one village where the clan lives"));
    m_errors = e;
    emit validated();
}

QString ClanForm::save()
{
    if (!beginSave()) return {};
    pb::Clan before, now;
    before.ParseFromString(m_savedBytes);
    now = before;
    auto put = [](const QString &v, std::string *field, auto clear) {
        const QString t = cleanText(v);
        if (t.isEmpty())
            clear();
        else
            *field = t.toStdString();
    };
    put(name(), now.mutable_name(), [&] { now.clear_name(); });
    put(branch(), now.mutable_branch(), [&] { now.clear_branch(); });
    put(headName(), now.mutable_head_name(), [&] { now.clear_head_name(); });
    const QString n = notes().normalized(QString::NormalizationForm_C).trimmed();
    if (n.isEmpty())
        now.clear_notes();
    else
        now.set_notes(n.toStdString());
    now.clear_village_ids();
    for (const QString &v : m_villages) now.add_village_ids(v.toStdString());
    const std::string id = isNew() ? m_ws->store().newId() : m_id.toStdString();
    if (!writeChanges(pb::RECORD_TYPE_CLAN, id, before, now)) return {};
    m_id = q(id);
    load();
    return m_id;
}

bool ClanForm::addHousehold(const QString &householdId)
{
    if (!m_ws || isNew() || householdId.isEmpty()) return false;
    pb::ClanMembership link;
    link.set_clan_id(m_id.toStdString());
    link.set_household_id(householdId.toStdString());
    const std::string id = domain::membershipId(m_id.toStdString(), householdId.toStdString());
    if (const auto r = m_ws->store().get(pb::RECORD_TYPE_CLAN_MEMBERSHIP, id); r && !r->isDeleted()) return true;
    m_saveError.clear();
    return writeChanges(pb::RECORD_TYPE_CLAN_MEMBERSHIP, id, pb::ClanMembership(), link);
}

bool ClanForm::removeHousehold(const QString &householdId)
{
    if (!m_ws || isNew()) return false;
    const std::string id = domain::membershipId(m_id.toStdString(), householdId.toStdString());
    QString household;
    if (const auto h = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, householdId.toStdString()))
        household = domain::title(pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Household>(*h));
    //: Shown after taking a household out of a clan, with an Undo button
    return deleteRecord(pb::RECORD_TYPE_CLAN_MEMBERSHIP, id, tr("%1 taken out of the clan").arg(household));
}

} // namespace kh::app
