// Study funds and scholarships (issue 15): the ledger's rules where data lands, a randomized run of receipts,
// disbursements and reversals on several devices over cut and repeated syncs (no entry lost or doubled: every
// balance equals the sum the run kept, and an independent sum over the server's records), and the whole flow
// through the real CLI and the real server binary with a commune's treasurer, a village officer and a household.
//
// Replay the randomized run with KH_SEED=<seed printed in the log>.
// Long file: the ledger's scenarios (rules, a randomized run, the whole flow through the real binaries) share their
// fixtures.
#include "core/funds/candidates.h"
#include "core/funds/funds_error.h"
#include "core/funds/ledger.h"
#include "core/funds/ledger_rules.h"
#include "device/store/local_store.h"
#include "device/workflow/funds.h"
#include "helpers.h"
#include "http.h"
#include "process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <random>

using namespace kh;
using namespace kh::test;

namespace {

workflow::Actor staff(LocalStore &s, const QString &name = QStringLiteral("Trần Thủ Quỹ"))
{
    return {pb::ROLE_COMMUNE_STAFF, s.deviceId(), name, s.clock().today()};
}

workflow::Actor officer(LocalStore &s)
{
    return {pb::ROLE_VILLAGE_OFFICER, s.deviceId(), QStringLiteral("Lê Cán Bộ"), s.clock().today()};
}

pb::Fund fundIn(const QString &commune)
{
    pb::Fund f;
    f.set_commune_code(commune.toStdString());
    f.set_name("Quỹ khuyến học phường Phan Thiết");
    f.set_kind(pb::FUND_KIND_STUDY_PROMOTION);
    f.set_level(pb::FUND_LEVEL_COMMUNE);
    f.set_opening_balance(5'000'000);
    f.set_opening_date("2026-01-01");
    return f;
}

// A donor of the test commune: a business, a clan board...
std::string communeDonor(LocalStore &s, pb::DonorKind kind, const char *name, const workflow::Actor &by)
{
    pb::Donor d;
    d.set_kind(kind);
    d.set_name(name);
    d.set_commune_code(kCommune.toStdString());
    return funds::addDonor(s, d, by);
}

pb::Receipt receipt(const std::string &fund, const std::string &donor, qint64 amount)
{
    pb::Receipt r;
    r.set_fund_id(fund);
    r.set_donor_id(donor);
    r.set_amount(amount);
    r.set_method(pb::PAYMENT_METHOD_CASH);
    return r;
}

QStringList lines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString field(const QString &report, const QString &name)
{
    for (const QString &l : lines(report))
        if (l.startsWith(name + QLatin1Char('\t'))) return l.section(QLatin1Char('\t'), 1, 1);
    return {};
}

} // namespace

