// The year-end report of the learning models: for the areas on this device, per model, per village (families)
// or commune (clans, village communities, units, citizens), how many subjects, registered and recognised, the
// rate and the national target. Built from the records through the roll-up; an issued report is archived as
// its figures, so records arriving later change the next report and never an issued one.
#pragma once

#include "core/funds/ledger.h"
#include "core/learning/rollup.h"
#include "core/report/layout.h"

#include <QDateTime>
#include <QJsonObject>

namespace kh::report {

// One line of a table: an area's rate (its counts, targets, percent and whether it lags: domain::Rate).
struct Row : domain::Rate {
    QString area; // village or commune name
};

struct Table {
    int model = 0;      // pb::LearningModel
    QString title;      // "Gia đình học tập"
    QString unitHeader; // "Thôn, tổ dân phố" or "Xã, phường"
    std::vector<Row> rows;
    Row total;
};

// One commune's study funds in the year (a server's report of a commune or province).
struct FundsRow {
    QString area; // the commune's name
    funds::AreaFunds figures;
};

// The figures a line of a table shows (a layout's columns pick from them: figure()).
inline const domain::Rate &figuresOf(const Row &x)
{
    return x;
}
inline const funds::AreaFunds &figuresOf(const FundsRow &x)
{
    return x.figures;
}

struct Report {
    QString id;       // set when issued
    QString areaName; // "Phường Phan Thiết" or "Tỉnh Lâm Đồng (3 xã)"
    int year = 0;
    QDateTime generatedAt;
    std::vector<Table> tables;
    // The association's members in its branches (chi hội, clan and unit boards: Branch records) and the people
    // of the register (the learning-citizen table's total), for "members and their share of the population".
    int associationMembers = 0;
    int population = 0;
    // The study funds per commune in the year, with their total (addFunds): from the server's books of each
    // commune, or from the books a device holds.
    std::vector<FundsRow> funds;
    FundsRow fundsTotal;
    // Members as a percentage of the people in the register, rounded; 0 without a register.
    int memberShare() const
    {
        return population > 0 ? int((100LL * associationMembers + population / 2) / population) : 0;
    }
};

// The report of a year from its roll-up, stamped with when it was made (from the caller's clock).
Report fromRollup(const domain::Rollup &roll, int year, const QDateTime &generatedAt);

// Adds the year's study funds of each commune (its books, by commune code) to a report, by commune name.
void addFunds(Report &r, const std::map<QString, funds::Ledger> &booksByCommune, int year);
// The same from one ledger holding the books of one commune or more (a device's), each fund in its commune.
void addFunds(Report &r, const funds::Ledger &books, int year);

QJsonObject toJson(const Report &r);
Report fromJson(const QJsonObject &o);

// CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, one block per model, laid out by
// `layout`.
QByteArray toCsv(const Report &r, const Layout &layout = builtinLayout());

} // namespace kh::report
