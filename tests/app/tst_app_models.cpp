// The app's list models, checked with QAbstractItemModelTester: search, Vietnamese order, filters, rows
// inserted in place, counts against an independent count.
#include "app_fixture.h"
#include "household_index.h"

#include <atomic>
#include <thread>

using namespace kh;
using namespace kh::app;

class TstAppModels : public kh::test::AppFixture {
    Q_OBJECT

    // A phone database holding a seeded commune (with this year's stages when `progress`), closed again: the
    // tests that open it as the app does.
    QString seededDatabase(int households, int villages, int seed, bool progress, int *year = nullptr)
    {
        auto ws = workspace();
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = households;
        o.villages = villages;
        o.seed = seed;
        if (progress) o.progressYear = ws->year();
        seedCommune(ws->store(), o);
        if (year) *year = ws->year();
        return ws->path();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings (the remembered language) go to a test location
    }

    void householdListSearchIgnoresDiacriticsAndCase()
    {
        auto ws = workspace();
        const QString v = village(*ws, QStringLiteral("Thôn Phú Lộc"));
        household(*ws, v, QStringLiteral("Nguyễn"), QStringLiteral("Văn"), QStringLiteral("Hùng"));
        household(*ws, v, QStringLiteral("Đặng"), QStringLiteral("Thị"), QStringLiteral("Hoà"));
        household(*ws, v, QStringLiteral("Trần"), QStringLiteral("Quốc"), QStringLiteral("Bảo"),
                  QStringLiteral("Xóm Đình"));
        HouseholdListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(ws.get());
        QCOMPARE(m.count(), 3);
        m.setQuery(QStringLiteral("nguyen van hung"));
        QCOMPARE(names(m), QStringList{QStringLiteral("Nguyễn Văn Hùng")});
        m.setQuery(QStringLiteral("NGUYỄN hùng")); // case, diacritics and word order
        QCOMPARE(names(m), QStringList{QStringLiteral("Nguyễn Văn Hùng")});
        m.setQuery(QStringLiteral("dang")); // "d" finds "Đ"
        QCOMPARE(names(m), QStringList{QStringLiteral("Đặng Thị Hoà")});
        m.setQuery(QStringLiteral("hòa")); // new tone placement finds the old one
        QCOMPARE(names(m), QStringList{QStringLiteral("Đặng Thị Hoà")});
        m.setQuery(QStringLiteral("xom dinh")); // the address too
        QCOMPARE(names(m), QStringList{QStringLiteral("Trần Quốc Bảo")});
        m.setQuery(QString());
        QCOMPARE(m.count(), 3);
    }

    void householdListSortsTheVietnameseWayByGivenName()
    {
        auto ws = workspace();
        const QString v = village(*ws, QStringLiteral("Thôn An Hòa"));
        // Given names in dictionary order: An < Anh < Ánh < Ân < Bình < Đào < Dũng? no: d < đ, so Dũng < Đào.
        for (const auto &[f, g] :
             std::vector<std::pair<QString, QString>>{{QStringLiteral("Lê"), QStringLiteral("Đào")},
                                                      {QStringLiteral("Vũ"), QStringLiteral("Ân")},
                                                      {QStringLiteral("Phạm"), QStringLiteral("Ánh")},
                                                      {QStringLiteral("Hồ"), QStringLiteral("Dũng")},
                                                      {QStringLiteral("Bùi"), QStringLiteral("Anh")},
                                                      {QStringLiteral("Ngô"), QStringLiteral("Bình")},
                                                      {QStringLiteral("Trần"), QStringLiteral("An")},
                                                      {QStringLiteral("Âu"), QStringLiteral("An")}})
            household(*ws, v, f, QString(), g);
        HouseholdListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(ws.get());
        // Same given name: then by family name (Trần < Âu? t > â, so Âu An first).
        QCOMPARE(names(m), (QStringList{QStringLiteral("Âu An"), QStringLiteral("Trần An"), QStringLiteral("Bùi Anh"),
                                        QStringLiteral("Phạm Ánh"), QStringLiteral("Vũ Ân"), QStringLiteral("Ngô Bình"),
                                        QStringLiteral("Hồ Dũng"), QStringLiteral("Lê Đào")}));
    }

