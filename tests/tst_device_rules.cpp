// What the device keeps once: what a login stores and who "I" am after it, the clock every "today" on a phone
// comes from, where requests go, and deleting through the store with what goes with it.
#include "device/account/device_account.h"
#include "device/net/server_endpoint.h"
#include "device/workflow/removal.h"
#include "helpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kh;
using namespace kh::test;

class TestDeviceRules : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString path() { return m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_n)); }

    static pb::Account account(pb::Role role, const QStringList &areas, const char *name = "nguoi-dung")
    {
        pb::Account a;
        a.set_username(name);
        a.set_display_name("Cán bộ Lan");
        a.set_role(role);
        for (const QString &x : areas) a.add_areas(x.toStdString());
        return a;
    }

private slots:
    void aLoginStoresTheAccountAndWhatToReceive()
    {
        LocalStore s;
        s.create(path());
        DeviceAccount me(s);
        QCOMPARE(me.role(), pb::ROLE_UNSPECIFIED);
        QVERIFY(!me.mayDecide(pb::LEARNING_MODEL_FAMILY)); // no account, no decision
        s.setAreas({QStringLiteral("c:22945")});
        me.storeLogin(QStringLiteral("http://server"), account(pb::ROLE_VILLAGE_OFFICER, {QStringLiteral("v:v1")}));
        QCOMPARE(s.areas(), QStringList{QStringLiteral("v:v1")}); // a village officer receives exactly the grants
        QCOMPARE(me.user(), QStringLiteral("nguoi-dung"));
        QCOMPARE(me.displayName(), QStringLiteral("Cán bộ Lan"));
        QVERIFY(!me.mayDecide(pb::LEARNING_MODEL_FAMILY));
        me.storeLogin(QStringLiteral("http://server"), account(pb::ROLE_COMMUNE_STAFF, {QStringLiteral("c:22945")}));
        QCOMPARE(s.areas(), QStringList{QStringLiteral("c:22945")});
        QVERIFY(me.mayDecide(pb::LEARNING_MODEL_FAMILY));
        QVERIFY(!me.mayDecide(pb::LEARNING_MODEL_COMMUNE_COMMUNITY));
        // Provincial staff start with their granted communes, never a whole province, and keep their choice.
        LocalStore p;
        p.create(path());
        DeviceAccount(p).storeLogin(
            QStringLiteral("http://server"),
            account(pb::ROLE_PROVINCIAL_STAFF, {QStringLiteral("p:68"), QStringLiteral("c:23008")}));
        QCOMPARE(p.areas(), QStringList{QStringLiteral("c:23008")});
        p.setAreas({QStringLiteral("c:22945")});
        DeviceAccount(p).storeLogin(QStringLiteral("http://server"),
                                    account(pb::ROLE_PROVINCIAL_STAFF, {QStringLiteral("p:68")}));
        QCOMPARE(p.areas(), QStringList{QStringLiteral("c:22945")});
        const auto a = DeviceAccount(p).actor();
        QCOMPARE(a.role, pb::ROLE_PROVINCIAL_STAFF);
        QCOMPARE(a.device, p.deviceId());
        QCOMPARE(a.on, p.clock().today());
    }

    void todayIsTheServersOnceTheDeviceHasSynced()
    {
        const qint64 wrong = QDateTime(QDate(2030, 6, 1), QTime(12, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
        LocalStore s([wrong] { return wrong; });
        const QString file = path();
        s.create(file);
        QCOMPARE(s.clock().year(), 2030);
        QVERIFY(!s.clock().serverCorrected());
        pb::SyncResponse r;
        const qint64 server = QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
        r.set_server_time_ms(quint64(server));
        s.apply(r, s.areas(), wrong);
        QVERIFY(s.clock().serverCorrected());
        QCOMPARE(s.clock().today(), QDate(2026, 12, 4));
        // ... and it stays so when the phone opens its database again.
        LocalStore again([wrong] { return wrong; });
        again.open(file);
        QVERIFY(again.clock().serverCorrected());
        QCOMPARE(again.clock().year(), 2026);
    }

    void requestsGoUnderTheServersPath()
    {
        const ServerEndpoint e{
            QUrl(QStringLiteral("https://khuyenhoc.example/commune/")), QByteArrayLiteral("kh1.x.y"), {}};
        QCOMPARE(e.url(QStringLiteral("/v1/sync")).toString(),
                 QStringLiteral("https://khuyenhoc.example/commune/v1/sync"));
        const QNetworkRequest r = e.request(QStringLiteral("/v1/report"), 5000,
                                            QUrlQuery{{QStringLiteral("area"), QStringLiteral("c:22945")}});
        QCOMPARE(r.rawHeader("Authorization"), QByteArrayLiteral("Bearer kh1.x.y"));
        QCOMPARE(r.url().query(), QStringLiteral("area=c:22945"));
        QCOMPARE(r.transferTimeout(), 5000);
        QString why;
        QVERIFY(ServerEndpoint::readCertificates(m_dir.filePath(QStringLiteral("none.pem")), &why).isEmpty());
        QVERIFY(!why.isEmpty());
    }

    void deletingThroughTheStoreTakesItsDependents()
    {
        LocalStore s;
        s.create(path());
        const std::string v = s.newId(), h = s.newId(), m = s.newId(), h2 = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn A")), household(h, v, QStringLiteral("Lan")),
                 household(h2, v, QStringLiteral("Mai")), member(m, h, QStringLiteral("Lan"), 1980)});
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 removeWithDependents(s, pb::RECORD_TYPE_VILLAGE, v)); // households live there
        const int before = s.pendingCount();
        QCOMPARE(removeWithDependents(s, pb::RECORD_TYPE_HOUSEHOLD, h), 2);
        QCOMPARE(s.pendingCount(), before + 1); // one change-set
        QVERIFY(s.list(pb::RECORD_TYPE_MEMBER, h).empty());
        QVERIFY_THROWS_EXCEPTION(EditError, removeWithDependents(s, pb::RECORD_TYPE_HOUSEHOLD, h)); // gone already
        QCOMPARE(s.list(pb::RECORD_TYPE_HOUSEHOLD, v).size(), size_t(1));
    }

    void aDeletionIsUndoneWithEverythingItTook()
    {
        LocalStore s;
        s.create(path());
        const std::string v = s.newId(), h = s.newId(), m = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn A")), household(h, v, QStringLiteral("Lan")),
                 member(m, h, QStringLiteral("Lan"), 1980)});
        const std::string before = s.get(pb::RECORD_TYPE_MEMBER, m)->values();
        std::vector<Record> removed;
        QCOMPARE(removeWithDependents(s, pb::RECORD_TYPE_HOUSEHOLD, h, &removed), 2);
        QCOMPARE(removed.size(), size_t(2));
        QCOMPARE(removed.front().id, h); // the household first, then what hangs under it
        const int pending = s.pendingCount();
        restoreRecords(s, removed);
        QCOMPARE(s.pendingCount(), pending + 1); // one change-set brings both back
        QVERIFY(!s.get(pb::RECORD_TYPE_HOUSEHOLD, h)->isDeleted());
        QCOMPARE(s.get(pb::RECORD_TYPE_MEMBER, m)->values(), before);
        QCOMPARE(s.list(pb::RECORD_TYPE_MEMBER, h).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestDeviceRules)
#include "tst_device_rules.moc"
