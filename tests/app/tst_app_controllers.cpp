// The app's controllers, observed with QSignalSpy: forms (validation, saving only what changed, NFC, the
// look-alike warning), the self-assessment, handing the phone over, language and the words the rules' figures
// are said in. Sync against the real server: tst_app_sync.
#include "app_fixture.h"
#include "core/funds/candidates.h"
#include "dashboard.h"

#include "core/records/ids.h"
#include "older_schema.h"

using namespace kh;
using namespace kh::app;

class TstAppControllers : public kh::test::AppFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings (the remembered language) go to a test location
    }

    // A database an older app left (schema 5) is upgraded on another thread when the app opens it: `upgrading`
    // is true meanwhile (the page that says so is drawn) and false after; the data and its figures come through.
    // A database already at this app's schema opens without it.
    void anOlderDatabaseIsUpgradedSayingSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.db"));
        int families = 0;
        {
            LocalStore s;
            s.create(path);
            SeedOptions o;
            o.communeCode = QStringLiteral("22945");
            o.households = 200;
            o.villages = 2;
            seedCommune(s, o);
            families = int(s.list(pb::RECORD_TYPE_HOUSEHOLD).size());
        }
        test::backToSchema(path, 5);
        QCOMPARE(LocalStore::schemaVersionOf(path), 5);
        Workspace ws;
        QList<bool> seen;
        bool openMeanwhile = true;
        connect(&ws, &Workspace::upgradingChanged, this, [&] {
            seen << ws.upgrading();
            if (ws.upgrading()) openMeanwhile = ws.isOpen();
        });
        QVERIFY(ws.open(path));
        QCOMPARE(seen, (QList<bool>{true, false}));
        QVERIFY(!openMeanwhile);
        QCOMPARE(LocalStore::schemaVersionOf(path), LocalStore::kSchemaVersion);
        QCOMPARE(int(ws.store().list(pb::RECORD_TYPE_HOUSEHOLD).size()), families);
        QCOMPARE(learning::rollup(ws.store(), ws.year()).total.families.total, families);
        ws.close();
        seen.clear();
        QVERIFY(ws.open(path));
        QVERIFY(seen.isEmpty());
    }

    void languageIsVietnameseByDefaultAndRemembered()
    {
        QSettings().remove(QStringLiteral("language"));
        {
            AppSettings first(nullptr);
            first.applyStored();
            QCOMPARE(first.language(), QStringLiteral("vi"));
            QCOMPARE(Labels::stage(domain::Stage::Registered), QStringLiteral("Đã đăng ký"));
            QCOMPARE(QLocale().toString(12345), QStringLiteral("12.345"));
            // A name that says its kind is not prefixed again ("Dòng họ Họ Nguyễn", "Thôn Thôn An Hòa").
            QCOMPARE(Labels::clanTitle(QStringLiteral("Họ Nguyễn")), QStringLiteral("Họ Nguyễn"));
            QCOMPARE(Labels::clanTitle(QStringLiteral("Nguyễn")), QStringLiteral("Dòng họ Nguyễn"));
            QCOMPARE(Labels::villageTitle(QStringLiteral("Thôn An Hòa")), QStringLiteral("Thôn An Hòa"));
            QCOMPARE(Labels::villageTitle(QStringLiteral("tổ dân phố 3")), QStringLiteral("tổ dân phố 3"));
            QCOMPARE(Labels::villageTitle(QStringLiteral("An Hòa")), QStringLiteral("Thôn An Hòa"));
            QCOMPARE(Labels::villageTitle(QStringLiteral("Thônglong")), QStringLiteral("Thôn Thônglong"));
            first.setLanguage(QStringLiteral("en"));
            QCOMPARE(Labels::stage(domain::Stage::Registered), QStringLiteral("Registered"));
        }
        AppSettings next(nullptr); // the app starting again
        next.applyStored();
        QCOMPARE(next.language(), QStringLiteral("en"));
        next.setLanguage(QStringLiteral("vi"));
    }

    void householdFormValidatesBesideEachField()
    {
        auto ws = workspace();
        HouseholdForm f;
        QSignalSpy validated(&f, &HouseholdForm::validated);
        f.setWorkspace(ws.get());
        QVERIFY(!f.canSave());
        QVERIFY(f.errors().contains(QStringLiteral("villageId")));
        QVERIFY(f.errors().contains(QStringLiteral("headGivenName")));
        f.setVillageId(village(*ws, QStringLiteral("Thôn C")));
        f.setHeadGivenName(QStringLiteral("Hùng"));
        f.setPhone(QStringLiteral("12345"));
        QVERIFY(f.errors().contains(QStringLiteral("phone")));
        QVERIFY(!f.canSave());
        QVERIFY(f.save().isEmpty());
        f.setPhone(QStringLiteral("0912 345 678"));
        QVERIFY(f.errors().isEmpty());
        QVERIFY(f.canSave());
        QVERIFY(validated.count() >= 4);
        const QString id = f.save();
        QVERIFY(!id.isEmpty());
        const auto r = ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, id.toStdString());
        QCOMPARE(valueOf<pb::Household>(*r).phone(), std::string("0912345678"));
    }

    void householdFormSavesOnlyTheFieldsThatChanged()
    {
        auto ws = workspace();
        const QString id = household(*ws, village(*ws, QStringLiteral("Thôn D")), QStringLiteral("Phan"),
                                     QStringLiteral("Văn"), QStringLiteral("Tài"), QStringLiteral("Số 1"));
        const int before = ws->store().pendingCount();
        HouseholdForm f;
        f.setWorkspace(ws.get());
        f.setHouseholdId(id);
        QCOMPARE(f.headName(), QStringLiteral("Phan Văn Tài"));
        QVERIFY(!f.modified());
        f.setAddress(QStringLiteral("Số 2, xóm 3"));
        QVERIFY(f.modified());
        QCOMPARE(f.save(), id);
        QCOMPARE(ws->store().pendingCount(), before + 1);
        const auto sets = ws->store().pending(1 << 20);
        const pb::ChangeSet &last = sets.back();
        QCOMPARE(last.changes_size(), 1);
        std::map<quint32, std::string> fields;
        QVERIFY(splitFields(last.changes(0).values(), &fields));
        QCOMPARE(fields.size(), size_t(1)); // only the address travels: a concurrent phone edit elsewhere survives
        QVERIFY(fields.count(pb::Household::kAddressFieldNumber));
    }

    void everyTextFieldIsStoredInNfc()
    {
        auto ws = workspace();
        const QString nfd = QStringLiteral("Nguyễn").normalized(QString::NormalizationForm_D);
        QCOMPARE(nfd.size(), 8);
        const QString id =
            household(*ws, village(*ws, QStringLiteral("Thôn E")), nfd, QString(), QStringLiteral("Hùng"));
        const auto h = valueOf<pb::Household>(*ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, id.toStdString()));
        QCOMPARE(QString::fromStdString(h.head_family_name()), QStringLiteral("Nguyễn"));
        QCOMPARE(QString::fromStdString(h.head_family_name()).size(), 6);
        MemberForm m;
        m.setWorkspace(ws.get());
        m.setHouseholdId(id);
        m.setGivenName(QStringLiteral("Thủy").normalized(QString::NormalizationForm_D));
        const QString mid = m.save();
        QVERIFY(!mid.isEmpty());
        const auto mem = valueOf<pb::Member>(*ws->store().get(pb::RECORD_TYPE_MEMBER, mid.toStdString()));
        QCOMPARE(QString::fromStdString(mem.given_name()), QStringLiteral("Thủy"));
    }

    void newHouseholdLikeAnExistingOneIsFlagged()
    {
        auto ws = workspace();
        const QString v = village(*ws, QStringLiteral("Thôn F"));
        const QString other = village(*ws, QStringLiteral("Thôn G"));
        household(*ws, v, QStringLiteral("Nguyễn"), QStringLiteral("Văn"), QStringLiteral("Hùng"),
                  QStringLiteral("Số 5"));
        HouseholdForm f;
        f.setWorkspace(ws.get());
        f.setVillageId(v);
        f.setHeadFamilyName(QStringLiteral("nguyen"));
        f.setHeadMiddleName(QStringLiteral("van"));
        f.setHeadGivenName(QStringLiteral("hung"));
        QCOMPARE(f.similarHouseholds(), QStringList{QStringLiteral("Nguyễn Văn Hùng – Số 5")});
        f.setHeadGivenName(QStringLiteral("Hưng")); // Hưng and Hùng fold alike: a likely typo, flagged
        QVERIFY(!f.similarHouseholds().isEmpty());
        f.setHeadGivenName(QStringLiteral("Minh")); // a different given name is a different person
        QVERIFY(f.similarHouseholds().isEmpty());
        f.setHeadGivenName(QStringLiteral("Hùng"));
        f.setVillageId(other); // same name in another village: not flagged
        QVERIFY(f.similarHouseholds().isEmpty());
        f.setVillageId(v);
        QVERIFY(!f.similarHouseholds().isEmpty());
        QVERIFY(f.canSave()); // a warning, not a refusal: namesakes exist
    }

    void memberFormValidatesAndRemoves()
    {
        auto ws = workspace();
        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn H")), QStringLiteral("Lý"), QString(),
                                    QStringLiteral("Công"));
        MemberForm m;
        QSignalSpy edited(&m, &MemberForm::edited);
        m.setWorkspace(ws.get());
        m.setHouseholdId(h);
        QVERIFY(m.errors().contains(QStringLiteral("givenName")));
        m.setGivenName(QStringLiteral("Lan"));
        m.setBirthYear(QStringLiteral("1850"));
        QVERIFY(m.errors().contains(QStringLiteral("birthYear")));
        m.setBirthYear(QStringLiteral("2012"));
        m.setCccd(QStringLiteral("12345"));
        QVERIFY(m.errors().contains(QStringLiteral("cccd")));
        m.setCccd(QString());
        m.setRelation(int(pb::RELATION_CHILD));
        m.setSchooling(int(pb::SCHOOLING_LOWER_SECONDARY));
        m.setStudyingNow(true);
        m.setLearningActivities(QStringLiteral("Câu lạc bộ tiếng Anh, Đọc sách"));
        QVERIFY(m.canSave());
        QVERIFY(edited.count() >= 8);
        const QString id = m.save();
        QVERIFY(!id.isEmpty());
        MemberListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setWorkspace(ws.get());
        list.setHouseholdId(h);
        // The head came with the household (entered once), then the member typed here; the head is listed first.
        QCOMPARE(list.count(), 2);
        QCOMPARE(list.get(0, QStringLiteral("name")).toString(), QStringLiteral("Lý Công"));
        QCOMPARE(list.get(1, QStringLiteral("name")).toString(), QStringLiteral("Lý Lan")); // the head's family name
        const auto mem = valueOf<pb::Member>(*ws->store().get(pb::RECORD_TYPE_MEMBER, id.toStdString()));
        QCOMPARE(mem.learning_activities_size(), 2);
        QCOMPARE(mem.birth_year(), 2012u);
        MemberForm again;
        again.setWorkspace(ws.get());
        again.setMemberId(id);
        QCOMPARE(again.learningActivities(), QStringLiteral("Câu lạc bộ tiếng Anh, Đọc sách"));
        QVERIFY(again.remove());
        QCOMPARE(list.count(), 1);
        // ... and undone: the member is back with every field.
        QCOMPARE(ws->undoText(), QStringLiteral("Lý Lan removed from the household"));
        QVERIFY(ws->undo());
        QCOMPARE(list.count(), 2);
        QCOMPARE(
            valueOf<pb::Member>(*ws->store().get(pb::RECORD_TYPE_MEMBER, id.toStdString())).learning_activities_size(),
            2);
        QVERIFY(ws->undoText().isEmpty());
    }

    // The register's scholarship facts, typed in the forms: the household's place on the poverty list and a child's
    // orphanhood or disability, kept in the draft while typed, shown on the household page, and what the fund's
    // proposals are built from.
    void scholarshipFactsFeedTheFundsProposals()
    {
        auto ws = workspace();
        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn P")), QStringLiteral("Đinh"), QString(),
                                    QStringLiteral("Sơn"));
        {
            HouseholdForm f;
            f.setWorkspace(ws.get());
            f.setHouseholdId(h);
            QCOMPARE(f.poverty(), 0);
            f.setPoverty(int(pb::POVERTY_POOR));
            f.keepDraft(); // the phone is put away before Save
        }
        HouseholdForm f;
        f.setWorkspace(ws.get());
        f.setHouseholdId(h);
        QVERIFY(f.hasDraft());
        QCOMPARE(f.poverty(), int(pb::POVERTY_POOR));
        QCOMPARE(f.save(), h);
        QCOMPARE(valueOf<pb::Household>(*ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, h.toStdString())).poverty(),
                 pb::POVERTY_POOR);
        QVERIFY2(f.summary().endsWith(QStringLiteral("Poor household")), qPrintable(f.summary()));
        {
            // Editing another field keeps it.
            HouseholdForm edit;
            edit.setWorkspace(ws.get());
            edit.setHouseholdId(h);
            edit.setPhone(QStringLiteral("0912345678"));
            QCOMPARE(edit.save(), h);
            QCOMPARE(valueOf<pb::Household>(*ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, h.toStdString())).poverty(),
                     pb::POVERTY_POOR);
        }

        MemberForm m;
        m.setWorkspace(ws.get());
        m.setHouseholdId(h);
        m.setGivenName(QStringLiteral("Nhi"));
        m.setBirthYear(QString::number(ws->year() - 10));
        m.setRelation(int(pb::RELATION_CHILD));
        m.setOrphan(true);
        m.setDisabled(true);
        m.setDisabled(false); // ticked by mistake and unticked: nothing said
        const QString child = m.save();
        QVERIFY(!child.isEmpty());
        const auto stored = valueOf<pb::Member>(*ws->store().get(pb::RECORD_TYPE_MEMBER, child.toStdString()));
        QVERIFY(stored.orphan());
        QVERIFY(!stored.has_disabled());
        MemberForm again;
        again.setWorkspace(ws.get());
        again.setMemberId(child);
        QVERIFY(again.orphan());
        QVERIFY(!again.disabled());

        std::map<std::string, pb::Member> members;
        std::map<std::string, pb::Household> households;
        for (const Record &r : ws->store().list(pb::RECORD_TYPE_MEMBER)) members[r.id] = valueOf<pb::Member>(r);
        for (const Record &r : ws->store().list(pb::RECORD_TYPE_HOUSEHOLD))
            households[r.id] = valueOf<pb::Household>(r);
        funds::CandidateRules rules;
        rules.year = ws->year();
        const auto proposed = funds::candidates(members, households, {}, rules);
        QCOMPARE(proposed.size(), size_t(1)); // the child; the head is past school age
        QCOMPARE(proposed.front().memberId, child.toStdString());
        QCOMPARE(proposed.front().categories,
                 (std::vector<pb::AwardCategory>{pb::AWARD_CATEGORY_POOR, pb::AWARD_CATEGORY_ORPHAN}));
    }

    void selfAssessmentIsStoredAsDeclaredAwaitingVerification()
    {
        auto ws = workspace();
        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn L")), QStringLiteral("Mai"), QString(),
                                    QStringLiteral("Hoa"));
        SelfAssessment s;
        QSignalSpy loaded(&s, &SelfAssessment::loaded);
        s.setWorkspace(ws.get());
        s.setHouseholdId(h);
        QCOMPARE(s.stage(), int(Labels::Stage::None));
        QVERIFY(s.itemCount() >= 8);
        QVERIFY(!s.submit()); // nothing answered
        QVERIFY(!s.error().isEmpty());
        QVERIFY(s.registerForYear());
        QCOMPARE(s.stage(), int(Labels::Stage::Registered));
        for (int i = 0; i < s.itemCount(); ++i) s.setAnswer(i, i != 2);
        QCOMPARE(s.answeredCount(), s.itemCount());
        QCOMPARE(s.metCount(), s.itemCount() - 1);
        QVERIFY(s.submit());
        QCOMPARE(s.stage(), int(Labels::Stage::Declared));
        QVERIFY(loaded.count() >= 3);
        const auto id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h.toStdString(), ws->year());
        const auto e = valueOf<pb::Evaluation>(*ws->store().get(pb::RECORD_TYPE_EVALUATION, id));
        QCOMPARE(e.declared_by(), pb::ASSESSOR_SELF);
        QCOMPARE(QString::fromStdString(e.criteria_set()), QStringLiteral("family@1")); // pinned
        QCOMPARE(e.self_assessment_size(), s.itemCount());
        QVERIFY(!e.self_assessment(2).met());
        // Once an officer verified it, the household can no longer change it. A page still showing the old state
        // is refused by the rules, in words (not the rules' own English).
        auto verified = std::make_shared<pb::Evaluation>();
        verified->set_verified_on("2026-11-20");
        ws->store().write({{pb::RECORD_TYPE_EVALUATION, id, verified, {}, false}});
        AppSettings vietnamese(nullptr);
        vietnamese.setLanguage(QStringLiteral("vi"));
        s.setAnswer(2, true);
        QVERIFY(!s.submit());
        QCOMPARE(s.error(), QStringLiteral("Đã xác minh: không thể sửa bản tự đánh giá nữa."));
        ws->notifyChanged();
        SelfAssessment later;
        later.setWorkspace(ws.get());
        later.setHouseholdId(h);
        QCOMPARE(later.stage(), int(Labels::Stage::Verified));
        QVERIFY(!later.canEdit());
        QVERIFY(!later.submit());
    }

    void evaluationStepsRefusedInWords()
    {
        AppSettings vietnamese(nullptr);
        vietnamese.setLanguage(QStringLiteral("vi"));
        auto ws = workspace();
        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn R")), QStringLiteral("Kiều"), QString(),
                                    QStringLiteral("Oanh"));
        EvaluationController ctl;
        QSignalSpy loaded(&ctl, &EvaluationController::loaded);
        ctl.setWorkspace(ws.get());
        QVERIFY(ctl.registerSubject(int(pb::LEARNING_MODEL_FAMILY), h));
        QCOMPARE(ctl.evaluationId(), ctl.idFor(int(pb::LEARNING_MODEL_FAMILY), h));
        QCOMPARE(ctl.stage(), int(Labels::Stage::Registered));
        // Nothing declared yet is said so (it once read as a self-assessment not verified).
        QVERIFY2(ctl.resultText().endsWith(QStringLiteral("(chưa tự khai)")), qPrintable(ctl.resultText()));
        QVERIFY(ctl.canAssess());
        QVERIFY(!ctl.recognise(true, QStringLiteral("1/QĐ")));
        QCOMPARE(ctl.error(), QStringLiteral("Chưa xác minh: cán bộ xác minh trước khi xã quyết định."));
        // A child of 10 not at school: the records say item 1.1 is not met.
        MemberForm child;
        child.setWorkspace(ws.get());
        child.setHouseholdId(h);
        child.setFamilyName(QStringLiteral("Kiều"));
        child.setGivenName(QStringLiteral("Nhi"));
        child.setBirthYear(QString::number(ws->year() - 10));
        QVERIFY(!child.save().isEmpty());
        QVERIFY(ctl.answer(QStringLiteral("1.1"), true)); // an officer on the household's behalf, on this phone
        QCOMPARE(ctl.stage(), int(Labels::Stage::Declared));
        // The declaration says met, the records say not: the page flags it for the officer who verifies.
        const QModelIndex first = ctl.items()->index(0);
        QCOMPARE(ctl.items()->data(first, CriteriaItemsModel::Code).toString(), QStringLiteral("1.1"));
        QCOMPARE(ctl.items()->data(first, CriteriaItemsModel::RecordsSay).toInt(), 0);
        QVERIFY(ctl.items()->data(first, CriteriaItemsModel::RecordsDisagree).toBool());
        QVERIFY(!ctl.items()->data(ctl.items()->index(1), CriteriaItemsModel::RecordsDisagree).toBool());
        QVERIFY(!ctl.canVerify()); // ... so this phone may not verify it
        QVERIFY(!ctl.verify(QStringLiteral("1.1"), true, {}));
        QCOMPARE(ctl.error(),
                 QStringLiteral("Bạn đã điền bản tự đánh giá này trên máy này: cán bộ khác phải xác minh."));
        QVERIFY(loaded.count() >= 3);
        EvaluationListModel queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        queue.setWorkspace(ws.get());
        queue.setStageFilter(int(Labels::Stage::Declared));
        QCOMPARE(queue.count(), 1);
        QCOMPARE(queue.get(0, QStringLiteral("subjectName")).toString(), QStringLiteral("Kiều Oanh"));
        StageCount waiting;
        waiting.setWorkspace(ws.get());
        waiting.setStage(int(Labels::Stage::Declared));
        QCOMPARE(waiting.count(), 1);
        // A clan registered too: counted and listed with the households (found by SQL, not the household index).
        ClanForm clan;
        clan.setWorkspace(ws.get());
        clan.setName(QStringLiteral("Họ Kiều"));
        clan.setVillageSelected(ws->households().rows().front().villageId, true);
        const QString clanId = clan.save();
        EvaluationController clanEval;
        clanEval.setWorkspace(ws.get());
        QVERIFY(clanEval.registerSubject(int(pb::LEARNING_MODEL_CLAN), clanId));
        QVERIFY(clanEval.answer(QStringLiteral("2"), true));
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(queue.count(), 2);
        QVERIFY(!clanEval.passed()); // its member households are not recorded yet: the share item is unknown
        vietnamese.setLanguage(QStringLiteral("en"));
    }

    void handingThePhoneToAHouseholdSurvivesARestart()
    {
        auto ws = workspace();
        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn M")), QStringLiteral("Đỗ"), QString(),
                                    QStringLiteral("Nam"));
        QSignalSpy mode(ws.get(), &Workspace::modeChanged);
        ws->lockToHousehold(h);
        QCOMPARE(mode.count(), 1);
        const QString path = ws->path();
        ws.reset();
        Workspace again;
        QVERIFY(again.open(path));
        QCOMPARE(again.lockedHousehold(), h);
        again.unlock();
        QVERIFY(again.lockedHousehold().isEmpty());
    }

    // What the shared rules compute is said in the UI language; in Vietnamese exactly as the records say it.
    void computedItemsAndLedgerWordsInTheUiLanguage()
    {
        AppSettings settings(nullptr);
        auto person = [](int age, bool studying, pb::Literacy literacy = pb::LITERACY_UNSPECIFIED) {
            pb::Member m;
            m.set_birth_year(quint32(2026 - age));
            m.set_studying_now(studying);
            m.set_literacy(literacy);
            return m;
        };
        const std::vector<domain::Computed> cases = {
            domain::computeFromMembers(pb::COMPUTATION_CHILDREN_IN_SCHOOL, {person(40, false)}, 2026),
            domain::computeFromMembers(pb::COMPUTATION_CHILDREN_IN_SCHOOL, {person(8, true), person(12, true)}, 2026),
            domain::computeFromMembers(pb::COMPUTATION_CHILDREN_IN_SCHOOL, {person(8, true), person(12, false)}, 2026),
            domain::computeFromMembers(pb::COMPUTATION_ADULTS_LITERATE, {person(30, false)}, 2026),
            domain::computeFromMembers(
                pb::COMPUTATION_ADULTS_LITERATE,
                {person(30, false, pb::LITERACY_LEVEL_2), person(50, false, pb::LITERACY_ILLITERATE)}, 2026),
            domain::computeFromMembers(pb::COMPUTATION_ADULTS_LEARNING, {person(30, false)}, 2026),
            domain::computeFromMembers(pb::COMPUTATION_ADULTS_LEARNING, {person(70, false)}, 2026),
            domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_FAMILIES, 7, 10, 70),
            domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_CITIZENS, 35, 40, 90),
            domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_CITIZENS, 0, 0, 90),
        };
        using S = domain::Shortfall;
        const std::vector<S> shortfalls = {{S::Incomplete, {}, 3, 0},
                                           {S::TotalBelow, {}, 75, 80},
                                           {S::ItemBelowMinimum, QStringLiteral("2.2"), 4, 5},
                                           {S::RequiredNotMet, QStringLiteral("1.1"), 0, 0},
                                           {S::ItemNotMet, QStringLiteral("3"), 0, 0},
                                           {S::BelowLevel1, {}, 0, 0},
                                           {S::NoPassRule, {}, 0, 0}};
        settings.setLanguage(QStringLiteral("vi"));
        for (const auto &c : cases) QCOMPARE(Labels::computed(c), c.explanation());
        // Why a result does not pass: the app's Vietnamese is the rules' own.
        for (const auto &f : shortfalls) QCOMPARE(Labels::shortfall(f), domain::vietnamese(f));
        QCOMPARE(Labels::donorKind(pb::DONOR_KIND_CLAN), funds::donorKindName(pb::DONOR_KIND_CLAN));
        QCOMPARE(Labels::awardCategory(pb::AWARD_CATEGORY_NEAR_POOR),
                 funds::awardCategoryName(pb::AWARD_CATEGORY_NEAR_POOR));
        // A rate's change in words: "-9 điểm %" read as a score.
        QCOMPARE(DashboardController::deltaText(true, -9, 2025), QStringLiteral("giảm 9 điểm phần trăm so với 2025"));
        QCOMPARE(DashboardController::deltaText(true, 4, 2025), QStringLiteral("tăng 4 điểm phần trăm so với 2025"));
        QCOMPARE(DashboardController::deltaText(true, 0, 2025), QStringLiteral("không đổi so với 2025"));
        settings.setLanguage(QStringLiteral("en"));
        QCOMPARE(Labels::computed(cases[2]), QStringLiteral("2 children of school age, 1 at school — not met yet"));
        QCOMPARE(Labels::computed(cases[7]),
                 QStringLiteral("7/10 households are learning families (70%, 70% needed) — met"));
        QCOMPARE(Labels::donorKind(pb::DONOR_KIND_CLAN), QStringLiteral("Clan"));
        QCOMPARE(Labels::shortfalls({shortfalls[1], shortfalls[2]}),
                 QStringLiteral("75 points in all, at least 80 needed; Item 2.2: 4 points, below 5"));
        QCOMPARE(DashboardController::deltaText(true, -1, 2025), QStringLiteral("down 1 percentage point since 2025"));
        QCOMPARE(Labels::awardCategory(pb::AWARD_CATEGORY_NEAR_POOR), QStringLiteral("Near-poor household"));
        settings.setLanguage(QStringLiteral("vi"));
    }
};

QTEST_MAIN(TstAppControllers)
#include "tst_app_controllers.moc"
