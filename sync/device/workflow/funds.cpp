#include "device/workflow/funds.h"

#include "core/access/access.h"
#include "core/funds/funds_error.h"
#include "core/funds/ledger_rules.h"
#include "core/records/edit_error.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"

#include <QRegularExpression>

namespace kh::funds {

namespace {

// Checks one write against the ledger's rules and the access policy, then writes it.
void checkedWrite(LocalStore &s, pb::RecordType type, const std::string &id,
                  std::shared_ptr<google::protobuf::Message> values, const Actor &by)
{
    const auto stored = s.get(type, id);
    const bool isCreate = !stored || stored->isDeleted();
    std::unique_ptr<google::protobuf::Message> before, after;
    if (!isCreate) before = domain::parse(type, stored->values());
    after.reset(values->New());
    if (before) after->CopyFrom(*before);
    after->MergeFrom(*values);
    std::vector<const google::protobuf::FieldDescriptor *> set;
    values->GetReflection()->ListFields(*values, &set);
    std::vector<quint32> fields;
    for (const auto *f : set) fields.push_back(quint32(f->number()));

    const QString what = domain::typeName(type);
    access::Principal who;
    who.role = by.role;
    who.user = by.name;
    access::WriteFacts facts;
    facts.type = type;
    facts.id = id;
    facts.isCreate = isCreate;
    facts.fields = fields;
    facts.merged = after.get();
    if (QString e = access::checkWrite(who, facts); !e.isEmpty())
        throw FundsError(FundsError::Kind::NotAllowed, e.toStdString());
    LedgerWrite w;
    w.type = type;
    w.id = id;
    w.before = before.get();
    w.after = after.get();
    w.fields = fields;
    w.isCreate = isCreate;
    w.valuesOf = [&s](pb::RecordType t, const std::string &rid) -> std::optional<std::string> {
        const auto r = s.get(t, rid);
        if (!r || r->isDeleted()) return std::nullopt;
        return r->values();
    };
    if (QString e = checkLedgerWrite(w); !e.isEmpty()) {
        const auto kind = w.broken == LedgerRule::ClosedPeriod       ? FundsError::Kind::ClosedPeriod
                          : w.broken == LedgerRule::NeverChanged     ? FundsError::Kind::NeverChanged
                          : w.broken == LedgerRule::ApprovedAlready  ? FundsError::Kind::ApprovedAlready
                          : w.broken == LedgerRule::AwardNotApproved ? FundsError::Kind::NotApproved
                          : w.broken == LedgerRule::AwardPaidAlready ? FundsError::Kind::PaidAlready
                          : w.broken == LedgerRule::AwardDeclined    ? FundsError::Kind::Declined
                                                                     : FundsError::Kind::Other;
        throw FundsError(kind, (what + QStringLiteral(": ") + e).toStdString(), w.closedThrough);
    }
    s.write({{type, id, std::move(values), {}, false}});
}

template <class M>
std::string create(LocalStore &s, pb::RecordType type, const M &m, const Actor &by, std::string id = {})
{
    if (id.empty()) id = s.newId();
    checkedWrite(s, type, id, std::make_shared<M>(m), by);
    return id;
}

std::string today(const Actor &by)
{
    return by.on.toString(Qt::ISODate).toStdString();
}

QString nextVoucher(LocalStore &s, const char *kind)
{
    const std::string key = std::string("voucher_next_") + kind;
    const int n = s.meta(key, QStringLiteral("1")).toInt();
    s.setMeta(key, QString::number(n + 1));
    return QStringLiteral("%1-%2-%3").arg(QLatin1String(kind), voucherSeries(s)).arg(n, 4, 10, QLatin1Char('0'));
}

} // namespace

QString voucherSeries(LocalStore &s)
{
    return s.meta("voucher_series", s.deviceHex().left(6).toUpper());
}

void setVoucherSeries(LocalStore &s, const QString &series)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Z0-9]{1,8}\\z"));
    const QString v = series.trimmed().toUpper();
    if (!re.match(v).hasMatch()) throw EditError("a voucher series is 1 to 8 letters (A-Z) and digits");
    s.setMeta("voucher_series", v);
}

