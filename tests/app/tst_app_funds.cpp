// Study funds in the app (issue 15), driven through the UI: a village officer opens a household's page, records
// its contribution to the commune's fund (the amount shows as money while it is typed), gets the receipt with
// this phone's voucher number, and the fund page shows the new balance; the receipt reaches the server.
#include "device/workflow/funds.h"
#include "phone.h"
#include "process.h"

#include <QQuickStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;

class TstAppFunds : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void officerRecordsAContributionFromAHouseholdPage()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server"))), qPrintable(server.log()));
        // The commune's register and fund, made on a CLI device.
        const QString xa = dir.filePath(QStringLiteral("xa.sqlite"));
        QCOMPARE(test::cli(xa, {QStringLiteral("init")}).code, 0);
        QVERIFY(server.loginAdmin(xa));
        const QString v =
            test::cli(xa, {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                           QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn Phú Lộc")})
                .out.trimmed();
        const QString h =
            test::cli(xa, {QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"), v,
                           QStringLiteral("--head"), QStringLiteral("Nguyễn Văn Hùng")})
                .out.trimmed();
        const QString fundId =
            test::cli(xa, {QStringLiteral("fund"), QStringLiteral("add"), QStringLiteral("--commune"),
                           QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Quỹ khuyến học phường"),
                           QStringLiteral("--opening"), QStringLiteral("5.000.000")})
                .out.trimmed();
        QVERIFY(!fundId.isEmpty());
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(
            server.addUser(QStringLiteral("can-bo-thon"), QStringLiteral("village-officer"), {QStringLiteral("v:") + v})
                .code,
            0);

        test::Phone p;
        QVERIFY(p.start(dir.filePath(QStringLiteral("phone"))));
        p.sync()->setAutoSync(false);
        QVERIFY(p.logIn(server.url(), QStringLiteral("can-bo-thon"), QString::fromLatin1(test::kTestPassword)));
        QSignalSpy synced(p.sync(), &SyncController::finished);
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));

        // The household's page: record its contribution.
        QVERIFY(p.open(QStringLiteral("HouseholdPage"), {{QStringLiteral("recordId"), h}}));
        QVERIFY(p.tap(QStringLiteral("contributionButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Ủng hộ quỹ"));
        QCOMPARE(p.text(QStringLiteral("donorField")), QStringLiteral("Nguyễn Văn Hùng")); // the household's head
        QVERIFY(p.type(QStringLiteral("amountFieldInput"), QStringLiteral("200000")));
        QTRY_COMPARE(p.text(QStringLiteral("amountPreview")), QStringLiteral("200.000 ₫"));
        QVERIFY(p.tap(QStringLiteral("saveContributionButton")));
        const QString voucher = p.text(QStringLiteral("voucherText"));
        QVERIFY2(voucher.startsWith(QStringLiteral("Số PT-")) && voucher.endsWith(QStringLiteral("-0001")),
                 qPrintable(voucher));
        QVERIFY(p.sync()->pendingCount() > 0); // the receipt waits to be sent, and the bar says so

        // The receipt as a PDF to hand over or send: saved where the phone keeps documents, and it reads right.
        QVERIFY(p.tap(QStringLiteral("receiptPdfButton")));
        const QString file = p.page()->property("receiptFile").toString();
        QVERIFY2(QFileInfo(file).fileName() == QStringLiteral("phieu-thu-%1.pdf").arg(voucher.mid(3)),
                 qPrintable(file));
        QVERIFY2(p.text(QStringLiteral("receiptFileText")).startsWith(QStringLiteral("Đã lưu thành tệp phieu-thu-PT-")),
                 qPrintable(p.text(QStringLiteral("receiptFileText"))));
        QVERIFY(p.shows(QStringLiteral("openReceiptButton")));
        const auto pdf = test::run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}, dir.path());
        QVERIFY2(pdf.out.contains(QStringLiteral("PHIẾU THU")) && pdf.out.contains(voucher.mid(3)) &&
                     pdf.out.contains(QStringLiteral("Nguyễn Văn Hùng")) &&
                     pdf.out.contains(QStringLiteral("Hai trăm nghìn đồng")),
                 qPrintable(pdf.out));

        // The fund page: a village's phone holds its villages' entries only, so it shows no balance made from part
        // of the book (it once said 18.000.000 ₫ of a fund holding 29.570.000 ₫), and no figures.
        QVERIFY(p.open(QStringLiteral("FundPage")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")),
                     QStringLiteral("Máy này chỉ có các phiếu của thôn bạn: số dư và số liệu của quỹ có trên máy của "
                                    "xã."));
        QVERIFY(!p.item(QStringLiteral("figure0")));

        // Sent, and at the commune it waits for approval.
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QCOMPARE(p.sync()->pendingCount(), 0);
        const QString dump = server.admin({QStringLiteral("dump")}).out;
        QVERIFY2(dump.contains(QStringLiteral("receipt")) && dump.contains(voucher.mid(3)),
                 qPrintable(dump.right(2000)));

        // A clan gives too (clans are a main source of the funds): from its page, the clan is the giver, and a
        // second gift reuses its donor record.
        const QString clan = test::cli(xa, {QStringLiteral("clan"), QStringLiteral("add"), QStringLiteral("--name"),
                                            QStringLiteral("Họ Lê Phú Lộc"), QStringLiteral("--village"), v})
                                 .out.trimmed();
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        for (const char *amount : {"1.000.000", "300000"}) {
            QVERIFY(p.open(QStringLiteral("ClanFormPage"), {{QStringLiteral("recordId"), clan}}));
            QVERIFY(p.tap(QStringLiteral("clanContributionButton")));
            QCOMPARE(p.text(QStringLiteral("donorField")), QStringLiteral("Họ Lê Phú Lộc"));
            QVERIFY(p.type(QStringLiteral("amountFieldInput"), QString::fromLatin1(amount)));
            QVERIFY(p.tap(QStringLiteral("saveContributionButton")));
            QVERIFY2(p.text(QStringLiteral("voucherText")).startsWith(QStringLiteral("Số PT-")),
                     qPrintable(p.text(QStringLiteral("voucherText"))));
        }
        {
            const funds::Ledger l = funds::ledgerOf(p.workspace.store());
            int clanDonors = 0;
            std::string clanDonor;
            for (const auto &[id, d] : l.donors)
                if (d.clan_id() == clan.toStdString()) {
                    ++clanDonors;
                    clanDonor = id;
                    QCOMPARE(d.kind(), pb::DONOR_KIND_CLAN);
                    QCOMPARE(QString::fromStdString(d.name()), QStringLiteral("Họ Lê Phú Lộc"));
                }
            QCOMPARE(clanDonors, 1);
            qint64 fromClan = 0;
            for (const auto &[id, r] : l.receipts)
                if (r.donor_id() == clanDonor) fromClan += r.amount();
            QCOMPARE(fromClan, qint64(1'300'000));
        }
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QCOMPARE(p.sync()->pendingCount(), 0); // the village officer may record the clan's gifts: all accepted

        // The clan's board opens a fund of its own. A gift from the clan's page goes into it; one from a household's
        // page still into the commune's (it once found no fund at all once there were two). A member who gives for
        // the household is named on the receipt as typed: the books say what the screen said.
        const auto madeClanFund = test::cli(
            xa, {QStringLiteral("fund"), QStringLiteral("add"), QStringLiteral("--commune"), QStringLiteral("22945"),
                 QStringLiteral("--clan"), clan, QStringLiteral("--name"), QStringLiteral("Quỹ khuyến học họ Lê")});
        const QString clanFund = madeClanFund.out.trimmed();
        QVERIFY2(!clanFund.isEmpty(), qPrintable(madeClanFund.err));
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QVERIFY(p.open(QStringLiteral("ClanFormPage"), {{QStringLiteral("recordId"), clan}}));
        QVERIFY(p.tap(QStringLiteral("clanContributionButton")));
        QTRY_VERIFY(p.shows(QStringLiteral("fundChoice")));
        QCOMPARE(p.page()->findChild<QObject *>(QStringLiteral("fundController"))->property("fundId").toString(),
                 clanFund);
        QVERIFY(p.open(QStringLiteral("ContributionPage"), {{QStringLiteral("recordId"), h}}));
        QCOMPARE(p.page()->findChild<QObject *>(QStringLiteral("fundController"))->property("fundId").toString(),
                 fundId);
        QVERIFY(p.item(QStringLiteral("saveContributionButton"))->isEnabled());
        p.item(QStringLiteral("donorFieldInput"))->setProperty("text", QString());
        QVERIFY(p.type(QStringLiteral("donorFieldInput"), QStringLiteral("Lê Thị Bình")));
        QVERIFY(p.type(QStringLiteral("amountFieldInput"), QStringLiteral("100000")));
        QVERIFY(p.tap(QStringLiteral("anonymousCheck"))); // she asks not to be named on the public list
        QVERIFY(p.tap(QStringLiteral("saveContributionButton")));
        QTRY_VERIFY(p.text(QStringLiteral("voucherText")).startsWith(QStringLiteral("Số PT-")));
        QCOMPARE(p.text(QStringLiteral("receiptWords")), QStringLiteral("Bằng chữ: Một trăm nghìn đồng"));
        QCOMPARE(
            p.text(QStringLiteral("receiptDate")),
            QStringLiteral("Ngày: %1").arg(p.workspace.store().clock().today().toString(QStringLiteral("dd/MM/yyyy"))));
        {
            const funds::Ledger l = funds::ledgerOf(p.workspace.store());
            const auto r = std::find_if(l.receipts.begin(), l.receipts.end(),
                                        [](const auto &e) { return e.second.amount() == 100'000; });
            QVERIFY(r != l.receipts.end());
            QCOMPARE(QString::fromStdString(r->second.fund_id()), fundId);
            const pb::Donor &d = l.donors.at(r->second.donor_id());
            QCOMPARE(QString::fromStdString(d.name()), QStringLiteral("Lê Thị Bình"));
            QCOMPARE(QString::fromStdString(d.household_id()), h);
            QVERIFY(d.anonymous());
        }

        // A walk-in giver comes back: typing part of the name offers the books' record, diacritics ignored; chosen,
        // the second gift goes to the same donor instead of a second "Trần Văn Nam".
        auto walkIn = [&](const QString &typed, const QString &amountText, bool choose) {
            if (!p.open(QStringLiteral("ContributionPage"), {{QStringLiteral("fundId"), fundId}})) return false;
            if (!p.type(QStringLiteral("donorFieldInput"), typed)) return false;
            if (choose) {
                if (!QTest::qWaitFor([&] { return p.shows(QStringLiteral("donorMatch")); }, 5000)) return false;
                if (!test::findItem(p.item(QStringLiteral("donorMatch")), QStringLiteral("rowDetail"))
                         ->property("text")
                         .toString()
                         .contains(QStringLiteral("đã góp 1 lần")))
                    return false;
                if (!p.tap(QStringLiteral("donorMatch")) || !p.shows(QStringLiteral("donorChosen"))) return false;
            }
            return p.type(QStringLiteral("amountFieldInput"), amountText) &&
                   p.tap(QStringLiteral("saveContributionButton")) &&
                   QTest::qWaitFor([&] { return p.text(QStringLiteral("voucherText")).startsWith("Số PT-"); }, 5000);
        };
        QVERIFY(!walkIn(QStringLiteral("T"), QStringLiteral("70000"), false)); // a slip of the thumb, not a name
        QCOMPARE(p.text(QStringLiteral("fundError")),
                 QStringLiteral("Nhập đầy đủ tên người góp, như ghi trên phiếu thu."));
        QVERIFY(walkIn(QStringLiteral("Trần Văn Nam"), QStringLiteral("70000"), false));
        QVERIFY(walkIn(QStringLiteral("tran van"), QStringLiteral("80000"), true));
        {
            const funds::Ledger l = funds::ledgerOf(p.workspace.store());
            std::set<std::string> givers;
            for (const auto &[id, r] : l.receipts)
                if (r.amount() == 70'000 || r.amount() == 80'000) givers.insert(r.donor_id());
            QCOMPARE(givers.size(), size_t(1));
            QCOMPARE(l.donors.at(*givers.begin()).name(), std::string("Trần Văn Nam"));
        }
        // Chosen again, but this time he asks not to be named on the public list: the gift is not put under his
        // named record (whose earlier gifts stay listed as they were).
        QVERIFY(p.open(QStringLiteral("ContributionPage"), {{QStringLiteral("fundId"), fundId}}));
        QVERIFY(p.type(QStringLiteral("donorFieldInput"), QStringLiteral("van nam")));
        QTRY_VERIFY(p.shows(QStringLiteral("donorMatch")));
        QVERIFY(p.tap(QStringLiteral("donorMatch")) && p.shows(QStringLiteral("donorChosen")));
        QVERIFY(p.tap(QStringLiteral("anonymousCheck")));
        QVERIFY(!p.shows(QStringLiteral("donorChosen")));
        QVERIFY(p.type(QStringLiteral("amountFieldInput"), QStringLiteral("90000")));
        QVERIFY(p.tap(QStringLiteral("saveContributionButton")));
        QTRY_VERIFY(p.text(QStringLiteral("voucherText")).startsWith(QStringLiteral("Số PT-")));
        {
            const funds::Ledger l = funds::ledgerOf(p.workspace.store());
            const auto r = std::find_if(l.receipts.begin(), l.receipts.end(),
                                        [](const auto &e) { return e.second.amount() == 90'000; });
            QVERIFY(r != l.receipts.end());
            QVERIFY(l.donors.at(r->second.donor_id()).anonymous());
            QCOMPARE(l.donors.at(r->second.donor_id()).name(), std::string("Trần Văn Nam"));
        }

        // The commune closes the books through tomorrow: the phone, once synced, refuses a gift dated today, in
        // Vietnamese words (not the ledger's English).
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(test::cli(xa, {QStringLiteral("fund"), QStringLiteral("close"), fundId, QStringLiteral("--through"),
                                QDate::currentDate().addDays(1).toString(Qt::ISODate)})
                     .code,
                 0);
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QVERIFY(p.open(QStringLiteral("ContributionPage"), {{QStringLiteral("recordId"), h}}));
        QVERIFY(p.type(QStringLiteral("amountFieldInput"), QStringLiteral("50.000")));
        QVERIFY(p.tap(QStringLiteral("saveContributionButton")));
        QTRY_VERIFY2(p.text(QStringLiteral("fundError")).startsWith(QStringLiteral("Sổ quỹ đã khóa đến ngày ")),
                     qPrintable(p.text(QStringLiteral("fundError"))));
        QVERIFY(p.text(QStringLiteral("voucherText")) == QStringLiteral("Số ")); // no receipt was made
    }

    // The commune's treasurer on the fund page: proposes the register's children for a programme, approves and
    // pays the award, cancels a wrong receipt with a reason and closes the books; each step that moves money,
    // cancels or makes records asks first, in Vietnamese. Everything reaches the server.
    void communeApprovesPaysCancelsAndClosesOnTheFundPage()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server"))), qPrintable(server.log()));
        const QString xa = dir.filePath(QStringLiteral("xa.sqlite"));
        auto cli = [&](const QStringList &args) {
            const auto r = test::cli(xa, args);
            if (r.code != 0) qWarning() << args << r.err;
            return r.out.trimmed();
        };
        QCOMPARE(test::cli(xa, {QStringLiteral("init")}).code, 0);
        QVERIFY(server.loginAdmin(xa));
        const QString v = cli({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                               QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn Phú Lộc")});
        const QString h = cli({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"), v,
                               QStringLiteral("--head"), QStringLiteral("Nguyễn Văn Hùng")});
        cli({QStringLiteral("household"), QStringLiteral("update"), h, QStringLiteral("--poverty"),
             QStringLiteral("poor")});
        const int age10 = QDate::currentDate().year() - 10;
        cli({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--household"), h,
             QStringLiteral("--name"), QStringLiteral("Nguyễn Văn Út"), QStringLiteral("--birth-year"),
             QString::number(age10)});
        const QString fundId =
            cli({QStringLiteral("fund"), QStringLiteral("add"), QStringLiteral("--commune"), QStringLiteral("22945"),
                 QStringLiteral("--name"), QStringLiteral("Quỹ khuyến học phường"), QStringLiteral("--opening"),
                 QStringLiteral("5.000.000"), QStringLiteral("--opening-date"),
                 QDate::currentDate().addDays(-40).toString(Qt::ISODate)});
        const QString prog = cli({QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("--fund"), fundId,
                                  QStringLiteral("--name"), QStringLiteral("Tiếp bước cho em đến trường"),
                                  QStringLiteral("--value"), QStringLiteral("1.000.000")});
        const QString donor =
            cli({QStringLiteral("donor"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Trần Văn Nam"), QStringLiteral("--commune"), QStringLiteral("22945")});
        const QString receipt =
            cli({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--fund"), fundId,
                 QStringLiteral("--donor"), donor, QStringLiteral("--amount"), QStringLiteral("300000")})
                .section(QLatin1Char('\t'), 0, 0);
        // A student proposed by hand, whom the commune will not approve (the school gives him a grant).
        const QString sinh =
            cli({QStringLiteral("award"), QStringLiteral("propose"), QStringLiteral("--programme"), prog,
                 QStringLiteral("--student"), QStringLiteral("Lò Văn Sình"), QStringLiteral("--household"), h});
        QVERIFY(!prog.isEmpty() && !receipt.isEmpty() && !sinh.isEmpty());
        QCOMPARE(test::cli(xa, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(server.addUser(QStringLiteral("thu-quy"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                     .code,
                 0);

        test::Phone p;
        QVERIFY(p.start(dir.filePath(QStringLiteral("phone"))));
        p.sync()->setAutoSync(false);
        QVERIFY(p.logIn(server.url(), QStringLiteral("thu-quy"), QString::fromLatin1(test::kTestPassword)));
        QSignalSpy synced(p.sync(), &SyncController::finished);
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QVERIFY(p.open(QStringLiteral("FundPage")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")), QStringLiteral("Số dư hiện tại: 5.300.000 ₫"));
        QCOMPARE(p.text(QStringLiteral("closedText")), QStringLiteral("Sổ quỹ chưa khóa lần nào."));
        // Each amount stands on its line's first row, also once the window is made wide (a tablet turned): the
        // rows kept their narrow heights once, and amounts stood beside the wrong lines.
        for (const int width : {360, 1100, 360}) {
            p.window->resize(width, 760);
            QVERIFY(p.settle());
            int rows = 0;
            for (QQuickItem *row = nullptr; (row = p.item(QStringLiteral("figure%1").arg(rows))); ++rows) {
                auto *name = test::findItem(row, QStringLiteral("figureName"));
                auto *value = test::findItem(row, QStringLiteral("figureValue"));
                QVERIFY(name && value);
                const qreal dy = value->mapToScene({0, 0}).y() - name->mapToScene({0, 0}).y();
                QVERIFY2(std::abs(dy) < 2 && value->mapToScene({0, 0}).x() >= name->mapToScene({name->width(), 0}).x(),
                         qPrintable(name->property("text").toString()));
            }
            QVERIFY(rows >= 4);
        }

        // What waits for the commune, by kind: a receipt to approve is not a child to approve.
        auto figure = [&](const QString &label) {
            for (int i = 0; QQuickItem *row = p.item(QStringLiteral("figure%1").arg(i)); ++i)
                if (test::findItem(row, QStringLiteral("figureName"))->property("text").toString() == label)
                    return test::findItem(row, QStringLiteral("figureValue"))->property("text").toString();
            return QString();
        };
        QCOMPARE(figure(QStringLiteral("Phiếu thu chờ duyệt")), QStringLiteral("1"));
        QCOMPARE(figure(QStringLiteral("Suất đề xuất chờ duyệt")), QStringLiteral("1"));
        // Not approving a proposal: a reason first, then the question in words; the book keeps it, declined.
        QVERIFY(p.tap(QStringLiteral("declineAwardButton")));
        QVERIFY(!p.item(QStringLiteral("declineConfirmButton"))->isEnabled()); // no reason yet
        QVERIFY(p.type(QStringLiteral("declineReasonField"), QStringLiteral("đã có học bổng của trường")));
        QVERIFY(p.tap(QStringLiteral("declineConfirmButton")));
        QTRY_COMPARE(p.text(QStringLiteral("confirmQuestion")), QStringLiteral("Không duyệt suất của Lò Văn Sình?"));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
        QTRY_VERIFY2(
            p.text(QStringLiteral("awardDetail"))
                .endsWith(QStringLiteral("\nKhông duyệt: đã có học bổng của trường (%1)")
                              .arg(p.workspace.store().clock().today().toString(QStringLiteral("dd/MM/yyyy")))),
            qPrintable(p.text(QStringLiteral("awardDetail"))));
        QVERIFY(!p.shows(QStringLiteral("declineAwardButton")));
        QCOMPARE(figure(QStringLiteral("Suất đề xuất chờ duyệt")), QString());
        // The register proposes Út; nothing is written before the question is answered.
        QVERIFY(p.tap(QStringLiteral("proposeButton")));
        QTRY_COMPARE(p.text(QStringLiteral("confirmQuestion")),
                     QStringLiteral("Đề xuất 1 em cho chương trình Tiếp bước cho em đến trường?"));
        // Named, with age and village, before anything is written (the question once gave a count alone).
        QVERIFY2(p.text(QStringLiteral("confirmMessage"))
                     .startsWith(QStringLiteral("Nguyễn Văn Út, 10 tuổi · Thôn Phú Lộc\n")),
                 qPrintable(p.text(QStringLiteral("confirmMessage"))));
        QVERIFY(!p.shows(QStringLiteral("approveAwardButton")));
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QTRY_VERIFY(p.shows(QStringLiteral("approveAwardButton")));
        QTRY_COMPARE(figure(QStringLiteral("Suất đề xuất chờ duyệt")), QStringLiteral("1"));
        QVERIFY(p.tap(QStringLiteral("approveAwardButton")));
        QTRY_VERIFY(p.shows(QStringLiteral("payAwardButton")));
        QTRY_COMPARE(figure(QStringLiteral("Suất đề xuất chờ duyệt")), QString());
        QVERIFY(p.type(QStringLiteral("decisionField"), QStringLiteral("QĐ 5/2026")));
        QVERIFY(p.tap(QStringLiteral("payAwardButton")));
        QTRY_COMPARE(p.text(QStringLiteral("confirmQuestion")), QStringLiteral("Chi 1.000.000 ₫ cho Nguyễn Văn Út?"));
        QVERIFY(p.tap(QStringLiteral("confirmAccept")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")), QStringLiteral("Số dư hiện tại: 4.300.000 ₫"));
        QVERIFY(!p.shows(QStringLiteral("payAwardButton"))); // paid once

        // The wrong receipt: a reason, then the question (destructive, last and in red); the balance drops.
        QVERIFY(p.tap(QStringLiteral("reverseButton")));
        QVERIFY(!p.item(QStringLiteral("reverseConfirmButton"))->isEnabled()); // no reason yet
        QVERIFY(p.type(QStringLiteral("reasonField"), QStringLiteral("ghi nhầm số tiền")));
        QVERIFY(p.tap(QStringLiteral("reverseConfirmButton")));
        QTRY_VERIFY(p.text(QStringLiteral("confirmQuestion")).startsWith(QStringLiteral("Hủy phiếu thu PT-")));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")), QStringLiteral("Số dư hiện tại: 4.000.000 ₫"));
        // The book says why it was cancelled, and under which decision the award was paid.
        {
            auto *fund = p.page()->findChild<QObject *>(QStringLiteral("fundController"));
            QVERIFY(fund);
            const QString line = fund->property("receipts").toList().first().toMap().value("line").toString();
            QVERIFY2(line.endsWith(QStringLiteral("Đã hủy: ghi nhầm số tiền")), qPrintable(line));
            const QString award = fund->property("awards").toList().first().toMap().value("state").toString();
            QVERIFY2(award.endsWith(QStringLiteral("quyết định QĐ 5/2026")), qPrintable(award));
            // ... and where the child lives, to tell two children of one name apart.
            const QString detail = fund->property("awards").toList().first().toMap().value("detail").toString();
            QVERIFY2(detail.contains(QStringLiteral("Thôn Phú Lộc")), qPrintable(detail));
        }

        // A refusal stands where it is seen: a day in the future is refused, and the words are on screen at the
        // bottom of the page, not at the end of the scrolled page (they once were, 7 screens down).
        {
            QQuickItem *field = p.item(QStringLiteral("closeDateField"));
            QVERIFY(field);
            const QString tomorrow =
                p.workspace.store().clock().today().addDays(1).toString(QStringLiteral("dd/MM/yyyy"));
            field->setProperty("text", tomorrow);
            QVERIFY(p.tap(QStringLiteral("closeBooksButton")));
            QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
            QTRY_COMPARE(p.text(QStringLiteral("fundPageError")),
                         QStringLiteral("Chỉ khóa sổ đến một ngày đã qua, không khóa ngày trong tương lai."));
            QQuickItem *error = p.item(QStringLiteral("fundPageError"));
            const QRectF r = error->mapRectToScene(error->boundingRect());
            QVERIFY2(error->isVisible() && r.top() >= 0 && r.bottom() <= p.window->height(),
                     qPrintable(QStringLiteral("%1..%2 of %3").arg(r.top()).arg(r.bottom()).arg(p.window->height())));
        }

        // The books closed through yesterday.
        const QString yesterday = QDate::currentDate().addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
        QQuickItem *closeDate = p.item(QStringLiteral("closeDateField"));
        QVERIFY(closeDate);
        closeDate->setProperty("text", yesterday);
        QVERIFY(p.tap(QStringLiteral("closeBooksButton")));
        QTRY_COMPARE(p.text(QStringLiteral("confirmQuestion")),
                     QStringLiteral("Khóa sổ quỹ đến hết ngày %1?").arg(yesterday));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
        QTRY_COMPARE(p.text(QStringLiteral("closedText")),
                     QStringLiteral("Sổ quỹ đã khóa đến hết ngày %1.").arg(yesterday));
        QVERIFY(p.text(QStringLiteral("fundPageError")).isEmpty());

        // Sent: the server holds the award paid under the decision, the cancellation and the closed books.
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QCOMPARE(p.sync()->pendingCount(), 0);
        // The figures on another phone of the commune, from what the server holds.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QCOMPARE(test::cli(other, {QStringLiteral("init"), QStringLiteral("--area"), QStringLiteral("c:22945")}).code,
                 0);
        QVERIFY(server.loginAdmin(other));
        QCOMPARE(test::cli(other, {QStringLiteral("sync")}).code, 0);
        const QString report = test::cli(other, {QStringLiteral("fund"), QStringLiteral("report"), fundId}).out;
        QVERIFY2(report.contains(QStringLiteral("paid\t1000000")) && report.contains(QStringLiteral("received\t0")) &&
                     report.contains(QStringLiteral("closing\t4000000")),
                 qPrintable(report));
        const QString dump = server.admin({QStringLiteral("dump")}).out;
        QVERIFY(dump.contains(QStringLiteral("QĐ 5/2026")) && dump.contains(QStringLiteral("ghi nhầm số tiền")));
        QVERIFY(dump.contains(QDate::currentDate().addDays(-1).toString(Qt::ISODate)));

        // The payment is listed too, and a wrong one is cancelled with a reason like a receipt (there was no way
        // to see a payment, or to cancel one, on the page).
        QQuickItem *payments = p.item(QStringLiteral("payments"));
        QVERIFY(payments);
        QCOMPARE(payments->property("count").toInt(), 1);
        QQuickItem *payment = nullptr;
        QVERIFY(QMetaObject::invokeMethod(payments, "itemAt", Q_RETURN_ARG(QQuickItem *, payment), Q_ARG(int, 0)));
        QVERIFY(payment);
        QVERIFY(p.tap(test::findItem(payment, QStringLiteral("reverseButton"))));
        QQuickItem *why = test::findItem(payment, QStringLiteral("reasonField"));
        QVERIFY(p.tap(why));
        test::typeText(p.window, QStringLiteral("chi nhầm"));
        QVERIFY(p.tap(test::findItem(payment, QStringLiteral("reverseConfirmButton"))));
        QTRY_VERIFY(p.text(QStringLiteral("confirmQuestion")).startsWith(QStringLiteral("Hủy phiếu chi PC-")));
        QVERIFY(p.tap(QStringLiteral("confirmDestroy")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")), QStringLiteral("Số dư hiện tại: 5.000.000 ₫"));
    }
};

QTEST_MAIN(TstAppFunds)
#include "tst_app_funds.moc"
