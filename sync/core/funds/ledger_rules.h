// The rules of the study-fund ledger (issue 15), on a record as stored and as merged: money is never edited or
// merged away. Receipts, disbursements and reversals are made once and never changed or deleted, except that an
// approval (official number, approver, date) is added once; an entry dated inside a closed period (khóa sổ) is
// refused; a reversal names a real entry of the same fund, once; an award's beneficiary exists; an award is approved
// or declined (with a reason) once, and a declined one is never paid. The server runs
// them on every pushed change (core/records/change_decision.cpp) and devices before they write
// (device/workflow/funds.h). Who may write what is the access policy's (core/access/access.h).
#pragma once

#include "core/records/record_types.h"

#include <functional>
#include <optional>
#include <vector>

namespace kh::funds {

// Is this one of the fund records (fund, donor, pledge, receipt, disbursement, reversal, programme, award, branch)?
bool isFundType(pb::RecordType t);
// Receipts, disbursements and reversals: the ledger's entries, append-only.
bool isEntryType(pb::RecordType t);

// Another record's value as stored (encoded), nullopt when there is none or it is deleted.
using ValuesOf = std::function<std::optional<std::string>(pb::RecordType, const std::string &id)>;

// Which rule a refusal broke, for the app's words (the refusal's text is for logs and the CLI).
enum class LedgerRule {
    None,
    ClosedPeriod,
    NeverChanged,
    ApprovedAlready,
    AwardNotApproved,
    AwardPaidAlready,
    AwardDeclined,
    Other
};

struct LedgerWrite {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    const google::protobuf::Message *before = nullptr; // as stored; null on a create
    const google::protobuf::Message *after = nullptr;  // as merged (for a delete: as stored)
    std::vector<quint32> fields;                       // set or cleared by the change
    bool isCreate = false;
    bool deleted = false;
    ValuesOf valuesOf;
    // Set by checkLedgerWrite when it refuses: the rule, and for a closed period the date the books are closed
    // through.
    mutable LedgerRule broken = LedgerRule::None;
    mutable std::string closedThrough;
};

// Why the write breaks a rule of the ledger, in words, or an empty string.
QString checkLedgerWrite(const LedgerWrite &w);

// The date an entry counts on (received_on, paid_on, reversed_on) and its fund; empty for other records.
std::string entryDate(pb::RecordType t, const google::protobuf::Message &m);
std::string entryFund(pb::RecordType t, const google::protobuf::Message &m);

} // namespace kh::funds