std::string createFund(LocalStore &s, const pb::Fund &f, const Actor &by)
{
    pb::Fund v = f;
    if (v.opening_date().empty()) v.set_opening_date(today(by));
    return create(s, pb::RECORD_TYPE_FUND, v, by);
}

std::string addDonor(LocalStore &s, const pb::Donor &d, const Actor &by)
{
    return create(s, pb::RECORD_TYPE_DONOR, d, by);
}

std::string addPledge(LocalStore &s, const pb::Pledge &p, const Actor &by)
{
    pb::Pledge v = p;
    if (v.pledged_on().empty()) v.set_pledged_on(today(by));
    return create(s, pb::RECORD_TYPE_PLEDGE, v, by);
}

std::string recordReceipt(LocalStore &s, pb::Receipt r, const Actor &by)
{
    if (r.received_on().empty()) r.set_received_on(today(by));
    if (r.collector().empty() && !by.name.isEmpty()) r.set_collector(by.name.toStdString());
    if (r.method() == pb::PAYMENT_METHOD_UNSPECIFIED) r.set_method(pb::PAYMENT_METHOD_CASH);
    // The number is taken only once the receipt is written: a refused receipt leaves no gap in the series.
    const std::string key = "voucher_next_PT";
    const QString before = s.meta(key, QStringLiteral("1"));
    r.set_voucher_number(nextVoucher(s, "PT").toStdString());
    try {
        return create(s, pb::RECORD_TYPE_RECEIPT, r, by);
    } catch (...) {
        s.setMeta(key, before);
        throw;
    }
}

std::string disburse(LocalStore &s, pb::Disbursement d, const Actor &by)
{
    if (d.paid_on().empty()) d.set_paid_on(today(by));
    if (d.method() == pb::PAYMENT_METHOD_UNSPECIFIED) d.set_method(pb::PAYMENT_METHOD_CASH);
    if (d.approved_by().empty() && !by.name.isEmpty()) d.set_approved_by(by.name.toStdString());
    const std::string key = "voucher_next_PC";
    const QString before = s.meta(key, QStringLiteral("1"));
    d.set_voucher_number(nextVoucher(s, "PC").toStdString());
    // An award's payment has the award's id (the first attempt not yet made): paying it twice is one record.
    std::string paymentId;
    if (!d.award_id().empty()) {
        int attempt = 1;
        while (attempt < 9 && s.get(pb::RECORD_TYPE_DISBURSEMENT, domain::awardPaymentId(d.award_id(), attempt)))
            ++attempt;
        paymentId = domain::awardPaymentId(d.award_id(), attempt);
    }
    try {
        const std::string id = create(s, pb::RECORD_TYPE_DISBURSEMENT, d, by, paymentId);
        if (!d.award_id().empty()) { // the award is paid
            pb::Award paid;
            paid.set_disbursement_id(id);
            checkedWrite(s, pb::RECORD_TYPE_AWARD, d.award_id(), std::make_shared<pb::Award>(paid), by);
        }
        return id;
    } catch (...) {
        s.setMeta(key, before);
        throw;
    }
}

std::string reverse(LocalStore &s, pb::RecordType entryType, const std::string &entryId, const QString &reason,
                    const Actor &by)
{
    const auto entry = s.get(entryType, entryId);
    if (!entry || entry->isDeleted()) throw EditError("the entry to reverse is not on this device");
    if (s.get(pb::RECORD_TYPE_REVERSAL, domain::reversalId(entryId)))
        throw FundsError(FundsError::Kind::ReversedAlready, "the entry is reversed already");
    const auto m = domain::parse(entryType, entry->values());
    pb::Reversal v;
    v.set_fund_id(m ? entryFund(entryType, *m) : std::string());
    v.set_entry_type(entryType);
    v.set_entry_id(entryId);
    v.set_reversed_on(today(by));
    v.set_reason(reason.trimmed().toStdString());
    if (!by.name.isEmpty()) v.set_reversed_by(by.name.toStdString());
    return create(s, pb::RECORD_TYPE_REVERSAL, v, by, domain::reversalId(entryId));
}

std::string addProgramme(LocalStore &s, const pb::Programme &p, const Actor &by)
{
    return create(s, pb::RECORD_TYPE_PROGRAMME, p, by);
}

