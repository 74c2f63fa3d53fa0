#include "export/report_files.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
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

// The study funds' sheet: a line per commune, then the total (fundsColumns' layout).
void writeFundsSheet(lxw_workbook *wb, const Report &r, lxw_format *bold, lxw_format *title)
{
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0");
    lxw_format *moneyBold = workbook_add_format(wb);
    format_set_num_format(moneyBold, "#,##0");
    format_set_bold(moneyBold);
    lxw_worksheet *ws = workbook_add_worksheet(wb, kFundsTitle);
    const auto &columns = fundsColumns();
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    worksheet_set_column(ws, 1, lxw_col_t(columns.size()), 16, nullptr);
    worksheet_write_string(ws, 0, 0,
                           QStringLiteral("%1 năm %2 — %3 (đồng)")
                               .arg(QString::fromUtf8(kFundsTitle))
                               .arg(r.year)
                               .arg(r.areaName)
                               .toUtf8()
                               .constData(),
                           title);
    worksheet_write_string(ws, 2, 0, kFundsAreaHeader, bold);
    for (size_t c = 0; c < columns.size(); ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c + 1), columns[c].header, bold);
    lxw_row_t row = 3;
    auto write = [&](const QString &area, const funds::AreaFunds &f, bool total) {
        worksheet_write_string(ws, row, 0, area.toUtf8().constData(), total ? bold : nullptr);
        for (size_t c = 0; c < columns.size(); ++c)
            worksheet_write_number(ws, row, lxw_col_t(c + 1), double(columns[c].value(f)),
                                   columns[c].money ? (total ? moneyBold : money) : (total ? bold : nullptr));
        ++row;
    };
    for (const FundsRow &x : r.funds) write(x.area, x.figures, false);
    write(QString::fromUtf8(kFundsTotalLabel), r.fundsTotal.figures, true);
}

} // namespace

bool writeXlsx(const Report &r, const QString &path, QString *error)
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
    const char *headers[] = {"Tổng số", "Đăng ký", "Được công nhận", "Tỉ lệ (%)", "Chỉ tiêu (%)", "Chỉ tiêu tỉnh (%)"};
    for (const Table &t : r.tables) {
        // Sheet names: at most 31 characters, none of []:*?/\ (the model titles qualify).
        lxw_worksheet *ws = workbook_add_worksheet(wb, t.title.left(31).toUtf8().constData());
        if (!ws) continue;
        worksheet_set_column(ws, 0, 0, 34, nullptr);
        worksheet_set_column(ws, 1, 6, 15, nullptr);
        worksheet_write_string(
            ws, 0, 0, QStringLiteral("%1 năm %2 — %3").arg(t.title).arg(r.year).arg(r.areaName).toUtf8().constData(),
            title);
        worksheet_write_string(ws, 2, 0, t.unitHeader.toUtf8().constData(), bold);
        for (int c = 0; c < 6; ++c) worksheet_write_string(ws, 2, lxw_col_t(c + 1), headers[c], bold);
        lxw_row_t row = 3;
        auto write = [&](const Row &x, lxw_format *f) {
            worksheet_write_string(ws, row, 0, x.area.toUtf8().constData(), f);
            worksheet_write_number(ws, row, 1, x.total, f);
            worksheet_write_number(ws, row, 2, x.registered, f);
            worksheet_write_number(ws, row, 3, x.recognised, f);
            worksheet_write_number(ws, row, 4, x.percent(), percent);
            if (x.target) worksheet_write_number(ws, row, 5, x.target, percent);
            if (x.provinceTarget) worksheet_write_number(ws, row, 6, x.provinceTarget, percent);
            ++row;
        };
        for (const Row &x : t.rows) write(x, nullptr);
        write(t.total, bold);
    }
    if (!r.funds.empty()) writeFundsSheet(wb, r, bold, title);
    if (r.associationMembers) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Hội viên");
        worksheet_set_column(ws, 0, 0, 44, nullptr);
        worksheet_write_string(ws, 0, 0, "Hội viên khuyến học", bold);
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

// The study funds' table, numbered `n`, money in Vietnamese form.
QString fundsHtml(const Report &r, int n)
{
    QString html;
    html += QStringLiteral("<p style='font-size:10pt'><b>%1. %2 năm %3</b></p>")
                .arg(n)
                .arg(esc(QString::fromUtf8(kFundsTitle)))
                .arg(r.year);
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='font-size:8pt; "
                           "border-collapse:collapse'><tr><th align='left'>%1</th>")
                .arg(esc(QString::fromUtf8(kFundsAreaHeader)));
    for (const FundsColumn &c : fundsColumns())
        html += QStringLiteral("<th>%1</th>").arg(esc(QString::fromUtf8(c.header)));
    html += QStringLiteral("</tr>");
    auto line = [&](const QString &area, const funds::AreaFunds &f, bool bold) {
        const QString b = bold ? QStringLiteral("<b>") : QString(), e = bold ? QStringLiteral("</b>") : QString();
        html += QStringLiteral("<tr><td>%1%2%3</td>").arg(b, esc(area), e);
        for (const FundsColumn &c : fundsColumns()) {
            const qint64 v = c.value(f);
            html += QStringLiteral("<td align='right'>%1%2%3</td>")
                        .arg(b, c.money ? esc(funds::formatVnd(v)) : QString::number(v), e);
        }
        html += QStringLiteral("</tr>");
    };
    for (const FundsRow &x : r.funds) line(x.area, x.figures, false);
    line(QString::fromUtf8(kFundsTotalLabel), r.fundsTotal.figures, true);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

