#include "report.h"

#include "domain/learning.h"
#include "domain/refdata.h"
#include "learning.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kh::report {

namespace {
Row rowOf(const QString &area, const learning::Rate &r) { return {area, r.total, r.registered, r.recognised, r.target, r.provinceTarget}; }

void addTotal(Table &t)
{
    t.total.area = QStringLiteral("Tổng cộng");
    for (const Row &r : t.rows) {
        t.total.total += r.total;
        t.total.registered += r.registered;
        t.total.recognised += r.recognised;
        t.total.target = r.target;
    }
    // The total carries a province's target only when every row has the same one.
    t.total.provinceTarget = t.rows.empty() ? 0 : t.rows.front().provinceTarget;
    for (const Row &r : t.rows)
        if (r.provinceTarget != t.total.provinceTarget) t.total.provinceTarget = 0;
}

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"')) && !v.contains(QLatin1Char('\n'))) return v;
    QString e = v;
    e.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + e + QLatin1Char('"');
}
} // namespace

Report build(LocalStore &s, int year) { return fromRollup(learning::rollup(s, year), year); }

Report fromRollup(const learning::Rollup &roll, int year)
{
    Report r;
    r.year = year;
    r.generatedAt = QDateTime::currentDateTime();
    if (roll.communes.size() == 1) r.areaName = roll.communes.front().name;
    else {
        QStringList names;
        for (const auto &c : roll.communes) names << c.name;
        r.areaName = names.join(QStringLiteral(", "));
    }
    auto title = [](pb::LearningModel m) {
        const auto *set = domain::chooseCriteriaSet(domain::builtinCriteriaSets(), m, 2026, {});
        return set ? QString::fromStdString(set->title()) : domain::modelName(m);
    };
    Table families{int(pb::LEARNING_MODEL_FAMILY), title(pb::LEARNING_MODEL_FAMILY), QStringLiteral("Thôn, tổ dân phố"), {}, {}};
    for (const auto &v : roll.villages) families.rows.push_back(rowOf(v.name, v.families));
    addTotal(families);
    r.tables.push_back(families);
    const std::pair<pb::LearningModel, learning::Rate learning::AreaFigures::*> perCommune[] = {
        {pb::LEARNING_MODEL_CLAN, &learning::AreaFigures::clans},
        {pb::LEARNING_MODEL_VILLAGE_COMMUNITY, &learning::AreaFigures::villages},
        {pb::LEARNING_MODEL_UNIT, &learning::AreaFigures::units},
        {pb::LEARNING_MODEL_CITIZEN, &learning::AreaFigures::citizens},
    };
    for (const auto &[model, member] : perCommune) {
        Table t{int(model), title(model), QStringLiteral("Xã, phường"), {}, {}};
        for (const auto &c : roll.communes) t.rows.push_back(rowOf(c.name, c.*member));
        addTotal(t);
        r.tables.push_back(t);
    }
    return r;
}

QJsonObject toJson(const Report &r)
{
    QJsonArray tables;
    auto row = [](const Row &x) {
        return QJsonObject{{QStringLiteral("area"), x.area}, {QStringLiteral("total"), x.total}, {QStringLiteral("registered"), x.registered},
                           {QStringLiteral("recognised"), x.recognised}, {QStringLiteral("target"), x.target},
                           {QStringLiteral("provinceTarget"), x.provinceTarget}};
    };
    for (const Table &t : r.tables) {
        QJsonArray rows;
        for (const Row &x : t.rows) rows.append(row(x));
        tables.append(QJsonObject{{QStringLiteral("model"), t.model}, {QStringLiteral("title"), t.title},
                                  {QStringLiteral("unitHeader"), t.unitHeader}, {QStringLiteral("rows"), rows},
                                  {QStringLiteral("total"), row(t.total)}});
    }
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("area"), r.areaName}, {QStringLiteral("year"), r.year},
            {QStringLiteral("generatedAt"), r.generatedAt.toString(Qt::ISODate)}, {QStringLiteral("tables"), tables}};
}

Report fromJson(const QJsonObject &o)
{
    auto row = [](const QJsonObject &x) {
        return Row{x.value(QLatin1String("area")).toString(), x.value(QLatin1String("total")).toInt(), x.value(QLatin1String("registered")).toInt(),
                   x.value(QLatin1String("recognised")).toInt(), x.value(QLatin1String("target")).toInt(),
                   x.value(QLatin1String("provinceTarget")).toInt()};
    };
    Report r;
    r.id = o.value(QLatin1String("id")).toString();
    r.areaName = o.value(QLatin1String("area")).toString();
    r.year = o.value(QLatin1String("year")).toInt();
    r.generatedAt = QDateTime::fromString(o.value(QLatin1String("generatedAt")).toString(), Qt::ISODate);
    for (const auto &tv : o.value(QLatin1String("tables")).toArray()) {
        const QJsonObject t = tv.toObject();
        Table table{t.value(QLatin1String("model")).toInt(), t.value(QLatin1String("title")).toString(),
                    t.value(QLatin1String("unitHeader")).toString(), {}, row(t.value(QLatin1String("total")).toObject())};
        for (const auto &x : t.value(QLatin1String("rows")).toArray()) table.rows.push_back(row(x.toObject()));
        r.tables.push_back(table);
    }
    return r;
}

QByteArray toCsv(const Report &r)
{
    QString out;
    out += QStringLiteral("Báo cáo kết quả xây dựng các mô hình học tập năm %1,%2\r\n").arg(r.year).arg(csvField(r.areaName));
    for (const Table &t : r.tables) {
        out += QStringLiteral("\r\n%1\r\n").arg(csvField(t.title));
        out += QStringLiteral("%1,Tổng số,Đăng ký,Được công nhận,Tỉ lệ (%),Chỉ tiêu (%),Chỉ tiêu tỉnh (%)\r\n").arg(csvField(t.unitHeader));
        auto line = [&](const Row &x) {
            out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\r\n").arg(csvField(x.area)).arg(x.total).arg(x.registered).arg(x.recognised)
                       .arg(x.percent()).arg(x.target ? QString::number(x.target) : QString())
                       .arg(x.provinceTarget ? QString::number(x.provinceTarget) : QString());
        };
        for (const Row &x : t.rows) line(x);
        line(t.total);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QString issue(LocalStore &s, Report r)
{
    r.id = QStringLiteral("%1-%2").arg(r.year).arg(r.generatedAt.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    s.setMeta("report:" + r.id.toStdString(), QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact)));
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
