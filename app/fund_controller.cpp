#include "fund_controller.h"
#include "labels.h"
#include "queries.h"

#include "core/access/access.h"
#include "core/areas/admin_units.h"
#include "core/funds/ledger.h"
#include "core/records/ids.h"
#include "device/account/device_account.h"
#include "device/workflow/funds.h"
#include "export/fund_files.h"
#include "saved_files.h"
#include "user_message.h"

namespace kh::app {

namespace {

QString dmy(const std::string &iso)
{
    return QDate::fromString(q(iso), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
}

// "Cancelled: wrong amount": the reason the book keeps with the reversal.
QString cancelled(const funds::Ledger &l, const std::string &entryId)
{
    const auto r = l.reversals.find(domain::reversalId(entryId));
    if (r == l.reversals.end() || r->second.reason().empty()) return FundController::tr("Cancelled");
    return FundController::tr("Cancelled: %1").arg(q(r->second.reason()));
}

} // namespace

void FundController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) {
        connect(m_ws, &Workspace::changed, this, &FundController::reload);
        connect(m_ws, &Workspace::openedChanged, this, &FundController::reload);
        connect(m_ws, &Workspace::settingsChanged, this, &FundController::reload); // a login: the role
    }
    reload();
    emit workspaceChanged();
}

void FundController::setFundId(const QString &id)
{
    if (id == m_fundId) return;
    m_fundId = id;
    reload();
}

bool FundController::may(pb::RecordType type, std::vector<quint32> fields, bool create) const
{
    if (!m_ws || !m_ws->isOpen()) return false;
    access::Principal who;
    who.role = pb::Role(m_ws->role());
    access::WriteFacts facts;
    facts.type = type;
    facts.fields = std::move(fields);
    facts.isCreate = create;
    return access::checkWrite(who, facts).isEmpty();
}

bool FundController::canApprove() const
{
    return may(pb::RECORD_TYPE_RECEIPT, {pb::Receipt::kApprovedOnFieldNumber}, false);
}

bool FundController::canClose() const
{
    return !m_fundName.isEmpty() && may(pb::RECORD_TYPE_FUND, {pb::Fund::kClosedThroughFieldNumber}, false);
}

QString FundController::suggestedClose() const
{
    if (!m_ws || !m_ws->isOpen()) return {};
    const QDate today = m_ws->store().clock().today();
    return QDate(today.year(), today.month(), 1).addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
}

void FundController::setHouseholdId(const QString &id)
{
    if (id == m_householdId) return;
    m_householdId = id;
    reload();
}

void FundController::setClanId(const QString &id)
{
    if (id == m_clanId) return;
    m_clanId = id;
    reload();
}

bool FundController::canRecord() const
{
    return may(pb::RECORD_TYPE_RECEIPT, {}, true);
}

void FundController::setError(const QString &e)
{
    if (e == m_error) return;
    m_error = e;
    emit errorChanged();
}

bool FundController::holdsWholeBook(const pb::Fund &f) const
{
    // The fund's whole book reaches the phones of its commune (and province); a village's phone gets the entries
    // of its villages only.
    const QString commune = q(f.commune_code());
    const CommuneInfo *info = AdminUnits::builtin().commune(commune);
    for (const QString &area : m_ws->store().areas())
        if (area == QLatin1String("c:") + commune || (info && area == QLatin1String("p:") + info->provinceCode))
            return true;
    return false;
}

