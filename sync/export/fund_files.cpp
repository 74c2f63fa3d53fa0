#include "export/fund_files.h"

#include "core/records/ids.h"

#include <QDate>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <xlsxwriter.h>

namespace kh::funds {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

bool printHtml(const QString &html, const QString &title, const QString &path, QString *error,
               QPageSize::PageSizeId size = QPageSize::A4)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(size));
    pdf.setPageMargins(QMarginsF(18, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(title);
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

QString header(const QString &fund)
{
    return QStringLiteral("<table width='100%' style='font-size:9pt'><tr>"
                          "<td width='45%' align='center'>HỘI KHUYẾN HỌC<br/><b>%1</b></td>"
                          "<td width='55%' align='center'><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b><u>Độc lập "
                          "- Tự do - Hạnh phúc</u></b></td></tr></table>")
        .arg(esc(fund.toUpper()));
}

const QString kSignatures = QStringLiteral(
    "<br/><table width='100%' style='font-size:9pt'><tr>"
    "<td width='50%' align='center'><b>THỦ QUỸ</b><br/><i>(Ký, ghi rõ họ tên)</i><br/><br/><br/><br/></td>"
    "<td width='50%' align='center'><b>CHỦ TỊCH HỘI KHUYẾN HỌC</b><br/><i>(Ký tên, đóng "
    "dấu)</i><br/><br/><br/><br/></td>"
    "</tr></table>");

} // namespace

std::vector<std::pair<QString, QString>> reportRows(const FundReportFile &r)
{
    const FundFigures &f = r.figures;
    std::vector<std::pair<QString, QString>> rows = {
        {QStringLiteral("Số dư đầu kỳ"), formatVnd(f.opening)},
        {QStringLiteral("Tổng thu trong kỳ (tiền)"), formatVnd(f.received)},
    };
    for (const auto &[kind, v] : f.receivedBySource)
        rows.emplace_back(QStringLiteral("  Thu từ: %1").arg(donorKindName(kind)), formatVnd(v));
    rows.emplace_back(QStringLiteral("Tổng chi trong kỳ (tiền)"), formatVnd(f.paid));
    for (const auto &[prog, v] : f.paidByProgramme) {
        const auto n = r.programmeNames.find(prog);
        rows.emplace_back(QStringLiteral("  Chi cho: %1")
                              .arg(n == r.programmeNames.end() ? QStringLiteral("ngoài chương trình") : n->second),
                          formatVnd(v));
    }
    rows.emplace_back(QStringLiteral("Số dư cuối kỳ"), formatVnd(f.closing));
    rows.emplace_back(QStringLiteral("Hiện vật nhận (quy ra tiền)"), formatVnd(f.goodsReceived));
    for (const auto &[kind, v] : f.goodsReceivedBySource)
        rows.emplace_back(QStringLiteral("  Nhận từ: %1").arg(donorKindName(kind)), formatVnd(v));
    rows.emplace_back(QStringLiteral("Hiện vật trao (quy ra tiền)"), formatVnd(f.goodsGiven));
    for (const auto &[prog, v] : f.goodsGivenByProgramme) {
        const auto n = r.programmeNames.find(prog);
        rows.emplace_back(QStringLiteral("  Trao cho: %1")
                              .arg(n == r.programmeNames.end() ? QStringLiteral("ngoài chương trình") : n->second),
                          formatVnd(v));
    }
    rows.emplace_back(QStringLiteral("Số suất đã trao"), QString::number(f.awards));
    rows.emplace_back(QStringLiteral("Số người được nhận"), QString::number(f.beneficiaries));
    for (const auto &[cat, n] : f.awardsByCategory)
        rows.emplace_back(QStringLiteral("  Diện: %1").arg(awardCategoryName(cat)),
                          QStringLiteral("%1 suất · %2").arg(n).arg(formatVnd(f.awardedByCategory.at(cat))));
    rows.emplace_back(QStringLiteral("Phiếu thu / phiếu chi / bút toán đảo"),
                      QStringLiteral("%1 / %2 / %3").arg(f.receipts).arg(f.disbursements).arg(f.reversals));
    rows.emplace_back(QStringLiteral("Chờ duyệt"), QString::number(f.awaitingApproval));
    return rows;
}

bool writeReportCsv(const FundReportFile &r, const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error) *error = f.errorString();
        return false;
    }
    auto cell = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QByteArray out("\xEF\xBB\xBF");
    out += (cell(r.fundName) + QLatin1Char(',') + cell(r.period) + QStringLiteral("\r\n")).toUtf8();
    for (const auto &[label, value] : reportRows(r))
        out += (cell(label.trimmed()) + QLatin1Char(',') + cell(value) + QStringLiteral("\r\n")).toUtf8();
    if (f.write(out) != out.size()) {
        if (error) *error = f.errorString();
        return false;
    }
    return true;
}

