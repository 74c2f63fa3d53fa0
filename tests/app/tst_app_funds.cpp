// Study funds in the app (issue 15), driven through the UI: a village officer opens a household's page, records
// its contribution to the commune's fund (the amount shows as money while it is typed), gets the receipt with
// this phone's voucher number, and the fund page shows the new balance; the receipt reaches the server.
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

        // The fund page: the balance counts it.
        QVERIFY(p.open(QStringLiteral("FundPage")));
        QTRY_COMPARE(p.text(QStringLiteral("balanceText")), QStringLiteral("Số dư hiện tại: 5.200.000 ₫"));

        // Sent, and at the commune it waits for approval.
        synced.clear();
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QCOMPARE(p.sync()->pendingCount(), 0);
        const QString dump = server.admin({QStringLiteral("dump")}).out;
        QVERIFY2(dump.contains(QStringLiteral("receipt")) && dump.contains(voucher.mid(3)),
                 qPrintable(dump.right(2000)));

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
};

QTEST_MAIN(TstAppFunds)
#include "tst_app_funds.moc"