void FundController::reload()
{
    m_funds.clear();
    m_figures.clear();
    m_receipts.clear();
    m_payments.clear();
    m_fundName.clear();
    m_balance.clear();
    m_awards.clear();
    m_programmes.clear();
    m_closedThrough.clear();
    m_walkIns.clear();
    m_wholeBook = false;
    if (!m_ws || !m_ws->isOpen()) {
        emit changed();
        return;
    }
    m_householdName = m_householdId.isEmpty() ? clanDonorName(m_clanId) : householdDonorName(m_householdId);
    const funds::Ledger l = funds::ledgerOf(m_ws->store());
    loadWalkIns(l);
    const QDate today = m_ws->store().clock().today();
    const std::string to = today.toString(Qt::ISODate).toStdString();
    for (const auto &[id, f] : l.funds) {
        const auto fig = funds::fundFigures(l, id, {}, to);
        m_funds.append(
            QVariantMap{{QStringLiteral("fundId"), q(id)},
                        {QStringLiteral("name"), q(f.name())},
                        {QStringLiteral("balance"), holdsWholeBook(f) ? funds::formatVnd(fig.closing) : QString()},
                        {QStringLiteral("pending"), fig.awaitingApproval}});
    }
    if (m_fundId.isEmpty()) m_fundId = q(defaultFund(l));
    const auto fund = l.funds.find(m_fundId.toStdString());
    if (fund != l.funds.end()) {
        m_fundName = q(fund->second.name());
        m_closedThrough = fund->second.closed_through().empty() ? QString() : dmy(fund->second.closed_through());
        m_wholeBook = holdsWholeBook(fund->second);
        // Figures from part of the book would be wrong figures: a village officer's phone holds its villages'.
        if (m_wholeBook) loadFigures(l, fund->first, QDate(today.year(), 1, 1).toString(Qt::ISODate).toStdString(), to);
        const bool mayReverse = may(pb::RECORD_TYPE_REVERSAL, {}, true);
        std::vector<std::pair<std::string, const pb::Receipt *>> rs;
        for (const auto &[id, r] : l.receipts)
            if (r.fund_id() == fund->first) rs.emplace_back(id, &r);
        std::sort(rs.begin(), rs.end(), [](const auto &a, const auto &b) {
            return a.second->received_on() != b.second->received_on()
                       ? a.second->received_on() > b.second->received_on()
                       : a.second->voucher_number() > b.second->voucher_number();
        });
        for (const auto &[id, r] : rs) {
            const auto d = l.donors.find(r->donor_id());
            const bool reversed = l.reversals.count(domain::reversalId(id)) > 0;
            const QString state = reversed                   ? cancelled(l, id)
                                  : r->approved_on().empty() ? tr("Awaiting approval")
                                                             : tr("Approved %1").arg(q(r->official_number()));
            m_receipts.append(
                QVariantMap{{QStringLiteral("entryId"), q(id)},
                            {QStringLiteral("kind"), QStringLiteral("receipt")},
                            {QStringLiteral("voucher"), q(r->voucher_number())},
                            {QStringLiteral("who"), d == l.donors.end() ? QString()
                                                    : d->second.anonymous()
                                                        ? tr("%1 (anonymous on public lists)").arg(q(d->second.name()))
                                                        : q(d->second.name())},
                            {QStringLiteral("line"),
                             tr("Receipt %1 · %2 · %3").arg(q(r->voucher_number()), dmy(r->received_on()), state)},
                            {QStringLiteral("amount"), funds::formatVnd(r->amount())},
                            {QStringLiteral("canApprove"), canApprove() && !reversed && r->approved_on().empty()},
                            {QStringLiteral("canReverse"), mayReverse && !reversed}});
        }
        loadPayments(l, fund->first, mayReverse);
        loadAwards(l);
    }
    emit changed();
}

// This year's figures of the chosen fund, a line each: opening, in by source, out by programme and category.
void FundController::loadFigures(const funds::Ledger &l, const std::string &fundId, const std::string &from,
                                 const std::string &to)
{
    const auto f = funds::fundFigures(l, fundId, from, to);
    m_balance = funds::formatVnd(f.closing);
    auto line = [&](const QString &label, const QString &value, bool sub = false) {
        m_figures.append(QVariantMap{
            {QStringLiteral("label"), label}, {QStringLiteral("value"), value}, {QStringLiteral("sub"), sub}});
    };
    line(tr("Balance on 1 January"), funds::formatVnd(f.opening));
    line(tr("Received this year"), funds::formatVnd(f.received));
    for (const auto &[kind, v] : f.receivedBySource) line(Labels::donorKind(kind), funds::formatVnd(v), true);
    line(tr("Paid out this year"), funds::formatVnd(f.paid));
    auto programme = [&](const std::string &id) {
        const auto p = l.programmes.find(id);
        return p == l.programmes.end() ? tr("Outside any programme") : q(p->second.name());
    };
    for (const auto &[prog, v] : f.paidByProgramme) line(programme(prog), funds::formatVnd(v), true);
    for (const auto &[cat, n] : f.awardsByCategory)
        line(Labels::awardCategory(cat), tr("%Ln award(s)", nullptr, n), true);
    // Goods apart from money, each with its own parts: the lines under a total add up to it.
    if (f.goodsReceived) {
        line(tr("Goods received (value)"), funds::formatVnd(f.goodsReceived));
        for (const auto &[kind, v] : f.goodsReceivedBySource) line(Labels::donorKind(kind), funds::formatVnd(v), true);
    }
    if (f.goodsGiven) {
        line(tr("Goods given (value)"), funds::formatVnd(f.goodsGiven));
        for (const auto &[prog, v] : f.goodsGivenByProgramme) line(programme(prog), funds::formatVnd(v), true);
    }
    // What waits for the commune, each kind by its name: a receipt to approve is not a child to approve.
    if (f.awaitingApproval == 0) line(tr("Awaiting approval"), tr("nothing"));
    if (f.receiptsAwaiting) line(tr("Receipts awaiting approval"), QLocale().toString(f.receiptsAwaiting));
    if (f.awardsAwaiting) line(tr("Awards awaiting approval"), QLocale().toString(f.awardsAwaiting));
}