std::string proposeAward(LocalStore &s, pb::Award a, const Actor &by)
{
    if (!a.member_id().empty() && a.household_id().empty())
        if (const auto m = s.get(pb::RECORD_TYPE_MEMBER, a.member_id()))
            a.set_household_id(
                domain::parse(pb::RECORD_TYPE_MEMBER, m->values())
                    ? static_cast<const pb::Member &>(*domain::parse(pb::RECORD_TYPE_MEMBER, m->values()))
                          .household_id()
                    : std::string());
    if (!a.has_value())
        if (const auto p = s.get(pb::RECORD_TYPE_PROGRAMME, a.programme_id())) {
            pb::Programme prog;
            prog.ParseFromString(p->values());
            if (prog.value_per_award() > 0) a.set_value(prog.value_per_award());
        }
    if (a.proposed_on().empty()) a.set_proposed_on(today(by));
    if (a.proposed_by().empty() && !by.name.isEmpty()) a.set_proposed_by(by.name.toStdString());
    return create(s, pb::RECORD_TYPE_AWARD, a, by);
}

std::string addBranch(LocalStore &s, const pb::Branch &b, const Actor &by)
{
    return create(s, pb::RECORD_TYPE_BRANCH, b, by);
}

void approveEntry(LocalStore &s, pb::RecordType type, const std::string &id, const QString &officialNumber,
                  const Actor &by)
{
    const auto stored = s.get(type, id);
    if (!stored || stored->isDeleted()) throw EditError("the entry to approve is not on this device");
    // One official number, one voucher: the number is checked against the fund's books on this device.
    const funds::Ledger l = ledgerOf(s);
    const auto receipt = l.receipts.find(id);
    const auto payment = l.disbursements.find(id);
    const std::string fund = receipt != l.receipts.end()        ? receipt->second.fund_id()
                             : payment != l.disbursements.end() ? payment->second.fund_id()
                                                                : std::string();
    if (const std::string other = entryWithOfficialNumber(l, type, fund, officialNumber, id); !other.empty()) {
        const std::string voucher = type == pb::RECORD_TYPE_RECEIPT ? l.receipts.at(other).voucher_number()
                                                                    : l.disbursements.at(other).voucher_number();
        throw FundsError(FundsError::Kind::NumberUsed,
                         "official number " + officialNumber.trimmed().toStdString() + " is already " + voucher + "'s",
                         voucher);
    }
    if (type == pb::RECORD_TYPE_RECEIPT) {
        auto r = std::make_shared<pb::Receipt>();
        if (!officialNumber.trimmed().isEmpty()) r->set_official_number(officialNumber.trimmed().toStdString());
        r->set_approved_by(by.name.isEmpty() ? "?" : by.name.toStdString());
        r->set_approved_on(today(by));
        checkedWrite(s, type, id, r, by);
    } else if (type == pb::RECORD_TYPE_DISBURSEMENT) {
        auto d = std::make_shared<pb::Disbursement>();
        d->set_official_number(officialNumber.trimmed().toStdString());
        checkedWrite(s, type, id, d, by);
    } else {
        throw EditError("only a receipt or a disbursement is approved with a number");
    }
}

void approveAward(LocalStore &s, const std::string &awardId, const Actor &by)
{
    if (const auto stored = s.get(pb::RECORD_TYPE_AWARD, awardId); !stored || stored->isDeleted())
        throw EditError("the award is not on this device");
    auto a = std::make_shared<pb::Award>();
    a->set_approved_on(today(by));
    a->set_approved_by(by.name.isEmpty() ? "?" : by.name.toStdString());
    checkedWrite(s, pb::RECORD_TYPE_AWARD, awardId, a, by);
}

void declineAward(LocalStore &s, const std::string &awardId, const QString &reason, const Actor &by)
{
    if (const auto stored = s.get(pb::RECORD_TYPE_AWARD, awardId); !stored || stored->isDeleted())
        throw EditError("the award is not on this device");
    const QString why = reason.trimmed().normalized(QString::NormalizationForm_C);
    if (why.isEmpty()) throw EditError("decline_reason: say why the award is declined");
    auto a = std::make_shared<pb::Award>();
    a->set_declined_on(today(by));
    a->set_declined_by(by.name.isEmpty() ? "?" : by.name.toStdString());
    a->set_decline_reason(why.toStdString());
    checkedWrite(s, pb::RECORD_TYPE_AWARD, awardId, a, by);
}

