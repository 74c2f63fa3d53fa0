// FundController's contribution form (ContributionPage): which fund, who gives, the receipt in words.
#include "fund_controller.h"

#include "core/funds/ledger.h"
#include "core/text/text.h"
#include "device/account/device_account.h"
#include "device/workflow/funds.h"
#include "queries.h"
#include "user_message.h"

#include <algorithm>

namespace kh::app {

namespace {

// A donor named at the fund's page (a person, a business, an agency): not a household's or a clan's record.
bool walkIn(const pb::Donor &d)
{
    return d.household_id().empty() && d.clan_id().empty() && d.kind() != pb::DONOR_KIND_HOUSEHOLD &&
           d.kind() != pb::DONOR_KIND_CLAN;
}

} // namespace

QString FundController::householdDonorName(const QString &householdId)
{
    if (!m_ws || !m_ws->isOpen()) return {};
    const auto h = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, householdId.toStdString());
    if (!h || h->isDeleted()) return {};
    const auto v = valueOf<pb::Household>(*h);
    QStringList parts{q(v.head_family_name()), q(v.head_middle_name()), q(v.head_given_name())};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString FundController::clanDonorName(const QString &clanId)
{
    if (clanId.isEmpty() || !m_ws || !m_ws->isOpen()) return {};
    const auto c = m_ws->store().get(pb::RECORD_TYPE_CLAN, clanId.toStdString());
    if (!c || c->isDeleted()) return {};
    return q(valueOf<pb::Clan>(*c).name());
}

std::string FundController::defaultFund(const funds::Ledger &l) const
{
    // The only fund is the one meant.
    if (l.funds.size() == 1) return l.funds.begin()->first;
    // A contribution from a clan goes to the clan board's own fund when it has one; else, and from a household,
    // to the commune's association fund (no clan's, no village's). The fund page lets the staff choose.
    if (m_householdId.isEmpty() && m_clanId.isEmpty()) return {};
    for (const auto &[id, f] : l.funds)
        if (!m_clanId.isEmpty() && f.clan_id() == m_clanId.toStdString()) return id;
    for (const auto &[id, f] : l.funds)
        if (f.clan_id().empty() && f.village_id().empty()) return id;
    return {};
}

QStringList FundController::fundNames() const
{
    QStringList names;
    for (const QVariant &f : m_funds) names << f.toMap().value(QStringLiteral("name")).toString();
    return names;
}

int FundController::fundIndex() const
{
    for (int i = 0; i < m_funds.size(); ++i)
        if (m_funds[i].toMap().value(QStringLiteral("fundId")).toString() == m_fundId) return i;
    return -1;
}

void FundController::chooseFund(int index)
{
    if (index >= 0 && index < m_funds.size())
        setFundId(m_funds[index].toMap().value(QStringLiteral("fundId")).toString());
}

QString FundController::amountInWords(const QString &amountText) const
{
    const qint64 n = funds::parseVnd(amountText);
    return n > 0 ? funds::vndInWords(n) : QString();
}

QString FundController::today() const
{
    return m_ws && m_ws->isOpen() ? m_ws->store().clock().today().toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString FundController::preview(const QString &amountText) const
{
    const qint64 n = funds::parseVnd(amountText);
    return n > 0 ? funds::formatVnd(n) : QString();
}

void FundController::loadWalkIns(const funds::Ledger &l)
{
    std::map<std::string, int> gifts;
    for (const auto &[id, r] : l.receipts) ++gifts[r.donor_id()];
    const QHash<QString, QString> villages = villageNames(m_ws->store());
    for (const auto &[id, d] : l.donors) {
        if (!walkIn(d)) continue;
        QStringList detail;
        if (!d.village_id().empty()) detail << villages.value(q(d.village_id()));
        detail << tr("gave %Ln time(s)", nullptr, gifts[id]);
        detail.removeAll(QString());
        m_walkIns.push_back(
            {q(id), q(d.name()), foldForSearch(q(d.name())), detail.join(QStringLiteral(" · ")), d.anonymous()});
    }
}

QVariantList FundController::donorMatches(const QString &typed, int shown) const
{
    QVariantList out;
    const QString want = foldForSearch(typed.trimmed());
    if (want.size() < 2) return out;
    const QStringList words = want.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::vector<std::pair<bool, const WalkIn *>> found; // starts with what is typed, the donor
    for (const WalkIn &w : m_walkIns) {
        // The name's start ("nguyen van a"), or each typed word the start of one of its words ("van an").
        const bool starts = w.folded.startsWith(want);
        const bool each = std::all_of(words.begin(), words.end(), [&](const QString &x) {
            return w.folded.startsWith(x) || w.folded.contains(QLatin1Char(' ') + x);
        });
        if (starts || each) found.emplace_back(starts, &w);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first : QString::localeAwareCompare(a.second->name, b.second->name) < 0;
    });
    for (size_t i = 0; i < found.size() && int(i) < shown; ++i)
        out.append(QVariantMap{{QStringLiteral("donorId"), found[i].second->id},
                               {QStringLiteral("name"), found[i].second->name},
                               {QStringLiteral("anonymous"), found[i].second->anonymous},
                               {QStringLiteral("detail"), found[i].second->detail}});
    return out;
}

// The household's or clan's donor record of that name, or a new one (a member giving for the household; a clan's
// donor recorded under a longer name before); a walk-in donor not chosen from the books is a new record.
std::string FundController::giver(LocalStore &s, const funds::Ledger &l, const workflow::Actor &by,
                                  const QString &householdId, const QString &clanId, const std::string &named,
                                  bool anonymous) const
{
    for (const auto &[id, d] : l.donors) {
        if (d.name() != named || d.anonymous() != anonymous) continue;
        if (!householdId.isEmpty() && d.household_id() == householdId.toStdString()) return id;
        if (!clanId.isEmpty() && d.clan_id() == clanId.toStdString()) return id;
    }
    pb::Donor d;
    d.set_name(named);
    if (anonymous) d.set_anonymous(true); // named in the books, "Nhà hảo tâm giấu tên" on public lists
    if (!householdId.isEmpty()) {
        d.set_kind(pb::DONOR_KIND_HOUSEHOLD);
        d.set_household_id(householdId.toStdString());
    } else if (!clanId.isEmpty()) {
        d.set_kind(pb::DONOR_KIND_CLAN);
        d.set_clan_id(clanId.toStdString());
    } else {
        d.set_kind(pb::DONOR_KIND_PERSON);
        // A walk-in donor is recorded where the officer works: the first village, else the commune.
        for (const QString &a : s.areas())
            if (a.startsWith(QLatin1String("v:")) && d.village_id().empty()) d.set_village_id(a.mid(2).toStdString());
        if (d.village_id().empty()) d.set_commune_code(l.funds.at(m_fundId.toStdString()).commune_code());
    }
    return funds::addDonor(s, d, by);
}

QString FundController::recordContribution(const QString &householdId, const QString &donorName,
                                           const QString &amountText, int method, const QString &goods, bool anonymous,
                                           const QString &donorId)
{
    if (!m_ws || !m_ws->isOpen()) return {};
    if (m_fundId.isEmpty()) {
        setError(tr("Choose the fund first."));
        return {};
    }
    const qint64 amount = funds::parseVnd(amountText);
    if (amount <= 0) {
        setError(tr("Enter the amount in đồng, for example 200.000."));
        return {};
    }
    // From a clan's page the clan gives (unless a household is named).
    const QString clanId = householdId.isEmpty() ? m_clanId : QString();
    if (householdId.isEmpty() && donorName.trimmed().isEmpty()) {
        setError(tr("Enter who gives."));
        return {};
    }
    // A name on a receipt and a public list: one letter is a slip of the thumb, not a name.
    if (householdId.isEmpty() && clanId.isEmpty() &&
        std::count_if(donorName.cbegin(), donorName.cend(), [](QChar c) { return c.isLetter(); }) < 2) {
        setError(tr("Enter the giver's full name, as it goes on the receipt."));
        return {};
    }
    if (method == pb::PAYMENT_METHOD_IN_KIND && goods.trimmed().isEmpty()) {
        setError(tr("Say which goods were given."));
        return {};
    }
    LocalStore &s = m_ws->store();
    try {
        const auto by = DeviceAccount(s).actor();
        const funds::Ledger l = funds::ledgerOf(s);
        // The name on the receipt is the one on the screen.
        const std::string named = (donorName.trimmed().isEmpty()
                                       ? (clanId.isEmpty() ? householdDonorName(householdId) : clanDonorName(clanId))
                                       : donorName.trimmed())
                                      .normalized(QString::NormalizationForm_C)
                                      .toStdString();
        std::string donor;
        if (!donorId.isEmpty() && householdId.isEmpty() && clanId.isEmpty()) {
            const auto chosen = l.donors.find(donorId.toStdString());
            if (chosen == l.donors.end() || !walkIn(chosen->second)) {
                setError(tr("That giver is not in this phone's books any more: type the name again."));
                return {};
            }
            // Asked now to stay off (or go on) the public list: the choice is per donor record, as for a household.
            donor = chosen->second.anonymous() == anonymous
                        ? chosen->first
                        : giver(s, l, by, householdId, clanId, chosen->second.name(), anonymous);
        } else {
            donor = giver(s, l, by, householdId, clanId, named, anonymous);
        }
        pb::Receipt r;
        r.set_fund_id(m_fundId.toStdString());
        r.set_donor_id(donor);
        r.set_amount(amount);
        r.set_method(pb::PaymentMethod(method));
        if (!goods.trimmed().isEmpty())
            r.set_in_kind(goods.trimmed().normalized(QString::NormalizationForm_C).toStdString());
        const std::string id = funds::recordReceipt(s, r, by);
        m_lastReceiptId = q(id);
        setError({});
        m_ws->notifyChanged(pb::RECORD_TYPE_RECEIPT, id);
        pb::Receipt saved;
        saved.ParseFromString(s.get(pb::RECORD_TYPE_RECEIPT, id)->values());
        return q(saved.voucher_number());
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return {};
    }
}

} // namespace kh::app
