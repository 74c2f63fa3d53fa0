// The app's controllers, observed with QSignalSpy: forms (validation, saving only what changed, NFC, the
// look-alike warning), the self-assessment, handing the phone over, language, and sync against the real
// server binary (receipt, failures in words, automatic retry, conflicts).
// Long file: every controller against the same fixture, server and workspaces; split by controller they would repeat it.
#include "app_fixture.h"
#include "core/funds/candidates.h"
#include "dashboard.h"
#include "device/tools/report_archive.h"
#include "http.h"
#include "sync_marks.h"

#include "core/records/ids.h"
#include "older_schema.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

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
        QVERIFY(ctl.canAssess());
        QVERIFY(!ctl.recognise(true, QStringLiteral("1/QĐ")));
        QCOMPARE(ctl.error(), QStringLiteral("Chưa xác minh: cán bộ xác minh trước khi xã quyết định."));
        QVERIFY(ctl.answer(QStringLiteral("1.1"), true)); // an officer on the household's behalf, on this phone
        QCOMPARE(ctl.stage(), int(Labels::Stage::Declared));
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
        settings.setLanguage(QStringLiteral("vi"));
        for (const auto &c : cases) QCOMPARE(Labels::computed(c), c.explanation());
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
        QCOMPARE(DashboardController::deltaText(true, -1, 2025), QStringLiteral("down 1 percentage point since 2025"));
        QCOMPARE(Labels::awardCategory(pb::AWARD_CATEGORY_NEAR_POOR), QStringLiteral("Near-poor household"));
        settings.setLanguage(QStringLiteral("vi"));
    }

    void receiptReadsInVietnamese()
    {
        AppSettings settings(nullptr);
        settings.setLanguage(QStringLiteral("vi"));
        SyncReceipt r;
        r.sent = 152;
        r.received = 310;
        // Words only: the server's detail names records by id, which no one should have to read.
        QCOMPARE(SyncController::describeRefusal(pb::REJECT_REASON_UNKNOWN_REFERENCE),
                 QStringLiteral("Thay đổi nhắc tới thôn hoặc hộ mà máy chủ không có (có thể đã bị xóa ở máy khác?)"));
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 310 đã nhận")); // no conflict made
        r.conflicts = 2;
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 310 đã nhận, 2 xung đột mới"));
        r.received = 12345; // numbers in the Vietnamese format
        QCOMPARE(SyncController::describe(r), QStringLiteral("152 hồ sơ đã gửi, 12.345 đã nhận, 2 xung đột mới"));
        r.received = 310;
        settings.setLanguage(QStringLiteral("en"));
        r.sent = 1;
        QCOMPARE(SyncController::describe(r), QStringLiteral("1 record sent, 310 received, 2 new conflicts"));
    }

    void syncFailureIsExplainedAndSuccessGivesAReceipt()
    {
        AppSettings english(nullptr);
        english.setLanguage(QStringLiteral("en"));
        auto ws = workspace(QStringLiteral("http://127.0.0.1:9")); // nothing listens there
        household(*ws, village(*ws, QStringLiteral("Thôn N")), QStringLiteral("Lê"), QString(),
                  QStringLiteral("Khang"));
        SyncController sync;
        sync.setAutoSync(false);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get());
        QCOMPARE(sync.pendingCount(), 3); // by record: the village, the household, its head
        sync.sync();
        QVERIFY(sync.busy());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Offline);
        QVERIFY(!sync.errorTitle().isEmpty());
        QVERIFY(sync.errorAdvice().contains(QStringLiteral("safe")));
        QVERIFY(!sync.online());
        QCOMPARE(sync.pendingCount(), 3); // nothing lost

        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-a"))), qPrintable(server.log()));
        QVERIFY(ws->setServerUrl(server.url()));
        signIn(*ws, server);
        finished.clear();
        sync.sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::None);
        QCOMPARE(sync.pendingCount(), 0);
        QVERIFY(sync.online());
        QVERIFY(sync.receiptText().startsWith(QStringLiteral("3 records sent")));
        QVERIFY(!sync.lastSyncText().isEmpty());
    }

    void syncsOnceShortlyAfterTheAppStarts()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-start"))), qPrintable(server.log()));
        auto ws = workspace(server.url());
        signIn(*ws, server);
        household(*ws, village(*ws, QStringLiteral("Thôn S")), QStringLiteral("Lục"), QString(),
                  QStringLiteral("Vân")); // left from last time
        SyncController sync;
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get()); // what Main.qml does at start; nobody presses anything
        QVERIFY(!sync.busy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(sync.pendingCount(), 0);
        QTest::qWait(2500); // once, not a loop
        QCOMPARE(finished.count(), 1);
    }

    void editsAreSentByThemselvesWhenTheServerIsBack()
    {
        // Find a free port, then leave it closed: the "network" is down.
        // (The phone logged in earlier, to the same server: its token is in the server's data folder.)
        quint16 port = 0;
        std::unique_ptr<Workspace> ws;
        {
            test::ServerProcess probe;
            QVERIFY(probe.start(m_dir.filePath(QStringLiteral("srv-back"))));
            port = probe.port;
            ws = workspace(probe.url());
            signIn(*ws, probe);
        }
        household(*ws, village(*ws, QStringLiteral("Thôn P")), QStringLiteral("Tạ"), QString(),
                  QStringLiteral("Quyết"));
        SyncController sync;
        sync.setRetryDelayMs(300);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.setWorkspace(ws.get());
        sync.sync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Offline);
        QVERIFY(finished.wait(5000)); // retried on its own, still down
        QCOMPARE(finished.last().first().toBool(), false);
        test::ServerProcess server; // the network comes back
        QVERIFY2(
            server.start(m_dir.filePath(QStringLiteral("srv-back")), {QStringLiteral("--port"), QString::number(port)}),
            qPrintable(server.log()));
        QCOMPARE(server.port, port);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().first().toBool(), 20000);
        QCOMPARE(sync.pendingCount(), 0);
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::None);
        const int attempts = int(finished.count());
        QTest::qWait(1000); // nothing pending: no more automatic syncs
        QCOMPARE(int(finished.count()), attempts);
    }

    // A new phone's first sync of a large commune: the bar says how many records have arrived of how many, and
    // the percentage, in Vietnamese, while the pages arrive.
    void aLongFirstSyncShowsRecordsOfHowManyAndThePercentage()
    {
        AppSettings vietnamese(nullptr);
        vietnamese.setLanguage(QStringLiteral("vi"));
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-first")),
                              {QStringLiteral("--demo-commune"), QStringLiteral("22945"),
                               QStringLiteral("--demo-households"), QStringLiteral("2000")}),
                 qPrintable(server.log()));
        auto ws = workspace(server.url());
        signIn(*ws, server);
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        struct Seen {
            int received, expected;
            double progress;
            QString text;
        };
        QList<Seen> seen;
        connect(&sync, &SyncController::progressChanged, this, [&] {
            seen << Seen{sync.receivedCount(), sync.expectedCount(), sync.progress(), sync.progressText()};
        });
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        const int total = sync.receivedCount();
        QVERIFY2(total > 12000, qPrintable(QString::number(total))); // four pages of 4,000 at least
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        int during = 0;
        for (const Seen &s : seen) {
            if (s.expected < 0) continue; // connecting
            // The server's count is exact here (no record under two of the keys): every figure is the final one.
            QCOMPARE(s.expected, total);
            QVERIFY(s.received > 0 && s.received <= total);
            const int percent = int(100 * qint64(s.received) / total);
            QCOMPARE(s.text, QStringLiteral("Đang tải %1 / %2 bản ghi (%3%)")
                                 .arg(vi.toString(s.received), vi.toString(total))
                                 .arg(percent));
            QCOMPARE(s.progress, double(s.received) / total);
            if (s.received < total) ++during;
        }
        QVERIFY(during >= 3); // shown while the pull ran, page after page
        QVERIFY(seen.first().text.startsWith(QStringLiteral("Đang kết nối"))); // before the first answer
    }

    // Stopping a sync that hangs says the person stopped it, not that the network is slow.
    void cancellingASyncSaysWhoStoppedIt()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, [&] { held << silent.nextPendingConnection(); });
        auto ws = workspace(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        household(*ws, village(*ws, QStringLiteral("Thôn Q")), QStringLiteral("Đỗ"), QString(), QStringLiteral("Quân"));
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QTRY_VERIFY(sync.busy() && !held.isEmpty());
        sync.cancel();
        QVERIFY(finished.count() || finished.wait(10000));
        QCOMPARE(sync.errorKind(), SyncController::ErrorKind::Cancelled);
        QCOMPARE(sync.errorTitle(), QStringLiteral("You stopped the sync"));
        QCOMPARE(sync.pendingCount(), 3); // nothing lost: the village, the household, its head still wait
    }

    void concurrentEditBecomesAConflictTheOfficerResolves()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-b"))), qPrintable(server.log()));
        auto a = workspace(server.url());
        auto b = workspace(server.url());
        // Two officers of the commune, each on a phone of their own: a conflict names the other one.
        signInAs(*a, server, QStringLiteral("can-bo-lan"), QStringLiteral("Nguyễn Thị Lan"));
        signInAs(*b, server, QStringLiteral("can-bo-mai"), QStringLiteral("Trần Thị Mai"));
        SyncController sa, sb;
        sa.setAutoSync(false);
        sb.setAutoSync(false);
        sa.setWorkspace(a.get());
        sb.setWorkspace(b.get());
        const QString h = household(*a, village(*a, QStringLiteral("Thôn O")), QStringLiteral("Vương"), QString(),
                                    QStringLiteral("Hải"));
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        HouseholdForm fa, fb;
        fa.setWorkspace(a.get());
        fa.setHouseholdId(h);
        fb.setWorkspace(b.get());
        fb.setHouseholdId(h);
        QCOMPARE(fb.headName(), QStringLiteral("Vương Hải"));
        fa.setPhone(QStringLiteral("0912000001"));
        fb.setPhone(QStringLiteral("0987000002"));
        QVERIFY(!fa.save().isEmpty());
        QVERIFY(!fb.save().isEmpty());
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        QVERIFY(syncOnce(sa));
        QCOMPARE(sb.conflictCount(), 1);
        // The sync itself went well, yet the bar must not say "all sent" in green while a conflict waits; the
        // household carries the conflict mark in the list.
        QVERIFY(sa.needsAttention());
        {
            HouseholdListModel list;
            list.setWorkspace(a.get());
            const int markRole = list.roleNames().key("syncMark");
            const int idRole = list.roleNames().key("householdId");
            int mark = -1;
            for (int i = 0; i < list.rowCount(); ++i)
                if (list.data(list.index(i), idRole).toString() == h) mark = list.data(list.index(i), markRole).toInt();
            QCOMPARE(mark, int(SyncMarks::Conflict));
        }
        ConflictModel conflicts;
        QAbstractItemModelTester tester(&conflicts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        conflicts.setWorkspace(a.get());
        QCOMPARE(conflicts.count(), 1);
        QCOMPARE(conflicts.get(0, QStringLiteral("recordTitle")).toString(), QStringLiteral("Vương Hải"));
        QCOMPARE(conflicts.get(0, QStringLiteral("fieldLabel")).toString(), QStringLiteral("Phone"));
        const QStringList values{conflicts.get(0, QStringLiteral("keptValue")).toString(),
                                 conflicts.get(0, QStringLiteral("otherValue")).toString()};
        QVERIFY(values.contains(QStringLiteral("0912000001")));
        QVERIFY(values.contains(QStringLiteral("0987000002")));
        // Who, in words: this phone or the officer whose phone made the other write, never a device number. The
        // conflict was recorded while Mai's phone pushed (her name from her session); on her phone, Lan's side is
        // named through the account Lan's phone belongs to.
        const QStringList who{conflicts.get(0, QStringLiteral("keptWho")).toString(),
                              conflicts.get(0, QStringLiteral("otherWho")).toString()};
        QVERIFY2(who.contains(QStringLiteral("this phone")) && who.contains(QStringLiteral("Trần Thị Mai")),
                 qPrintable(who.join(QLatin1Char('|'))));
        {
            ConflictModel onB;
            onB.setWorkspace(b.get());
            QCOMPARE(onB.count(), 1);
            const QStringList whoOnB{onB.get(0, QStringLiteral("keptWho")).toString(),
                                     onB.get(0, QStringLiteral("otherWho")).toString()};
            QVERIFY2(whoOnB.contains(QStringLiteral("this phone")) && whoOnB.contains(QStringLiteral("Nguyễn Thị Lan")),
                     qPrintable(whoOnB.join(QLatin1Char('|'))));
        }
        const QString other = values[1];
        QVERIFY(conflicts.resolve(conflicts.get(0, QStringLiteral("conflictId")).toString(), true));
        QCOMPARE(conflicts.count(), 0);
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        HouseholdForm check;
        check.setWorkspace(b.get());
        check.setHouseholdId(h);
        QCOMPARE(check.phone(), other); // the officer's pick reached the other phone
        QCOMPARE(sb.conflictCount(), 0);
        QVERIFY(!sa.needsAttention());
    }

    // Deleting a household in the app takes its members, clan links and open evaluations with it: on the phone,
    // on a second phone after a sync, and in the server's figures (its learning citizens and families).
    void deletingAHouseholdTakesItsMembersEverywhere()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-del"))), qPrintable(server.log()));
        auto a = workspace(server.url());
        auto b = workspace(server.url());
        signIn(*a, server);
        signIn(*b, server);
        SyncController sa, sb;
        sa.setAutoSync(false);
        sb.setAutoSync(false);
        sa.setWorkspace(a.get());
        sb.setWorkspace(b.get());
        const int year = a->year();
        auto figures = [&]() {
            const auto r =
                test::request("GET", server.url() + QStringLiteral("/v1/report?area=c:22945&year=%1").arg(year), {}, {},
                              a->store().meta("auth_token").toLatin1());
            [&] { QCOMPARE(r.status, 200); }();
            int families = -1, citizens = -1;
            for (const auto &t : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("tables")).toArray()) {
                const auto o = t.toObject();
                const int total = o.value(QStringLiteral("total")).toObject().value(QStringLiteral("total")).toInt();
                if (o.value(QStringLiteral("model")).toInt() == pb::LEARNING_MODEL_FAMILY) families = total;
                if (o.value(QStringLiteral("model")).toInt() == pb::LEARNING_MODEL_CITIZEN) citizens = total;
            }
            return std::pair(families, citizens);
        };
        const QString v = village(*a, QStringLiteral("Thôn Xóa"));
        const QString h = household(*a, v, QStringLiteral("Lâm"), QStringLiteral("Văn"), QStringLiteral("Bảo"));
        const QString keep = household(*a, v, QStringLiteral("Lâm"), QStringLiteral("Thị"), QStringLiteral("Cúc"));
        { // the head, Bảo, came with the household
            MemberForm m;
            m.setWorkspace(a.get());
            m.setHouseholdId(h);
            m.setGivenName(QStringLiteral("Hoa"));
            m.setBirthYear(QStringLiteral("1975"));
            QVERIFY(!m.save().isEmpty());
        }
        ClanForm clan;
        clan.setWorkspace(a.get());
        clan.setName(QStringLiteral("Họ Lâm"));
        clan.setVillageSelected(v, true);
        const QString clanId = clan.save();
        QVERIFY(!clanId.isEmpty());
        QVERIFY(clan.addHousehold(h));
        QVERIFY(clan.addHousehold(keep));
        EvaluationController reg;
        reg.setWorkspace(a.get());
        QVERIFY(reg.registerSubject(pb::LEARNING_MODEL_FAMILY, h));
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        const auto before = figures();
        QCOMPARE(b->store().list(pb::RECORD_TYPE_MEMBER, h.toStdString()).size(), size_t(2));
        auto listed = [](Workspace &ws, const QString &id) {
            const auto &rows = ws.households().rows();
            return std::any_of(rows.begin(), rows.end(), [&](const auto &r) { return r.id == id; });
        };
        QVERIFY(listed(*b, h));
        const int builds = b->households().builds();

        HouseholdForm f;
        f.setWorkspace(a.get());
        f.setHouseholdId(h);
        QVERIFY(f.remove());
        auto gone = [&](Workspace &ws) {
            auto &s = ws.store();
            const auto links = s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, clanId.toStdString());
            return s.list(pb::RECORD_TYPE_MEMBER, h.toStdString()).empty() && links.size() == 1 &&
                   valueOf<pb::ClanMembership>(links.front()).household_id() == keep.toStdString() &&
                   s.list(pb::RECORD_TYPE_EVALUATION, h.toStdString()).empty() &&
                   !s.list(pb::RECORD_TYPE_HOUSEHOLD, v.toStdString()).empty();
        };
        QVERIFY(gone(*a));
        MemberListModel members;
        members.setWorkspace(a.get());
        members.setHouseholdId(h);
        QCOMPARE(members.count(), 0);
        QVERIFY(syncOnce(sa));
        QVERIFY(syncOnce(sb));
        QVERIFY(gone(*b));
        // The other phone's household list followed the sync record by record: no rebuild of the whole list.
        QVERIFY(!listed(*b, h) && listed(*b, keep));
        QCOMPARE(b->households().builds(), builds);
        const auto after = figures();
        QCOMPARE(after.first, before.first - 1);
        QCOMPARE(after.second, before.second - 1); // Hoa; the head, without a birth year, was not counted
    }

    // A phone whose date says 2030: once it has synced, "this year" is the server's. It registers this year's
    // evaluation for the server's year, shows that year and reports it.
    void aPhoneWithAWrongYearUsesTheServersAfterOneSync()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(m_dir.filePath(QStringLiteral("srv-clock"))), qPrintable(server.log()));
        const int serverYear = QDate::currentDate().year(); // the server runs on this machine's clock
        const qint64 skew =
            QDateTime(QDate(2030, 6, 1), QTime(12, 0)).toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
        auto ws = std::make_unique<Workspace>();
        ws->setPhysicalClock([skew] { return QDateTime::currentMSecsSinceEpoch() + skew; });
        QVERIFY(ws->open(m_dir.filePath(QStringLiteral("wrong-year.db"))));
        QVERIFY(ws->configure(server.url(), {QStringLiteral("22945")}, QStringLiteral("Cán bộ Thử")));
        QCOMPARE(ws->year(), 2030);
        QVERIFY(!ws->clockCorrected()); // never synced: the phone's own date, and it says so
        signIn(*ws, server);
        SyncController sync;
        sync.setAutoSync(false);
        sync.setWorkspace(ws.get());
        QSignalSpy changed(ws.get(), &Workspace::changed);
        QSignalSpy finished(&sync, &SyncController::finished);
        sync.sync();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(ws->clockCorrected());
        QCOMPARE(ws->year(), serverYear);
        QVERIFY(!changed.isEmpty()); // the pages showing the year hear of it

        const QString h = household(*ws, village(*ws, QStringLiteral("Thôn Giờ")), QStringLiteral("Tạ"), QString(),
                                    QStringLiteral("Minh"));
        EvaluationController e;
        e.setWorkspace(ws.get());
        QVERIFY(e.registerSubject(pb::LEARNING_MODEL_FAMILY, h));
        QCOMPARE(e.evaluationId(),
                 QString::fromStdString(domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h.toStdString(), serverYear)));
        const auto evaluation =
            valueOf<pb::Evaluation>(*ws->store().get(pb::RECORD_TYPE_EVALUATION, e.evaluationId().toStdString()));
        QCOMPARE(int(evaluation.year()), serverYear);
        QCOMPARE(QDate::fromString(QString::fromStdString(evaluation.registered_on()), Qt::ISODate).year(), serverYear);
        DashboardController dashboard;
        dashboard.setWorkspace(ws.get());
        QTRY_VERIFY(!dashboard.loading()); // computed on another thread
        QCOMPARE(dashboard.trend().last().toMap().value(QStringLiteral("year")).toInt(), serverYear);
        QCOMPARE(report::build(ws->store(), ws->year()).year, serverYear);
        // ... and the server takes what it registered.
        QVERIFY(finished.size() == 1);
        sync.sync();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.last().first().toBool());
        QCOMPARE(ws->store().pendingCount(), 0);
    }
};

QTEST_MAIN(TstAppControllers)
#include "tst_app_controllers.moc"
