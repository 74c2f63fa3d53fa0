#include "core/report/report.h"

#include "core/areas/admin_units.h"
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace kh::report {

namespace {
Row rowOf(const QString &area, const domain::Rate &r)
{
    Row x;
    static_cast<domain::Rate &>(x) = r;
    x.area = area;
    return x;
}

void addTotal(Table &t)
{
    t.total.area = builtinLayout().totalLabel;
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

Report fromRollup(const domain::Rollup &roll, int year, const QDateTime &generatedAt)
{
    Report r;
    r.year = year;
    r.generatedAt = generatedAt;
    if (roll.communes.size() == 1)
        r.areaName = roll.communes.front().name;
    else {
        QStringList names;
        for (const auto &c : roll.communes) names << c.name;
        r.areaName = names.join(QStringLiteral(", "));
    }
    auto title = [year](pb::LearningModel m) {
        const auto *set = domain::chooseCriteriaSet(domain::builtinCriteriaSets(), m, year, {});
        return set ? QString::fromStdString(set->title()) : domain::modelName(m);
    };
    Table families{
        int(pb::LEARNING_MODEL_FAMILY), title(pb::LEARNING_MODEL_FAMILY), QStringLiteral("Thôn, tổ dân phố"), {}, {}};
    for (const auto &v : roll.villages) families.rows.push_back(rowOf(v.name, v.families));
    addTotal(families);
    r.tables.push_back(families);
    const std::pair<pb::LearningModel, domain::Rate domain::AreaFigures::*> perCommune[] = {
        {pb::LEARNING_MODEL_CLAN, &domain::AreaFigures::clans},
        {pb::LEARNING_MODEL_VILLAGE_COMMUNITY, &domain::AreaFigures::villages},
        {pb::LEARNING_MODEL_UNIT, &domain::AreaFigures::units},
        {pb::LEARNING_MODEL_CITIZEN, &domain::AreaFigures::citizens},
    };
    for (const auto &[model, member] : perCommune) {
        Table t{int(model), title(model), QStringLiteral("Xã, phường"), {}, {}};
        for (const auto &c : roll.communes) t.rows.push_back(rowOf(c.name, c.*member));
        addTotal(t);
        r.tables.push_back(t);
    }
    return r;
}

namespace {

std::pair<std::string, std::string> yearSpan(int year)
{
    return {std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"};
}

void addFundsRow(Report &r, const QString &code, const funds::AreaFunds &f)
{
    if (f.funds == 0) return;
    const auto *info = AdminUnits::builtin().commune(code);
    r.funds.push_back({info ? info->fullName : code, f});
    r.fundsTotal.figures.add(f);
}

void sortFunds(Report &r)
{
    std::sort(r.funds.begin(), r.funds.end(),
              [](const FundsRow &a, const FundsRow &b) { return QString::localeAwareCompare(a.area, b.area) < 0; });
    r.fundsTotal.area = r.areaName;
}

} // namespace

void addFunds(Report &r, const std::map<QString, funds::Ledger> &booksByCommune, int year)
{
    const auto [from, to] = yearSpan(year);
    for (const auto &[code, books] : booksByCommune) addFundsRow(r, code, funds::areaFunds(books, from, to));
    sortFunds(r);
}

void addFunds(Report &r, const funds::Ledger &books, int year)
{
    const auto [from, to] = yearSpan(year);
    for (const auto &[code, f] : funds::areaFundsByCommune(books, from, to))
        addFundsRow(r, QString::fromStdString(code), f);
    sortFunds(r);
}

namespace {

QJsonObject fundsJson(const FundsRow &x)
{
    const funds::AreaFunds &f = x.figures;
    return {{QStringLiteral("area"), x.area},
            {QStringLiteral("funds"), f.funds},
            {QStringLiteral("opening"), f.opening},
            {QStringLiteral("received"), f.received},
            {QStringLiteral("paid"), f.paid},
            {QStringLiteral("closing"), f.closing},
            {QStringLiteral("awards"), f.awards},
            {QStringLiteral("beneficiaries"), f.beneficiaries},
            {QStringLiteral("awaitingApproval"), f.awaitingApproval}};
}

FundsRow fundsFromJson(const QJsonObject &o)
{
    FundsRow x;
    x.area = o.value(QLatin1String("area")).toString();
    funds::AreaFunds &f = x.figures;
    f.funds = o.value(QLatin1String("funds")).toInt();
    f.opening = o.value(QLatin1String("opening")).toInteger();
    f.received = o.value(QLatin1String("received")).toInteger();
    f.paid = o.value(QLatin1String("paid")).toInteger();
    f.closing = o.value(QLatin1String("closing")).toInteger();
    f.awards = o.value(QLatin1String("awards")).toInt();
    f.beneficiaries = o.value(QLatin1String("beneficiaries")).toInt();
    f.awaitingApproval = o.value(QLatin1String("awaitingApproval")).toInt();
    return x;
}

QJsonObject fundRows(const Report &r)
{
    QJsonArray rows;
    for (const FundsRow &x : r.funds) rows.append(fundsJson(x));
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("total"), fundsJson(r.fundsTotal)}};
}

} // namespace

QJsonObject toJson(const Report &r)
{
    QJsonArray tables;
    auto row = [](const Row &x) {
        return QJsonObject{{QStringLiteral("area"), x.area},
                           {QStringLiteral("total"), x.total},
                           {QStringLiteral("registered"), x.registered},
                           {QStringLiteral("recognised"), x.recognised},
                           {QStringLiteral("target"), x.target},
                           {QStringLiteral("provinceTarget"), x.provinceTarget}};
    };
    for (const Table &t : r.tables) {
        QJsonArray rows;
        for (const Row &x : t.rows) rows.append(row(x));
        tables.append(QJsonObject{{QStringLiteral("model"), t.model},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("unitHeader"), t.unitHeader},
                                  {QStringLiteral("rows"), rows},
                                  {QStringLiteral("total"), row(t.total)}});
    }
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("area"), r.areaName},
            {QStringLiteral("year"), r.year},
            {QStringLiteral("generatedAt"), r.generatedAt.toString(Qt::ISODate)},
            {QStringLiteral("tables"), tables},
            {QStringLiteral("associationMembers"), r.associationMembers},
            {QStringLiteral("population"), r.population},
            {QStringLiteral("funds"), fundRows(r)}};
}

