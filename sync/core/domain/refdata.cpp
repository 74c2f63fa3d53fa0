#include "refdata.h"

#include "text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initResources() { Q_INIT_RESOURCE(refdata); }

namespace kh {

namespace {
QByteArray readResource(const QString &path)
{
    initResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing built-in resource %s", qPrintable(path));
    return f.readAll();
}
} // namespace

const AdminUnits &AdminUnits::builtin()
{
    static const AdminUnits units = [] {
        AdminUnits u;
        const auto doc = QJsonDocument::fromJson(readResource(QStringLiteral(":/kh/data/vn-admin-units/vn_units_simplified.json")));
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

const VietnameseNames &VietnameseNames::builtin()
{
    static const VietnameseNames names = [] {
        VietnameseNames n;
        auto lines = [](const QString &path) {
            QStringList out;
            for (const QString &l : QString::fromUtf8(readResource(path)).split(QLatin1Char('\n')))
                if (!l.trimmed().isEmpty()) out << l.trimmed().normalized(QString::NormalizationForm_C);
            return out;
        };
        const QStringList fam = lines(QStringLiteral(":/kh/data/vn-names/family_names.tsv"));
        for (const QString &l : fam.mid(1)) {
            const auto cols = l.split(QLatin1Char('\t'));
            if (cols.size() == 2) n.familyShares.emplace_back(cleanText(cols[0]), cols[1].toDouble());
        }
        for (const QString &l : lines(QStringLiteral(":/kh/data/vn-names/given_names_male.txt"))) n.maleGiven << cleanText(l);
        for (const QString &l : lines(QStringLiteral(":/kh/data/vn-names/given_names_female.txt"))) n.femaleGiven << cleanText(l);
        if (n.familyShares.empty() || n.maleGiven.isEmpty() || n.femaleGiven.isEmpty()) qFatal("built-in name lists are empty");
        return n;
    }();
    return names;
}

} // namespace kh