bool writePdf(const Report &r, const QString &path, QString *error)
{
    QString html;
    html += QStringLiteral("<table width='100%' style='font-size:9pt'><tr>"
                           "<td width='45%' align='center'>HỘI KHUYẾN HỌC<br/><b>%1</b></td>"
                           "<td width='55%' align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b><u>Độc lập "
                           "- Tự do - Hạnh phúc</u></b></td>"
                           "</tr></table>")
                .arg(esc(r.areaName.toUpper()));
    html += QStringLiteral("<p align='right' style='font-size:9pt'><i>…, ngày … tháng … năm %1</i></p>").arg(r.year);
    html +=
        QStringLiteral("<h3 align='center'>BÁO CÁO<br/>KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM %1</h3>").arg(r.year);
    html += QStringLiteral("<p align='center' style='font-size:9pt'>Địa bàn: %1%2</p>")
                .arg(esc(r.areaName), r.id.isEmpty() ? QString() : QStringLiteral(" · Số báo cáo: ") + esc(r.id));
    // The province's own targets get a column when it has set any.
    bool provinceTargets = false;
    for (const Table &t : r.tables)
        for (const Row &x : t.rows) provinceTargets = provinceTargets || x.provinceTarget;
    int n = 0;
    for (const Table &t : r.tables) {
        html += QStringLiteral("<p style='font-size:10pt'><b>%1. %2</b></p>").arg(++n).arg(esc(t.title));
        html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='font-size:8.5pt; "
                               "border-collapse:collapse'>"
                               "<tr><th align='left'>%1</th><th>Tổng số</th><th>Đăng ký</th><th>Được công nhận</th>"
                               "<th>Tỉ lệ (%)</th><th>Chỉ tiêu (%)</th>%2</tr>")
                    .arg(esc(t.unitHeader), provinceTargets ? QStringLiteral("<th>Chỉ tiêu tỉnh (%)</th>") : QString());
        auto line = [&](const Row &x, bool bold) {
            const QString b = bold ? QStringLiteral("<b>") : QString(), e = bold ? QStringLiteral("</b>") : QString();
            html +=
                QStringLiteral(
                    "<tr><td>%1%2%3</td><td align='right'>%1%4%3</td><td align='right'>%1%5%3</td>"
                    "<td align='right'>%1%6%3</td><td align='right'>%1%7%3</td><td align='right'>%8</td>%9</tr>")
                    .arg(b, esc(x.area), e)
                    .arg(x.total)
                    .arg(x.registered)
                    .arg(x.recognised)
                    .arg(x.percent())
                    .arg(x.target ? QString::number(x.target) : QString(),
                         provinceTargets ? QStringLiteral("<td align='right'>%1</td>")
                                               .arg(x.provinceTarget ? QString::number(x.provinceTarget) : QString())
                                         : QString());
        };
        for (const Row &x : t.rows) line(x, false);
        line(t.total, true);
        html += QStringLiteral("</table>");
    }
    if (!r.funds.empty()) html += fundsHtml(r, ++n);
    if (r.associationMembers)
        html += QStringLiteral("<p style='font-size:10pt'><b>%1. Hội viên khuyến học:</b> %2 người, bằng %3% số người "
                               "trong sổ hộ (%4 người).</p>")
                    .arg(++n)
                    .arg(r.associationMembers)
                    .arg(r.memberShare())
                    .arg(r.population);
    html += QStringLiteral("<p style='font-size:8pt'><i>Chỉ tiêu: mục tiêu quốc gia năm 2025 (Quyết định 387/QĐ-TTg); "
                           "chỉ tiêu tỉnh: do tỉnh tự đặt, nếu có. Số liệu tính từ hồ sơ, "
                           "không nhập tay; lập lúc %1.</i></p>")
                .arg(r.generatedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    html += QStringLiteral(
        "<br/><table width='100%' style='font-size:9pt'><tr>"
        "<td width='50%' align='center'><b>NGƯỜI LẬP BIỂU</b><br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/></td>"
        "<td width='50%' align='center'><b>CHỦ TỊCH HỘI KHUYẾN HỌC</b><br/><i>(Ký tên, đóng "
        "dấu)</i><br/><br/><br/><br/></td>"
        "</tr></table>");
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(QStringLiteral("Báo cáo mô hình học tập %1 — %2").arg(r.year).arg(r.areaName));
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
