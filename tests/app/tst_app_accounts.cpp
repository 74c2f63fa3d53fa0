// Accounts on the phone (Profiles) against the real server binary: first login and PIN, a phone shared by two
// officers who each see only their own village, PIN mistakes slowed down, the PIN that takes the phone back
// from a household, a login that expires while edits wait, and a revoked phone losing that user's data; a
// household's own account, through the real UI, sees its household and its declaration and nothing else.
#include "app_fixture.h"
#include "area_report.h"
#include "core/report/report.h"
#include "phone.h"
#include "profiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;

class TstAppAccounts : public test::AppFixture {
    Q_OBJECT
    test::ServerProcess m_server;
    QString m_villageA, m_villageB, m_householdA;

    // Runs a CLI command on the administrator's database and returns its output.
    QString admin(const QStringList &args)
    {
        const test::Result r = test::cli(m_dir.filePath(QStringLiteral("admin.sqlite")), args);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
        return r.out.trimmed();
    }

    // Logs `user` in on the phone and chooses `pin`; true when the phone is unlocked for them.
    static bool logIn(Profiles &p, const QString &server, const QString &user,
                      const QString &pin = QStringLiteral("2580"))
    {
        QSignalSpy in(&p, &Profiles::loggedIn), failed(&p, &Profiles::loginFailed);
        p.login(server, user, QString::fromLatin1(test::kTestPassword));
        if (!QTest::qWaitFor([&] { return !in.isEmpty() || !failed.isEmpty(); }, 20000) || in.isEmpty()) return false;
        return p.needsPin() && p.choosePin(pin, pin) && p.unlocked() && p.current() == user;
    }

