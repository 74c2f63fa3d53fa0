#include "export/report_files.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>
#include <xlsxwriter.h>

namespace kh::report {

bool writeReport(const Report &r, const QString &format, const QString &path, QString *error)
{
    if (format == QLatin1String("xlsx")) return writeXlsx(r, path, error);
    if (format == QLatin1String("pdf")) return writePdf(r, path, error);
    if (format != QLatin1String("csv")) {
        if (error) *error = QStringLiteral("unknown report format '%1': csv, xlsx or pdf").arg(format);
        return false;
    }
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(toCsv(r)) > 0 && f.flush()) return true;
    if (error) *error = QStringLiteral("cannot write %1").arg(path);
    return false;
}

namespace {

struct Formats {
    lxw_format *bold, *title, *percent, *money, *moneyBold;
};

// A table's sheet: the title, the header row, a line per area and the total, each cell a column's figure (none:
// an empty cell). `Line` is a Row or a FundsRow.
template <typename Line>
void writeSheet(lxw_workbook *wb, const QString &name, const QString &heading, const QString &areaHeader,
                const std::vector<Column> &columns, const std::vector<Line> &lines, const Line &total,
                const QString &totalLabel, const Formats &f)
{
    // Sheet names: at most 31 characters, none of []:*?/\ (the model titles qualify).
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.left(31).toUtf8().constData());
    if (!ws) return;
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    worksheet_set_column(ws, 1, lxw_col_t(columns.size()), 16, nullptr);
    worksheet_write_string(ws, 0, 0, heading.toUtf8().constData(), f.title);
    worksheet_write_string(ws, 2, 0, areaHeader.toUtf8().constData(), f.bold);
    for (size_t c = 0; c < columns.size(); ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c + 1), columns[c].header.toUtf8().constData(), f.bold);
    lxw_row_t row = 3;
    auto write = [&](const QString &area, const Line &l, bool bold) {
        worksheet_write_string(ws, row, 0, area.toUtf8().constData(), bold ? f.bold : nullptr);
        for (size_t c = 0; c < columns.size(); ++c) {
            const std::optional<qint64> v = figure(columns[c], figuresOf(l));
            if (!v) continue;
            lxw_format *format = columns[c].percent ? f.percent
                                 : columns[c].money ? (bold ? f.moneyBold : f.money)
                                                    : (bold ? f.bold : nullptr);
            worksheet_write_number(ws, row, lxw_col_t(c + 1), double(*v), format);
        }
        ++row;
    };
    for (const Line &l : lines) write(l.area, l, false);
    write(totalLabel, total, true);
}

} // namespace

bool writeXlsx(const Report &r, const QString &path, QString *error, const Layout &layout)
{
    lxw_workbook *wb = workbook_new(path.toUtf8().constData());
    if (!wb) {
        if (error) *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *title = workbook_add_format(wb);
    format_set_bold(title);
    format_set_font_size(title, 13);
    lxw_format *percent = workbook_add_format(wb);
    format_set_num_format(percent, "0\"%\"");
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0");
    lxw_format *moneyBold = workbook_add_format(wb);
    format_set_num_format(moneyBold, "#,##0");
    format_set_bold(moneyBold);
    const Formats formats{bold, title, percent, money, moneyBold};
    for (const Table &t : r.tables)
        writeSheet(wb, t.title, QStringLiteral("%1 năm %2 — %3").arg(t.title).arg(r.year).arg(r.areaName), t.unitHeader,
                   layout.rateColumns, t.rows, t.total, t.total.area, formats);
    if (!r.funds.empty())
        writeSheet(wb, layout.fundsTitle,
                   QStringLiteral("%1 năm %2 — %3 (đồng)").arg(layout.fundsTitle).arg(r.year).arg(r.areaName),
                   layout.fundsAreaHeader, layout.fundsColumns, r.funds, r.fundsTotal, layout.totalLabel, formats);
    if (r.associationMembers) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Hội viên");
        worksheet_set_column(ws, 0, 0, 44, nullptr);
        worksheet_write_string(ws, 0, 0, layout.membersTitle.toUtf8().constData(), bold);
        worksheet_write_number(ws, 0, 1, r.associationMembers, nullptr);
        worksheet_write_string(ws, 1, 0, "Số người trong sổ hộ", nullptr);
        worksheet_write_number(ws, 1, 1, r.population, nullptr);
        worksheet_write_string(ws, 2, 0, "Tỉ lệ (%)", nullptr);
        worksheet_write_number(ws, 2, 1, r.memberShare(), percent);
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        if (error) *error = QString::fromUtf8(lxw_strerror(e));
        return false;
    }
    return true;
}

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A table on paper: the header row and a line per area, the total in bold, each cell a column's figure (none: an
// empty cell), money in Vietnamese form. `Line` is a Row or a FundsRow.
template <typename Line>
QString tableHtml(const QString &areaHeader, const std::vector<Column> &columns, const std::vector<Line> &lines,
                  const Line &total, const QString &totalLabel)
{
    QString html = QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' "
                                  "style='font-size:8.5pt; border-collapse:collapse'><tr><th align='left'>%1</th>")
                       .arg(esc(areaHeader));
    for (const Column &c : columns) html += QStringLiteral("<th>%1</th>").arg(esc(c.header));
    html += QStringLiteral("</tr>");
    auto line = [&](const QString &area, const Line &l, bool bold) {
        const QString b = bold ? QStringLiteral("<b>") : QString(), e = bold ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>%1%2%3</td>").arg(b, esc(area), e);
        for (const Column &c : columns) {
            const std::optional<qint64> v = figure(c, figuresOf(l));
            const QString text = !v ? QString() : c.money ? funds::formatVnd(*v) : QString::number(*v);
            html += QStringLiteral("<td align='right'>%1%2%3</td>").arg(b, esc(text), e);
        }
        html += QStringLiteral("</tr>");
    };
    for (const Line &l : lines) line(l.area, l, false);
    line(totalLabel, total, true);
    return html + QStringLiteral("</table>");
}

} // namespace