Report fromJson(const QJsonObject &o)
{
    auto row = [](const QJsonObject &x) {
        Row r;
        r.area = x.value(QLatin1String("area")).toString();
        r.total = x.value(QLatin1String("total")).toInt();
        r.registered = x.value(QLatin1String("registered")).toInt();
        r.recognised = x.value(QLatin1String("recognised")).toInt();
        r.target = x.value(QLatin1String("target")).toInt();
        r.provinceTarget = x.value(QLatin1String("provinceTarget")).toInt();
        return r;
    };
    Report r;
    r.id = o.value(QLatin1String("id")).toString();
    r.areaName = o.value(QLatin1String("area")).toString();
    r.year = o.value(QLatin1String("year")).toInt();
    r.generatedAt = QDateTime::fromString(o.value(QLatin1String("generatedAt")).toString(), Qt::ISODate);
    r.associationMembers = o.value(QLatin1String("associationMembers")).toInt();
    r.population = o.value(QLatin1String("population")).toInt();
    for (const auto &tv : o.value(QLatin1String("tables")).toArray()) {
        const QJsonObject t = tv.toObject();
        Table table{t.value(QLatin1String("model")).toInt(),
                    t.value(QLatin1String("title")).toString(),
                    t.value(QLatin1String("unitHeader")).toString(),
                    {},
                    row(t.value(QLatin1String("total")).toObject())};
        for (const auto &x : t.value(QLatin1String("rows")).toArray()) table.rows.push_back(row(x.toObject()));
        r.tables.push_back(table);
    }
    const QJsonObject funds = o.value(QLatin1String("funds")).toObject();
    for (const auto &x : funds.value(QLatin1String("rows")).toArray()) r.funds.push_back(fundsFromJson(x.toObject()));
    r.fundsTotal = fundsFromJson(funds.value(QLatin1String("total")).toObject());
    return r;
}

QByteArray toCsv(const Report &r, const Layout &layout)
{
    QString out;
    out += QStringLiteral("%1,%2\r\n").arg(csvField(layout.fileTitleOf(r.year)), csvField(r.areaName));
    // A table: the header, a line per area, the total. Every column, also an optional one: a spreadsheet's columns
    // stay the same from one file to the next.
    auto table = [&](const QString &areaHeader, const std::vector<Column> &columns, const auto &lines,
                     const auto &total, const QString &totalLabel) {
        out += csvField(areaHeader);
        for (const Column &c : columns) out += QLatin1Char(',') + csvField(c.header);
        out += QStringLiteral("\r\n");
        auto line = [&](const QString &area, const auto &x) {
            out += csvField(area);
            for (const Column &c : columns) {
                const std::optional<qint64> v = figure(c, figuresOf(x));
                out += QLatin1Char(',') + (v ? QString::number(*v) : QString());
            }
            out += QStringLiteral("\r\n");
        };
        for (const auto &x : lines) line(x.area, x);
        line(totalLabel, total);
    };
    for (const Table &t : r.tables) {
        out += QStringLiteral("\r\n%1\r\n").arg(csvField(t.title));
        table(t.unitHeader, layout.rateColumns, t.rows, t.total, t.total.area);
    }
    if (!r.funds.empty()) {
        out += QStringLiteral("\r\n%1\r\n")
                   .arg(csvField(QStringLiteral("%1 năm %2 (đồng)").arg(layout.fundsTitle).arg(r.year)));
        table(layout.fundsAreaHeader, layout.fundsColumns, r.funds, r.fundsTotal, layout.totalLabel);
    }
    if (r.associationMembers)
        out += QStringLiteral("\r\n%1,%2,Tỉ lệ so với dân số trong sổ (%),%3\r\n")
                   .arg(csvField(layout.membersTitle))
                   .arg(r.associationMembers)
                   .arg(r.memberShare());
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace kh::report
