#include "core/funds/ledger.h"

#include <algorithm>
#include <set>

namespace kh::funds {

namespace {

template <class M>
M parsed(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

bool isGoods(pb::PaymentMethod m)
{
    return m == pb::PAYMENT_METHOD_IN_KIND;
}

// One entry's effect, signed as it changes the fund: what the figures add up.
struct Movement {
    std::string date;
    bool in = false; // a receipt (or the reversal of a disbursement)
    bool goods = false;
    qint64 amount = 0; // negative for a reversal
    int source = 0;    // a receipt's donor kind
    std::string programme;
    std::string award;
};

std::vector<Movement> movements(const Ledger &l, const std::string &fundId)
{
    std::vector<Movement> out;
    auto receiptMove = [&](const pb::Receipt &r, const std::string &date, qint64 sign) {
        const auto d = l.donors.find(r.donor_id());
        out.push_back({date,
                       true,
                       isGoods(r.method()),
                       sign * r.amount(),
                       d == l.donors.end() ? 0 : int(d->second.kind()),
                       {},
                       {}});
    };
    auto paidMove = [&](const pb::Disbursement &d, const std::string &date, qint64 sign) {
        out.push_back({date, false, isGoods(d.method()), sign * d.amount(), 0, d.programme_id(), d.award_id()});
    };
    for (const auto &[id, r] : l.receipts)
        if (r.fund_id() == fundId) receiptMove(r, r.received_on(), 1);
    for (const auto &[id, d] : l.disbursements)
        if (d.fund_id() == fundId) paidMove(d, d.paid_on(), 1);
    for (const auto &[id, v] : l.reversals) {
        if (v.fund_id() != fundId) continue;
        if (const auto r = l.receipts.find(v.entry_id());
            v.entry_type() == pb::RECORD_TYPE_RECEIPT && r != l.receipts.end())
            receiptMove(r->second, v.reversed_on(), -1);
        if (const auto d = l.disbursements.find(v.entry_id());
            v.entry_type() == pb::RECORD_TYPE_DISBURSEMENT && d != l.disbursements.end())
            paidMove(d->second, v.reversed_on(), -1);
    }
    return out;
}

} // namespace

void Ledger::add(const Record &r)
{
    if (!r.exists() || r.isDeleted()) return;
    switch (r.type) {
    case pb::RECORD_TYPE_FUND: funds[r.id] = parsed<pb::Fund>(r); break;
    case pb::RECORD_TYPE_DONOR: donors[r.id] = parsed<pb::Donor>(r); break;
    case pb::RECORD_TYPE_PROGRAMME: programmes[r.id] = parsed<pb::Programme>(r); break;
    case pb::RECORD_TYPE_AWARD: awards[r.id] = parsed<pb::Award>(r); break;
    case pb::RECORD_TYPE_RECEIPT: receipts[r.id] = parsed<pb::Receipt>(r); break;
    case pb::RECORD_TYPE_DISBURSEMENT: disbursements[r.id] = parsed<pb::Disbursement>(r); break;
    case pb::RECORD_TYPE_REVERSAL: reversals[r.id] = parsed<pb::Reversal>(r); break;
    case pb::RECORD_TYPE_BRANCH: branches[r.id] = parsed<pb::Branch>(r); break;
    default: break;
    }
}

void AreaFunds::add(const AreaFunds &o)
{
    funds += o.funds;
    opening += o.opening;
    received += o.received;
    paid += o.paid;
    closing += o.closing;
    awards += o.awards;
    beneficiaries += o.beneficiaries;
    awaitingApproval += o.awaitingApproval;
}

std::map<std::string, AreaFunds> areaFundsByCommune(const Ledger &l, const std::string &from, const std::string &to)
{
    std::map<std::string, AreaFunds> out;
    for (const auto &[id, fund] : l.funds) {
        if (fund.opening_date() > to) continue;
        const FundFigures f = fundFigures(l, id, from, to);
        out[fund.commune_code()].add(
            {1, f.opening, f.received, f.paid, f.closing, f.awards, f.beneficiaries, f.awaitingApproval});
    }
    return out;
}

AreaFunds areaFunds(const Ledger &l, const std::string &from, const std::string &to)
{
    AreaFunds a;
    for (const auto &[commune, f] : areaFundsByCommune(l, from, to)) a.add(f);
    return a;
}

std::string entryWithOfficialNumber(const Ledger &l, pb::RecordType type, const std::string &fundId,
                                    const QString &officialNumber, const std::string &exceptId)
{
    auto key = [](const QString &n) { return n.simplified().remove(QLatin1Char(' ')).toCaseFolded(); };
    const QString wanted = key(officialNumber);
    if (wanted.isEmpty()) return {};
    auto search = [&](const auto &entries) -> std::string {
        for (const auto &[id, e] : entries)
            if (id != exceptId && e.fund_id() == fundId && key(QString::fromStdString(e.official_number())) == wanted)
                return id;
        return {};
    };
    if (type == pb::RECORD_TYPE_RECEIPT) return search(l.receipts);
    if (type == pb::RECORD_TYPE_DISBURSEMENT) return search(l.disbursements);
    return {};
}

FundFigures fundFigures(const Ledger &l, const std::string &fundId, const std::string &from, const std::string &to)
{
    FundFigures f;
    const auto fund = l.funds.find(fundId);
    if (fund == l.funds.end()) return f;
    f.opening = fund->second.opening_balance();
    std::set<std::string> people;
    for (const Movement &m : movements(l, fundId)) {
        if (m.date > to) continue;
        if (!from.empty() && m.date < from) {
            if (!m.goods) f.opening += m.in ? m.amount : -m.amount;
            continue;
        }
        if (m.in) {
            (m.goods ? f.goodsReceived : f.received) += m.amount;
            (m.goods ? f.goodsReceivedBySource : f.receivedBySource)[m.source] += m.amount;
        } else {
            (m.goods ? f.goodsGiven : f.paid) += m.amount;
            (m.goods ? f.goodsGivenByProgramme : f.paidByProgramme)[m.programme] += m.amount;
            if (const auto a = l.awards.find(m.award); a != l.awards.end()) {
                const int n = m.amount > 0 ? 1 : -1;
                f.awards += n;
                for (int c : a->second.categories()) {
                    f.awardsByCategory[c] += n;
                    f.awardedByCategory[c] += m.amount;
                }
                if (n > 0)
                    people.insert(a->second.member_id().empty()
                                      ? a->second.household_id() + "/" + a->second.student_name()
                                      : a->second.member_id());
            }
        }
        (m.amount < 0 ? f.reversals : m.in ? f.receipts : f.disbursements) += 1;
    }
    f.closing = f.opening + f.received - f.paid;
    f.beneficiaries = int(people.size());
    for (const auto &[id, r] : l.receipts)
        if (r.fund_id() == fundId && r.approved_on().empty() && !l.reversals.count("R-" + id)) ++f.receiptsAwaiting;
    for (const auto &[id, a] : l.awards) {
        const auto p = l.programmes.find(a.programme_id());
        if (p != l.programmes.end() && p->second.fund_id() == fundId && a.approved_on().empty() &&
            a.declined_on().empty())
            ++f.awardsAwaiting;
    }
    f.awaitingApproval = f.receiptsAwaiting + f.awardsAwaiting;
    return f;
}

qint64 balance(const Ledger &l, const std::string &fundId, const std::string &date)
{
    return fundFigures(l, fundId, {}, date).closing;
}

std::vector<PostingLine> posting(const Ledger &l, const std::string &fundId, const std::string &from,
                                 const std::string &to)
{
    std::vector<PostingLine> out;
    for (const auto &[id, r] : l.receipts) {
        if (r.fund_id() != fundId || r.received_on() > to || (!from.empty() && r.received_on() < from)) continue;
        const auto d = l.donors.find(r.donor_id());
        const bool hidden = d == l.donors.end() || d->second.anonymous();
        out.push_back({r.received_on(),
                       hidden ? QStringLiteral("Nhà hảo tâm giấu tên") : QString::fromStdString(d->second.name()),
                       r.amount(), isGoods(r.method()), l.reversals.count("R-" + id) > 0});
    }
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    return out;
}

QString donorKindName(int kind)
{
    switch (kind) {
    case pb::DONOR_KIND_PERSON: return QStringLiteral("Cá nhân");
    case pb::DONOR_KIND_HOUSEHOLD: return QStringLiteral("Hộ gia đình");
    case pb::DONOR_KIND_CLAN: return QStringLiteral("Dòng họ");
    case pb::DONOR_KIND_ORGANISATION: return QStringLiteral("Tổ chức, đoàn thể");
    case pb::DONOR_KIND_BUSINESS: return QStringLiteral("Doanh nghiệp");
    case pb::DONOR_KIND_AGENCY: return QStringLiteral("Cơ quan, trường học");
    default: return QStringLiteral("Khác");
    }
}

QString awardCategoryName(int category)
{
    switch (category) {
    case pb::AWARD_CATEGORY_POOR: return QStringLiteral("Hộ nghèo");
    case pb::AWARD_CATEGORY_NEAR_POOR: return QStringLiteral("Hộ cận nghèo");
    case pb::AWARD_CATEGORY_ORPHAN: return QStringLiteral("Mồ côi");
    case pb::AWARD_CATEGORY_DISABLED: return QStringLiteral("Khuyết tật");
    case pb::AWARD_CATEGORY_ETHNIC_MINORITY: return QStringLiteral("Dân tộc thiểu số");
    case pb::AWARD_CATEGORY_GOOD_STUDENT: return QStringLiteral("Học sinh giỏi");
    case pb::AWARD_CATEGORY_GOOD_TEACHER: return QStringLiteral("Giáo viên giỏi");
    case pb::AWARD_CATEGORY_HARDSHIP: return QStringLiteral("Hoàn cảnh khó khăn");
    default: return QStringLiteral("Khác");
    }
}

QString formatVnd(qint64 amount)
{
    QString digits = QString::number(amount < 0 ? -amount : amount);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, QLatin1Char('.'));
    return (amount < 0 ? QStringLiteral("-") : QString()) + digits + QStringLiteral(" ₫");
}

} // namespace kh::funds