void closeBooks(LocalStore &s, const std::string &fundId, const QDate &through, const Actor &by)
{
    auto f = std::make_shared<pb::Fund>();
    f->set_closed_through(through.toString(Qt::ISODate).toStdString());
    if (!by.name.isEmpty()) f->set_closed_by(by.name.toStdString());
    checkedWrite(s, pb::RECORD_TYPE_FUND, fundId, f, by);
}

std::string payAward(LocalStore &s, const std::string &awardId, const QString &decision, const Actor &by)
{
    const auto stored = s.get(pb::RECORD_TYPE_AWARD, awardId);
    if (!stored || stored->isDeleted()) throw EditError("the award is not on this device");
    pb::Award a;
    a.ParseFromString(stored->values());
    const auto prog = s.get(pb::RECORD_TYPE_PROGRAMME, a.programme_id());
    if (!prog || prog->isDeleted()) throw EditError("the award's programme is not on this device");
    pb::Programme p;
    p.ParseFromString(prog->values());
    pb::Disbursement d;
    d.set_fund_id(p.fund_id());
    d.set_programme_id(a.programme_id());
    d.set_award_id(awardId);
    d.set_amount(a.value());
    if (!a.in_kind().empty()) {
        d.set_method(pb::PAYMENT_METHOD_IN_KIND);
        d.set_in_kind(a.in_kind());
    }
    d.set_beneficiary_kind(pb::BENEFICIARY_KIND_PERSON);
    d.set_recipient(beneficiaryName(s, a).toStdString());
    if (!decision.trimmed().isEmpty())
        d.set_decision_number(decision.trimmed().normalized(QString::NormalizationForm_C).toStdString());
    return disburse(s, d, by);
}

QString beneficiaryName(LocalStore &s, const pb::Award &a)
{
    if (!a.member_id().empty())
        if (const auto m = s.get(pb::RECORD_TYPE_MEMBER, a.member_id()); m && !m->isDeleted())
            if (const auto parsed = domain::parse(pb::RECORD_TYPE_MEMBER, m->values()))
                return domain::title(pb::RECORD_TYPE_MEMBER, *parsed);
    return QString::fromStdString(a.student_name());
}

std::vector<Candidate> programmeCandidates(LocalStore &s, const std::string &programmeId, const CandidateRules &rules)
{
    std::map<std::string, pb::Member> members;
    std::map<std::string, pb::Household> households;
    for (const Record &r : s.list(pb::RECORD_TYPE_MEMBER)) members[r.id].ParseFromString(r.values());
    for (const Record &r : s.list(pb::RECORD_TYPE_HOUSEHOLD)) households[r.id].ParseFromString(r.values());
    std::set<std::string> awarded;
    for (const Record &r : s.list(pb::RECORD_TYPE_AWARD)) {
        pb::Award a;
        a.ParseFromString(r.values());
        if (a.programme_id() == programmeId && !a.member_id().empty()) awarded.insert(a.member_id());
    }
    return candidates(members, households, awarded, rules);
}

std::vector<std::string> proposeCandidates(LocalStore &s, const std::string &programmeId,
                                           const std::vector<Candidate> &list, const Actor &by)
{
    std::vector<std::string> ids;
    for (const auto &k : list) {
        pb::Award a;
        a.set_programme_id(programmeId);
        a.set_member_id(k.memberId);
        a.set_household_id(k.householdId);
        for (auto cat : k.categories) a.add_categories(cat);
        ids.push_back(proposeAward(s, a, by));
    }
    return ids;
}

Ledger ledgerOf(LocalStore &s)
{
    Ledger l;
    for (pb::RecordType t :
         {pb::RECORD_TYPE_FUND, pb::RECORD_TYPE_DONOR, pb::RECORD_TYPE_PROGRAMME, pb::RECORD_TYPE_AWARD,
          pb::RECORD_TYPE_RECEIPT, pb::RECORD_TYPE_DISBURSEMENT, pb::RECORD_TYPE_REVERSAL, pb::RECORD_TYPE_BRANCH})
        for (const Record &r : s.list(t)) l.add(r);
    return l;
}

} // namespace kh::funds
