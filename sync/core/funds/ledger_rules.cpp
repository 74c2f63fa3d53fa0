#include "core/funds/ledger_rules.h"
#include "core/records/ids.h"

#include <algorithm>

namespace kh::funds {

namespace {

template <class M>
std::optional<M> stored(const LedgerWrite &w, pb::RecordType t, const std::string &id)
{
    if (id.empty() || !w.valuesOf) return std::nullopt;
    const auto v = w.valuesOf(t, id);
    M m;
    if (!v || !m.ParseFromString(*v)) return std::nullopt;
    return m;
}

bool only(const std::vector<quint32> &fields, std::initializer_list<int> allowed)
{
    return std::all_of(fields.begin(), fields.end(),
                       [&](quint32 f) { return std::find(allowed.begin(), allowed.end(), int(f)) != allowed.end(); });
}

bool touches(const std::vector<quint32> &fields, std::initializer_list<int> which)
{
    return std::any_of(fields.begin(), fields.end(),
                       [&](quint32 f) { return std::find(which.begin(), which.end(), int(f)) != which.end(); });
}

QString closedPeriod(const LedgerWrite &w)
{
    const std::string fundId = entryFund(w.type, *w.after), date = entryDate(w.type, *w.after);
    const auto fund = stored<pb::Fund>(w, pb::RECORD_TYPE_FUND, fundId);
    if (!fund) return QStringLiteral("the fund is unknown");
    if (!fund->closed_through().empty() && date <= fund->closed_through()) {
        w.broken = LedgerRule::ClosedPeriod;
        w.closedThrough = fund->closed_through();
        return QStringLiteral("dated %1, inside a closed period: the fund's books are closed through %2")
            .arg(QString::fromStdString(date), QString::fromStdString(fund->closed_through()));
    }
    return {};
}

// An entry: made once; afterwards only its approval is added, once.
QString checkEntry(const LedgerWrite &w, std::initializer_list<int> approval)
{
    if (!w.isCreate) {
        if (!only(w.fields, approval)) {
            w.broken = LedgerRule::NeverChanged;
            return QStringLiteral("an entry is never edited: reverse it with a reason and record it again");
        }
        const auto *r = w.before->GetReflection();
        for (quint32 f : w.fields)
            if (r->HasField(*w.before, w.before->GetDescriptor()->FindFieldByNumber(int(f)))) {
                w.broken = LedgerRule::ApprovedAlready;
                return QStringLiteral("the entry is approved already");
            }
        return {};
    }
    return closedPeriod(w);
}

QString checkReceipt(const LedgerWrite &w)
{
    using R = pb::Receipt;
    if (QString e =
            checkEntry(w, {R::kOfficialNumberFieldNumber, R::kApprovedByFieldNumber, R::kApprovedOnFieldNumber});
        !e.isEmpty() || !w.isCreate)
        return e;
    const auto &r = static_cast<const R &>(*w.after);
    if (!r.pledge_id().empty()) {
        const auto p = stored<pb::Pledge>(w, pb::RECORD_TYPE_PLEDGE, r.pledge_id());
        if (!p) return QStringLiteral("pledge_id: unknown pledge");
        if (p->donor_id() != r.donor_id() || p->fund_id() != r.fund_id())
            return QStringLiteral("pledge_id: the pledge is another donor's or another fund's");
    }
    if (r.method() == pb::PAYMENT_METHOD_IN_KIND && r.in_kind().empty())
        return QStringLiteral("in_kind: say which goods were received");
    return {};
}

QString checkDisbursement(const LedgerWrite &w)
{
    using D = pb::Disbursement;
    if (QString e = checkEntry(w, {D::kOfficialNumberFieldNumber, D::kApprovedByFieldNumber});
        !e.isEmpty() || !w.isCreate)
        return e;
    const auto &d = static_cast<const D &>(*w.after);
    if (!d.programme_id().empty()) {
        const auto p = stored<pb::Programme>(w, pb::RECORD_TYPE_PROGRAMME, d.programme_id());
        if (!p || p->fund_id() != d.fund_id()) return QStringLiteral("programme_id: not a programme of this fund");
    }
    if (!d.award_id().empty()) {
        // An award is paid once the commune approved it, and once: again only when its payment was reversed.
        const auto a = stored<pb::Award>(w, pb::RECORD_TYPE_AWARD, d.award_id());
        if (!a) return QStringLiteral("award_id: unknown award");
        if (!a->declined_on().empty()) {
            w.broken = LedgerRule::AwardDeclined;
            return QStringLiteral("award_id: the award was declined");
        }
        if (a->approved_on().empty()) {
            w.broken = LedgerRule::AwardNotApproved;
            return QStringLiteral("award_id: the award is not approved yet");
        }
        if (a->programme_id() != d.programme_id()) return QStringLiteral("programme_id: the award is in another");
        if (!a->disbursement_id().empty() &&
            !stored<pb::Reversal>(w, pb::RECORD_TYPE_REVERSAL, domain::reversalId(a->disbursement_id()))) {
            w.broken = LedgerRule::AwardPaidAlready;
            return QStringLiteral("award_id: the award is paid already");
        }
        // Attempt k exists only once attempt k-1 was reversed (the id says which: ids.h, awardPaymentId).
        if (const int k = domain::awardPaymentAttempt(w.id, d.award_id()); k > 1) {
            const std::string before = domain::awardPaymentId(d.award_id(), k - 1);
            if (!stored<pb::Disbursement>(w, pb::RECORD_TYPE_DISBURSEMENT, before) ||
                !stored<pb::Reversal>(w, pb::RECORD_TYPE_REVERSAL, domain::reversalId(before))) {
                w.broken = LedgerRule::AwardPaidAlready;
                return QStringLiteral(
                    "award_id: the award is paid already (its earlier payment stands: cancel it first)");
            }
        }
    }
    if (d.method() == pb::PAYMENT_METHOD_IN_KIND && d.in_kind().empty())
        return QStringLiteral("in_kind: say which goods were handed out");
    return {};
}

QString checkReversal(const LedgerWrite &w)
{
    const auto &r = static_cast<const pb::Reversal &>(*w.after);
    if (!w.isCreate) {
        // Two devices reversing one entry offline write one record (its id is the entry's): the second is the
        // same reversal, merged, as long as it names the same entry and neither date lies in a closed period.
        const auto &b = static_cast<const pb::Reversal &>(*w.before);
        if (b.entry_id() != r.entry_id() || b.entry_type() != r.entry_type() || b.fund_id() != r.fund_id())
            return QStringLiteral("a reversal stays with the entry it reverses");
        LedgerWrite was = w;
        was.after = w.before;
        if (QString e = closedPeriod(was); !e.isEmpty()) return e;
        return closedPeriod(w);
    }
    std::optional<std::string> fund;
    if (r.entry_type() == pb::RECORD_TYPE_RECEIPT) {
        if (const auto e = stored<pb::Receipt>(w, r.entry_type(), r.entry_id())) fund = e->fund_id();
    } else if (r.entry_type() == pb::RECORD_TYPE_DISBURSEMENT) {
        if (const auto e = stored<pb::Disbursement>(w, r.entry_type(), r.entry_id())) fund = e->fund_id();
    } else {
        return QStringLiteral("entry_type: only a receipt or a disbursement is reversed");
    }
    if (!fund) return QStringLiteral("entry_id: unknown entry");
    if (*fund != r.fund_id()) return QStringLiteral("fund_id: the entry belongs to another fund");
    return closedPeriod(w);
}

QString checkFund(const LedgerWrite &w)
{
    using F = pb::Fund;
    const auto &f = static_cast<const F &>(*w.after);
    if (w.isCreate) {
        if (!f.village_id().empty()) {
            const auto v = stored<pb::Village>(w, pb::RECORD_TYPE_VILLAGE, f.village_id());
            if (!v || v->commune_code() != f.commune_code())
                return QStringLiteral("village_id: not a village of commune %1")
                    .arg(QString::fromStdString(f.commune_code()));
        }
        return {};
    }
    if (touches(w.fields, {F::kCommuneCodeFieldNumber, F::kVillageIdFieldNumber, F::kClanIdFieldNumber,
                           F::kOpeningBalanceFieldNumber, F::kOpeningDateFieldNumber})) {
        w.broken = LedgerRule::NeverChanged;
        return QStringLiteral("a fund's place and opening balance are fixed once it is made; correct them with an "
                              "entry");
    }
    const auto &b = static_cast<const F &>(*w.before);
    if (f.closed_through() < b.closed_through()) {
        w.broken = LedgerRule::ClosedPeriod;
        w.closedThrough = b.closed_through();
        return QStringLiteral("closed_through: the books are closed through %1 and are never opened again")
            .arg(QString::fromStdString(b.closed_through()));
    }
    return {};
}

QString checkAward(const LedgerWrite &w)
{
    using A = pb::Award;
    const auto &a = static_cast<const A &>(*w.after);
    const auto *before = static_cast<const A *>(w.before);
    // The commune's decision is final: an approved award gains only its payment and notes, a declined one only
    // notes. Two staff deciding offline in opposite ways: the second to reach the server is refused here.
    if (before && !before->declined_on().empty() && !only(w.fields, {A::kNotesFieldNumber})) {
        w.broken = LedgerRule::AwardDeclined;
        return QStringLiteral("the award was declined: only notes are added");
    }
    if (before && !before->approved_on().empty() &&
        !only(w.fields, {A::kDisbursementIdFieldNumber, A::kNotesFieldNumber})) {
        w.broken = LedgerRule::ApprovedAlready;
        return QStringLiteral("the award is approved: only its payment and notes are added");
    }
    if (!a.declined_on().empty() && !a.approved_on().empty())
        return QStringLiteral("declined_on: an award is approved or declined, not both");
    if (!a.declined_on().empty() && a.decline_reason().empty())
        return QStringLiteral("decline_reason: a declined award says why");
    if (!a.member_id().empty()) {
        const auto m = stored<pb::Member>(w, pb::RECORD_TYPE_MEMBER, a.member_id());
        if (!m) return QStringLiteral("member_id: the beneficiary is not in the household register");
        if (m->household_id() != a.household_id())
            return QStringLiteral("household_id: the beneficiary's household is another");
    } else if (a.student_name().empty()) {
        return QStringLiteral("student_name: an award needs its beneficiary (a member, or a student's name)");
    }
    if (!a.disbursement_id().empty() && !stored<pb::Disbursement>(w, pb::RECORD_TYPE_DISBURSEMENT, a.disbursement_id()))
        return QStringLiteral("disbursement_id: unknown disbursement");
    if (!w.isCreate && touches(w.fields, {A::kProgrammeIdFieldNumber}))
        return QStringLiteral("programme_id: an award stays in its programme");
    return {};
}

} // namespace

bool isFundType(pb::RecordType t)
{
    return t >= pb::RECORD_TYPE_FUND && t <= pb::RECORD_TYPE_BRANCH;
}

bool isEntryType(pb::RecordType t)
{
    return t == pb::RECORD_TYPE_RECEIPT || t == pb::RECORD_TYPE_DISBURSEMENT || t == pb::RECORD_TYPE_REVERSAL;
}

std::string entryDate(pb::RecordType t, const google::protobuf::Message &m)
{
    switch (t) {
    case pb::RECORD_TYPE_RECEIPT: return static_cast<const pb::Receipt &>(m).received_on();
    case pb::RECORD_TYPE_DISBURSEMENT: return static_cast<const pb::Disbursement &>(m).paid_on();
    case pb::RECORD_TYPE_REVERSAL: return static_cast<const pb::Reversal &>(m).reversed_on();
    default: return {};
    }
}

std::string entryFund(pb::RecordType t, const google::protobuf::Message &m)
{
    switch (t) {
    case pb::RECORD_TYPE_RECEIPT: return static_cast<const pb::Receipt &>(m).fund_id();
    case pb::RECORD_TYPE_DISBURSEMENT: return static_cast<const pb::Disbursement &>(m).fund_id();
    case pb::RECORD_TYPE_REVERSAL: return static_cast<const pb::Reversal &>(m).fund_id();
    default: return {};
    }
}

QString checkLedgerWrite(const LedgerWrite &w)
{
    if (!isFundType(w.type) || !w.after) return {};
    w.broken = LedgerRule::None;
    if (w.deleted) {
        if (isEntryType(w.type) || w.type == pb::RECORD_TYPE_FUND || w.type == pb::RECORD_TYPE_DONOR) {
            w.broken = LedgerRule::NeverChanged;
            return QStringLiteral("money records are never deleted: reverse an entry with a reason instead");
        }
        if (w.type == pb::RECORD_TYPE_AWARD) {
            const auto &a = static_cast<const pb::Award &>(*w.after);
            if (!a.approved_on().empty() || !a.declined_on().empty()) {
                w.broken = LedgerRule::NeverChanged;
                return QStringLiteral("an approved or declined award is never deleted");
            }
        }
        return {};
    }
    if (!w.isCreate && !w.before) {
        w.broken = LedgerRule::Other;
        return QStringLiteral("the record as stored is missing");
    }
    QString e;
    switch (w.type) {
    case pb::RECORD_TYPE_FUND: e = checkFund(w); break;
    case pb::RECORD_TYPE_RECEIPT: e = checkReceipt(w); break;
    case pb::RECORD_TYPE_DISBURSEMENT: e = checkDisbursement(w); break;
    case pb::RECORD_TYPE_REVERSAL: e = checkReversal(w); break;
    case pb::RECORD_TYPE_AWARD: e = checkAward(w); break;
    case pb::RECORD_TYPE_PLEDGE:
        if (!w.isCreate && touches(w.fields, {pb::Pledge::kDonorIdFieldNumber, pb::Pledge::kFundIdFieldNumber}))
            e = QStringLiteral("a pledge stays with its donor and fund");
        break;
    case pb::RECORD_TYPE_PROGRAMME:
        if (!w.isCreate && touches(w.fields, {pb::Programme::kFundIdFieldNumber}))
            e = QStringLiteral("a programme stays with its fund");
        break;
    default: break;
    }
    if (!e.isEmpty() && w.broken == LedgerRule::None) w.broken = LedgerRule::Other;
    return e;
}

} // namespace kh::funds
