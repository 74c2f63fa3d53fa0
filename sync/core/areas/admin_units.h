// The national list of provinces and communes after the 2025 reform (data/vn-admin-units, compiled in).
#pragma once

#include <QHash>
#include <QString>
#include <vector>

namespace kh {

struct ProvinceInfo {
    QString code, name, fullName;
};
struct CommuneInfo {
    QString code, provinceCode, name, fullName;
};

class AdminUnits {
public:
    // The list compiled into the program (loaded once, on first use).
    static const AdminUnits &builtin();

    const std::vector<ProvinceInfo> &provinces() const { return m_provinces; }
    const std::vector<CommuneInfo> &communes() const { return m_communes; }
    const CommuneInfo *commune(const QString &code) const;
    const ProvinceInfo *province(const QString &code) const;

private:
    std::vector<ProvinceInfo> m_provinces;
    std::vector<CommuneInfo> m_communes;
    QHash<QString, qsizetype> m_communeIndex;
    QHash<QString, qsizetype> m_provinceIndex;
};

} // namespace kh
