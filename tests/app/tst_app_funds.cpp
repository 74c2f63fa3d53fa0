// Study funds in the app (issue 15), driven through the UI: a village officer opens a household's page, records
// its contribution to the commune's fund (the amount shows as money while it is typed), gets the receipt with
// this phone's voucher number, and the fund page shows the new balance; the receipt reaches the server.
#include "app_settings.h"
#include "process.h"
#include "profiles.h"
#include "queries.h"
#include "sync_controller.h"
#include "ui_driver.h"
#include "workspace.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;

namespace {

// A running app: its workspace, settings, engine and window.
struct Phone {
    Workspace workspace;
    Profiles profiles;
    QQmlApplicationEngine engine;
    std::unique_ptr<AppSettings> settings;
    QQuickWindow *window = nullptr;

    // A phone's first start: its data folder is empty, so the app opens on the login page.
    bool start(const QString &folder)
    {
        profiles.setWorkspace(&workspace);
        profiles.setRoot(folder);
        settings = std::make_unique<AppSettings>(&engine);
        settings->setLanguage(QStringLiteral("vi"));
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)},
                                     {QStringLiteral("settings"), QVariant::fromValue(settings.get())},
                                     {QStringLiteral("profiles"), QVariant::fromValue(&profiles)}});
        engine.load(QUrl(QStringLiteral("qrc:/KhuyenHoc/Main.qml")));
        if (engine.rootObjects().isEmpty()) return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return window && QTest::qWaitForWindowExposed(window);
    }
    QQuickItem *page() const
    {
        auto *stack = window->findChild<QQuickItem *>(QStringLiteral("stack"));
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }
    SyncController *sync() const { return window->findChild<SyncController *>(QStringLiteral("syncController")); }
};

using test::findItem;

bool settle(Phone &p)
{
    // Wait for page transitions and layouts, then one more frame.
    auto *stack = findItem(p.window->contentItem(), QStringLiteral("stack"));
    const bool ok = QTest::qWaitFor([&] { return stack && !stack->property("busy").toBool(); }, 5000);
    QTest::qWait(50);
    return ok;
}

bool tap(Phone &p, const QString &name)
{
    QQuickItem *item = findItem(p.page() ? static_cast<QObject *>(p.page()) : p.window->contentItem(), name);
    if (!item) item = findItem(p.window->contentItem(), name);
    if (!item || !item->isVisible() || !item->isEnabled()) {
        qWarning() << "cannot tap" << name << item << (item ? item->isVisible() : false)
                   << (item ? item->isEnabled() : false);
        return false;
    }
    test::tapItem(p.window, item);
    return settle(p);
}

bool type(Phone &p, const QString &name, const QString &text)
{
    QQuickItem *item = findItem(p.page(), name);
    if (!item) {
        qWarning() << "no field" << name;
        return false;
    }
    item->forceActiveFocus();
    test::typeText(p.window, text);
    return item->property("text").toString() == text;
}

} // namespace

class TstAppFunds : public QObject {
    Q_OBJECT

private:
    // Logs in through the login page and chooses a PIN, as on a new phone; true once the home page shows.
    static bool logIn(Phone &p, const QString &server, const QString &user)
    {
        if (!type(p, QStringLiteral("serverFieldInput"), server) || !type(p, QStringLiteral("userFieldInput"), user) ||
            !type(p, QStringLiteral("passwordFieldInput"), QString::fromLatin1(test::kTestPassword)) ||
            !tap(p, QStringLiteral("loginButton")))
            return false;
        if (!QTest::qWaitFor([&] { return findItem(p.page(), QStringLiteral("pinRepeatFieldInput")) != nullptr; },
                             20000))
            return false;
        settle(p);
        if (!type(p, QStringLiteral("pinFieldInput"), QStringLiteral("2580")) ||
            !type(p, QStringLiteral("pinRepeatFieldInput"), QStringLiteral("2580")) ||
            !tap(p, QStringLiteral("pinButton")))
            return false;
        return QTest::qWaitFor([&] { return findItem(p.page(), QStringLiteral("villagesButton")) != nullptr; }, 5000) &&
               settle(p);
    }

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

        Phone p;
        QVERIFY(p.start(dir.filePath(QStringLiteral("phone"))));
        QVERIFY(settle(p));
        p.sync()->setAutoSync(false);
        QVERIFY(logIn(p, server.url(), QStringLiteral("can-bo-thon")));
        QSignalSpy synced(p.sync(), &SyncController::finished);
        QVERIFY(tap(p, QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));

        // The household's page: record its contribution.
        auto *nav = p.window->findChild<QObject *>(QStringLiteral("navigator"));
        QVERIFY(nav);
        QQuickItem *opened = nullptr;
        const QVariant householdProps = QVariantMap{{QStringLiteral("recordId"), h}};
        QMetaObject::invokeMethod(nav, "open", Q_RETURN_ARG(QQuickItem *, opened),
                                  Q_ARG(QString, QStringLiteral("HouseholdPage")), Q_ARG(QVariant, householdProps));
        QVERIFY(settle(p));
        QVERIFY(tap(p, QStringLiteral("contributionButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Ủng hộ quỹ"));
        auto *donor = findItem(p.page(), QStringLiteral("donorField"));
        QVERIFY(donor);
        QCOMPARE(donor->property("text").toString(), QStringLiteral("Nguyễn Văn Hùng")); // the household's head
        QVERIFY(type(p, QStringLiteral("amountFieldInput"), QStringLiteral("200000")));
        QTRY_COMPARE(findItem(p.page(), QStringLiteral("amountPreview"))->property("text").toString(),
                     QStringLiteral("200.000 ₫"));
        QVERIFY(tap(p, QStringLiteral("saveContributionButton")));
        const QString voucher = findItem(p.page(), QStringLiteral("voucherText"))->property("text").toString();
        QVERIFY2(voucher.startsWith(QStringLiteral("Số PT-")) && voucher.endsWith(QStringLiteral("-0001")),
                 qPrintable(voucher));
        QVERIFY(p.sync()->pendingCount() > 0); // the receipt waits to be sent, and the bar says so

        // The fund page: the balance counts it.
        const QVariant none = QVariantMap{};
        QMetaObject::invokeMethod(nav, "open", Q_RETURN_ARG(QQuickItem *, opened),
                                  Q_ARG(QString, QStringLiteral("FundPage")), Q_ARG(QVariant, none));
        QVERIFY(settle(p));
        QTRY_COMPARE(findItem(p.page(), QStringLiteral("balanceText"))->property("text").toString(),
                     QStringLiteral("Số dư hiện tại: 5.200.000 ₫"));

        // Sent, and at the commune it waits for approval.
        synced.clear();
        QVERIFY(tap(p, QStringLiteral("syncButton")));
        QVERIFY(synced.count() || synced.wait(20000));
        QCOMPARE(p.sync()->pendingCount(), 0);
        const QString dump = server.admin({QStringLiteral("dump")}).out;
        QVERIFY2(dump.contains(QStringLiteral("receipt")) && dump.contains(voucher.mid(3)),
                 qPrintable(dump.right(2000)));
    }
};

QTEST_MAIN(TstAppFunds)
#include "tst_app_funds.moc"