// The fund's payments (phiếu chi), newest first: to see, to number officially, and to cancel a wrong one.
void FundController::loadPayments(const funds::Ledger &l, const std::string &fundId, bool mayReverse)
{
    std::vector<std::pair<std::string, const pb::Disbursement *>> ps;
    for (const auto &[id, x] : l.disbursements)
        if (x.fund_id() == fundId) ps.emplace_back(id, &x);
    std::sort(ps.begin(), ps.end(), [](const auto &a, const auto &b) {
        return a.second->paid_on() != b.second->paid_on() ? a.second->paid_on() > b.second->paid_on()
                                                          : a.second->voucher_number() > b.second->voucher_number();
    });
    const bool mayNumber = may(pb::RECORD_TYPE_DISBURSEMENT, {pb::Disbursement::kOfficialNumberFieldNumber}, false);
    for (const auto &[id, x] : ps) {
        const bool reversed = l.reversals.count(domain::reversalId(id)) > 0;
        QString state = reversed                       ? cancelled(l, id)
                        : x->official_number().empty() ? tr("Paid")
                                                       : tr("Numbered %1").arg(q(x->official_number()));
        if (!x->decision_number().empty())
            state += QStringLiteral(" · ") + tr("decision %1").arg(q(x->decision_number()));
        const auto p = l.programmes.find(x->programme_id());
        QString who = q(x->recipient());
        if (p != l.programmes.end()) who += QStringLiteral(" · ") + q(p->second.name());
        if (!x->in_kind().empty()) who += QStringLiteral(" · ") + q(x->in_kind());
        m_payments.append(QVariantMap{
            {QStringLiteral("entryId"), q(id)},
            {QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("voucher"), q(x->voucher_number())},
            {QStringLiteral("who"), who},
            {QStringLiteral("line"), tr("Payment %1 · %2 · %3").arg(q(x->voucher_number()), dmy(x->paid_on()), state)},
            {QStringLiteral("amount"), funds::formatVnd(x->amount())},
            {QStringLiteral("canApprove"), mayNumber && !reversed && x->official_number().empty()},
            {QStringLiteral("canReverse"), mayReverse && !reversed}});
    }
}

