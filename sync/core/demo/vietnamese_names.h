// Vietnamese family names with their population shares and given names (data/vn-names, compiled in): what
// synthetic households are named from.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace kh {

class VietnameseNames {
public:
    static const VietnameseNames &builtin();
    // Family names with their population shares (percent), the rest spread as "other".
    std::vector<std::pair<QString, double>> familyShares;
    QStringList maleGiven;   // "Văn Hùng": middle + given
    QStringList femaleGiven; // "Thị Hường"
};

} // namespace kh
