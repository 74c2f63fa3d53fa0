// A fund's books for people (issue 15): the period report as CSV (UTF-8 with BOM, opens in Excel), XLSX and an
// A4 PDF laid out like the association's forms, and the public posting (niêm yết) as PDF, in Vietnamese. The
// figures come from core/funds/ledger.h; nothing here adds them up.
#pragma once

#include "core/funds/ledger.h"

namespace kh::funds {

struct FundReportFile {
    QString fundName;
    QString period; // "01/01/2026 – 31/12/2026"
    FundFigures figures;
    std::map<std::string, QString> programmeNames; // programme id → name
    std::vector<PostingLine> posting;              // for the public posting
};

// The report's rows as (label, value) pairs, in the order every format prints them.
std::vector<std::pair<QString, QString>> reportRows(const FundReportFile &r);
bool writeReportCsv(const FundReportFile &r, const QString &path, QString *error);
bool writeReportXlsx(const FundReportFile &r, const QString &path, QString *error);
bool writeReportPdf(const FundReportFile &r, const QString &path, QString *error);
bool writePostingPdf(const FundReportFile &r, const QString &path, QString *error);
// One receipt (phiếu thu) to hand over, print or send, on A5 like the paper one: the voucher number (and the
// official one once approved), the date, who gave, the amount in figures and in words, how, who collected; a
// cancelled receipt says so with its reason.
bool writeReceiptPdf(const Ledger &l, const std::string &receiptId, const QString &path, QString *error);

} // namespace kh::funds
