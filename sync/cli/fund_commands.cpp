// Study funds and scholarships from the command line (issue 15). Every step goes through kh::funds
// (device/workflow/funds.h), which checks the ledger's rules and the account's role and refuses in words.
#include "cli/commands.h"
#include "cli/support.h"
#include "core/funds/candidates.h"
#include "core/funds/ledger_rules.h"
#include "core/records/ids.h"
#include "device/workflow/funds.h"
#include "export/fund_files.h"

#include <QDate>
#include <QFile>

namespace kh::cli {

namespace {

pb::PaymentMethod methodOf(Context &c)
{
    return keyword<pb::PaymentMethod>(QStringLiteral("method"),
                                      c.args.value(QStringLiteral("method"), QStringLiteral("cash")),
                                      {{"cash", pb::PAYMENT_METHOD_CASH},
                                       {"bank", pb::PAYMENT_METHOD_BANK},
                                       {"in-kind", pb::PAYMENT_METHOD_IN_KIND}});
}

std::string opt(Context &c, const char *name)
{
    return str(text(c.args.value(QLatin1String(name))));
}

qint64 amountOf(Context &c, const char *name = "amount")
{
    return moneyOf(QLatin1String(name), c.args.require(QLatin1String(name)));
}

QString dateOr(Context &c, const char *name, const QString &fallback)
{
    const QString v = c.args.value(QLatin1String(name), fallback);
    if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
        throw UsageError("--" + std::string(name) + " must be a date YYYY-MM-DD");
    return v;
}

// fund report / fund posting: the period's figures, or the public list of receipts; on screen or as a file.
int yearOf(Context &c)
{
    return intOf(QStringLiteral("year"), c.args.value(QStringLiteral("year"), QString::number(c.store.clock().year())));
}

int fundReport(Context &c, const QString &verb, const QString &id)
{
    LocalStore &s = c.store;
    const auto l = funds::ledgerOf(s);
    const auto fund = l.funds.find(str(id));
    if (fund == l.funds.end()) throw EditError("unknown fund '" + str(id) + "'");
    const std::string from = str(dateOr(c, "from", QString())),
                      to = str(dateOr(c, "to", s.clock().today().toString(Qt::ISODate)));
    if (c.args.has(QStringLiteral("format"))) {
        funds::FundReportFile file;
        file.fundName = q(fund->second.name());
        auto dmy = [](const std::string &d) {
            return QDate::fromString(q(d), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
        };
        file.period = QStringLiteral("%1 – %2").arg(dmy(from.empty() ? fund->second.opening_date() : from), dmy(to));
        file.figures = funds::fundFigures(l, fund->first, from, to);
        for (const auto &[pid, p] : l.programmes) file.programmeNames[pid] = q(p.name());
        file.posting = funds::posting(l, fund->first, from, to);
        const QString format = c.args.value(QStringLiteral("format")), path = c.args.require(QStringLiteral("out"));
        QString error;
        bool done = false;
        if (verb == QLatin1String("posting") && format == QLatin1String("pdf"))
            done = funds::writePostingPdf(file, path, &error);
        else if (verb == QLatin1String("posting"))
            throw UsageError("fund posting: --format pdf");
        else if (format == QLatin1String("csv"))
            done = funds::writeReportCsv(file, path, &error);
        else if (format == QLatin1String("xlsx"))
            done = funds::writeReportXlsx(file, path, &error);
        else if (format == QLatin1String("pdf"))
            done = funds::writeReportPdf(file, path, &error);
        else
            throw UsageError("--format csv, xlsx or pdf");
        if (!done) throw EditError(str(error));
        out() << "wrote " << path << '\n';
        return 0;
    }
    if (verb == QLatin1String("posting")) {
        // The public posting (niêm yết): every receipt of the period by donor, anonymous donors unnamed.
        out() << "# " << q(fund->second.name()) << " — " << (from.empty() ? QStringLiteral("…") : q(from)) << " – "
              << q(to) << '\n';
        for (const auto &p : funds::posting(l, fund->first, from, to))
            out() << q(p.date) << '\t' << p.donor << '\t' << funds::formatVnd(p.amount)
                  << (p.goods ? QStringLiteral(" (hiện vật)") : QString())
                  << (p.reversed ? QStringLiteral("\t(đã hủy)") : QString()) << '\n';
        return 0;
    }
    const auto f = funds::fundFigures(l, fund->first, from, to);
    out() << "fund\t" << q(fund->second.name()) << '\n'
          << "period\t" << (from.empty() ? q(fund->second.opening_date()) : q(from)) << '\t' << q(to) << '\n'
          << "opening\t" << f.opening << '\n'
          << "received\t" << f.received << '\n'
          << "paid\t" << f.paid << '\n'
          << "closing\t" << f.closing << '\n'
          << "goods_received\t" << f.goodsReceived << '\n'
          << "goods_given\t" << f.goodsGiven << '\n'
          << "receipts\t" << f.receipts << "\ndisbursements\t" << f.disbursements << "\nreversals\t" << f.reversals
          << '\n'
          << "awards\t" << f.awards << "\nbeneficiaries\t" << f.beneficiaries << '\n'
          << "awaiting_approval\t" << f.awaitingApproval << '\n';
    for (const auto &[kind, v] : f.receivedBySource)
        out() << "received_from\t" << q(pb::DonorKind_Name(pb::DonorKind(kind))).mid(11).toLower() << '\t' << v << '\n';
    for (const auto &[kind, v] : f.goodsReceivedBySource)
        out() << "goods_from\t" << q(pb::DonorKind_Name(pb::DonorKind(kind))).mid(11).toLower() << '\t' << v << '\n';
    auto programme = [&](const std::string &programmeId) {
        const auto p = l.programmes.find(programmeId);
        return p == l.programmes.end() ? QStringLiteral("-") : q(p->second.name());
    };
    for (const auto &[prog, v] : f.paidByProgramme) out() << "paid_for\t" << programme(prog) << '\t' << v << '\n';
    for (const auto &[prog, v] : f.goodsGivenByProgramme)
        out() << "goods_for\t" << programme(prog) << '\t' << v << '\n';
    for (const auto &[cat, n] : f.awardsByCategory)
        out() << "awards_for\t" << q(pb::AwardCategory_Name(pb::AwardCategory(cat))).mid(15).toLower() << '\t' << n
              << '\t' << f.awardedByCategory.at(cat) << '\n';
    return 0;
}

int fundCommand(Context &c, const QString &verb)
{
    LocalStore &s = c.store;
    const QString id = c.args.positional.value(2);
    if (verb == QLatin1String("add")) {
        pb::Fund f;
        f.set_commune_code(str(c.args.require(QStringLiteral("commune"))));
        f.set_name(str(text(c.args.require(QStringLiteral("name")))));
        if (c.args.has(QStringLiteral("village"))) f.set_village_id(opt(c, "village"));
        if (c.args.has(QStringLiteral("clan"))) f.set_clan_id(opt(c, "clan"));
        f.set_level(keyword<pb::FundLevel>(QStringLiteral("level"),
                                           c.args.value(QStringLiteral("level"), f.has_village_id() ? "village"
                                                                                 : f.has_clan_id()  ? "clan"
                                                                                                    : "commune"),
                                           {{"commune", pb::FUND_LEVEL_COMMUNE},
                                            {"village", pb::FUND_LEVEL_VILLAGE},
                                            {"clan", pb::FUND_LEVEL_CLAN},
                                            {"unit", pb::FUND_LEVEL_UNIT}}));
        f.set_kind(keyword<pb::FundKind>(QStringLiteral("kind"), c.args.value(QStringLiteral("kind"), "study"),
                                         {{"study", pb::FUND_KIND_STUDY_PROMOTION},
                                          {"scholarship", pb::FUND_KIND_SCHOLARSHIP},
                                          {"talent", pb::FUND_KIND_STUDY_AND_TALENT},
                                          {"other", pb::FUND_KIND_OTHER}}));
        f.set_opening_balance(moneyOf(QStringLiteral("opening"), c.args.value(QStringLiteral("opening"), "0")));
        f.set_opening_date(str(dateOr(c, "opening-date", QString())));
        out() << q(funds::createFund(s, f, actorOf(c))) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        const auto l = funds::ledgerOf(s);
        const std::string today = s.clock().today().toString(Qt::ISODate).toStdString();
        for (const auto &[fid, f] : l.funds) {
            const auto fig = funds::fundFigures(l, fid, {}, today);
            out() << q(fid) << '\t' << q(f.name()) << '\t' << funds::formatVnd(fig.closing);
            if (fig.awaitingApproval) out() << "\t" << fig.awaitingApproval << " awaiting approval";
            if (!f.closed_through().empty()) out() << "\tclosed through " << q(f.closed_through());
            out() << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("close")) {
        const QDate through = QDate::fromString(c.args.require(QStringLiteral("through")), Qt::ISODate);
        if (!through.isValid()) throw UsageError("--through must be a date YYYY-MM-DD");
        funds::closeBooks(s, str(id), through, actorOf(c));
        out() << "closed " << id << " through " << through.toString(Qt::ISODate) << '\n';
        return 0;
    }
    if (verb == QLatin1String("series")) {
        if (!id.isEmpty()) funds::setVoucherSeries(s, id);
        out() << funds::voucherSeries(s) << '\n';
        return 0;
    }
    if (verb == QLatin1String("report") || verb == QLatin1String("posting")) return fundReport(c, verb, id);
    return -1;
}

int donorCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("add")) {
        pb::Donor d;
        d.set_name(str(text(c.args.require(QStringLiteral("name")))));
        d.set_kind(keyword<pb::DonorKind>(QStringLiteral("kind"), c.args.value(QStringLiteral("kind"), "person"),
                                          {{"person", pb::DONOR_KIND_PERSON},
                                           {"household", pb::DONOR_KIND_HOUSEHOLD},
                                           {"clan", pb::DONOR_KIND_CLAN},
                                           {"organisation", pb::DONOR_KIND_ORGANISATION},
                                           {"business", pb::DONOR_KIND_BUSINESS},
                                           {"agency", pb::DONOR_KIND_AGENCY}}));
        if (c.args.has(QStringLiteral("household"))) d.set_household_id(opt(c, "household"));
        if (c.args.has(QStringLiteral("clan"))) d.set_clan_id(opt(c, "clan"));
        if (c.args.has(QStringLiteral("village"))) d.set_village_id(opt(c, "village"));
        if (c.args.has(QStringLiteral("commune"))) d.set_commune_code(opt(c, "commune"));
        if (c.args.has(QStringLiteral("phone"))) d.set_phone(opt(c, "phone"));
        if (c.args.has(QStringLiteral("anonymous")))
            d.set_anonymous(yesNo(QStringLiteral("anonymous"), c.args.value(QStringLiteral("anonymous"))));
        out() << q(funds::addDonor(c.store, d, actorOf(c))) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        for (const auto &[id, d] : funds::ledgerOf(c.store).donors)
            out() << q(id) << '\t' << q(d.name()) << (d.anonymous() ? QStringLiteral("\t(giấu tên)") : QString())
                  << '\n';
        return 0;
    }
    return -1;
}

int receiptCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("add")) {
        pb::Receipt r;
        r.set_fund_id(str(c.args.require(QStringLiteral("fund"))));
        r.set_donor_id(str(c.args.require(QStringLiteral("donor"))));
        r.set_amount(amountOf(c));
        r.set_method(methodOf(c));
        if (c.args.has(QStringLiteral("in-kind"))) r.set_in_kind(opt(c, "in-kind"));
        if (c.args.has(QStringLiteral("pledge"))) r.set_pledge_id(opt(c, "pledge"));
        if (c.args.has(QStringLiteral("notes"))) r.set_notes(opt(c, "notes"));
        const auto by = actorOf(c, text(c.args.value(QStringLiteral("by"))));
        const std::string id = funds::recordReceipt(c.store, r, by);
        const auto saved = valueOf<pb::Receipt>(*c.store.get(pb::RECORD_TYPE_RECEIPT, id));
        out() << q(id) << '\t' << q(saved.voucher_number()) << '\n';
        return 0;
    }
    if (verb == QLatin1String("pdf")) {
        QString error;
        if (!funds::writeReceiptPdf(funds::ledgerOf(c.store), str(c.args.positional.value(2)),
                                    c.args.require(QStringLiteral("out")), &error))
            throw EditError(error.toStdString());
        out() << c.args.value(QStringLiteral("out")) << '\n';
        return 0;
    }
    if (verb == QLatin1String("approve")) {
        funds::approveEntry(c.store, pb::RECORD_TYPE_RECEIPT, str(c.args.positional.value(2)),
                            text(c.args.value(QStringLiteral("number"))), actorOf(c));
        out() << "approved\n";
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        const auto l = funds::ledgerOf(c.store);
        const std::string fund = opt(c, "fund");
        for (const auto &[id, r] : l.receipts) {
            if (!fund.empty() && r.fund_id() != fund) continue;
            out() << q(id) << '\t' << q(r.voucher_number()) << '\t' << q(r.received_on()) << '\t'
                  << funds::formatVnd(r.amount()) << '\t'
                  << (l.reversals.count(domain::reversalId(id)) ? QStringLiteral("reversed")
                      : r.approved_on().empty()                 ? QStringLiteral("awaiting approval")
                                                                : QStringLiteral("approved ") + q(r.official_number()))
                  << '\n';
        }
        return 0;
    }
    return -1;
}

int programmeCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("add")) {
        pb::Programme p;
        p.set_fund_id(str(c.args.require(QStringLiteral("fund"))));
        p.set_name(str(text(c.args.require(QStringLiteral("name")))));
        if (c.args.has(QStringLiteral("season"))) p.set_season(opt(c, "season"));
        if (c.args.has(QStringLiteral("criteria"))) p.set_criteria(opt(c, "criteria"));
        if (c.args.has(QStringLiteral("value"))) p.set_value_per_award(amountOf(c, "value"));
        if (c.args.has(QStringLiteral("planned")))
            p.set_planned(quint32(intOf(QStringLiteral("planned"), c.args.value(QStringLiteral("planned")))));
        out() << q(funds::addProgramme(c.store, p, actorOf(c))) << '\n';
        return 0;
    }
    if (verb == QLatin1String("candidates")) {
        // Who the register says the programme is for; --propose makes each a proposal for the commune to approve.
        const std::string prog = str(c.args.positional.value(2));
        const auto l = funds::ledgerOf(c.store);
        if (!l.programmes.count(prog)) throw EditError("unknown programme '" + prog + "'");
        funds::CandidateRules rules;
        rules.year = yearOf(c);
        rules.minAge = intOf(QStringLiteral("min-age"), c.args.value(QStringLiteral("min-age"), QStringLiteral("6")));
        rules.maxAge = intOf(QStringLiteral("max-age"), c.args.value(QStringLiteral("max-age"), QStringLiteral("18")));
        const auto list = funds::programmeCandidates(c.store, prog, rules);
        const std::vector<std::string> proposed = c.args.has(QStringLiteral("propose"))
                                                      ? funds::proposeCandidates(c.store, prog, list, actorOf(c))
                                                      : std::vector<std::string>{};
        for (size_t i = 0; i < list.size(); ++i) {
            const auto &k = list[i];
            QStringList why;
            for (auto cat : k.categories) why << funds::awardCategoryName(cat);
            out() << q(k.memberId) << '\t' << k.name << '\t' << k.age << '\t' << why.join(QStringLiteral(", "));
            if (i < proposed.size()) out() << '\t' << q(proposed[i]);
            out() << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        for (const auto &[id, p] : funds::ledgerOf(c.store).programmes)
            out() << q(id) << '\t' << q(p.name()) << '\t' << q(p.season()) << '\t'
                  << funds::formatVnd(p.value_per_award()) << '\n';
        return 0;
    }
    return -1;
}

int awardCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("propose")) {
        pb::Award a;
        a.set_programme_id(str(c.args.require(QStringLiteral("programme"))));
        if (c.args.has(QStringLiteral("member"))) a.set_member_id(opt(c, "member"));
        if (c.args.has(QStringLiteral("student"))) a.set_student_name(opt(c, "student"));
        if (c.args.has(QStringLiteral("household"))) a.set_household_id(opt(c, "household"));
        if (c.args.has(QStringLiteral("village"))) a.set_village_id(opt(c, "village"));
        if (c.args.has(QStringLiteral("school"))) a.set_school(opt(c, "school"));
        if (c.args.has(QStringLiteral("grade"))) a.set_grade(opt(c, "grade"));
        if (c.args.has(QStringLiteral("value"))) a.set_value(amountOf(c, "value"));
        for (const QString &cat : c.args.values(QStringLiteral("category")))
            a.add_categories(keyword<pb::AwardCategory>(QStringLiteral("category"), cat,
                                                        {{"poor", pb::AWARD_CATEGORY_POOR},
                                                         {"near-poor", pb::AWARD_CATEGORY_NEAR_POOR},
                                                         {"orphan", pb::AWARD_CATEGORY_ORPHAN},
                                                         {"disabled", pb::AWARD_CATEGORY_DISABLED},
                                                         {"ethnic-minority", pb::AWARD_CATEGORY_ETHNIC_MINORITY},
                                                         {"good-student", pb::AWARD_CATEGORY_GOOD_STUDENT},
                                                         {"good-teacher", pb::AWARD_CATEGORY_GOOD_TEACHER},
                                                         {"hardship", pb::AWARD_CATEGORY_HARDSHIP},
                                                         {"other", pb::AWARD_CATEGORY_OTHER}}));
        out() << q(funds::proposeAward(c.store, a, actorOf(c))) << '\n';
        return 0;
    }
    if (verb == QLatin1String("pay")) {
        const std::string id = funds::payAward(c.store, str(c.args.positional.value(2)),
                                               text(c.args.value(QStringLiteral("decision"))), actorOf(c));
        out() << q(id) << '\t'
              << q(valueOf<pb::Disbursement>(*c.store.get(pb::RECORD_TYPE_DISBURSEMENT, id)).voucher_number()) << '\n';
        return 0;
    }
    if (verb == QLatin1String("approve")) {
        funds::approveAward(c.store, str(c.args.positional.value(2)), actorOf(c));
        out() << "approved\n";
        return 0;
    }
    if (verb == QLatin1String("decline")) {
        funds::declineAward(c.store, str(c.args.positional.value(2)), text(c.args.value(QStringLiteral("reason"))),
                            actorOf(c));
        out() << "declined\n";
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        for (const auto &[id, a] : funds::ledgerOf(c.store).awards)
            out() << q(id) << '\t' << q(a.member_id().empty() ? a.student_name() : a.member_id()) << '\t'
                  << funds::formatVnd(a.value()) << '\t'
                  << (!a.disbursement_id().empty() ? QStringLiteral("paid")
                      : !a.declined_on().empty()   ? QStringLiteral("declined: ") + q(a.decline_reason())
                      : a.approved_on().empty()    ? QStringLiteral("proposed")
                                                   : QStringLiteral("approved"))
                  << '\n';
        return 0;
    }
    return -1;
}

