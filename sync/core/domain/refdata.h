// Reference data carried inside the program (data/ at the top of the repo, compiled in as Qt resources):
// the national list of provinces and communes, and Vietnamese names for synthetic data.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
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

class VietnameseNames {
public:
    static const VietnameseNames &builtin();
    // Family names with their population shares (percent), the rest spread as "other".
    std::vector<std::pair<QString, double>> familyShares;
    QStringList maleGiven;   // "Văn Hùng": middle + given
    QStringList femaleGiven; // "Thị Hường"
};

} // namespace kh
