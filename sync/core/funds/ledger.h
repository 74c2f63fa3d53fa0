// A fund's figures, computed from its records and never stored: the balance, and a period's report (opening
// balance, receipts by source, disbursements by programme and beneficiary category, closing balance, awards and
// beneficiaries). Pure: the caller gives the records (a device's store, the server's dump).
//
// Money that moved (cash and bank transfers) makes the balance; goods (in kind) are counted at their valuation
// beside it, since they are handed on as they are and never sit in the fund's account. A reversal takes its entry
// out on the reversal's own date, so a closed period's figures never change.
#pragma once

#include "core/records/record.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kh::funds {

// The fund records of one commune (or more), parsed, by id.
struct Ledger {
    std::map<std::string, pb::Fund> funds;
    std::map<std::string, pb::Donor> donors;
    std::map<std::string, pb::Programme> programmes;
    std::map<std::string, pb::Award> awards;
    std::map<std::string, pb::Receipt> receipts;
    std::map<std::string, pb::Disbursement> disbursements;
    std::map<std::string, pb::Reversal> reversals;
    std::map<std::string, pb::Branch> branches;
    // Adds one record if it is a live fund record; anything else is ignored.
    void add(const Record &r);
};

struct FundFigures {
    qint64 opening = 0;       // balance at the start of the period
    qint64 received = 0;      // money received in the period, reversals taken out
    qint64 paid = 0;          // money paid in the period, reversals taken out
    qint64 closing = 0;       // opening + received - paid
    qint64 goodsReceived = 0; // valuation of goods received
    qint64 goodsGiven = 0;    // valuation of goods handed out
    // The parts of the totals above, each summing to its total: money by source and by programme, and the goods'
    // valuation the same ways.
    std::map<int, qint64> receivedBySource;              // pb::DonorKind → money received
    std::map<int, qint64> goodsReceivedBySource;         // pb::DonorKind → goods received (valuation)
    std::map<std::string, qint64> paidByProgramme;       // programme id ("" none) → money paid out
    std::map<std::string, qint64> goodsGivenByProgramme; // programme id ("" none) → goods handed out (valuation)
    std::map<int, qint64> awardedByCategory;             // pb::AwardCategory → value of the awards paid
    std::map<int, int> awardsByCategory;                 // pb::AwardCategory → number of awards paid
    int receipts = 0, disbursements = 0, reversals = 0;  // entries dated in the period
    int awards = 0;                                      // awards paid in the period (suất)
    int beneficiaries = 0;                               // distinct people among them
    int receiptsAwaiting = 0, awardsAwaiting = 0;        // not approved (nor declined) yet, any date
    int awaitingApproval = 0;                            // both together
};

// The entry of the same kind (receipt or disbursement) in the same fund that already carries `officialNumber`
// (compared without case or spaces), other than `exceptId`: its id, or empty. An official number names one voucher
// in the books; reversed entries keep theirs.
std::string entryWithOfficialNumber(const Ledger &l, pb::RecordType type, const std::string &fundId,
                                    const QString &officialNumber, const std::string &exceptId);

// The figures of one fund over [from, to] (ISO dates, inclusive; an empty `from` starts at the opening).
FundFigures fundFigures(const Ledger &l, const std::string &fundId, const std::string &from, const std::string &to);
// All the funds of a ledger together over [from, to] (ISO dates): a commune's line in a province's table of its
// communes' funds. Funds opened after `to` are left out; a child paid from two funds counts in each.
struct AreaFunds {
    int funds = 0;
    qint64 opening = 0, received = 0, paid = 0, closing = 0; // money, as in FundFigures
    int awards = 0, beneficiaries = 0, awaitingApproval = 0;
    void add(const AreaFunds &o);
};
AreaFunds areaFunds(const Ledger &l, const std::string &from, const std::string &to);
// areaFunds for each commune whose books are in the ledger (a device holding several communes), by the commune's
// code: the commune each fund names.
std::map<std::string, AreaFunds> areaFundsByCommune(const Ledger &l, const std::string &from, const std::string &to);

// The balance of money at the end of `date` (the opening balance and every entry dated on or before it).
qint64 balance(const Ledger &l, const std::string &fundId, const std::string &date);

// One line of the public posting (niêm yết): a receipt of the period with its donor's name, or "Nhà hảo tâm
// giấu tên" for a donor who asked not to be named; reversed receipts are marked, not hidden.
struct PostingLine {
    std::string date;
    QString donor;
    qint64 amount = 0;
    bool goods = false;
    bool reversed = false;
};
std::vector<PostingLine> posting(const Ledger &l, const std::string &fundId, const std::string &from,
                                 const std::string &to);

// Vietnamese names of the groupings (for reports and the app): a donor kind, an award category.
QString donorKindName(int kind);
QString awardCategoryName(int category);

// "1.250.000 ₫": the Vietnamese way of writing money.
QString formatVnd(qint64 amount);
// The amount in words, as a receipt writes it under the figure ("Bằng chữ"): 1,250,000 → "Một triệu hai trăm năm
// mươi nghìn đồng"; 105 → "Một trăm linh năm đồng"; 1,000,021 → "Một triệu không trăm hai mươi mốt đồng".
QString vndInWords(qint64 amount);
// Money as people type it: "1250000", "1.250.000", "1,250,000", "1 250 000", with or without "₫" or "đ".
// -1 when it is not a whole number of đồng.
qint64 parseVnd(const QString &text);

} // namespace kh::funds