int disburseCommand(Context &c)
{
    pb::Disbursement d;
    d.set_fund_id(str(c.args.require(QStringLiteral("fund"))));
    d.set_amount(amountOf(c));
    d.set_method(methodOf(c));
    d.set_recipient(str(text(c.args.require(QStringLiteral("to")))));
    d.set_beneficiary_kind(c.args.has(QStringLiteral("institution")) ? pb::BENEFICIARY_KIND_INSTITUTION
                                                                     : pb::BENEFICIARY_KIND_PERSON);
    if (c.args.has(QStringLiteral("programme"))) d.set_programme_id(opt(c, "programme"));
    if (c.args.has(QStringLiteral("award"))) d.set_award_id(opt(c, "award"));
    if (c.args.has(QStringLiteral("decision"))) d.set_decision_number(opt(c, "decision"));
    if (c.args.has(QStringLiteral("in-kind"))) d.set_in_kind(opt(c, "in-kind"));
    const std::string id = funds::disburse(c.store, d, actorOf(c, text(c.args.value(QStringLiteral("by")))));
    out() << q(id) << '\t'
          << q(valueOf<pb::Disbursement>(*c.store.get(pb::RECORD_TYPE_DISBURSEMENT, id)).voucher_number()) << '\n';
    return 0;
}