bool writeReportXlsx(const FundReportFile &r, const QString &path, QString *error)
{
    lxw_workbook *wb = workbook_new(path.toUtf8().constData());
    if (!wb) {
        if (error) *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Quỹ khuyến học");
    worksheet_set_column(ws, 0, 0, 44, nullptr);
    worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_write_string(ws, 0, 0, r.fundName.toUtf8().constData(), bold);
    worksheet_write_string(ws, 1, 0, r.period.toUtf8().constData(), nullptr);
    lxw_row_t row = 3;
    for (const auto &[label, value] : reportRows(r)) {
        worksheet_write_string(ws, row, 0, label.toUtf8().constData(),
                               label.startsWith(QLatin1Char(' ')) ? nullptr : bold);
        worksheet_write_string(ws, row, 1, value.toUtf8().constData(), nullptr);
        ++row;
    }
    const lxw_error e = workbook_close(wb);
    if (e != LXW_NO_ERROR) {
        if (error) *error = QString::fromUtf8(lxw_strerror(e));
        return false;
    }
    return true;
}

bool writeReportPdf(const FundReportFile &r, const QString &path, QString *error)
{
    QString html = header(r.fundName);
    html += QStringLiteral("<h3 align='center'>BÁO CÁO THU, CHI QUỸ KHUYẾN HỌC<br/>%1</h3>").arg(esc(r.period));
    html += QStringLiteral("<p align='center' style='font-size:9pt'>%1</p>").arg(esc(r.fundName));
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='font-size:9pt; "
                           "border-collapse:collapse'><tr><th align='left'>Nội dung</th><th align='right'>Số tiền / "
                           "số lượng</th></tr>");
    for (const auto &[label, value] : reportRows(r)) {
        const bool sub = label.startsWith(QLatin1Char(' '));
        html += QStringLiteral("<tr><td>%1%2%3</td><td align='right'>%4</td></tr>")
                    .arg(sub ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QStringLiteral("<b>"), esc(label.trimmed()),
                         sub ? QString() : QStringLiteral("</b>"), esc(value));
    }
    html += QStringLiteral("</table><p style='font-size:8pt'><i>Số liệu tính từ các phiếu thu, phiếu chi và bút toán "
                           "đảo đã ghi; hiện vật ghi theo giá trị quy đổi, không tính vào số dư tiền.</i></p>");
    html += kSignatures;
    return printHtml(html, QStringLiteral("Báo cáo quỹ — %1").arg(r.fundName), path, error);
}

bool writePostingPdf(const FundReportFile &r, const QString &path, QString *error)
{
    QString html = header(r.fundName);
    html += QStringLiteral("<h3 align='center'>DANH SÁCH ỦNG HỘ QUỸ KHUYẾN HỌC<br/>%1</h3>").arg(esc(r.period));
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0' cellpadding='3' style='font-size:9pt; "
                           "border-collapse:collapse'><tr><th>STT</th><th align='left'>Ngày</th><th "
                           "align='left'>Người ủng hộ</th><th align='right'>Số tiền</th></tr>");
    int n = 0;
    qint64 total = 0;
    for (const PostingLine &p : r.posting) {
        const QString date =
            QDate::fromString(QString::fromStdString(p.date), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
        html += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td>%3</td><td align='right'>%4%5</td></tr>")
                    .arg(++n)
                    .arg(date, esc(p.donor),
                         p.reversed ? QStringLiteral("<s>") + formatVnd(p.amount) + QStringLiteral("</s> (đã hủy)")
                                    : formatVnd(p.amount),
                         p.goods ? QStringLiteral(" (hiện vật)") : QString());
        if (!p.reversed) total += p.amount;
    }
    html +=
        QStringLiteral("<tr><td></td><td></td><td><b>Tổng cộng</b></td><td align='right'><b>%1</b></td></tr></table>")
            .arg(formatVnd(total));
    html += kSignatures;
    return printHtml(html, QStringLiteral("Niêm yết — %1").arg(r.fundName), path, error);
}