namespace kh::funds {

namespace {

// One group of three digits (0..999) in words. `full`: a group after a larger one, which reads its hundreds
// even when they are zero ("không trăm") and "linh" before a lone unit.
QString groupInWords(int n, bool full)
{
    static const char *const digit[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    const int h = n / 100, t = n / 10 % 10, u = n % 10;
    QStringList w;
    if (h > 0 || full) w << QString::fromUtf8(digit[h]) + QStringLiteral(" trăm");
    if (t == 0 && u > 0 && (h > 0 || full)) w << QStringLiteral("linh");
    if (t == 1) w << QStringLiteral("mười");
    if (t > 1) w << QString::fromUtf8(digit[t]) + QStringLiteral(" mươi");
    if (u > 0) {
        if (u == 1 && t > 1)
            w << QStringLiteral("mốt");
        else if (u == 5 && t > 0)
            w << QStringLiteral("lăm");
        else
            w << QString::fromUtf8(digit[u]);
    }
    return w.join(QLatin1Char(' '));
}

} // namespace

QString vndInWords(qint64 amount)
{
    if (amount == 0) return QStringLiteral("Không đồng");
    const bool negative = amount < 0;
    quint64 v = negative ? quint64(-(amount + 1)) + 1 : quint64(amount);
    // Groups of three digits, least significant first; their scales repeat past a billion ("nghìn tỷ").
    std::vector<int> groups;
    for (; v > 0; v /= 1000) groups.push_back(int(v % 1000));
    static const char *const scale[] = {"", "nghìn", "triệu"};
    QStringList words;
    for (size_t i = groups.size(); i-- > 0;) {
        const bool leading = i + 1 == groups.size();
        if (groups[i] > 0) {
            words << groupInWords(groups[i], !leading);
            if (i % 3 != 0) words << QString::fromUtf8(scale[i % 3]);
        }
        // Every third group is a "tỷ" (10^9, 10^18): said once for the groups above it that were not all zero.
        if (i > 0 && i % 3 == 0) {
            bool above = false;
            for (size_t k = i; k < std::min(groups.size(), i + 3); ++k) above = above || groups[k] > 0;
            if (above) words << QStringLiteral("tỷ");
        }
    }
    QString s = words.join(QLatin1Char(' ')) + QStringLiteral(" đồng");
    if (negative) s = QStringLiteral("âm ") + s;
    s[0] = s[0].toUpper();
    return s;
}

qint64 parseVnd(const QString &text)
{
    QString digits;
    for (const QChar ch : text.trimmed()) {
        if (ch.isDigit())
            digits += ch;
        else if (ch != QLatin1Char('.') && ch != QLatin1Char(',') && !ch.isSpace() && ch != QChar(0x20AB) &&
                 ch != QChar(0x0111) && ch != QChar(0x0110))
            return -1;
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && digits.size() <= 15 ? n : -1;
}

} // namespace kh::funds