    void householdListFiltersByVillageAndStage()
    {
        auto ws = workspace();
        const QString a = village(*ws, QStringLiteral("Thôn A"));
        const QString b = village(*ws, QStringLiteral("Thôn B"));
        const QString h1 = household(*ws, a, QStringLiteral("Lê"), QString(), QStringLiteral("Một"));
        household(*ws, a, QStringLiteral("Lê"), QString(), QStringLiteral("Hai"));
        household(*ws, b, QStringLiteral("Lê"), QString(), QStringLiteral("Ba"));
        HouseholdListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&m, &HouseholdListModel::countChanged);
        m.setWorkspace(ws.get());
        m.setVillageId(a);
        QCOMPARE(m.count(), 2);
        m.setStatusFilter(HouseholdListModel::StatusFilter::Registered);
        QCOMPARE(m.count(), 0);
        SelfAssessment s;
        s.setWorkspace(ws.get());
        s.setHouseholdId(h1);
        QVERIFY(s.registerForYear()); // the list reloads by itself when the workspace changes
        QCOMPARE(names(m), QStringList{QStringLiteral("Lê Một")});
        QCOMPARE(m.data(m.index(0), HouseholdListModel::StageRole).toInt(), int(Labels::Stage::Registered));
        m.setStatusFilter(HouseholdListModel::StatusFilter::NotRegistered);
        QCOMPARE(names(m), QStringList{QStringLiteral("Lê Hai")});
        m.setVillageId(QString());
        QCOMPARE(m.count(), 2);
        QVERIFY(counts.count() >= 4);
    }

    void savingOneHouseholdInsertsOneRowInPlace()
    {
        auto ws = workspace();
        const QString v = village(*ws, QStringLiteral("Thôn Z"));
        for (const QString &g :
             {QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Dũng"), QStringLiteral("Đào")})
            household(*ws, v, QStringLiteral("Lê"), QString(), g);
        HouseholdListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(ws.get());
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        const QString id = household(*ws, v, QStringLiteral("Lê"), QString(), QStringLiteral("Chi"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 2); // between Bình and Dũng
        QCOMPARE(removed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(names(m), (QStringList{QStringLiteral("Lê An"), QStringLiteral("Lê Bình"), QStringLiteral("Lê Chi"),
                                        QStringLiteral("Lê Dũng"), QStringLiteral("Lê Đào")}));
        // Renaming moves it; deleting removes it; the index follows without a rebuild.
        HouseholdForm f;
        f.setWorkspace(ws.get());
        f.setHouseholdId(id);
        f.setHeadGivenName(QStringLiteral("Yến"));
        QCOMPARE(f.save(), id);
        QCOMPARE(names(m).last(), QStringLiteral("Lê Yến"));
        QVERIFY(f.remove());
        QCOMPARE(m.count(), 4);
        QCOMPARE(reset.count(), 0);
    }

    // The read says it is done from its own thread just before it hands its rows over; the GUI thread may take
    // that word before the hand-over. The rows are taken all the same (not left "loading" for good), and a word
    // from an earlier read is not taken for this one's.
    void aReadIsTakenWhenItSaysItIsDone()
    {
        int year = 0;
        const QString path = seededDatabase(40, 2, 5, false, &year);
        LocalStore store;
        store.open(path);
        HouseholdIndex index(store, year);
        std::atomic<int> told{0};
        index.readInBackground(path, [&](int serial) {
            told = serial;
            std::this_thread::sleep_for(std::chrono::milliseconds(300)); // the hand-over, held back
        });
        QTRY_VERIFY(told.load() != 0);
        QVERIFY(index.reading());
        QVERIFY(!index.finishRead(told.load() - 1)); // an earlier read's word
        QVERIFY(index.reading());
        QVERIFY(index.finishRead(told.load()));
        QVERIFY(!index.reading());
        QCOMPARE(int(index.rows().size()), 40);
    }

    void householdsAreReadInTheBackgroundAtOpen()
    {
        // The app draws its start page at once and reads the household list on another thread: lists that must
        // not wait say they are loading (not "no households"); what the officer saves before the read is taken
        // is in the list after it, and the read is the only one.
        const QString path = seededDatabase(300, 3, 11, true);
        Workspace ws;
        QVERIFY(ws.open(path));
        QVERIFY(ws.householdsLoading());
        HouseholdListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setWorkspace(&ws);
        StageCount toVerify;
        toVerify.setWorkspace(&ws);
        toVerify.setStage(int(domain::Stage::Declared));
        QVERIFY(list.loading());
        QCOMPARE(list.count(), 0);
        QVERIFY(toVerify.loading());
        // Saved after the read took its snapshot and before its rows are taken (the event loop has not run): the
        // read cannot have seen it, so it must be read again when the rows are taken. Written straight to the
        // store, as a form does, without asking the index.
        QThread::msleep(300); // the read (300 households, ~10 ms) is done by then; a slower one only tests less
        const auto villages = ws.store().list(pb::RECORD_TYPE_VILLAGE);
        auto h = std::make_shared<pb::Household>();
        h->set_village_id(villages.front().id);
        h->set_head_family_name("Lý");
        h->set_head_given_name("Xuyến");
        const std::string id = ws.store().newId();
        ws.store().write({{pb::RECORD_TYPE_HOUSEHOLD, id, h, {}, false}});
        ws.notifyChanged(pb::RECORD_TYPE_HOUSEHOLD, id);
        QVERIFY(ws.householdsLoading()); // the save did not wait for the read
        QTRY_VERIFY(!list.loading());
        QCOMPARE(list.totalCount(), 301);
        QCOMPARE(ws.households().builds(), 1); // read once, in the background
        list.setQuery(QStringLiteral("ly xuyen"));
        QCOMPARE(list.count(), 1);
        // The start page's count agrees with the records.
        QVERIFY(!toVerify.loading());
        int declared = 0;
        for (const auto &r : ws.store().list(pb::RECORD_TYPE_EVALUATION)) {
            const auto e = valueOf<pb::Evaluation>(r);
            declared += int(e.year()) == ws.year() && domain::stageOf(e) == domain::Stage::Declared ? 1 : 0;
        }
        QVERIFY(declared > 0);
        QCOMPARE(toVerify.count(), declared);

        // Everything changed while it read (a sync that brought many records): its rows are thrown away and the
        // list is read again with the change.
        Workspace again;
        QVERIFY(again.open(path));
        QVERIFY(again.householdsLoading());
        auto h2 = std::make_shared<pb::Household>(*h);
        h2->set_head_given_name("Yến");
        const std::string id2 = again.store().newId();
        again.store().write({{pb::RECORD_TYPE_HOUSEHOLD, id2, h2, {}, false}});
        again.notifyChanged();
        const auto &rows = again.households().rows();
        QCOMPARE(int(rows.size()), 302);
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const auto &r) { return r.id == q(id2); }));
    }

    void villageCountsMatchAnIndependentCount()
    {
        auto ws = workspace();
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = 400;
        o.villages = 4;
        o.seed = 7;
        o.progressYear = ws->year();
        seedCommune(ws->store(), o);
        ws->notifyChanged();
        VillageListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setWorkspace(ws.get());
        QCOMPARE(m.count(), 4);
        // Independent count straight from the records.
        std::map<std::string, std::string> villageOf;
        for (const auto &r : ws->store().list(pb::RECORD_TYPE_HOUSEHOLD))
            villageOf[r.id] = valueOf<pb::Household>(r).village_id();
        std::map<std::string, std::array<int, 5>> expect; // households, registered, declared, verified, recognised
        for (const auto &[h, v] : villageOf) ++expect[v][0];
        for (const auto &r : ws->store().list(pb::RECORD_TYPE_EVALUATION)) {
            const auto e = valueOf<pb::Evaluation>(r);
            auto &c = expect[villageOf[e.subject_id()]];
            ++c[1];
            if (!e.declared_on().empty()) ++c[2];
            if (!e.verified_on().empty()) ++c[3];
            if (!e.decided_on().empty() && e.recognised()) ++c[4];
        }
        int total = 0;
        for (int i = 0; i < m.count(); ++i) {
            const auto &c = expect[m.get(i, QStringLiteral("villageId")).toString().toStdString()];
            QCOMPARE(m.get(i, QStringLiteral("households")).toInt(), c[0]);
            QCOMPARE(m.get(i, QStringLiteral("registered")).toInt(), c[1]);
            QCOMPARE(m.get(i, QStringLiteral("declared")).toInt(), c[2]);
            QCOMPARE(m.get(i, QStringLiteral("verified")).toInt(), c[3]);
            QCOMPARE(m.get(i, QStringLiteral("recognised")).toInt(), c[4]);
            QCOMPARE(m.get(i, QStringLiteral("lagging")).toBool(), c[0] > 0 && 100.0 * c[4] / c[0] < 70.0);
            total += c[0];
        }
        QCOMPARE(total, 400);
        QCOMPARE(m.totals().value(QStringLiteral("households")).toInt(), 400);
        // The commune's rates for every model agree with the same records.
        RollupController rollup;
        QSignalSpy changed(&rollup, &RollupController::changed);
        rollup.setWorkspace(ws.get());
        QTRY_VERIFY(!rollup.loading()); // computed on another thread
        const auto rows = rollup.rows();
        QCOMPARE(rows.size(), 5);
        const auto families = rows[0].toMap();
        QCOMPARE(families.value(QStringLiteral("total")).toInt(), 400);
        QCOMPARE(families.value(QStringLiteral("recognised")).toInt(),
                 m.totals().value(QStringLiteral("recognised")).toInt());
        QCOMPARE(families.value(QStringLiteral("target")).toInt(), 70);
        QCOMPARE(rows[2].toMap().value(QStringLiteral("total")).toInt(), 4); // village communities
        // Judged only against a target and with something to count: behind or on target, else neither (shown
        // plain, not green). Units: none on this phone; citizens: no target.
        QCOMPARE(families.value(QStringLiteral("lagging")).toBool(), !families.value("meetsTarget").toBool());
        for (const int neither : {3, 4}) {
            const auto row = rows[neither].toMap();
            QVERIFY2(!row.value(QStringLiteral("meetsTarget")).toBool() &&
                         !row.value(QStringLiteral("lagging")).toBool(),
                     qPrintable(row.value(QStringLiteral("text")).toString()));
        }
        QCOMPARE(rows[3].toMap().value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(rows[4].toMap().value(QStringLiteral("target")).toInt(), 0);
        household(*ws, m.get(0, QStringLiteral("villageId")).toString(), QStringLiteral("Lý"), QString(),
                  QStringLiteral("Mới"));
        // Recomputed a moment after a record changed (in the meantime the figures say they are being computed,
        // never the old ones).
        QVERIFY(rollup.loading());
        QTRY_VERIFY(!rollup.loading());
        QVERIFY(changed.count() >= 2);
        QCOMPARE(rollup.rows()[0].toMap().value(QStringLiteral("total")).toInt(), 401);
    }

    void dashboardFiguresTrendsAndExports()
    {
        QStandardPaths::setTestModeEnabled(true); // exports go to the test-mode documents folder
        auto ws = workspace();
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = 300;
        o.villages = 3;
        o.seed = 5;
        o.progressYear = ws->year();
        o.pastYears = 2;
        seedCommune(ws->store(), o);
        ws->notifyChanged();
        DashboardController dash;
        QSignalSpy changed(&dash, &DashboardController::changed);
        dash.setWorkspace(ws.get());
        QVERIFY(dash.loading());
        QTRY_VERIFY(!dash.loading()); // computed on another thread, from a connection of its own
        const int computations = ws->rollups().computations();
        const auto roll = learning::rollup(ws->store(), ws->year());
        const auto families = dash.models().front().toMap();
        QCOMPARE(families.value(QStringLiteral("percent")).toInt(), roll.total.families.percent());
        const int lastYear = learning::rollup(ws->store(), ws->year() - 1).total.families.percent();
        QCOMPARE(families.value(QStringLiteral("delta")).toInt(), roll.total.families.percent() - lastYear);
        QCOMPARE(dash.trend().size(), 3); // two finished years and this one
        QCOMPARE(dash.trend().last().toMap().value(QStringLiteral("year")).toInt(), ws->year());
        const auto citizens = dash.models().last().toMap(); // no target: neither on it nor behind it
        QVERIFY(!citizens.value(QStringLiteral("meetsTarget")).toBool() && !citizens.value("lagging").toBool());
        const auto villages = dash.villages();
        QCOMPARE(villages.size(), 3);
        for (const auto &v : villages) // each bar marks the target it is judged by
            QCOMPARE(v.toMap().value(QStringLiteral("target")).toInt(), families.value("target").toInt());
        for (int i = 1; i < villages.size(); ++i) // lowest first: where to go next
            QVERIFY(villages[i - 1].toMap().value(QStringLiteral("percent")).toInt() <=
                    villages[i].toMap().value(QStringLiteral("percent")).toInt());
        QCOMPARE(dash.communeChoices().size(), 2);
        dash.chooseCommune(1);
        QCOMPARE(dash.communeCode(), QStringLiteral("22945"));
        QVERIFY(changed.count() >= 2);
        const QString csv = dash.exportReport(QStringLiteral("csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith(QByteArray("\xEF\xBB\xBF") + QStringLiteral("Báo cáo").toUtf8()));
        QVERIFY(dash.exportReport(QStringLiteral("xlsx")).endsWith(QStringLiteral(".xlsx")));
        // A burst of saves costs one computation, once they settle; the figures then include all of them.
        const QString v = dash.villages().front().toMap().value(QStringLiteral("villageId")).toString();
        for (const auto &given : {QStringLiteral("Một"), QStringLiteral("Hai"), QStringLiteral("Ba")})
            household(*ws, v, QStringLiteral("Lý"), QString(), given);
        QVERIFY(dash.loading());
        QTRY_VERIFY(!dash.loading());
        QCOMPARE(ws->rollups().computations(), computations + 1);
        QCOMPARE(dash.models().front().toMap().value(QStringLiteral("text")).toString().section(QLatin1Char('/'), 1),
                 QLocale().toString(learning::rollup(ws->store(), ws->year()).total.families.total));
        QCOMPARE(learning::rollup(ws->store(), ws->year()).total.families.total, 303);
    }

    void clanSpansVillagesWithMemberHouseholds()
    {
        auto ws = workspace();
        const QString a = village(*ws, QStringLiteral("Thôn I"));
        const QString b = village(*ws, QStringLiteral("Thôn K"));
        const QString h1 = household(*ws, a, QStringLiteral("Hoàng"), QString(), QStringLiteral("Minh"));
        const QString h2 = household(*ws, b, QStringLiteral("Hoàng"), QString(), QStringLiteral("Tuấn"));
        ClanForm c;
        c.setWorkspace(ws.get());
        c.setName(QStringLiteral("Họ Hoàng"));
        QVERIFY(c.errors().contains(QStringLiteral("villages")));
        QVERIFY(!c.addHousehold(h1)); // not saved yet
        c.setVillageSelected(a, true);
        c.setVillageSelected(b, true);
        const QString id = c.save();
        QVERIFY(!id.isEmpty());
        QVERIFY(c.addHousehold(h1));
        QVERIFY(c.addHousehold(h2));
        QVERIFY(c.addHousehold(h2)); // twice is once
        ClanMemberModel members;
        QAbstractItemModelTester tester(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setWorkspace(ws.get());
        members.setClanId(id);
        QCOMPARE(members.count(), 2);
        const QStringList ids = members.householdIds(); // what the household picker marks as already in the clan
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), (QSet<QString>{h1, h2}));
        ClanListModel clans;
        QAbstractItemModelTester tester2(&clans, QAbstractItemModelTester::FailureReportingMode::QtTest);
        clans.setWorkspace(ws.get());
        QCOMPARE(clans.count(), 1);
        QCOMPARE(clans.get(0, QStringLiteral("households")).toInt(), 2);
        QCOMPARE(clans.get(0, QStringLiteral("villages")).toString(), QStringLiteral("Thôn I, Thôn K"));
        QVERIFY(c.removeHousehold(h1));
        QCOMPARE(members.count(), 1);
    }
};

QTEST_MAIN(TstAppModels)
#include "tst_app_models.moc"
