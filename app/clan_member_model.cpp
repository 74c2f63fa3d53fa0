#include "clan_member_model.h"

#include "core/areas/admin_units.h"
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

ClanMemberModel::ClanMemberModel(QObject *parent) : RowModel({"householdId", "name", "village"}, parent) {}

void ClanMemberModel::setClanId(const QString &id)
{
    if (id == m_clan) return;
    m_clan = id;
    reload();
    emit clanIdChanged();
}

QStringList ClanMemberModel::householdIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i) ids << get(i, QStringLiteral("householdId")).toString();
    return ids;
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
        rows.append({{QStringLiteral("householdId"), q(h->id)},
                     {QStringLiteral("name"), domain::title(pb::RECORD_TYPE_HOUSEHOLD, hv)},
                     {QStringLiteral("village"), names.value(q(hv.village_id()))}});
    }
    sortByText(rows, "name");
    return rows;
}

} // namespace kh::app
