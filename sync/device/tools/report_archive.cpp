#include "device/tools/report_archive.h"

#include "device/tools/store_rollups.h"
#include "device/workflow/funds.h"

#include <QJsonDocument>

namespace kh::report {

Report build(LocalStore &s, int year)
{
    Report r = fromRollup(learning::rollup(s, year), year, QDateTime::fromMSecsSinceEpoch(s.clock().nowMs()));
    const funds::Ledger books = funds::ledgerOf(s);
    for (const auto &[id, b] : books.branches) r.associationMembers += int(b.member_count());
    addFunds(r, books, year);
    for (const Table &t : r.tables)
        if (t.model == pb::LEARNING_MODEL_CITIZEN) r.population = t.total.total;
    return r;
}

QString issue(LocalStore &s, Report r)
{
    r.id = QStringLiteral("%1-%2").arg(r.year).arg(r.generatedAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    s.setMeta("report:" + r.id.toStdString(),
              QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact)));
    QStringList ids = s.meta("reports").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ids << r.id;
    s.setMeta("reports", ids.join(QLatin1Char(' ')));
    return r.id;
}

std::vector<Report> issued(LocalStore &s)
{
    std::vector<Report> out;
    for (const QString &id : s.meta("reports").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (auto r = issuedById(s, id)) out.push_back(*r);
    return out;
}

std::optional<Report> issuedById(LocalStore &s, const QString &id)
{
    const QString json = s.meta("report:" + id.toStdString());
    if (json.isEmpty()) return std::nullopt;
    return fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

} // namespace kh::report
