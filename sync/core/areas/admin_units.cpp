#include "core/areas/admin_units.h"

#include "core/data/builtin_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kh {

const AdminUnits &AdminUnits::builtin()
{
    static const AdminUnits units = [] {
        AdminUnits u;
        const auto doc =
            QJsonDocument::fromJson(readBuiltin(QStringLiteral("vn-admin-units/vn_units_simplified.json")));
        for (const auto &pv : doc.array()) {
            const auto p = pv.toObject();
            u.m_provinceIndex.insert(p[QLatin1String("Code")].toString(), qsizetype(u.m_provinces.size()));
            u.m_provinces.push_back({p[QLatin1String("Code")].toString(), p[QLatin1String("Name")].toString(),
                                     p[QLatin1String("FullName")].toString()});
            for (const auto &wv : p[QLatin1String("Wards")].toArray()) {
                const auto w = wv.toObject();
                u.m_communeIndex.insert(w[QLatin1String("Code")].toString(), qsizetype(u.m_communes.size()));
                u.m_communes.push_back({w[QLatin1String("Code")].toString(), p[QLatin1String("Code")].toString(),
                                        w[QLatin1String("Name")].toString(), w[QLatin1String("FullName")].toString()});
            }
        }
        return u;
    }();
    return units;
}

const CommuneInfo *AdminUnits::commune(const QString &code) const
{
    const auto it = m_communeIndex.constFind(code);
    return it == m_communeIndex.cend() ? nullptr : &m_communes[size_t(*it)];
}

const ProvinceInfo *AdminUnits::province(const QString &code) const
{
    const auto it = m_provinceIndex.constFind(code);
    return it == m_provinceIndex.cend() ? nullptr : &m_provinces[size_t(*it)];
}

} // namespace kh