int reverseCommand(Context &c)
{
    const std::string entry = str(c.args.positional.value(1));
    const pb::RecordType t =
        c.store.get(pb::RECORD_TYPE_RECEIPT, entry) ? pb::RECORD_TYPE_RECEIPT : pb::RECORD_TYPE_DISBURSEMENT;
    out() << q(funds::reverse(c.store, t, entry, text(c.args.require(QStringLiteral("reason"))), actorOf(c))) << '\n';
    return 0;
}

int branchCommand(Context &c, const QString &verb)
{
    if (verb == QLatin1String("add")) {
        pb::Branch b;
        b.set_commune_code(str(c.args.require(QStringLiteral("commune"))));
        b.set_name(str(text(c.args.require(QStringLiteral("name")))));
        if (c.args.has(QStringLiteral("village"))) b.set_village_id(opt(c, "village"));
        if (c.args.has(QStringLiteral("clan"))) b.set_clan_id(opt(c, "clan"));
        b.set_kind(keyword<pb::BranchKind>(QStringLiteral("kind"), c.args.value(QStringLiteral("kind"), "village"),
                                           {{"village", pb::BRANCH_KIND_VILLAGE},
                                            {"clan", pb::BRANCH_KIND_CLAN},
                                            {"unit", pb::BRANCH_KIND_UNIT},
                                            {"school", pb::BRANCH_KIND_SCHOOL},
                                            {"other", pb::BRANCH_KIND_OTHER}}));
        b.set_member_count(quint32(intOf(QStringLiteral("members"), c.args.require(QStringLiteral("members")))));
        b.set_as_of(str(dateOr(c, "as-of", c.store.clock().today().toString(Qt::ISODate))));
        out() << q(funds::addBranch(c.store, b, actorOf(c))) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list") || verb.isEmpty()) {
        int total = 0;
        for (const auto &[id, b] : funds::ledgerOf(c.store).branches) {
            out() << q(id) << '\t' << q(b.name()) << '\t' << b.member_count() << '\n';
            total += int(b.member_count());
        }
        out() << "members\t" << total << '\n';
        return 0;
    }
    return -1;
}

} // namespace

