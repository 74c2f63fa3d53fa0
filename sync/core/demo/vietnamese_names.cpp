#include "core/demo/vietnamese_names.h"

#include "core/data/builtin_data.h"
#include "core/text/text.h"

namespace kh {

const VietnameseNames &VietnameseNames::builtin()
{
    static const VietnameseNames names = [] {
        VietnameseNames n;
        auto lines = [](const QString &path) {
            QStringList out;
            for (const QString &l : QString::fromUtf8(readBuiltin(path)).split(QLatin1Char('\n')))
                if (!l.trimmed().isEmpty()) out << l.trimmed().normalized(QString::NormalizationForm_C);
            return out;
        };
        const QStringList fam = lines(QStringLiteral("vn-names/family_names.tsv"));
        for (const QString &l : fam.mid(1)) {
            const auto cols = l.split(QLatin1Char('\t'));
            if (cols.size() == 2) n.familyShares.emplace_back(cleanText(cols[0]), cols[1].toDouble());
        }
        for (const QString &l : lines(QStringLiteral("vn-names/given_names_male.txt"))) n.maleGiven << cleanText(l);
        for (const QString &l : lines(QStringLiteral("vn-names/given_names_female.txt"))) n.femaleGiven << cleanText(l);
        if (n.familyShares.empty() || n.maleGiven.isEmpty() || n.femaleGiven.isEmpty())
            qFatal("built-in name lists are empty");
        return n;
    }();
    return names;
}

} // namespace kh
