#include "clan_list_model.h"

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

ClanListModel::ClanListModel(QObject *parent)
    : RowModel({"clanId", "name", "headName", "villages", "households"}, parent)
{}

QList<QVariantHash> ClanListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    const auto names = villageNames(s);
    QHash<QString, int> members;
    for (const auto &r : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP))
        ++members[q(valueOf<pb::ClanMembership>(r).clan_id())];
    QList<QVariantHash> rows;
    for (const auto &r : s.list(pb::RECORD_TYPE_CLAN)) {
        const auto c = valueOf<pb::Clan>(r);
        QStringList vs;
        for (const auto &v : c.village_ids()) vs << names.value(q(v), q(v));
        rows.append({{QStringLiteral("clanId"), q(r.id)},
                     {QStringLiteral("name"), domain::title(pb::RECORD_TYPE_CLAN, c)},
                     {QStringLiteral("headName"), q(c.head_name())},
                     {QStringLiteral("villages"), vs.join(QStringLiteral(", "))},
                     {QStringLiteral("households"), members.value(q(r.id))}});
    }
    sortByText(rows, "name");
    return rows;
}

} // namespace kh::app