QString fundsHelp()
{
    return QStringLiteral(R"(Study funds and scholarships (money in whole đồng; entries are never edited: reverse them)
  fund add --commune CODE --name N [--village ID | --clan ID] [--kind study|scholarship|talent|other]
           [--opening AMOUNT] [--opening-date D]
  fund list | fund close FUND --through D | fund series [SERIES]   (this device's voucher series)
  fund report FUND [--from D] [--to D] [--format csv|xlsx|pdf --out FILE]
                                         opening, received by source, paid by programme and category, closing
  fund posting FUND [--from D] [--to D] [--format pdf --out FILE]
                                         the public list of receipts (anonymous donors unnamed)
  donor add --name N [--kind person|household|clan|organisation|business|agency]
            [--household ID | --clan ID | --village ID | --commune CODE] [--anonymous yes] [--phone P] | donor list
  pledge add --donor ID --fund ID [--amount N] [--in-kind T] [--every once|year|school-year] [--until T]
  receipt add --fund ID --donor ID --amount N [--method cash|bank|in-kind] [--in-kind T] [--pledge ID] [--date D]
  receipt approve ID [--number "PT 12/2026"] | receipt list [--fund ID]
  receipt pdf ID --out FILE              the receipt to hand over (A5, the amount in words too)
  disburse --fund ID --amount N --to NAME [--institution] [--programme ID] [--award ID] [--decision N] [--date D]
  reverse ENTRY --reason T               a receipt or disbursement recorded wrongly
  programme add --fund ID --name N [--season S] [--criteria T] [--value N] [--planned N] | programme list
  programme candidates PROGRAMME [--year Y] [--min-age 6] [--max-age 18] [--propose]
                                         who the register says it is for (poor and near-poor households' children,
                                         orphans, disabled); --propose makes each an award proposal
  award propose --programme ID (--member ID | --student NAME --household ID | --village ID) [--school S]
                [--grade G] [--category poor|near-poor|orphan|disabled|ethnic-minority|good-student|...]... [--value N]
  award approve ID | award decline ID --reason T | award pay ID [--decision N] | award list
                                         pay: its value from the programme's fund, to the beneficiary;
                                         decline: kept in the books with the reason, never paid
  branch add --commune CODE --name N --members N [--kind village|clan|unit|school|other] [--village ID] | branch list
)");
}

int fundsCommand(Context &c, const QString &noun, const QString &verb)
{
    int rc = -1;
    if (noun == QLatin1String("fund"))
        rc = fundCommand(c, verb);
    else if (noun == QLatin1String("donor"))
        rc = donorCommand(c, verb);
    else if (noun == QLatin1String("receipt"))
        rc = receiptCommand(c, verb);
    else if (noun == QLatin1String("programme"))
        rc = programmeCommand(c, verb);
    else if (noun == QLatin1String("award"))
        rc = awardCommand(c, verb);
    else if (noun == QLatin1String("branch"))
        rc = branchCommand(c, verb);
    else if (noun == QLatin1String("disburse"))
        return disburseCommand(c);
    else if (noun == QLatin1String("reverse"))
        return reverseCommand(c);
    else if (noun == QLatin1String("pledge") && verb == QLatin1String("add")) {
        pb::Pledge p;
        p.set_donor_id(str(c.args.require(QStringLiteral("donor"))));
        p.set_fund_id(str(c.args.require(QStringLiteral("fund"))));
        if (c.args.has(QStringLiteral("amount"))) p.set_amount(amountOf(c));
        if (c.args.has(QStringLiteral("in-kind"))) p.set_in_kind(opt(c, "in-kind"));
        if (c.args.has(QStringLiteral("until"))) p.set_until(opt(c, "until"));
        p.set_recurrence(keyword<pb::Recurrence>(QStringLiteral("every"), c.args.value(QStringLiteral("every"), "once"),
                                                 {{"once", pb::RECURRENCE_ONCE},
                                                  {"year", pb::RECURRENCE_YEARLY},
                                                  {"school-year", pb::RECURRENCE_EACH_SCHOOL_YEAR}}));
        out() << q(funds::addPledge(c.store, p, actorOf(c))) << '\n';
        return 0;
    } else
        return -1;
    if (rc == -1) throw UsageError("unknown command '" + str(noun) + " " + str(verb) + "'; see 'khuyenhoc-cli help'");
    return rc;
}

} // namespace kh::cli