    static QStringList householdNames(Workspace &ws)
    {
        QStringList names;
        for (const auto &r : ws.store().list(pb::RECORD_TYPE_HOUSEHOLD))
            names << q(test::valueOf<pb::Household>(r).head_given_name());
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("server"))), qPrintable(m_server.log()));
        // Two villages of one commune, a household in each, made by an administrator.
        const QString db = m_dir.filePath(QStringLiteral("admin.sqlite"));
        QCOMPARE(test::cli(db, {QStringLiteral("init"), QStringLiteral("--area"), QStringLiteral("c:22945")}).code, 0);
        QVERIFY(m_server.loginAdmin(db));
        m_villageA = admin({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                            QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn A")});
        m_villageB = admin({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                            QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn B")});
        m_householdA = admin({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"),
                              m_villageA, QStringLiteral("--head"), QStringLiteral("Nguyễn Văn An")});
        admin({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"), m_villageB,
               QStringLiteral("--head"), QStringLiteral("Trần Thị Bình")});
        admin({QStringLiteral("sync"), QStringLiteral("--server"), m_server.url()});
        QCOMPARE(m_server
                     .addUser(QStringLiteral("thon-a"), QStringLiteral("village-officer"),
                              {QStringLiteral("v:") + m_villageA})
                     .code,
                 0);
        QCOMPARE(m_server
                     .addUser(QStringLiteral("thon-b"), QStringLiteral("village-officer"),
                              {QStringLiteral("v:") + m_villageB})
                     .code,
                 0);
    }

    void twoOfficersShareAPhoneAndSeeOnlyTheirOwn()
    {
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        p.setRoot(m_dir.filePath(QStringLiteral("phone-shared")));
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(&ws);
        QVERIFY(!p.unlocked());
        QVERIFY(p.users().isEmpty());

        // A wrong password: nothing is kept on the phone.
        QSignalSpy failed(&p, &Profiles::loginFailed);
        p.login(m_server.url(), QStringLiteral("thon-a"), QStringLiteral("sai-mat-khau"));
        QVERIFY(failed.wait(20000));
        QVERIFY(p.message().contains(QStringLiteral("Sai")) || p.message().contains(QStringLiteral("Wrong")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("phone-shared/users/thon-a.db"))));
        QVERIFY(!ws.isOpen());

        // Officer A: login, PIN, sync: A's village only.
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-a"), QStringLiteral("1357")));
        QCOMPARE(ws.userName(), QStringLiteral("thon-a"));
        QVERIFY(!ws.canDecide()); // a village officer does not recognise
        QVERIFY(syncOnce(sync));
        QCOMPARE(householdNames(ws), QStringList{QStringLiteral("An")});
        // The token is sealed under the PIN, never stored in the clear.
        QVERIFY(ws.store().meta("auth_token").isEmpty());
        QVERIFY(!ws.store().meta("token_box").isEmpty());

        // The phone passes to officer B.
        p.lock();
        QVERIFY(!ws.isOpen());
        QVERIFY(ws.token().isEmpty());
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-b"), QStringLiteral("8642")));
        QCOMPARE(sync.lastSyncText(), QStringLiteral("Never synced")); // A's last sync is not B's
        QVERIFY(syncOnce(sync));
        QVERIFY(sync.lastSyncText().startsWith(QStringLiteral("Synced")));
        QCOMPARE(householdNames(ws), QStringList{QStringLiteral("Bình")});
        QCOMPARE(p.users().size(), 2);
        p.lock();

        // A's PIN opens A's data, offline: nothing of B's is there.
        QVERIFY(!p.unlock(QStringLiteral("thon-a"), QStringLiteral("8642"))); // B's PIN is not A's
        QVERIFY(!p.unlocked());
        QVERIFY(p.unlock(QStringLiteral("thon-a"), QStringLiteral("1357")));
        QCOMPARE(householdNames(ws), QStringList{QStringLiteral("An")});
    }

    void wrongPinsAreSlowedDownAndTheRightOneStillWorksLater()
    {
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        p.setRoot(m_dir.filePath(QStringLiteral("phone-pin")));
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-a"), QStringLiteral("4826")));
        // Weak PINs are refused when chosen.
        QVERIFY(!Profiles::checkPinFormat(QStringLiteral("1111")).isEmpty());
        QVERIFY(!Profiles::checkPinFormat(QStringLiteral("12a4")).isEmpty());
        QVERIFY(!Profiles::checkPinFormat(QStringLiteral("123")).isEmpty());
        QVERIFY(Profiles::checkPinFormat(QStringLiteral("4826")).isEmpty());
        p.lock();
        for (int i = 0; i < 5; ++i) QVERIFY(!p.unlock(QStringLiteral("thon-a"), QStringLiteral("0000")));
        QVERIFY(p.waitSeconds() > 0);
        // During the wait even the right PIN is not tried.
        QVERIFY(!p.unlock(QStringLiteral("thon-a"), QStringLiteral("4826")));
        QVERIFY(p.message().contains(QStringLiteral("30")) || p.waitSeconds() > 25);
        // (The wait passes.)
        ws.store().setMeta("pin_wait_until", QString());
        QVERIFY(p.unlock(QStringLiteral("thon-a"), QStringLiteral("4826")));
        QCOMPARE(ws.store().meta("pin_failures"), QStringLiteral("0"));
    }

    void theOfficersPinTakesThePhoneBackFromAHousehold()
    {
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        p.setRoot(m_dir.filePath(QStringLiteral("phone-hand")));
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-a"), QStringLiteral("3719")));
        ws.lockToHousehold(m_householdA);
        QVERIFY(!p.takePhoneBack(QStringLiteral("1234")));
        QCOMPARE(ws.lockedHousehold(), m_householdA);
        QVERIFY(p.takePhoneBack(QStringLiteral("3719")));
        QVERIFY(ws.lockedHousehold().isEmpty());
    }

    void anExpiredLoginKeepsTheWorkAndSendsItAfterLoggingInAgain()
    {
        QTemporaryDir dir;
        test::ServerProcess shortLived;
        QVERIFY(shortLived.start(dir.filePath(QStringLiteral("data")),
                                 {QStringLiteral("--session-ttl"), QStringLiteral("3")}));
        QCOMPARE(
            shortLived.addUser(QStringLiteral("xa-ngan"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        p.setRoot(dir.filePath(QStringLiteral("phone")));
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(&ws);
        QVERIFY(logIn(p, shortLived.url(), QStringLiteral("xa-ngan")));
        QVERIFY(ws.canDecide()); // commune staff recognise
        QVERIFY(syncOnce(sync));
        village(ws, QStringLiteral("Thôn Mới"));
        QTest::qWait(3300);
        QVERIFY(!syncOnce(sync));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::LoginNeeded);
        QCOMPARE(sync.pendingCount(), 1); // kept
        QVERIFY(p.unlocked());            // work goes on offline
        // Logging in again (the same user, still unlocked): the PIN is not asked again, the edit goes out.
        QSignalSpy in(&p, &Profiles::loggedIn);
        p.login(shortLived.url(), QStringLiteral("xa-ngan"), QString::fromLatin1(test::kTestPassword));
        QVERIFY(in.wait(20000));
        QVERIFY(p.unlocked());
        QVERIFY(!p.needsPin());
        QVERIFY(syncOnce(sync));
        QCOMPARE(sync.pendingCount(), 0);
    }

    void aRevokedPhoneLosesThatUsersDataOnly()
    {
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        const QString root = m_dir.filePath(QStringLiteral("phone-lost"));
        p.setRoot(root);
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(&ws);
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-b"), QStringLiteral("5931")));
        QVERIFY(syncOnce(sync));
        p.lock();
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("thon-a"), QStringLiteral("2468")));
        const quint64 device = ws.store().deviceId();
        QVERIFY(syncOnce(sync));
        village(ws, QStringLiteral("Thôn chưa gửi")); // refused anyway: a village officer makes no villages
        // Staff revoke the lost phone for thon-a.
        const auto r = m_server.admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--device"),
                                       QStringLiteral("%1").arg(device, 16, 16, QLatin1Char('0'))});
        QCOMPARE(r.code, 0);
        QVERIFY(!syncOnce(sync));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::AccessRevoked);
        QTRY_VERIFY(!QFile::exists(root + QStringLiteral("/users/thon-a.db")));
        QVERIFY(!p.unlocked());
        QVERIFY(!ws.isOpen());
        QCOMPARE(p.users().size(), 1);
        QVERIFY(p.message().contains(QStringLiteral("thon-a")));
        // The other officer's data is untouched.
        QVERIFY(p.unlock(QStringLiteral("thon-b"), QStringLiteral("5931")));
        QCOMPARE(householdNames(ws), QStringList{QStringLiteral("Bình")});
    }

    // A household's own account on its own phone, logged in through the login page: its household and its
    // declaration only. None of the officer's start page is there, nor any way to it.
    void aHouseholdAccountSeesItsHouseholdAndItsDeclarationOnly()
    {
        QCOMPARE(m_server.addUser(QStringLiteral("ho-an"), QStringLiteral("household"), {}, m_householdA).code, 0);
        test::Phone p;
        QVERIFY(p.start(m_dir.filePath(QStringLiteral("phone-household"))));
        p.sync()->setAutoSync(false);
        // The server's address as the household got it: a line pasted from a chat, or the text the phone's camera
        // read from the QR code the server printed (khuyenhoc-server --qr), with a path after it.
        QVERIFY(p.type(QStringLiteral("serverFieldInput"),
                       QStringLiteral("Địa chỉ máy chủ: %1/v1/health (xã gửi)").arg(m_server.url())));
        QVERIFY(p.type(QStringLiteral("userFieldInput"), QStringLiteral("ho-an")));
        // A wrong password says so and keeps what was typed: only the password is typed again.
        QVERIFY(p.type(QStringLiteral("passwordFieldInput"), QStringLiteral("sai-mat-khau")));
        QVERIFY(p.tap(QStringLiteral("loginButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!p.text(QStringLiteral("loginMessage")).isEmpty(), 20000);
        QVERIFY(p.settle());
        QCOMPARE(p.text(QStringLiteral("userFieldInput")), QStringLiteral("ho-an"));
        QVERIFY(p.text(QStringLiteral("serverFieldInput")).contains(m_server.url()));
        QVERIFY(p.text(QStringLiteral("passwordFieldInput")).isEmpty());
        QVERIFY(p.type(QStringLiteral("passwordFieldInput"), QString::fromLatin1(test::kTestPassword)));
        QVERIFY(p.tap(QStringLiteral("loginButton")));
        QTRY_VERIFY_WITH_TIMEOUT(p.item(QStringLiteral("pinRepeatFieldInput")), 20000);
        QVERIFY(p.settle());
        QVERIFY(p.type(QStringLiteral("pinFieldInput"), QStringLiteral("2580")));
        QVERIFY(p.type(QStringLiteral("pinRepeatFieldInput"), QStringLiteral("2580")));
        QTest::keyClick(p.window, Qt::Key_Return); // Enter submits the PIN
        QTRY_COMPARE(p.page()->property("title").toString(), QStringLiteral("Hộ của tôi"));
        QCOMPARE(p.workspace.serverUrl(), m_server.url()); // the address alone
        QVERIFY(p.shows(QStringLiteral("notArrived")));    // nothing on the phone before the first sync
        QSignalSpy done(p.sync(), &SyncController::finished);
        QVERIFY(p.tap(QStringLiteral("syncButton")));
        QVERIFY(done.count() || done.wait(20000));
        QTRY_COMPARE(p.text(QStringLiteral("householdName")), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(householdNames(p.workspace), QStringList{QStringLiteral("An")}); // its own household only
        // The officer's menu is absent, and cannot be reached.
        for (const QString &officer :
             {QStringLiteral("newHouseholdButton"), QStringLiteral("householdsButton"),
              QStringLiteral("villagesButton"), QStringLiteral("clansButton"), QStringLiteral("verifyButton"),
              QStringLiteral("dashboardButton"), QStringLiteral("communeButton"), QStringLiteral("selfServiceButton"),
              QStringLiteral("addMemberButton"), QStringLiteral("editHouseholdButton")})
            QVERIFY2(!p.shows(officer), qPrintable(officer));
        QCOMPARE(p.depth(), 1);
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Hộ của tôi"));
        // Its declaration: registration and the questions, as the household.
        QVERIFY(p.tap(QStringLiteral("declarationButton")));
        QVERIFY(p.shows(QStringLiteral("registerButton")) || p.shows(QStringLiteral("beginButton")));
        QCOMPARE(p.text(QStringLiteral("householdName")), QStringLiteral("Nguyễn Văn An"));
        QVERIFY(p.tap(QStringLiteral("backButton")));
        QCOMPARE(p.page()->property("title").toString(), QStringLiteral("Hộ của tôi"));
        // Its settings: no data file, no work area of an officer.
        QVERIFY(p.tap(QStringLiteral("settingsButton")));
        QVERIFY(!p.shows(QStringLiteral("workArea")));
    }

    void provincialStaffGetTheirAreasFiguresWithoutHouseholds()
    {
        QCOMPARE(
            m_server.addUser(QStringLiteral("tinh-68"), QStringLiteral("provincial-staff"), {QStringLiteral("p:68")})
                .code,
            0);
        Workspace ws;
        Profiles p;
        p.setWorkspace(&ws);
        p.setRoot(m_dir.filePath(QStringLiteral("phone-province")));
        QVERIFY(logIn(p, m_server.url(), QStringLiteral("tinh-68")));
        QVERIFY(ws.configured()); // nothing to choose: the figures come from the server
        QVERIFY(ws.seesAreaFigures());
        QVERIFY(!ws.canDecide());
        QVERIFY(ws.store().areas().isEmpty());
        AreaReportController report;
        report.setWorkspace(&ws);
        QCOMPARE(report.areas(), QStringList{QStringLiteral("p:68")});
        QSignalSpy changed(&report, &AreaReportController::changed);
        report.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!report.busy() && !changed.isEmpty(), 20000);
        QVERIFY2(report.error().isEmpty(), qPrintable(report.error()));
        QCOMPARE(report.tables().size(), 5);
        const QVariantMap families = report.tables().first().toMap();
        { // The tables are named in the UI language, not the report's Vietnamese.
            AppSettings settings(nullptr);
            settings.setLanguage(QStringLiteral("en"));
            report::Report r;
            r.year = 2026;
            r.tables.push_back({int(pb::LEARNING_MODEL_CLAN),
                                QStringLiteral("Dòng họ học tập"),
                                QStringLiteral("Xã, phường"),
                                {},
                                {}});
            AreaReportController english;
            QVERIFY(english.show(QJsonDocument(report::toJson(r)).toJson(), 1));
            QCOMPARE(english.tables().first().toMap().value(QStringLiteral("title")).toString(),
                     QStringLiteral("Learning clan"));
            settings.setLanguage(QStringLiteral("vi"));
        }
        // The two households of the province (made in initTestCase), none recognised: "0 of 2 recognised (0%)".
        const QString summary = families.value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.startsWith(QStringLiteral("0 of 2 ")) || summary.startsWith(QStringLiteral("0 trên 2 ")),
                 qPrintable(summary));
        QCOMPARE(ws.store().list(pb::RECORD_TYPE_HOUSEHOLD).size(), size_t(0)); // and none of them on the phone
        // Offline later: the last figures are still there.
        AreaReportController again;
        again.setWorkspace(&ws);
        QCOMPARE(again.tables().size(), 5);
        QVERIFY(again.fetchedText() != AreaReportController::tr("Not fetched yet"));
        // A report that carries its communes' study funds: a table of its own, in money, a line per commune.
        report::Report withFunds;
        withFunds.areaName = QStringLiteral("Tỉnh Lâm Đồng");
        withFunds.year = 2026;
        withFunds.funds.push_back(
            {QStringLiteral("Phường Phan Thiết"), {1, 5'000'000, 2'000'000, 1'000'000, 6'000'000, 1, 1, 2}});
        withFunds.fundsTotal = withFunds.funds.front();
        QVERIFY(again.show(QJsonDocument(report::toJson(withFunds)).toJson(), 1));
        QCOMPARE(again.tables().size(), 1);
        const QVariantMap fundsTable = again.tables().first().toMap();
        const QVariantMap line = fundsTable.value(QStringLiteral("rows")).toList().first().toMap();
        QCOMPARE(line.value(QStringLiteral("area")).toString(), QStringLiteral("Phường Phan Thiết"));
        const QString text = line.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("2.000.000 ₫")) && text.contains(QStringLiteral("1.000.000 ₫")) &&
                     text.contains(QStringLiteral("6.000.000 ₫")),
                 qPrintable(text));
        QCOMPARE(fundsTable.value(QStringLiteral("summary")).toString(), text);
        // The figures shown, as a file to send on: the funds table with the rest, in each format.
        QStandardPaths::setTestModeEnabled(true); // exports go to the test-mode documents folder
        QVERIFY(again.canExport());
        const QString csv = again.exportReport(QStringLiteral("csv"));
        QVERIFY(csv.endsWith(QStringLiteral("bao-cao-tinh-68-2026.csv")));
        QCOMPARE(again.lastExport(), csv);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QVERIFY2(written.contains(QStringLiteral("Phường Phan Thiết,1,5000000,2000000,1000000,6000000,1,1,2")),
                 qPrintable(written));
        QVERIFY(again.exportReport(QStringLiteral("pdf")).endsWith(QStringLiteral(".pdf")));
        QVERIFY(again.exportReport(QStringLiteral("doc")).isEmpty()); // no such format: nothing claimed
        QVERIFY(again.lastExport().isEmpty());
        // The server's own figures too.
        QVERIFY(report.exportReport(QStringLiteral("xlsx")).endsWith(QStringLiteral(".xlsx")));
        QVERIFY(QFile(report.lastExport()).size() > 4000);
    }
};

QTEST_MAIN(TstAppAccounts)
#include "tst_app_accounts.moc"
