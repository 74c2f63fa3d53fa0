// The study-fund ledger on a device (issue 15): each step checks the ledger's rules (core/funds/ledger_rules.h)
// and the access policy for the actor's role on the records as this device has them, then writes one local
// change-set; or throws EditError in words and writes nothing. The server checks the same rules again.
//
// Vouchers are numbered offline from this device's own series: "PT-<series>-<n>" for a receipt (phiếu thu),
// "PC-<series>-<n>" for a disbursement (phiếu chi). The series is the device's (set_voucher_series, e.g. an
// officer's initials given by the commune; by default the first six hex digits of the device id), the counter is
// kept in the store, so no two devices' vouchers collide. The commune gives the official number on approval.
#pragma once

#include "core/funds/candidates.h"
#include "core/funds/ledger.h"
#include "core/learning/workflow.h"
#include "device/store/local_store.h"

namespace kh::funds {

using workflow::Actor;

std::string createFund(LocalStore &s, const pb::Fund &f, const Actor &by);
std::string addDonor(LocalStore &s, const pb::Donor &d, const Actor &by);
std::string addPledge(LocalStore &s, const pb::Pledge &p, const Actor &by);
// Numbers the receipt from this device's series; dates it today and names the collector `by` when not given.
std::string recordReceipt(LocalStore &s, pb::Receipt r, const Actor &by);
std::string disburse(LocalStore &s, pb::Disbursement d, const Actor &by);
std::string reverse(LocalStore &s, pb::RecordType entryType, const std::string &entryId, const QString &reason,
                    const Actor &by);
std::string addProgramme(LocalStore &s, const pb::Programme &p, const Actor &by);
std::string proposeAward(LocalStore &s, pb::Award a, const Actor &by);
std::string addBranch(LocalStore &s, const pb::Branch &b, const Actor &by);
// The commune's approval: the official number (a receipt's or disbursement's), the approver, today.
void approveEntry(LocalStore &s, pb::RecordType type, const std::string &id, const QString &officialNumber,
                  const Actor &by);
void approveAward(LocalStore &s, const std::string &awardId, const Actor &by);
// The commune declines a proposed award (không duyệt), saying why: it stays in the books as declined, is never
// approved or paid, and its child is not proposed again from the register for the programme.
void declineAward(LocalStore &s, const std::string &awardId, const QString &reason, const Actor &by);
// Closes the fund's books (khóa sổ) through `through`: no entry dated on or before it is accepted any more.
void closeBooks(LocalStore &s, const std::string &fundId, const QDate &through, const Actor &by);
// Pays an approved award: a disbursement from its programme's fund of the award's value (its goods, at that
// valuation, when it gives goods) to the beneficiary by name, under the programme, with the commune's decision
// number when given; the award is marked paid. The ledger refuses an award not approved, or paid already.
std::string payAward(LocalStore &s, const std::string &awardId, const QString &decision, const Actor &by);
// Who an award is for, in words: the member's name from the register, or the student's.
QString beneficiaryName(LocalStore &s, const pb::Award &a);

// Who the register on this device says a programme is for (core/funds/candidates.h), members already
// proposed in it left out; and proposing each of them (one change-set each). Returns the awards' ids.
std::vector<Candidate> programmeCandidates(LocalStore &s, const std::string &programmeId, const CandidateRules &rules);
std::vector<std::string> proposeCandidates(LocalStore &s, const std::string &programmeId,
                                           const std::vector<Candidate> &candidates, const Actor &by);

// This device's voucher series, and setting it (letters and digits, 1..8).
QString voucherSeries(LocalStore &s);
void setVoucherSeries(LocalStore &s, const QString &series);

// Every fund record this device holds.
Ledger ledgerOf(LocalStore &s);

} // namespace kh::funds
