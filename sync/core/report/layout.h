// The year-end report's layout as data (data/report/year-end.json, compiled in like the criteria sets): the
// form's heading and title, the columns of the models' tables and of the study funds' table, the footnote and the
// signature blocks. The writers (CSV here, XLSX and PDF in export/) only print it, so matching the association's
// official form once it is found changes that file, not three writers. The figures come from the report.
#pragma once

#include "core/funds/ledger.h"
#include "core/learning/rate.h"

#include <QString>
#include <optional>
#include <vector>

namespace kh::report {

struct Column {
    QString key;           // the figure shown (rateKeys() or fundsKeys())
    QString header;        // as printed
    bool percent = false;  // a percentage
    bool money = false;    // an amount in đồng
    bool optional = false; // on paper only when some row has a value (the province's own target)
};

struct Signature {
    QString title; // "NGƯỜI LẬP BIỂU"
    QString note;  // "(Ký, ghi rõ họ tên)"
};

struct Layout {
    QString id;
    int version = 0;
    bool unconfirmed = false; // not checked against an official form
    QString association, nation, motto;
    QString title;     // "{year}" replaced by the year
    QString fileTitle; // the CSV's first line and the file's title, "{year}" replaced
    QString totalLabel;
    std::vector<Column> rateColumns;
    QString fundsTitle, fundsAreaHeader;
    std::vector<Column> fundsColumns;
    QString membersTitle;
    QString footnote; // "{time}" replaced by when the report was made
    std::vector<Signature> signatures;

    QString titleOf(int year) const { return QString(title).replace(QLatin1String("{year}"), QString::number(year)); }
    QString fileTitleOf(int year) const
    {
        return QString(fileTitle).replace(QLatin1String("{year}"), QString::number(year));
    }
};

// The figure keys a column may show: of a model's row (total, registered, recognised, percent, target,
// province_target) and of a commune's funds (funds, opening, received, paid, closing, awards, beneficiaries,
// awaiting_approval).
const QStringList &rateKeys();
const QStringList &fundsKeys();

// A layout from its JSON; nullopt with `error` set when a field is missing or a column names an unknown figure.
std::optional<Layout> parseLayout(const QByteArray &json, QString *error);
// The layout built into the program (aborts on a broken build, as the criteria sets do).
const Layout &builtinLayout();

// A column's figure in a line; nullopt for a target that is not set (printed as an empty cell).
std::optional<qint64> figure(const Column &c, const domain::Rate &r);
std::optional<qint64> figure(const Column &c, const funds::AreaFunds &f);

} // namespace kh::report
