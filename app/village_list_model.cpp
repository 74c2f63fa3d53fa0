#include "village_list_model.h"

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

VillageListModel::VillageListModel(QObject *parent)
    : RowModel({"villageId", "name", "kindText", "communeCode", "communeName", "households", "registered", "declared",
                "verified", "recognised", "rateText", "lagging", "firstOfCommune"},
               parent)
{}

QList<QVariantHash> VillageListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    using Counts = HouseholdIndex::VillageCounts;
    static const QHash<QString, Counts> none;
    const auto &counts = m_counted ? ws.households().villageCounts() : none;
    QList<QVariantHash> rows;
    Counts total;
    const QLocale loc;
    const auto targets = provinceTargets(s);
    for (const auto &r : s.list(pb::RECORD_TYPE_VILLAGE)) {
        const auto v = valueOf<pb::Village>(r);
        const Counts c = counts.value(q(r.id));
        total.households += c.households;
        total.registered += c.registered;
        total.declared += c.declared;
        total.verified += c.verified;
        total.recognised += c.recognised;
        const auto *commune = AdminUnits::builtin().commune(q(v.commune_code()));
        domain::Rate rate;
        rate.total = c.households;
        rate.registered = c.registered;
        rate.recognised = c.recognised;
        rate.target = domain::nationalTarget(pb::LEARNING_MODEL_FAMILY);
        if (commune) rate.provinceTarget = targets.value(commune->provinceCode).value(int(pb::LEARNING_MODEL_FAMILY));
        rows.append({{QStringLiteral("villageId"), q(r.id)},
                     {QStringLiteral("name"), q(v.name())},
                     {QStringLiteral("kindText"), Labels::option(Labels::villageKindOptions(), v.kind())},
                     {QStringLiteral("communeCode"), q(v.commune_code())},
                     {QStringLiteral("communeName"), commune ? commune->fullName : q(v.commune_code())},
                     {QStringLiteral("households"), c.households},
                     {QStringLiteral("registered"), c.registered},
                     {QStringLiteral("declared"), c.declared},
                     {QStringLiteral("verified"), c.verified},
                     {QStringLiteral("recognised"), c.recognised},
                     {QStringLiteral("rateText"),
                      c.households ? loc.toString(rate.percent()) + QLatin1Char('%') : QStringLiteral("–")},
                     {QStringLiteral("lagging"), rate.lagging()}});
    }
    sortByText(rows, "name");
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantHash &a, const QVariantHash &b) {
        return a.value(QStringLiteral("communeCode")).toString() < b.value(QStringLiteral("communeCode")).toString();
    });
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i].insert(QStringLiteral("firstOfCommune"), i == 0 || rows[i - 1].value(QStringLiteral("communeCode")) !=
                                                                       rows[i].value(QStringLiteral("communeCode")));
    m_totals = {{QStringLiteral("households"), total.households},
                {QStringLiteral("registered"), total.registered},
                {QStringLiteral("declared"), total.declared},
                {QStringLiteral("verified"), total.verified},
                {QStringLiteral("recognised"), total.recognised},
                {QStringLiteral("rateText"),
                 total.households ? loc.toString(100.0 * total.recognised / total.households, 'f', 0) + QLatin1Char('%')
                                  : QStringLiteral("–")}};
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

} // namespace kh::app
