// The whole app, driven through its UI like an officer would: the real Main.qml on two "phones" (two
// engines, two data folders), the real server binary on a free port. Each officer logs in with the account
// staff made and chooses a PIN; officer A creates a village and a household offline by tapping and typing,
// syncs; officer B syncs and finds the household in the list.
#include "app_settings.h"
#include "core/learning/criteria.h"
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
        kh::test::failOnQmlWarnings();
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

class TstAppFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

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

    void officerCreatesOfflineSyncsAndAColleagueSeesIt()
    {
        QTemporaryDir dir;
        test::ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server"))), qPrintable(server.log()));

        QCOMPARE(
            server.addUser(QStringLiteral("can-bo-a"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        QCOMPARE(
            server.addUser(QStringLiteral("can-bo-b"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);

        Phone a;
        QVERIFY(a.start(dir.filePath(QStringLiteral("phone-a"))));
        QVERIFY(settle(a));
        a.sync()->setAutoSync(false);
        QVERIFY(findItem(a.page(), QStringLiteral("loginButton")));
        QVERIFY(logIn(a, server.url(), QStringLiteral("can-bo-a")));
        QCOMPARE(a.workspace.userName(), QStringLiteral("can-bo-a"));

        // A village, then a household in it, all offline (nothing has talked to the server yet).
        QVERIFY(tap(a, QStringLiteral("villagesButton")));
        QVERIFY(tap(a, QStringLiteral("addVillageButton")));
        QVERIFY(type(a, QStringLiteral("nameInput"), QStringLiteral("Thôn Phú Lộc")));
        QVERIFY(tap(a, QStringLiteral("saveButton")));
        QVERIFY(tap(a, QStringLiteral("backButton")));
        QVERIFY(tap(a, QStringLiteral("householdsButton")));
        QVERIFY(tap(a, QStringLiteral("addHouseholdButton")));
        auto *combo = findItem(a.page(), QStringLiteral("villageCombo"));
        QVERIFY(combo);
        QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 0)); // the only village
        QVERIFY(type(a, QStringLiteral("familyNameInput"), QStringLiteral("Nguyễn")));
        QVERIFY(type(a, QStringLiteral("middleNameInput"), QStringLiteral("Văn")));
        QVERIFY(type(a, QStringLiteral("givenNameInput"), QStringLiteral("Hùng")));
        QVERIFY(type(a, QStringLiteral("phoneInput"), QStringLiteral("0912345678")));
        QVERIFY(tap(a, QStringLiteral("saveButton")));
        QCOMPARE(a.page()->property("title").toString(), QStringLiteral("Nguyễn Văn Hùng"));
        // What waits is counted by record: the village, the household and its head (entered once, as a member).
        QCOMPARE(a.sync()->pendingCount(), 3);
        QVERIFY(findItem(a.window->contentItem(), QStringLiteral("pendingLabel"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("3 hồ sơ chưa gửi")));

        // Sync from the bar.
        QSignalSpy doneA(a.sync(), &SyncController::finished);
        QVERIFY(tap(a, QStringLiteral("syncButton")));
        QVERIFY(doneA.count() || doneA.wait(20000));
        QCOMPARE(doneA.first().first().toBool(), true);
        QCOMPARE(a.sync()->pendingCount(), 0);
        // Received: the commune's and the province's reference records and the national criteria sets, on this
        // phone's first sync.
        const int reference = 2 + int(domain::builtinCriteriaSets().size());
        QCOMPARE(a.sync()->receiptText(), QStringLiteral("3 hồ sơ đã gửi, %1 đã nhận").arg(reference));

        // The colleague's phone.
        Phone b;
        QVERIFY(b.start(dir.filePath(QStringLiteral("phone-b"))));
        QVERIFY(settle(b));
        b.sync()->setAutoSync(false);
        QVERIFY(logIn(b, server.url(), QStringLiteral("can-bo-b")));
        QSignalSpy doneB(b.sync(), &SyncController::finished);
        QVERIFY(tap(b, QStringLiteral("syncButton")));
        QVERIFY(doneB.count() || doneB.wait(20000));
        QCOMPARE(doneB.first().first().toBool(), true);
        QVERIFY(tap(b, QStringLiteral("householdsButton")));
        auto *list = findItem(b.page(), QStringLiteral("householdList"));
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), 1);
        QVERIFY(type(b, QStringLiteral("searchField"), QStringLiteral("nguyen van hung")));
        QTRY_COMPARE(list->property("count").toInt(), 1);
        // ... and in B's own database, with every field as typed on A.
        const auto rows = b.workspace.store().list(pb::RECORD_TYPE_HOUSEHOLD);
        QCOMPARE(rows.size(), size_t(1));
        const auto h = valueOf<pb::Household>(rows.front());
        QCOMPARE(q(h.head_family_name()), QStringLiteral("Nguyễn"));
        QCOMPARE(q(h.head_given_name()), QStringLiteral("Hùng"));
        QCOMPARE(q(h.phone()), QStringLiteral("0912345678"));
    }
};

QTEST_MAIN(TstAppFlow)
#include "tst_app_flow.moc"
