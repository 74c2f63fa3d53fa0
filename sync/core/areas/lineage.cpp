#include "core/areas/lineage.h"

#include "core/records/ids.h"

namespace kh::domain {

namespace {

template <typename M>
std::optional<M> valueAs(const StoredValue &valueOf, pb::RecordType t, const std::string &id)
{
    const auto v = valueOf(t, id);
    M m;
    if (!v || !m.ParseFromString(*v)) return std::nullopt;
    return m;
}

} // namespace

QStringList lineage(const QString &area, const StoredValue &valueOf)
{
    QStringList out{area};
    QString village, commune;
    if (area.startsWith(QLatin1String("h:"))) {
        const auto h = valueAs<pb::Household>(valueOf, pb::RECORD_TYPE_HOUSEHOLD, area.mid(2).toStdString());
        if (!h) return out;
        village = QString::fromStdString(h->village_id());
        out << QStringLiteral("v:") + village;
    } else if (area.startsWith(QLatin1String("v:"))) {
        village = area.mid(2);
    } else if (area.startsWith(QLatin1String("c:"))) {
        commune = area.mid(2);
    }
    if (!village.isEmpty()) {
        const auto v = valueAs<pb::Village>(valueOf, pb::RECORD_TYPE_VILLAGE, village.toStdString());
        if (!v) return out;
        commune = QString::fromStdString(v->commune_code());
        out << QStringLiteral("c:") + commune;
    }
    if (!commune.isEmpty())
        if (const auto c = valueAs<pb::Commune>(valueOf, pb::RECORD_TYPE_COMMUNE, communeId(commune)))
            out << QStringLiteral("p:") + QString::fromStdString(c->province_code());
    return out;
}

std::optional<std::pair<pb::RecordType, std::string>> areaRecord(const QString &area)
{
    const QString code = area.mid(2);
    if (area.startsWith(QLatin1String("c:"))) return std::pair{pb::RECORD_TYPE_COMMUNE, communeId(code)};
    if (area.startsWith(QLatin1String("p:"))) return std::pair{pb::RECORD_TYPE_PROVINCE, provinceId(code)};
    if (area.startsWith(QLatin1String("v:"))) return std::pair{pb::RECORD_TYPE_VILLAGE, code.toStdString()};
    if (area.startsWith(QLatin1String("h:"))) return std::pair{pb::RECORD_TYPE_HOUSEHOLD, code.toStdString()};
    return std::nullopt;
}

} // namespace kh::domain
