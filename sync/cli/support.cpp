#include "cli/support.h"

#include "core/funds/ledger.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "device/account/device_account.h"

#include <QCollator>
#include <cstdio>

namespace kh::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

workflow::Actor actorOf(Context &c, const QString &by)
{
    workflow::Actor a = DeviceAccount(c.store).actor();
    if (c.args.has(QStringLiteral("date"))) {
        a.on = QDate::fromString(c.args.value(QStringLiteral("date")), Qt::ISODate);
        if (!a.on.isValid()) throw UsageError("--date must be a date YYYY-MM-DD");
    }
    if (!by.isEmpty()) a.name = by;
    return a;
}

qint64 moneyOf(const QString &option, const QString &v)
{
    const qint64 n = funds::parseVnd(v);
    if (n < 0) throw UsageError("--" + option.toStdString() + " must be a whole number of đồng");
    return n;
}

void err(const QString &s)
{
    std::fprintf(stderr, "khuyenhoc-cli: %s\n", s.toUtf8().constData());
}

pb::Sex sexOf(const QString &v)
{
    return keyword<pb::Sex>(QStringLiteral("sex"), v, {{"male", pb::SEX_MALE}, {"female", pb::SEX_FEMALE}});
}
pb::Relation relationOf(const QString &v)
{
    return keyword<pb::Relation>(QStringLiteral("relation"), v,
                                 {{"head", pb::RELATION_HEAD},
                                  {"spouse", pb::RELATION_SPOUSE},
                                  {"child", pb::RELATION_CHILD},
                                  {"parent", pb::RELATION_PARENT},
                                  {"grandchild", pb::RELATION_GRANDCHILD},
                                  {"grandparent", pb::RELATION_GRANDPARENT},
                                  {"sibling", pb::RELATION_SIBLING},
                                  {"child-in-law", pb::RELATION_CHILD_IN_LAW},
                                  {"other", pb::RELATION_OTHER}});
}
pb::Schooling schoolingOf(const QString &v)
{
    return keyword<pb::Schooling>(QStringLiteral("schooling"), v,
                                  {{"none", pb::SCHOOLING_NONE},
                                   {"preschool", pb::SCHOOLING_PRESCHOOL},
                                   {"primary", pb::SCHOOLING_PRIMARY},
                                   {"lower-secondary", pb::SCHOOLING_LOWER_SECONDARY},
                                   {"upper-secondary", pb::SCHOOLING_UPPER_SECONDARY},
                                   {"vocational", pb::SCHOOLING_VOCATIONAL},
                                   {"university", pb::SCHOOLING_UNIVERSITY},
                                   {"postgraduate", pb::SCHOOLING_POSTGRADUATE}});
}
pb::Literacy literacyOf(const QString &v)
{
    return keyword<pb::Literacy>(
        QStringLiteral("literacy"), v,
        {{"illiterate", pb::LITERACY_ILLITERATE}, {"level1", pb::LITERACY_LEVEL_1}, {"level2", pb::LITERACY_LEVEL_2}});
}
pb::VillageKind kindOf(const QString &v)
{
    return keyword<pb::VillageKind>(QStringLiteral("kind"), v,
                                    {{"thon", pb::VILLAGE_KIND_THON},
                                     {"ap", pb::VILLAGE_KIND_AP},
                                     {"ban", pb::VILLAGE_KIND_BAN},
                                     {"buon", pb::VILLAGE_KIND_BUON},
                                     {"to-dan-pho", pb::VILLAGE_KIND_TO_DAN_PHO},
                                     {"other", pb::VILLAGE_KIND_OTHER}});
}
bool yesNo(const QString &option, const QString &v)
{
    return keyword<bool>(option, v, {{"yes", true}, {"no", false}, {"true", true}, {"false", false}});
}
int intOf(const QString &option, const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok) throw UsageError("--" + str(option) + ": '" + str(v) + "' is not a number");
    return n;
}

// Decodes a command-line value into UTF-8 text in NFC, or refuses it.
QString text(const QString &v)
{
    return cleanText(v);
}

Record mustGet(LocalStore &s, pb::RecordType t, const QString &id)
{
    auto r = s.get(t, str(id));
    if (!r || r->isDeleted()) throw EditError(str(domain::typeName(t)) + " '" + str(id) + "' does not exist");
    return *r;
}

void printRecord(const Record &r)
{
    out() << domain::typeName(r.type) << ' ' << q(r.id) << (r.isDeleted() ? " (deleted)" : "") << '\n';
    for (const auto &[n, f] : r.fields)
        if (!f.raw.empty()) out() << "  " << domain::renderField(r.type, n, f.raw) << '\n';
}

// Lists sorted the Vietnamese way by given name, then family and middle name.
void sortPeople(std::vector<Record> &records, const std::function<QStringList(const Record &)> &key)
{
    QCollator c(QLocale(QStringLiteral("vi_VN")));
    std::vector<std::pair<QStringList, Record>> keyed;
    for (auto &r : records) keyed.emplace_back(key(r), std::move(r));
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        for (int i = 0; i < a.first.size(); ++i)
            if (const int d = c.compare(a.first[i], b.first[i])) return d < 0;
        return false;
    });
    records.clear();
    for (auto &[k, r] : keyed) records.push_back(std::move(r));
}

} // namespace kh::cli