void FundController::loadAwards(const funds::Ledger &l)
{
    const std::string fundId = m_fundId.toStdString();
    const bool mayPropose = may(pb::RECORD_TYPE_AWARD, {}, true);
    const bool mayApprove = may(pb::RECORD_TYPE_AWARD, {pb::Award::kApprovedOnFieldNumber}, false);
    const bool mayDecline = may(pb::RECORD_TYPE_AWARD, {pb::Award::kDeclinedOnFieldNumber}, false);
    const bool mayPay = may(pb::RECORD_TYPE_DISBURSEMENT, {}, true);
    for (const auto &[id, p] : l.programmes) {
        if (p.fund_id() != fundId) continue;
        QStringList detail;
        if (!p.season().empty()) detail << q(p.season());
        if (p.value_per_award() > 0) detail << tr("%1 per award").arg(funds::formatVnd(p.value_per_award()));
        m_programmes.append(QVariantMap{{QStringLiteral("programmeId"), q(id)},
                                        {QStringLiteral("name"), q(p.name())},
                                        {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))},
                                        {QStringLiteral("canPropose"), mayPropose}});
    }
    // Waiting for a step first (proposed, then approved and unpaid), then paid; by name within each.
    struct Row {
        int order;
        QString who;
        QVariantMap map;
    };
    std::vector<Row> rows;
    const QHash<QString, QString> villages = villageNames(m_ws->store());
    for (const auto &[id, a] : l.awards) {
        const auto p = l.programmes.find(a.programme_id());
        if (p == l.programmes.end() || p->second.fund_id() != fundId) continue;
        const auto paidBy = l.disbursements.find(a.disbursement_id());
        const bool paid = paidBy != l.disbursements.end() && !l.reversals.count(domain::reversalId(paidBy->first));
        const bool approved = !a.approved_on().empty();
        const bool declined = !a.declined_on().empty();
        QStringList why;
        for (int cat : a.categories()) why << Labels::awardCategory(cat);
        QStringList detail{q(p->second.name())};
        if (!why.isEmpty()) detail << why.join(QStringLiteral(", "));
        // Where the child lives and studies: two children of one name are told apart.
        if (const auto h = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, a.household_id()); h && !h->isDeleted())
            detail << villages.value(q(valueOf<pb::Household>(*h).village_id()));
        if (!a.school().empty()) detail << q(a.school());
        detail.removeAll(QString());
        const QString who = funds::beneficiaryName(m_ws->store(), a);
        QString state = approved ? tr("Approved, to be paid") : tr("Proposed, awaiting approval");
        if (declined) {
            //: %1: the commune's reason; %2: a day, dd/mm/yyyy
            state = tr("Declined: %1 (%2)").arg(q(a.decline_reason()), dmy(a.declined_on()));
        } else if (paid) {
            state = tr("Paid, voucher %1").arg(q(paidBy->second.voucher_number()));
            if (!paidBy->second.decision_number().empty())
                state += QStringLiteral(" · ") + tr("decision %1").arg(q(paidBy->second.decision_number()));
        }
        rows.push_back(
            {declined   ? 3
             : paid     ? 2
             : approved ? 1
                        : 0,
             who,
             QVariantMap{{QStringLiteral("awardId"), q(id)},
                         {QStringLiteral("who"), who},
                         {QStringLiteral("value"), funds::formatVnd(a.value())},
                         {QStringLiteral("detail"), detail.join(QStringLiteral(" · "))},
                         {QStringLiteral("state"), state},
                         {QStringLiteral("canApprove"), mayApprove && !approved && !declined},
                         {QStringLiteral("canDecline"), mayDecline && !approved && !declined},
                         {QStringLiteral("canPay"), mayPay && approved && !declined && !paid && a.value() > 0}}});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        return x.order != y.order ? x.order < y.order : QString::localeAwareCompare(x.who, y.who) < 0;
    });
    for (auto &r : rows) m_awards.append(std::move(r.map));
}

bool FundController::step(const std::function<void(LocalStore &, const workflow::Actor &)> &fn, pb::RecordType changed,
                          const QString &id)
{
    if (!m_ws || !m_ws->isOpen()) return false;
    try {
        fn(m_ws->store(), DeviceAccount(m_ws->store()).actor());
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return false;
    }
    setError({});
    m_ws->notifyChanged(changed, id.toStdString());
    return true;
}

bool FundController::approveAward(const QString &awardId)
{
    return step([&](LocalStore &s, const workflow::Actor &by) { funds::approveAward(s, awardId.toStdString(), by); },
                pb::RECORD_TYPE_AWARD, awardId);
}

bool FundController::declineAward(const QString &awardId, const QString &reason)
{
    return step(
        [&](LocalStore &s, const workflow::Actor &by) { funds::declineAward(s, awardId.toStdString(), reason, by); },
        pb::RECORD_TYPE_AWARD, awardId);
}

bool FundController::payAward(const QString &awardId, const QString &decision)
{
    return step(
        [&](LocalStore &s, const workflow::Actor &by) { funds::payAward(s, awardId.toStdString(), decision, by); },
        pb::RECORD_TYPE_AWARD, awardId);
}

pb::RecordType FundController::entryType(const QString &entryId) const
{
    if (!m_ws || !m_ws->isOpen()) return pb::RECORD_TYPE_UNSPECIFIED;
    const std::string id = entryId.toStdString();
    return m_ws->store().get(pb::RECORD_TYPE_DISBURSEMENT, id) ? pb::RECORD_TYPE_DISBURSEMENT : pb::RECORD_TYPE_RECEIPT;
}