bool writeReceiptPdf(const Ledger &l, const std::string &receiptId, const QString &path, QString *error)
{
    const auto r = l.receipts.find(receiptId);
    if (r == l.receipts.end()) {
        if (error) *error = QStringLiteral("no receipt %1 on this device").arg(QString::fromStdString(receiptId));
        return false;
    }
    const pb::Receipt &v = r->second;
    const auto fund = l.funds.find(v.fund_id());
    const auto donor = l.donors.find(v.donor_id());
    const QString fundName = fund == l.funds.end() ? QString() : QString::fromStdString(fund->second.name());
    const QDate on = QDate::fromString(QString::fromStdString(v.received_on()), Qt::ISODate);
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width='32%'>%1:</td><td><b>%2</b></td></tr>").arg(label, value);
    };
    QString html = header(fundName);
    html +=
        QStringLiteral("<h2 align='center'>PHIẾU THU</h2><p align='center'>Số: %1<br/>Ngày %2 tháng %3 năm "
                       "%4%5</p>")
            .arg(esc(QString::fromStdString(v.voucher_number())))
            .arg(on.day(), 2, 10, QLatin1Char('0'))
            .arg(on.month(), 2, 10, QLatin1Char('0'))
            .arg(on.year())
            .arg(v.official_number().empty()
                     ? QString()
                     : QStringLiteral("<br/>Số chính thức: %1").arg(esc(QString::fromStdString(v.official_number()))));
    if (const auto rev = l.reversals.find(domain::reversalId(receiptId)); rev != l.reversals.end())
        html += QStringLiteral("<p align='center'><b>ĐÃ HỦY</b> ngày %1: %2</p>")
                    .arg(QDate::fromString(QString::fromStdString(rev->second.reversed_on()), Qt::ISODate)
                             .toString(QStringLiteral("dd/MM/yyyy")),
                         esc(QString::fromStdString(rev->second.reason())));
    const bool goods = v.method() == pb::PAYMENT_METHOD_IN_KIND;
    html += QStringLiteral("<table width='100%' cellpadding='3' style='font-size:10pt'>");
    html += row(QStringLiteral("Họ và tên người nộp"),
                esc(donor == l.donors.end() ? QString() : QString::fromStdString(donor->second.name())));
    html += row(QStringLiteral("Lý do nộp"), esc(QStringLiteral("Ủng hộ %1").arg(fundName)));
    if (goods) html += row(QStringLiteral("Hiện vật"), esc(QString::fromStdString(v.in_kind())));
    html += row(goods ? QStringLiteral("Quy ra tiền") : QStringLiteral("Số tiền"), formatVnd(v.amount()));
    html += row(QStringLiteral("Viết bằng chữ"), esc(vndInWords(v.amount())));
    html += row(QStringLiteral("Hình thức"), goods                                   ? QStringLiteral("Hiện vật")
                                             : v.method() == pb::PAYMENT_METHOD_BANK ? QStringLiteral("Chuyển khoản")
                                                                                     : QStringLiteral("Tiền mặt"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<br/><table width='100%' style='font-size:9pt'><tr>"
                           "<td width='50%' align='center'><b>NGƯỜI NỘP</b><br/><i>(Ký, ghi rõ họ tên)</i>"
                           "<br/><br/><br/><br/></td>"
                           "<td width='50%' align='center'><b>NGƯỜI THU</b><br/><i>(Ký, ghi rõ họ tên)</i>"
                           "<br/><br/><br/><br/>%1</td></tr></table>")
                .arg(esc(QString::fromStdString(v.collector())));
    return printHtml(html, QStringLiteral("Phiếu thu %1").arg(QString::fromStdString(v.voucher_number())), path, error,
                     QPageSize::A5);
}

} // namespace kh::funds