class TestFunds : public QObject {
    Q_OBJECT
private slots:
    // The ledger's rules on one device and on the server, in process: entries never edited or deleted, approved
    // once, reversed once and only within their fund, nothing dated inside a closed period.
    void entriesAreAppendOnly()
    {
        QTemporaryDir dir;
        auto server = openTestStore(dir.filePath(QStringLiteral("server.sqlite")));
        server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        SyncService service(*server);
        LocalStore s;
        s.create(dir.filePath(QStringLiteral("a.sqlite")));
        s.setAreas({QStringLiteral("c:") + kCommune});
        const auto by = staff(s);
        const std::string fund = funds::createFund(s, fundIn(kCommune), by);
        const std::string donor = communeDonor(s, pb::DONOR_KIND_BUSINESS, "Công ty TNHH Phú Lộc", by);
        const std::string r1 = funds::recordReceipt(s, receipt(fund, donor, 2'000'000), by);
        const std::string r2 = funds::recordReceipt(s, receipt(fund, donor, 300'000), by);
        QCOMPARE(valueOf<pb::Receipt>(*s.get(pb::RECORD_TYPE_RECEIPT, r1)).voucher_number(),
                 ("PT-" + funds::voucherSeries(s) + "-0001").toStdString());
        QCOMPARE(valueOf<pb::Receipt>(*s.get(pb::RECORD_TYPE_RECEIPT, r2)).voucher_number(),
                 ("PT-" + funds::voucherSeries(s) + "-0002").toStdString());
        QVERIFY(syncInProcess(s, service));

        // On the device: an entry is never edited or deleted; a bad amount is refused by name.
        auto edit = std::make_shared<pb::Receipt>();
        edit->set_amount(20'000'000);
        QVERIFY_THROWS_EXCEPTION(EditError, funds::approveEntry(s, pb::RECORD_TYPE_RECEIPT, "nope", {}, by));
        try {
            funds::recordReceipt(s, receipt(fund, donor, 0), by);
            QFAIL("a receipt of 0 đồng was recorded");
        } catch (const EditError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("amount")), e.what());
        }
        // The refused receipt took no number: the series has no gap.
        const std::string r3 = funds::recordReceipt(s, receipt(fund, donor, 100'000), by);
        QVERIFY(valueOf<pb::Receipt>(*s.get(pb::RECORD_TYPE_RECEIPT, r3)).voucher_number().ends_with("-0003"));

        // A village officer records receipts but does not pay out.
        pb::Disbursement x;
        x.set_fund_id(fund);
        x.set_amount(100'000);
        x.set_recipient("Nguyễn Thị Lan");
        QVERIFY_THROWS_EXCEPTION(EditError, funds::disburse(s, x, officer(s)));

        // On the server: the same edit sent by a device that skips the rules is refused, and so is a deletion.
        auto pushOne = [&](const Edit &e) {
            LocalStore rogue;
            rogue.create(dir.filePath(QStringLiteral("rogue%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
            rogue.setAreas({QStringLiteral("c:") + kCommune});
            if (!syncInProcess(rogue, service)) return QStringLiteral("no first sync");
            rogue.write({e}); // the device store itself does not know the ledger's rules: only kh::funds does
            syncInProcess(rogue, service);
            const auto rej = rogue.rejected();
            return rej.empty() ? QString() : rej.back().message;
        };
        QVERIFY(pushOne({pb::RECORD_TYPE_RECEIPT, r1, edit, {}, false}).contains(QStringLiteral("never edited")));
        QVERIFY(pushOne({pb::RECORD_TYPE_RECEIPT, r1, nullptr, {}, true}).contains(QStringLiteral("never deleted")));
        auto opening = std::make_shared<pb::Fund>();
        opening->set_opening_balance(900'000'000);
        QVERIFY(pushOne({pb::RECORD_TYPE_FUND, fund, opening, {}, false}).contains(QStringLiteral("opening balance")));
        std::optional<Record> stored;
        server->forEach({}, [&](const Record &r) {
            if (r.id == r1) stored = r;
        });
        QVERIFY(stored);
        QCOMPARE(valueOf<pb::Receipt>(*stored).amount(), 2'000'000);
        QVERIFY(!stored->isDeleted());

        // Approved once; reversed once, with a reason.
        funds::approveEntry(s, pb::RECORD_TYPE_RECEIPT, r1, QStringLiteral("PT 01/2026"), by);
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 funds::approveEntry(s, pb::RECORD_TYPE_RECEIPT, r1, QStringLiteral("PT 02/2026"), by));
        // One official number, one voucher: the same number (spaced or cased otherwise) on another receipt is
        // refused, naming the voucher that has it.
        try {
            funds::approveEntry(s, pb::RECORD_TYPE_RECEIPT, r2, QStringLiteral("pt  01/2026"), by);
            QFAIL("a second receipt took the same official number");
        } catch (const funds::FundsError &e) {
            QCOMPARE(e.kind(), funds::FundsError::Kind::NumberUsed);
            QCOMPARE(e.detail(), valueOf<pb::Receipt>(*s.get(pb::RECORD_TYPE_RECEIPT, r1)).voucher_number());
        }
        QVERIFY(valueOf<pb::Receipt>(*s.get(pb::RECORD_TYPE_RECEIPT, r2)).approved_on().empty());
        funds::reverse(s, pb::RECORD_TYPE_RECEIPT, r2, QStringLiteral("ghi nhầm số tiền"), by);
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 funds::reverse(s, pb::RECORD_TYPE_RECEIPT, r2, QStringLiteral("lần hai"), by));
        QVERIFY(syncInProcess(s, service));
        QVERIFY(s.rejected().empty());

        // Closed books: nothing dated on or before the closing on this device; on the server, an entry made
        // offline before the closing is refused in words and stays on the device for review.
        LocalStore late;
        late.create(dir.filePath(QStringLiteral("late.sqlite")));
        late.setAreas({QStringLiteral("c:") + kCommune});
        QVERIFY(syncInProcess(late, service));
        const std::string offline = funds::recordReceipt(late, receipt(fund, donor, 700'000), staff(late));
        funds::closeBooks(s, fund, s.clock().today(), by);
        QVERIFY_THROWS_EXCEPTION(EditError, funds::recordReceipt(s, receipt(fund, donor, 1'000), by));
        QVERIFY_THROWS_EXCEPTION(EditError, funds::closeBooks(s, fund, QDate(2026, 1, 2), by));
        QVERIFY(syncInProcess(s, service));
        QVERIFY(syncInProcess(late, service));
        QCOMPARE(late.rejected().size(), size_t(1));
        QVERIFY2(late.rejected()[0].message.contains(QStringLiteral("closed period")),
                 qPrintable(late.rejected()[0].message));
        QVERIFY(late.get(pb::RECORD_TYPE_RECEIPT, offline)); // kept for review

        // The balance: 5,000,000 opening + 2,000,000 + 100,000 (the 300,000 reversed).
        funds::Ledger l;
        server->forEach({}, [&](const Record &r) { l.add(r); });
        QCOMPARE(funds::balance(l, fund, "2099-12-31"), qint64(7'100'000));
        QCOMPARE(funds::balance(funds::ledgerOf(s), fund, "2099-12-31"), qint64(7'100'000));
        QCOMPARE(funds::formatVnd(7'100'000), QStringLiteral("7.100.000 ₫"));
    }

    // An award is decided once: approved or declined with a reason, never both, and a declined one is never paid.
    // Two treasurers deciding one proposal offline in opposite ways: the second to reach the server is refused by
    // name and stays on its phone; the server keeps the first decision. A village officer proposes but does not
    // decline; a declined proposal is not awaiting approval any more.
    void anAwardIsApprovedOrDeclinedOnce()
    {
        QTemporaryDir dir;
        auto server = openTestStore(dir.filePath(QStringLiteral("server.sqlite")));
        server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        SyncService service(*server);
        auto phone = [&](const char *name) {
            auto s = std::make_unique<LocalStore>();
            s->create(dir.filePath(QString::fromLatin1(name) + QStringLiteral(".sqlite")));
            s->setAreas({QStringLiteral("c:") + kCommune});
            return s;
        };
        auto a = phone("a"), b = phone("b");
        const auto byA = staff(*a), byB = staff(*b, QStringLiteral("Lê Chủ Tịch"));
        const std::string v = a->newId(), h = a->newId();
        a->write({village(v, kCommune, QStringLiteral("Phú Lộc")), household(h, v, QStringLiteral("Hùng"))});
        const std::string fund = funds::createFund(*a, fundIn(kCommune), byA);
        pb::Programme prog;
        prog.set_fund_id(fund);
        prog.set_name("Tiếp bước cho em đến trường");
        prog.set_value_per_award(1'000'000);
        const std::string programme = funds::addProgramme(*a, prog, byA);
        pb::Award proposal;
        proposal.set_programme_id(programme);
        proposal.set_household_id(h);
        proposal.set_student_name("Lò Văn Sình");
        const std::string sinh = funds::proposeAward(*a, proposal, officer(*a));
        proposal.set_student_name("Nguyễn Thị Na");
        const std::string na = funds::proposeAward(*a, proposal, officer(*a));
        QCOMPARE(funds::fundFigures(funds::ledgerOf(*a), fund, {}, "2099-12-31").awardsAwaiting, 2);
        QVERIFY(syncInProcess(*a, service));
        QVERIFY(syncInProcess(*b, service));

        // On a device: the officer may not decline; the commune must say why; approved or declined, not both.
        try {
            funds::declineAward(*a, sinh, QStringLiteral("đã có học bổng"), officer(*a));
            QFAIL("a village officer declined an award");
        } catch (const funds::FundsError &e) {
            QCOMPARE(e.kind(), funds::FundsError::Kind::NotAllowed);
        }
        QVERIFY_THROWS_EXCEPTION(EditError, funds::declineAward(*a, sinh, QStringLiteral("  "), byA));
        funds::declineAward(*a, sinh, QStringLiteral("đã có học bổng của trường"), byA);
        try {
            funds::approveAward(*a, sinh, byA);
            QFAIL("a declined award was approved");
        } catch (const funds::FundsError &e) {
            QCOMPARE(e.kind(), funds::FundsError::Kind::Declined);
        }
        try {
            funds::payAward(*a, sinh, {}, byA);
            QFAIL("a declined award was paid");
        } catch (const funds::FundsError &e) {
            QCOMPARE(e.kind(), funds::FundsError::Kind::Declined);
        }
        funds::approveAward(*a, na, byA);
        try {
            funds::declineAward(*a, na, QStringLiteral("nhầm"), byA);
            QFAIL("an approved award was declined");
        } catch (const funds::FundsError &e) {
            QCOMPARE(e.kind(), funds::FundsError::Kind::ApprovedAlready);
        }
        QCOMPARE(funds::fundFigures(funds::ledgerOf(*a), fund, {}, "2099-12-31").awardsAwaiting, 0);

        // Phone B, offline, decides the other way on both; A reaches the server first.
        funds::approveAward(*b, sinh, byB);
        funds::declineAward(*b, na, QStringLiteral("gia đình đã chuyển đi"), byB);
        QVERIFY(syncInProcess(*a, service));
        QVERIFY(syncInProcess(*b, service));
        QVERIFY(a->rejected().empty());
        const auto refused = b->rejected();
        QCOMPARE(refused.size(), size_t(2));
        QStringList why;
        for (const auto &r : refused) why << r.message;
        QVERIFY2(why.join('\n').contains(QStringLiteral("declined")) &&
                     why.join('\n').contains(QStringLiteral("approved")),
                 qPrintable(why.join('\n')));
        funds::Ledger l;
        server->forEach({}, [&](const Record &r) { l.add(r); });
        QCOMPARE(l.awards.at(sinh).decline_reason(), std::string("đã có học bổng của trường"));
        QVERIFY(l.awards.at(sinh).approved_on().empty());
        QVERIFY(!l.awards.at(na).approved_on().empty());
        QVERIFY(l.awards.at(na).declined_on().empty());

        // A phone that skips the rules: deleting the declined award, or paying it, is refused by the server.
        LocalStore rogue;
        rogue.create(dir.filePath(QStringLiteral("rogue.sqlite")));
        rogue.setAreas({QStringLiteral("c:") + kCommune});
        QVERIFY(syncInProcess(rogue, service));
        pb::Disbursement pay;
        pay.set_fund_id(fund);
        pay.set_programme_id(programme);
        pay.set_award_id(sinh);
        pay.set_amount(1'000'000);
        pay.set_recipient("Lò Văn Sình");
        pay.set_voucher_number("PC-X-0001");
        pay.set_method(pb::PAYMENT_METHOD_CASH);
        pay.set_beneficiary_kind(pb::BENEFICIARY_KIND_PERSON);
        pay.set_paid_on(rogue.clock().today().toString(Qt::ISODate).toStdString());
        rogue.write({{pb::RECORD_TYPE_AWARD, sinh, nullptr, {}, true},
                     {pb::RECORD_TYPE_DISBURSEMENT,
                      domain::awardPaymentId(sinh, 1),
                      std::make_shared<pb::Disbursement>(pay),
                      {},
                      false}});
        QVERIFY(syncInProcess(rogue, service));
        QStringList rogueWhy;
        for (const auto &r : rogue.rejected()) rogueWhy << r.message;
        QVERIFY2(rogueWhy.join('\n').contains(QStringLiteral("never deleted")) &&
                     rogueWhy.join('\n').contains(QStringLiteral("was declined")),
                 qPrintable(rogueWhy.join('\n')));
        funds::Ledger after;
        server->forEach({}, [&](const Record &r) { after.add(r); });
        QVERIFY(after.awards.count(sinh));
        QVERIFY(after.disbursements.empty());
    }

    // The amount in words under the figure on a receipt, as Vietnamese reads numbers: "mốt", "lăm", "linh",
    // "không trăm" for an empty hundreds after a larger group, and the scales past a billion.
    // The figures' parts add up to their totals: money by source and by programme, goods (valued) the same ways.
    // A gift of textbooks was once counted under its source and not in the money received beside it.
    void thePartsAddUpToTheirTotals()
    {
        QTemporaryDir dir;
        LocalStore s;
        s.create(dir.filePath(QStringLiteral("a.sqlite")));
        s.setAreas({QStringLiteral("c:") + kCommune});
        const auto by = staff(s);
        const std::string fund = funds::createFund(s, fundIn(kCommune), by);
        const std::string clan = communeDonor(s, pb::DONOR_KIND_CLAN, "Họ Lê", by);
        const std::string shop = communeDonor(s, pb::DONOR_KIND_BUSINESS, "Nhà sách Phú Lộc", by);
        funds::recordReceipt(s, receipt(fund, clan, 2'000'000), by);
        pb::Receipt books = receipt(fund, shop, 1'200'000);
        books.set_method(pb::PAYMENT_METHOD_IN_KIND);
        books.set_in_kind("20 bộ sách giáo khoa");
        funds::recordReceipt(s, books, by);
        books.set_donor_id(clan);
        books.set_amount(300'000);
        funds::recordReceipt(s, books, by);
        pb::Disbursement out;
        out.set_fund_id(fund);
        out.set_amount(500'000);
        out.set_recipient("Trường THCS Phú Lộc");
        out.set_beneficiary_kind(pb::BENEFICIARY_KIND_INSTITUTION);
        funds::disburse(s, out, by);
        out.set_method(pb::PAYMENT_METHOD_IN_KIND);
        out.set_in_kind("10 bộ sách giáo khoa");
        out.set_amount(600'000);
        funds::disburse(s, out, by);

        const auto f = funds::fundFigures(funds::ledgerOf(s), fund, {}, "2099-12-31");
        auto sum = [](const auto &parts) {
            qint64 n = 0;
            for (const auto &[key, v] : parts) n += v;
            return n;
        };
        QCOMPARE(f.received, 2'000'000);
        QCOMPARE(sum(f.receivedBySource), f.received);
        QCOMPARE(f.goodsReceived, 1'500'000);
        QCOMPARE(sum(f.goodsReceivedBySource), f.goodsReceived);
        QCOMPARE(f.goodsReceivedBySource.at(pb::DONOR_KIND_CLAN), 300'000);
        QCOMPARE(f.paid, 500'000);
        QCOMPARE(sum(f.paidByProgramme), f.paid);
        QCOMPARE(f.goodsGiven, 600'000);
        QCOMPARE(sum(f.goodsGivenByProgramme), f.goodsGiven);
        QCOMPARE(f.closing, f.opening + 2'000'000 - 500'000); // goods are not money in the fund
    }

    void amountsInWords_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << QStringLiteral("Không đồng");
        QTest::newRow("5") << qint64(5) << QStringLiteral("Năm đồng");
        QTest::newRow("10") << qint64(10) << QStringLiteral("Mười đồng");
        QTest::newRow("11") << qint64(11) << QStringLiteral("Mười một đồng");
        QTest::newRow("15") << qint64(15) << QStringLiteral("Mười lăm đồng");
        QTest::newRow("21") << qint64(21) << QStringLiteral("Hai mươi mốt đồng");
        QTest::newRow("25") << qint64(25) << QStringLiteral("Hai mươi lăm đồng");
        QTest::newRow("105") << qint64(105) << QStringLiteral("Một trăm linh năm đồng");
        QTest::newRow("200,000") << qint64(200'000) << QStringLiteral("Hai trăm nghìn đồng");
        QTest::newRow("1,250,000") << qint64(1'250'000) << QStringLiteral("Một triệu hai trăm năm mươi nghìn đồng");
        QTest::newRow("1,005,000") << qint64(1'005'000) << QStringLiteral("Một triệu không trăm linh năm nghìn đồng");
        QTest::newRow("1,000,021") << qint64(1'000'021) << QStringLiteral("Một triệu không trăm hai mươi mốt đồng");
        QTest::newRow("2,000,000,000") << qint64(2'000'000'000) << QStringLiteral("Hai tỷ đồng");
        QTest::newRow("5,000,000,000,000") << qint64(5'000'000'000'000) << QStringLiteral("Năm nghìn tỷ đồng");
        QTest::newRow("1,000,000,015,000")
            << qint64(1'000'000'015'000) << QStringLiteral("Một nghìn tỷ không trăm mười lăm nghìn đồng");
    }
    void amountsInWords()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, words);
        QCOMPARE(funds::vndInWords(amount), words);
    }

    // A programme's beneficiaries proposed from the register: school-age children of poor and near-poor
    // households, orphans and the disabled, not those awarded already; poorest first.
    void candidatesComeFromTheRegister()
    {
        auto member = [](const std::string &h, const char *given, int born) {
            pb::Member m;
            m.set_household_id(h);
            m.set_family_name("Nguyễn");
            m.set_given_name(given);
            m.set_birth_year(quint32(born));
            return m;
        };
        std::map<std::string, pb::Household> hs;
        hs["h1"].set_poverty(pb::POVERTY_NEAR_POOR);
        hs["h2"].set_poverty(pb::POVERTY_POOR);
        hs["h3"].set_poverty(pb::POVERTY_NONE);
        std::map<std::string, pb::Member> ms{
            {"a", member("h1", "An", 2015)},   // 11, near-poor
            {"b", member("h2", "Bình", 2010)}, // 16, poor
            {"c", member("h2", "Cúc", 1980)},  // the parent: too old
            {"d", member("h3", "Dũng", 2012)}, // 14, no reason
            {"e", member("h3", "Em", 2013)},   // 13, orphan
            {"f", member("h2", "Phúc", 2019)}, // 7, poor, awarded already
            {"g", member("h2", "Giang", 2021)} // 5: too young
        };
        ms["e"].set_orphan(true);
        const auto list = funds::candidates(ms, hs, {"f"}, {2026, 6, 18});
        QStringList got;
        for (const auto &k : list) got << QString::fromStdString(k.memberId) + QLatin1Char(':') + k.name;
        QCOMPARE(got, (QStringList{QStringLiteral("b:Nguyễn Bình"), QStringLiteral("a:Nguyễn An"),
                                   QStringLiteral("e:Nguyễn Em")}));
        QCOMPARE(list[0].categories, std::vector<pb::AwardCategory>{pb::AWARD_CATEGORY_POOR});
        QCOMPARE(list[2].age, 13);
    }

    // Several devices record receipts, disbursements and reversals and sync through requests that are lost,
    // whose answers are lost, or that arrive twice. Afterwards the server and every device hold each entry once,
    // and the balance equals the sum the run kept and an independent sum over the server's records.
    void randomizedLedgerLosesAndDoublesNothing()
    {
        const quint32 seed = qEnvironmentVariableIsSet("KH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("KH_SEED"))
                                 : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
        qInfo("funds seed %u (replay with KH_SEED=%u)", seed, seed);
        std::mt19937 rng(seed);
        auto pick = [&](int n) { return int(rng() % quint32(n)); };

        QTemporaryDir dir;
        auto server = openTestStore(dir.filePath(QStringLiteral("server.sqlite")));
        server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        SyncService service(*server);
        std::vector<std::unique_ptr<LocalStore>> devices;
        for (int i = 0; i < 4; ++i) {
            devices.push_back(std::make_unique<LocalStore>());
            devices.back()->create(dir.filePath(QStringLiteral("d%1.sqlite").arg(i)));
            devices.back()->setAreas({QStringLiteral("c:") + kCommune});
        }
        LocalStore &first = *devices[0];
        const std::string fund = funds::createFund(first, fundIn(kCommune), staff(first));
        const std::string donor = communeDonor(first, pb::DONOR_KIND_CLAN, "Họ Nguyễn Phú Lộc", staff(first));
        QVERIFY(syncInProcess(first, service));
        for (auto &dev : devices) QVERIFY(syncInProcess(*dev, service));

        qint64 expected = 5'000'000;
        std::map<std::string, qint64> entrySign; // entry → +amount (receipt) or -amount (disbursement)
        int syncs = 0, faults = 0, entries = 0, reversals = 0;
        for (int op = 0; op < 600; ++op) {
            LocalStore &s = *devices[size_t(pick(int(devices.size())))];
            const int kind = pick(100);
            try {
                if (kind < 25) {
                    const int f = pick(10);
                    const Fault fault = f < 5   ? Fault::None
                                        : f < 7 ? Fault::RequestLost
                                        : f < 9 ? Fault::ResponseLost
                                                : Fault::Duplicated;
                    faults += fault != Fault::None;
                    const int at = pick(3);
                    SyncOptions o;
                    o.maxPushBytes = 1024 + pick(4096);
                    o.pageSize = 5 + pick(50);
                    syncInProcess(
                        s, service, [&](int n) { return n == at ? fault : Fault::None; }, o);
                    ++syncs;
                } else if (kind < 65) {
                    const qint64 amount = 10'000 * (1 + pick(500));
                    entrySign[funds::recordReceipt(s, receipt(fund, donor, amount), staff(s))] = amount;
                    expected += amount;
                    ++entries;
                } else if (kind < 85) {
                    pb::Disbursement x;
                    x.set_fund_id(fund);
                    x.set_amount(10'000 * (1 + pick(100)));
                    x.set_recipient("Nguyễn Thị Lan");
                    x.set_beneficiary_kind(pb::BENEFICIARY_KIND_PERSON);
                    entrySign[funds::disburse(s, x, staff(s))] = -x.amount();
                    expected -= x.amount();
                    ++entries;
                } else {
                    // Reverse an entry this device holds and nobody has reversed (as far as it knows).
                    std::vector<std::pair<pb::RecordType, std::string>> open;
                    for (pb::RecordType t : {pb::RECORD_TYPE_RECEIPT, pb::RECORD_TYPE_DISBURSEMENT})
                        for (const Record &r : s.list(t))
                            if (!s.get(pb::RECORD_TYPE_REVERSAL, domain::reversalId(r.id))) open.emplace_back(t, r.id);
                    if (open.empty()) continue;
                    const auto &[t, id] = open[size_t(pick(int(open.size())))];
                    funds::reverse(s, t, id, QStringLiteral("ghi nhầm"), staff(s));
                    ++reversals;
                }
            } catch (const EditError &e) {
                QFAIL(e.what());
            }
        }
        for (int round = 0; round < 2; ++round)
            for (auto &dev : devices) QVERIFY(syncInProcess(*dev, service));

        // A reversal made on two devices offline is one record: count each reversed entry once.
        funds::Ledger l;
        server->forEach({}, [&](const Record &r) { l.add(r); });
        for (const auto &[id, v] : l.reversals) expected -= entrySign.at(v.entry_id());
        qInfo("%d entries, %d reversals (%zu distinct), %d syncs (%d with a fault)", entries, reversals,
              l.reversals.size(), syncs, faults);
        QVERIFY(faults > 5);
        QCOMPARE(int(l.receipts.size() + l.disbursements.size()), entries);

        // An independent sum over the server's records, without the ledger's code.
        qint64 independent = 5'000'000;
        std::set<std::string> vouchers;
        server->forEach({}, [&](const Record &r) {
            if (r.type == pb::RECORD_TYPE_RECEIPT) {
                const auto x = valueOf<pb::Receipt>(r);
                independent += x.amount();
                vouchers.insert(x.voucher_number());
            } else if (r.type == pb::RECORD_TYPE_DISBURSEMENT) {
                const auto x = valueOf<pb::Disbursement>(r);
                independent -= x.amount();
                vouchers.insert(x.voucher_number());
            } else if (r.type == pb::RECORD_TYPE_REVERSAL) {
                independent -= entrySign.at(valueOf<pb::Reversal>(r).entry_id());
            }
        });
        QCOMPARE(int(vouchers.size()), entries); // no two vouchers share a number
        QCOMPARE(independent, expected);
        QCOMPARE(funds::balance(l, fund, "2099-12-31"), expected);
        for (auto &dev : devices) {
            QCOMPARE(dev->pendingCount(), 0);
            for (const auto &rej : dev->rejected()) qWarning() << "refused:" << rej.message;
            QVERIFY(dev->rejected().empty());
            QCOMPARE(funds::balance(funds::ledgerOf(*dev), fund, "2099-12-31"), expected);
        }
    }

    // The whole flow through the real CLI and the real server: the treasurer opens a fund and a programme, a
    // village officer records receipts and proposes an award, the commune approves, pays and reverses, the
    // household sees its own receipt and award only, and a village officer may not pay.
    void throughTheRealServer()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server"))), qPrintable(server.log()));
        const QString admin = dir.filePath(QStringLiteral("admin.sqlite"));
        QCOMPARE(cli(admin, {QStringLiteral("init")}).code, 0);
        QVERIFY(server.loginAdmin(admin));
        const QString v = cli(admin, {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                                      kCommune, QStringLiteral("--name"), QStringLiteral("Thôn Phú Lộc")})
                              .out.trimmed();
        const QString h = cli(admin, {QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"),
                                      v, QStringLiteral("--head"), QStringLiteral("Nguyễn Văn Hùng")})
                              .out.trimmed();
        const QString m = cli(admin, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--household"), h,
                                      QStringLiteral("--name"), QStringLiteral("Nguyễn Thị Lan"),
                                      QStringLiteral("--birth-year"), QStringLiteral("2014")})
                              .out.trimmed();
        QCOMPARE(cli(admin, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(
            server
                .addUser(QStringLiteral("thu-quy"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        QCOMPARE(
            server.addUser(QStringLiteral("can-bo-thon"), QStringLiteral("village-officer"), {QStringLiteral("v:") + v})
                .code,
            0);
        QCOMPARE(
            server.addUser(QStringLiteral("ho-hung"), QStringLiteral("household"), {QStringLiteral("h:") + h}, h).code,
            0);
        auto device = [&](const QString &name, const QString &user) {
            const QString db = dir.filePath(name + QStringLiteral(".sqlite"));
            cli(db, {QStringLiteral("init")});
            server.login(db, user);
            cli(db, {QStringLiteral("sync")});
            return db;
        };
        const QString xa = device(QStringLiteral("xa"), QStringLiteral("thu-quy"));
        const QString thon = device(QStringLiteral("thon"), QStringLiteral("can-bo-thon"));
        const QString ho = device(QStringLiteral("ho"), QStringLiteral("ho-hung"));
        auto ok = [&](const QString &db, const QStringList &args) {
            const Result r = cli(db, args);
            if (r.code != 0) qWarning() << args << r.err;
            return r.code == 0 ? r.out.trimmed() : QString();
        };

        const QString fund =
            ok(xa, {QStringLiteral("fund"), QStringLiteral("add"), QStringLiteral("--commune"), kCommune,
                    QStringLiteral("--name"), QStringLiteral("Quỹ khuyến học phường"), QStringLiteral("--opening"),
                    QStringLiteral("5.000.000"), QStringLiteral("--opening-date"), QStringLiteral("2026-01-01")});
        QVERIFY(!fund.isEmpty());
        const QString prog =
            ok(xa, {QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("--fund"), fund,
                    QStringLiteral("--name"), QStringLiteral("Tiếp bước cho em đến trường"), QStringLiteral("--season"),
                    QStringLiteral("2026-2027"), QStringLiteral("--value"), QStringLiteral("1.000.000")});
        QVERIFY(!prog.isEmpty());
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);

        // The village officer: the fund and programme reached its phone; receipts and a proposal.
        QCOMPARE(cli(thon, {QStringLiteral("sync")}).code, 0);
        QVERIFY(
            cli(thon, {QStringLiteral("fund"), QStringLiteral("list")}).out.contains(QStringLiteral("5.000.000 ₫")));
        const QString hungDonor = ok(thon, {QStringLiteral("donor"), QStringLiteral("add"), QStringLiteral("--name"),
                                            QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("--kind"),
                                            QStringLiteral("household"), QStringLiteral("--household"), h});
        const QString firm =
            ok(thon, {QStringLiteral("donor"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Công ty Phú Lộc"), QStringLiteral("--kind"), QStringLiteral("business"),
                      QStringLiteral("--village"), v, QStringLiteral("--anonymous"), QStringLiteral("yes")});
        const QString r1 =
            ok(thon, {QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--fund"), fund,
                      QStringLiteral("--donor"), hungDonor, QStringLiteral("--amount"), QStringLiteral("2000000")})
                .section(QLatin1Char('\t'), 0, 0);
        const QString r2 = ok(thon, {QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--fund"), fund,
                                     QStringLiteral("--donor"), firm, QStringLiteral("--amount"),
                                     QStringLiteral("3000000"), QStringLiteral("--method"), QStringLiteral("bank")})
                               .section(QLatin1Char('\t'), 0, 0);
        const QString award =
            ok(thon, {QStringLiteral("award"), QStringLiteral("propose"), QStringLiteral("--programme"), prog,
                      QStringLiteral("--member"), m, QStringLiteral("--category"), QStringLiteral("poor"),
                      QStringLiteral("--school"), QStringLiteral("Trường THCS Phú Lộc")});
        QVERIFY(!r1.isEmpty() && !r2.isEmpty() && !award.isEmpty());
        const Result pay =
            cli(thon, {QStringLiteral("disburse"), QStringLiteral("--fund"), fund, QStringLiteral("--amount"),
                       QStringLiteral("100000"), QStringLiteral("--to"), QStringLiteral("Ai đó")});
        QCOMPARE(pay.code, 1);
        QVERIFY2(pay.err.contains(QStringLiteral("commune")), qPrintable(pay.err));
        QCOMPARE(cli(thon, {QStringLiteral("sync")}).code, 0);
        QVERIFY(cli(thon, {QStringLiteral("rejected")}).out.isEmpty());

        // The commune approves, pays the award and reverses a wrong receipt.
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);
        QVERIFY(!ok(xa, {QStringLiteral("receipt"), QStringLiteral("approve"), r1, QStringLiteral("--number"),
                         QStringLiteral("PT 01/2026")})
                     .isEmpty());
        QVERIFY(!ok(xa, {QStringLiteral("award"), QStringLiteral("approve"), award}).isEmpty());
        QVERIFY(!ok(xa, {QStringLiteral("disburse"), QStringLiteral("--fund"), fund, QStringLiteral("--amount"),
                         QStringLiteral("1000000"), QStringLiteral("--to"), QStringLiteral("Nguyễn Thị Lan"),
                         QStringLiteral("--programme"), prog, QStringLiteral("--award"), award})
                     .isEmpty());
        QVERIFY(!ok(xa, {QStringLiteral("reverse"), r2, QStringLiteral("--reason"), QStringLiteral("ghi nhầm số tiền")})
                     .isEmpty());
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);
        QVERIFY(cli(xa, {QStringLiteral("rejected")}).out.isEmpty());

        // The province's staff read each commune's books in the server's report, with no fund record on their phone:
        // the year's money in and out, the balance and the awards paid, as the commune's own report has them.
        QCOMPARE(
            server.addUser(QStringLiteral("tinh"), QStringLiteral("provincial-staff"), {QStringLiteral("p:68")}).code,
            0);
        const QString tinh = device(QStringLiteral("tinh"), QStringLiteral("tinh"));
        LocalStore tinhStore;
        tinhStore.open(tinh);
        QVERIFY(funds::ledgerOf(tinhStore).funds.empty());
        const int year = QDate::currentDate().year();
        const Http got = request("GET", server.url() + QStringLiteral("/v1/report?area=p:68&year=%1").arg(year), {}, {},
                                 tinhStore.meta("auth_token").toLatin1());
        QCOMPARE(got.status, 200);
        const QJsonObject fundsJson =
            QJsonDocument::fromJson(got.body).object().value(QStringLiteral("funds")).toObject();
        const QJsonArray rows = fundsJson.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 1); // the only commune of the province with a fund
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("area")).toString(), QStringLiteral("Phường Phan Thiết"));
        QCOMPARE(row.value(QStringLiteral("funds")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("opening")).toInteger(), 5000000);
        QCOMPARE(row.value(QStringLiteral("received")).toInteger(), 2000000); // 3,000,000 reversed
        QCOMPARE(row.value(QStringLiteral("paid")).toInteger(), 1000000);
        QCOMPARE(row.value(QStringLiteral("closing")).toInteger(), 6000000);
        QCOMPARE(row.value(QStringLiteral("awards")).toInt(), 1);
        QCOMPARE(fundsJson.value(QStringLiteral("total")).toObject().value(QStringLiteral("closing")).toInteger(),
                 6000000);
        // Another commune of the province: no fund, no line.
        const Http other =
            request("GET", server.url() + QStringLiteral("/v1/report?area=c:%1&year=%2").arg(kCommune2).arg(year), {},
                    {}, tinhStore.meta("auth_token").toLatin1());
        QCOMPARE(other.status, 200);
        QVERIFY(QJsonDocument::fromJson(other.body)
                    .object()
                    .value(QStringLiteral("funds"))
                    .toObject()
                    .value(QStringLiteral("rows"))
                    .toArray()
                    .isEmpty());

        const QString report = ok(xa, {QStringLiteral("fund"), QStringLiteral("report"), fund});
        QCOMPARE(field(report, QStringLiteral("opening")), QStringLiteral("5000000"));
        QCOMPARE(field(report, QStringLiteral("received")), QStringLiteral("2000000")); // 3,000,000 reversed
        QCOMPARE(field(report, QStringLiteral("paid")), QStringLiteral("1000000"));
        QCOMPARE(field(report, QStringLiteral("closing")), QStringLiteral("6000000"));
        QCOMPARE(field(report, QStringLiteral("awards")), QStringLiteral("1"));
        QCOMPARE(field(report, QStringLiteral("beneficiaries")), QStringLiteral("1"));
        QVERIFY2(report.contains(QStringLiteral("awards_for\tpoor\t1\t1000000")), qPrintable(report));
        const QString posting = ok(xa, {QStringLiteral("fund"), QStringLiteral("posting"), fund});
        QVERIFY(posting.contains(QStringLiteral("Nguyễn Văn Hùng\t2.000.000 ₫")));
        QVERIFY(posting.contains(QStringLiteral("Nhà hảo tâm giấu tên")));
        QVERIFY(!posting.contains(QStringLiteral("Công ty Phú Lộc")));

        // The files: CSV for Excel, XLSX, the A4 report and the public posting, in Vietnamese; the posting names
        // no anonymous donor.
        const QString csv = dir.filePath(QStringLiteral("quy.csv")), pdf = dir.filePath(QStringLiteral("niem-yet.pdf"));
        QVERIFY(!ok(xa, {QStringLiteral("fund"), QStringLiteral("report"), fund, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("--out"), csv})
                     .isEmpty());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY2(csvText.contains(QStringLiteral("\"Số dư cuối kỳ\",\"6.000.000 ₫\"")), qPrintable(csvText));
        QVERIFY(csvText.contains(QStringLiteral("\"Diện: Hộ nghèo\",\"1 suất · 1.000.000 ₫\"")));
        for (const char *format : {"xlsx", "pdf"})
            QVERIFY(
                !ok(xa, {QStringLiteral("fund"), QStringLiteral("report"), fund, QStringLiteral("--format"),
                         QLatin1String(format), QStringLiteral("--out"), dir.filePath(QStringLiteral("quy.") + format)})
                     .isEmpty());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("quy.xlsx"))).size() > 1000);
        QVERIFY(!ok(xa, {QStringLiteral("fund"), QStringLiteral("posting"), fund, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("--out"), pdf})
                     .isEmpty());
        const Result text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, dir.path());
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Nguyễn Văn Hùng")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("Nhà hảo tâm giấu tên")));
        QVERIFY(!text.out.contains(QStringLiteral("Công ty Phú Lộc")));
        QVERIFY(text.out.contains(QStringLiteral("2.000.000 ₫"))); // the total: the reversed gift is not counted

        // A receipt to hand over: the voucher and official numbers, who gave, the amount in figures and words; the
        // cancelled one says so, with its reason.
        for (const auto &[id, name] :
             {std::pair{r1, QStringLiteral("r1.pdf")}, std::pair{r2, QStringLiteral("r2.pdf")}})
            QVERIFY(!ok(xa, {QStringLiteral("receipt"), QStringLiteral("pdf"), id, QStringLiteral("--out"),
                             dir.filePath(name)})
                         .isEmpty());
        const Result first =
            run(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("r1.pdf")), QStringLiteral("-")}, dir.path());
        QVERIFY2(first.out.contains(QStringLiteral("PHIẾU THU")) && first.out.contains(QStringLiteral("PT 01/2026")) &&
                     first.out.contains(QStringLiteral("Nguyễn Văn Hùng")) &&
                     first.out.contains(QStringLiteral("2.000.000 ₫")) &&
                     first.out.contains(QStringLiteral("Hai triệu đồng")) &&
                     !first.out.contains(QStringLiteral("ĐÃ HỦY")),
                 qPrintable(first.out));
        const Result second =
            run(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("r2.pdf")), QStringLiteral("-")}, dir.path());
        QVERIFY2(second.out.contains(QStringLiteral("ĐÃ HỦY")) &&
                     second.out.contains(QStringLiteral("ghi nhầm số tiền")) &&
                     second.out.contains(QStringLiteral("Ba triệu đồng")),
                 qPrintable(second.out));
        QCOMPARE(cli(xa, {QStringLiteral("receipt"), QStringLiteral("pdf"), QStringLiteral("nope"),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))})
                     .code,
                 1);

        // A village officer's phone that skips kh::funds and writes a payment and a reversal into its store: the
        // server refuses both by name, stores neither, and the phone keeps them for review.
        {
            LocalStore rogue;
            rogue.open(thon);
            pb::Disbursement x;
            x.set_fund_id(fund.toStdString());
            x.set_amount(500'000);
            x.set_method(pb::PAYMENT_METHOD_CASH);
            x.set_recipient("Ai đó");
            x.set_voucher_number("PC-X-0001");
            x.set_paid_on(QDate::currentDate().toString(Qt::ISODate).toStdString());
            auto rev = std::make_shared<pb::Reversal>();
            rev->set_fund_id(fund.toStdString());
            rev->set_entry_type(pb::RECORD_TYPE_RECEIPT);
            rev->set_entry_id(r1.toStdString());
            rev->set_reversed_on(x.paid_on());
            rev->set_reason("xóa cho đỡ rối");
            try {
                rogue.write(
                    {{pb::RECORD_TYPE_DISBURSEMENT, rogue.newId(), std::make_shared<pb::Disbursement>(x), {}, false},
                     {pb::RECORD_TYPE_REVERSAL, domain::reversalId(r1.toStdString()), rev, {}, false}});
            } catch (const std::exception &e) {
                QFAIL(e.what());
            }
        }
        QCOMPARE(cli(thon, {QStringLiteral("sync")}).code, 0);
        const QString refusedThon = cli(thon, {QStringLiteral("rejected")}).out;
        QVERIFY2(refusedThon.contains(QStringLiteral("disbursement")) &&
                     refusedThon.contains(QStringLiteral("outside your areas")),
                 qPrintable(refusedThon)); // a payment is the commune's: not even in the officer's areas
        QVERIFY2(refusedThon.contains(QStringLiteral("reversal")) &&
                     refusedThon.contains(QStringLiteral("commune's association")),
                 qPrintable(refusedThon)); // a reversal of a receipt in the village: in the areas, not the role's
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);
        const QString commune = cli(xa, {QStringLiteral("export")}).out;
        QVERIFY(!commune.contains(QStringLiteral("PC-X-0001")));
        QVERIFY(!commune.contains(QStringLiteral("xóa cho đỡ rối")));

        // The household: its own receipt and award, not the business's receipt.
        QCOMPARE(cli(ho, {QStringLiteral("sync")}).code, 0);
        const QString mine = cli(ho, {QStringLiteral("export")}).out;
        QVERIFY(mine.contains(r1));
        QVERIFY(mine.contains(award));
        QVERIFY(!mine.contains(r2));
        const Result selfGift =
            cli(ho, {QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--fund"), fund,
                     QStringLiteral("--donor"), hungDonor, QStringLiteral("--amount"), QStringLiteral("1000")});
        QCOMPARE(selfGift.code, 1);

        // The register proposes the next beneficiaries: the household is on the poor list now; Lan has her award,
        // her younger brother is proposed, their father is not of school age.
        QVERIFY(!ok(admin, {QStringLiteral("household"), QStringLiteral("update"), h, QStringLiteral("--poverty"),
                            QStringLiteral("poor")})
                     .isEmpty());
        const QString ut = ok(admin, {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--household"), h,
                                      QStringLiteral("--name"), QStringLiteral("Nguyễn Văn Út"),
                                      QStringLiteral("--birth-year"), QStringLiteral("2017")});
        QCOMPARE(cli(admin, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(cli(thon, {QStringLiteral("sync")}).code, 0);
        const int refusedBefore = int(lines(cli(thon, {QStringLiteral("rejected")}).out).size());
        const QString proposed =
            ok(thon, {QStringLiteral("programme"), QStringLiteral("candidates"), prog, QStringLiteral("--year"),
                      QStringLiteral("2026"), QStringLiteral("--propose")});
        QCOMPARE(lines(proposed).size(), 1);
        QVERIFY2(proposed.startsWith(ut + QStringLiteral("\tNguyễn Văn Út\t9\tHộ nghèo\t")), qPrintable(proposed));
        QCOMPARE(cli(thon, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(int(lines(cli(thon, {QStringLiteral("rejected")}).out).size()), refusedBefore);
        QVERIFY(cli(xa, {QStringLiteral("sync")}).code == 0 &&
                cli(xa, {QStringLiteral("award"), QStringLiteral("list")}).out.contains(QStringLiteral("proposed")));

        // Út's award is paid once the commune approved it, and once. `award pay` takes the value, the fund and
        // the beneficiary's name from the award; a second payment is refused on the phone, and a commune phone
        // that writes one straight into its store is refused by the server with the same rule, by name.
        const QString utAward = proposed.section(QLatin1Char('\t'), -1);
        const Result early = cli(xa, {QStringLiteral("award"), QStringLiteral("pay"), utAward});
        QCOMPARE(early.code, 1);
        QVERIFY2(early.err.contains(QStringLiteral("not approved yet")), qPrintable(early.err));
        QVERIFY(!ok(xa, {QStringLiteral("award"), QStringLiteral("approve"), utAward}).isEmpty());
        const QString paid = ok(xa, {QStringLiteral("award"), QStringLiteral("pay"), utAward,
                                     QStringLiteral("--decision"), QStringLiteral("QĐ 12/2026")});
        QVERIFY(!paid.isEmpty());
        const auto payment = [&] {
            LocalStore x;
            x.open(xa);
            return valueOf<pb::Disbursement>(
                *x.get(pb::RECORD_TYPE_DISBURSEMENT, paid.section(QLatin1Char('\t'), 0, 0).toStdString()));
        }();
        QCOMPARE(payment.amount(), qint64(1'000'000));
        QCOMPARE(payment.recipient(), std::string("Nguyễn Văn Út"));
        QCOMPARE(payment.programme_id(), prog.toStdString());
        QCOMPARE(payment.decision_number(), std::string("QĐ 12/2026"));
        const Result twice = cli(xa, {QStringLiteral("award"), QStringLiteral("pay"), utAward});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("paid already")), qPrintable(twice.err));
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);
        QVERIFY(cli(xa, {QStringLiteral("rejected")}).out.isEmpty());
        {
            LocalStore rogue;
            rogue.open(xa);
            // Its second attempt while the first stands (the first attempt's id again would be an entry edited).
            pb::Disbursement again = payment;
            again.set_voucher_number("PC-X-0002");
            rogue.write({{pb::RECORD_TYPE_DISBURSEMENT,
                          domain::awardPaymentId(utAward.toStdString(), 2),
                          std::make_shared<pb::Disbursement>(again),
                          {},
                          false}});
        }
        QCOMPARE(cli(xa, {QStringLiteral("sync")}).code, 0);
        const QString refusedXa = cli(xa, {QStringLiteral("rejected")}).out;
        QVERIFY2(refusedXa.contains(QStringLiteral("disbursement")) &&
                     refusedXa.contains(QStringLiteral("paid already")),
                 qPrintable(refusedXa));
        QVERIFY(!server.admin({QStringLiteral("dump")}).out.contains(QStringLiteral("PC-X-0002")));
    }
};

QTEST_GUILESS_MAIN(TestFunds)
#include "tst_funds.moc"