// Long: the form from top to bottom, each part a few lines of HTML.
bool writePdf(const Report &r, const QString &path, QString *error, const Layout &layout)
{
    QString html;
    html += QStringLiteral("<table width='100%' style='font-size:9pt'><tr>"
                           "<td width='45%' align='center'>%1<br/><b>%2</b></td>"
                           "<td width='55%' align='center'><b>%3</b><br/><b><u>%4</u></b></td>"
                           "</tr></table>")
                .arg(esc(layout.association), esc(r.areaName.toUpper()), esc(layout.nation), esc(layout.motto));
    html += QStringLiteral("<p align='right' style='font-size:9pt'><i>…, ngày … tháng … năm %1</i></p>").arg(r.year);
    html += QStringLiteral("<h3 align='center'>BÁO CÁO<br/>%1</h3>").arg(esc(layout.titleOf(r.year)));
    html += QStringLiteral("<p align='center' style='font-size:9pt'>Địa bàn: %1%2</p>")
                .arg(esc(r.areaName), r.id.isEmpty() ? QString() : QStringLiteral(" · Số báo cáo: ") + esc(r.id));
    // An optional column (the province's own target) is on paper when some line of some table has a value: the
    // tables of one form keep the same columns.
    std::vector<Column> rateColumns = layout.rateColumns;
    std::erase_if(rateColumns, [&](const Column &c) {
        return c.optional && std::none_of(r.tables.begin(), r.tables.end(), [&](const Table &t) {
                   return std::any_of(t.rows.begin(), t.rows.end(),
                                      [&](const Row &x) { return figure(c, x).has_value(); });
               });
    });
    int n = 0;
    for (const Table &t : r.tables) {
        html += QStringLiteral("<p style='font-size:10pt'><b>%1. %2</b></p>").arg(++n).arg(esc(t.title));
        html += tableHtml(t.unitHeader, rateColumns, t.rows, t.total, t.total.area);
    }
    if (!r.funds.empty()) {
        html += QStringLiteral("<p style='font-size:10pt'><b>%1. %2 năm %3</b></p>")
                    .arg(++n)
                    .arg(esc(layout.fundsTitle))
                    .arg(r.year);
        html += tableHtml(layout.fundsAreaHeader, layout.fundsColumns, r.funds, r.fundsTotal, layout.totalLabel);
    }
    if (r.associationMembers)
        html += QStringLiteral("<p style='font-size:10pt'><b>%1. %2:</b> %3 người, bằng %4% số người "
                               "trong sổ hộ (%5 người).</p>")
                    .arg(++n)
                    .arg(esc(layout.membersTitle))
                    .arg(r.associationMembers)
                    .arg(r.memberShare())
                    .arg(r.population);
    if (!layout.footnote.isEmpty())
        html += QStringLiteral("<p style='font-size:8pt'><i>%1</i></p>")
                    .arg(esc(QString(layout.footnote)
                                 .replace(QLatin1String("{time}"),
                                          r.generatedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")))));
    if (!layout.signatures.empty()) {
        html += QStringLiteral("<br/><table width='100%' style='font-size:9pt'><tr>");
        const int width = 100 / int(layout.signatures.size());
        for (const Signature &sig : layout.signatures)
            html += QStringLiteral("<td width='%1%' align='center'><b>%2</b><br/><i>%3</i><br/><br/><br/><br/></td>")
                        .arg(width)
                        .arg(esc(sig.title), esc(sig.note));
        html += QStringLiteral("</tr></table>");
    }
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(QStringLiteral("%1 — %2").arg(layout.fileTitleOf(r.year), r.areaName));
    pdf.setCreator(QStringLiteral("Khuyến Học"));
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    doc.print(&pdf);
    if (!QFile::exists(path) || QFile(path).size() == 0) {
        if (error) *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace kh::report