bool FundController::reverseEntry(const QString &entryId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setError(tr("Say why the entry is cancelled."));
        return false;
    }
    const pb::RecordType type = entryType(entryId);
    return step(
        [&](LocalStore &s, const workflow::Actor &by) {
            funds::reverse(s, type, entryId.toStdString(), reason.normalized(QString::NormalizationForm_C), by);
        },
        type, entryId);
}

bool FundController::closeBooks(const QString &throughText)
{
    const QDate through = QDate::fromString(throughText.trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (!through.isValid()) {
        setError(tr("Enter the day as dd/mm/yyyy, for example %1.").arg(suggestedClose()));
        return false;
    }
    if (m_ws && m_ws->isOpen() && through > m_ws->store().clock().today()) {
        setError(tr("The books close on a day that has passed, not a future one."));
        return false;
    }
    return step(
        [&](LocalStore &s, const workflow::Actor &by) { funds::closeBooks(s, m_fundId.toStdString(), through, by); },
        pb::RECORD_TYPE_FUND, m_fundId);
}

funds::CandidateRules FundController::candidateRules() const
{
    funds::CandidateRules rules;
    rules.year = m_ws->store().clock().today().year();
    return rules;
}

QVariantMap FundController::candidatePreview(const QString &programmeId, int shown) const
{
    if (!m_ws || !m_ws->isOpen()) return {};
    const auto all = funds::programmeCandidates(m_ws->store(), programmeId.toStdString(), candidateRules());
    const QHash<QString, QString> villages = villageNames(m_ws->store());
    QStringList lines;
    for (size_t i = 0; i < all.size() && int(i) < shown; ++i) {
        const auto &c = all[i];
        QString line = tr("%1, %Ln year(s) old", nullptr, c.age).arg(c.name);
        if (const auto h = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, c.householdId); h && !h->isDeleted())
            if (const QString v = villages.value(q(valueOf<pb::Household>(*h).village_id())); !v.isEmpty())
                line += QStringLiteral(" · ") + v;
        lines << line;
    }
    if (int(all.size()) > shown) lines << tr("and %Ln more", nullptr, int(all.size()) - shown);
    return {{QStringLiteral("count"), int(all.size())}, {QStringLiteral("names"), lines.join(QLatin1Char('\n'))}};
}

int FundController::proposeFromRegister(const QString &programmeId)
{
    if (!m_ws || !m_ws->isOpen()) return 0;
    const funds::CandidateRules rules = candidateRules();
    int n = 0;
    const bool ok = step(
        [&](LocalStore &s, const workflow::Actor &by) {
            const auto list = funds::programmeCandidates(s, programmeId.toStdString(), rules);
            n = int(funds::proposeCandidates(s, programmeId.toStdString(), list, by).size());
        },
        pb::RECORD_TYPE_AWARD, QString());
    if (ok && n == 0) setError(tr("The register has no one new for this programme."));
    return ok ? n : 0;
}

QString FundController::saveReceiptPdf(const QString &receiptId)
{
    if (!m_ws || !m_ws->isOpen()) return {};
    const std::string id = (receiptId.isEmpty() ? m_lastReceiptId : receiptId).toStdString();
    const funds::Ledger l = funds::ledgerOf(m_ws->store());
    const auto r = l.receipts.find(id);
    if (r == l.receipts.end()) {
        setError(tr("The receipt is not on this phone."));
        return {};
    }
    const QString path = savedFilePath(QStringLiteral("phieu-thu-%1.pdf").arg(q(r->second.voucher_number())));
    QString error;
    if (!funds::writeReceiptPdf(l, id, path, &error)) {
        setError(tr("Could not save the receipt (%1).").arg(error));
        return {};
    }
    setError({});
    return path;
}

QString FundController::savedText(const QString &path) const
{
    return savedFileText(path);
}

bool FundController::openSaved(const QString &path) const
{
    return openSavedFile(path);
}

bool FundController::approve(const QString &entryId, const QString &officialNumber)
{
    const pb::RecordType type = entryType(entryId);
    return step(
        [&](LocalStore &s, const workflow::Actor &by) {
            funds::approveEntry(s, type, entryId.toStdString(), officialNumber, by);
        },
        type, entryId);
}

} // namespace kh::app
