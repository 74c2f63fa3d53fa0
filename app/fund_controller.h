#pragma once

#include "core/funds/candidates.h"
#include "core/funds/ledger.h"
#include "core/learning/workflow.h"
#include "workspace.h"
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// The study funds on this phone (issue 15), for the fund page and the contribution form. Everything is
// computed by kh::funds from the records; the page only shows it. Rows are QVariantMaps:
//   funds:    fundId, name, balance ("12.500.000 ₫"), pending (receipts and awards awaiting approval)
//   figures:  label, value, sub (an indented line under the one before) — the selected fund's year so far
//   receipts, payments: entryId, kind ("receipt" / "payment"), voucher, who (donor; recipient, programme, goods),
//             line ("Phiếu thu PT-… · date · state"), amount, canApprove (give the official number), canReverse
//   awards:   awardId, who (the beneficiary), value, detail (programme, why, school), state, canApprove, canDecline, canPay
//   programmes: programmeId, name, detail (season, value per award), canPropose
// The commune's steps (approve, pay, cancel with a reason, close the books) and proposing from the register are
// offered where the access policy lets this account take them; the page asks before each one that moves money,
// cancels or makes many records.
class FundController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString fundId READ fundId WRITE setFundId NOTIFY changed)
    // The household giving (the contribution form), or the clan (from a clan's page), and the name that goes on
    // the receipt: the household head's full name, or the clan's name.
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY changed)
    Q_PROPERTY(QString clanId READ clanId WRITE setClanId NOTIFY changed)
    Q_PROPERTY(QString householdName READ householdName NOTIFY changed)
    Q_PROPERTY(QVariantList funds READ funds NOTIFY changed)
    Q_PROPERTY(QStringList fundNames READ fundNames NOTIFY changed)
    Q_PROPERTY(int fundIndex READ fundIndex NOTIFY changed)
    Q_PROPERTY(QString today READ today NOTIFY changed)
    Q_PROPERTY(QVariantList figures READ figures NOTIFY changed)
    Q_PROPERTY(QVariantList receipts READ receipts NOTIFY changed)
    Q_PROPERTY(QVariantList payments READ payments NOTIFY changed)
    Q_PROPERTY(QVariantList awards READ awards NOTIFY changed)
    Q_PROPERTY(QVariantList programmes READ programmes NOTIFY changed)
    // "30/11/2026" when the selected fund's books are closed through that day; empty when never closed.
    Q_PROPERTY(QString closedThrough READ closedThrough NOTIFY changed)
    // May this account close the books (commune staff)? And a sensible day to close through: the end of last month.
    Q_PROPERTY(bool canClose READ canClose NOTIFY changed)
    Q_PROPERTY(QString suggestedClose READ suggestedClose NOTIFY changed)
    Q_PROPERTY(QString fundName READ fundName NOTIFY changed)
    Q_PROPERTY(QString balance READ balance NOTIFY changed)
    // Does this phone hold the selected fund's whole book (its commune's or province's)? A village officer's holds
    // the entries of its villages: no balance or figures are shown from part of a book.
    Q_PROPERTY(bool wholeBook READ wholeBook NOTIFY changed)
    Q_PROPERTY(bool canApprove READ canApprove NOTIFY changed)
    // May this account record contributions (village officers, commune staff)? The access policy's answer.
    Q_PROPERTY(bool canRecord READ canRecord NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit FundController(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString fundId() const { return m_fundId; }
    void setFundId(const QString &id);
    QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &id);
    QString clanId() const { return m_clanId; }
    void setClanId(const QString &id);
    QString householdName() const { return m_householdName; }
    QVariantList funds() const { return m_funds; }
    QVariantList figures() const { return m_figures; }
    QVariantList receipts() const { return m_receipts; }
    QVariantList payments() const { return m_payments; }
    QVariantList awards() const { return m_awards; }
    QVariantList programmes() const { return m_programmes; }
    QString closedThrough() const { return m_closedThrough; }
    bool canClose() const;
    QString suggestedClose() const;
    QString fundName() const { return m_fundName; }
    QString balance() const { return m_balance; }
    bool wholeBook() const { return m_wholeBook; }
    bool canApprove() const;
    bool canRecord() const;
    QString error() const { return m_error; }

    QString householdDonorName(const QString &householdId);
    QString clanDonorName(const QString &clanId);
    // Records a contribution into the selected fund: from the household (its donor record is found or made),
    // or from a walk-in donor named `donorName` (in the officer's first village, or the commune). `method`:
    // 1 cash, 2 bank, 3 goods (with `goods` described and `amountText` their value). `anonymous`: the donor is
    // named in the books but not on public postings. Returns the receipt's voucher number, or an empty string with
    // `error` set.
    // `donorId`: a walk-in donor already in the books, chosen from donorMatches (the same person giving again).
    Q_INVOKABLE QString recordContribution(const QString &householdId, const QString &donorName,
                                           const QString &amountText, int method, const QString &goods,
                                           bool anonymous = false, const QString &donorId = {});
    // Walk-in donors already in the books whose name matches what is typed, diacritics ignored (a name typed a
    // second time is offered, not made again: two people may share a name, so the officer chooses). Each:
    // donorId, name, anonymous, detail ("Thôn Phú Lộc · đã góp 2 lần"). At most `shown`, from 2 letters typed.
    Q_INVOKABLE QVariantList donorMatches(const QString &typed, int shown = 4) const;
    // A receipt's or payment's official number (approving a receipt).
    Q_INVOKABLE bool approve(const QString &entryId, const QString &officialNumber);
    // Commune staff: approve an award; pay it (a disbursement of its value, decision number optional); cancel a
    // receipt with a reason (a reversal: nothing is deleted); close the books through a day typed dd/mm/yyyy.
    Q_INVOKABLE bool approveAward(const QString &awardId);
    // Declines a proposal, saying why (không duyệt): kept in the books, never approved or paid.
    Q_INVOKABLE bool declineAward(const QString &awardId, const QString &reason);
    Q_INVOKABLE bool payAward(const QString &awardId, const QString &decision);
    // Cancels a receipt or a payment with a reason (a reversing entry; nothing is deleted).
    Q_INVOKABLE bool reverseEntry(const QString &entryId, const QString &reason);
    Q_INVOKABLE bool closeBooks(const QString &throughText);
    // Whom the register proposes for a programme, for the question before proposing (one read of the register):
    // {count, names}, names "Nguyễn Văn Út, 10 tuổi · Thôn Phú Lộc" a line each, the first `shown`, then how many
    // more. Then proposing them; returns how many were proposed (0 with `error` set when none or refused).
    Q_INVOKABLE QVariantMap candidatePreview(const QString &programmeId, int shown = 8) const;
    Q_INVOKABLE int proposeFromRegister(const QString &programmeId);
    // The receipt just recorded (or `receiptId`) as a PDF in the Documents folder (A5, the amount in words too), to
    // print or send; returns the file's path, or an empty string with `error` set. `savedText` says where it is.
    Q_INVOKABLE QString saveReceiptPdf(const QString &receiptId = {});
    Q_INVOKABLE QString savedText(const QString &path) const;
    // Opens a saved file with the phone's own viewer, from which it is printed or sent on.
    Q_INVOKABLE bool openSaved(const QString &path) const;
    // "1.250.000 ₫" for what a person typed, or an empty string when it is not an amount (live preview).
    Q_INVOKABLE QString preview(const QString &amountText) const;
    // The amount in words for the receipt ("Hai trăm nghìn đồng"), and the day it is dated (the phone's today,
    // corrected by the server), "06/12/2026".
    Q_INVOKABLE QString amountInWords(const QString &amountText) const;
    QString today() const;
    // The funds' names, to choose the one a contribution goes into when there are several; the chosen one's place.
    QStringList fundNames() const;
    int fundIndex() const;
    Q_INVOKABLE void chooseFund(int index);

signals:
    void workspaceChanged();
    void changed();
    void errorChanged();

private:
    void reload();
    void loadAwards(const funds::Ledger &l);
    void loadWalkIns(const funds::Ledger &l);
    std::string giver(LocalStore &s, const funds::Ledger &l, const workflow::Actor &by, const QString &householdId,
                      const QString &clanId, const std::string &named, bool anonymous) const;
    funds::CandidateRules candidateRules() const;
    std::string defaultFund(const funds::Ledger &l) const;
    void loadPayments(const funds::Ledger &l, const std::string &fundId, bool mayReverse);
    pb::RecordType entryType(const QString &entryId) const;
    bool holdsWholeBook(const pb::Fund &f) const;
    void loadFigures(const funds::Ledger &l, const std::string &fundId, const std::string &from, const std::string &to);
    void setError(const QString &e);
    // May this account write these fields of a record of this type (a create when `create`)? The access policy.
    bool may(pb::RecordType type, std::vector<quint32> fields, bool create) const;
    // Runs one ledger step; on refusal sets `error` in words and returns false.
    bool step(const std::function<void(LocalStore &, const workflow::Actor &)> &fn, pb::RecordType changed,
              const QString &id);
    QPointer<Workspace> m_ws;
    QString m_fundId, m_fundName, m_balance, m_error, m_householdId, m_clanId, m_householdName;
    struct WalkIn { // a walk-in donor, for donorMatches: read once per reload, filtered per keystroke
        QString id, name, folded, detail;
        bool anonymous = false;
    };
    std::vector<WalkIn> m_walkIns;
    bool m_wholeBook = false;
    QVariantList m_funds, m_figures, m_receipts, m_payments, m_awards, m_programmes;
    QString m_closedThrough;
    QString m_lastReceiptId; // the receipt recordContribution made
};

} // namespace kh::app
