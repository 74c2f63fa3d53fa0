// The learning models: criteria sets as data, worked examples written from the criteria text (who passes and
// why not), computed items at age boundaries, the yearly cycle's legal and illegal steps, criteria-version
// pinning across a change of set, concurrent verification merged across devices, and roll-ups checked by an
// independent count.
// Long file: the learning models end to end in one suite: criteria, the cycle, scoring, roll-ups share their records.
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/learning/rollup.h"
#include "core/learning/scoring.h"
#include "core/learning/stage.h"
#include "device/tools/seed.h"
#include "device/tools/store_rollups.h"
#include "device/workflow/learning.h"
#include "helpers.h"

using namespace kh;
using namespace kh::test;
using domain::Stage;

namespace {

const pb::CriteriaSet &builtin(pb::LearningModel m)
{
    const auto *s = domain::chooseCriteriaSet(domain::builtinCriteriaSets(), m, 2026, {});
    if (!s) qFatal("no built-in set");
    return *s;
}

pb::Evaluation declared(const pb::CriteriaSet &set, const std::map<QString, int> &pointsByCode)
{
    pb::Evaluation e;
    e.set_criteria_set(domain::criteriaRef(set).toStdString());
    for (const auto &c : set.criteria()) {
        auto *a = e.add_self_assessment();
        a->set_code(c.code());
        const auto it = pointsByCode.find(QString::fromStdString(c.code()));
        const int p = it == pointsByCode.end() ? int(c.points()) : it->second;
        a->set_met(p > 0 || (c.points() == 0 && it == pointsByCode.end()));
        a->set_points(quint32(p));
    }
    return e;
}

learning::Answer answer(const std::string &code, bool met)
{
    return {QString::fromStdString(code), met, -1, {}};
}

pb::Member person(int birthYear, bool studying, pb::Literacy literacy = pb::LITERACY_UNSPECIFIED, bool activity = false)
{
    pb::Member m;
    m.set_given_name("X");
    m.set_birth_year(quint32(birthYear));
    m.set_studying_now(studying);
    if (literacy) m.set_literacy(literacy);
    if (activity) m.add_learning_activities("Lớp tin học");
    return m;
}

} // namespace

class TestLearning : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    QString path() { return m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_n)); }

private slots:
    void everyModelShipsAValidSet()
    {
        const auto &sets = domain::builtinCriteriaSets();
        QCOMPARE(sets.size(), size_t(6));
        QStringList titles;
        for (const auto &s : sets) {
            QCOMPARE(domain::checkCriteriaSet(s), QString());
            QVERIFY2(!s.notes().empty(), s.set_id().c_str()); // each says what is unconfirmed
            titles << QString::fromStdString(s.title());
        }
        for (const char *t : {"Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập cấp thôn",
                              "Cộng đồng học tập cấp xã", "Đơn vị học tập", "Công dân học tập"})
            QVERIFY2(titles.contains(QString::fromUtf8(t)), t);
        QCOMPARE(builtin(pb::LEARNING_MODEL_CITIZEN).criteria_size(), 10);           // 4 + 4 + 2 indicators
        QCOMPARE(builtin(pb::LEARNING_MODEL_COMMUNE_COMMUNITY).criteria_size(), 15); // 5 criteria, 15 indicators
        // A broken file is refused with the reason.
        QString error;
        QVERIFY(!domain::parseCriteriaJson(R"({"set_id":"x","version":1,"model":"family","title":"X","rule":"points",
            "min_total":50,"criteria":[{"code":"1","text":"a","points":10},{"code":"1","text":"b","points":10}]})",
                                           &error));
        QVERIFY(error.contains(QStringLiteral("appears twice")));
        QVERIFY(!domain::parseCriteriaJson(R"({"set_id":"x","version":1,"model":"family","title":"X","rule":"points",
            "min_total":50,"criteria":[{"code":"1","text":"a","points":10}]})",
                                           &error));
        QVERIFY(error.contains(QStringLiteral("more than the 10 points")));
        QVERIFY(!domain::parseCriteriaJson(R"({"set_id":"x","version":1,"model":"cousins","title":"X"})", &error));
    }

    void learningCitizenWorkedExamples()
    {
        // QĐ 324/QĐ-KHVN: at least 80 of 100 points and no indicator below 5.
        const auto &set = builtin(pb::LEARNING_MODEL_CITIZEN);
        // 8 indicators at 9, two at 4: 80 points but two below 5 → not a learning citizen.
        auto r = domain::evaluate(set,
                                  declared(set, {{"1.1", 9},
                                                 {"1.2", 9},
                                                 {"1.3", 9},
                                                 {"1.4", 9},
                                                 {"2.1", 9},
                                                 {"2.2", 4},
                                                 {"2.3", 9},
                                                 {"2.4", 9},
                                                 {"3.1", 9},
                                                 {"3.2", 4}}),
                                  {}, {});
        QCOMPARE(r.total, 80);
        QVERIFY(!r.passed);
        QVERIFY(r.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("dưới 5")));
        // Each item below the minimum is named with its points, so an officer sees which to look at again.
        using S = domain::Shortfall;
        QCOMPARE(r.shortfalls, (std::vector<S>{{S::ItemBelowMinimum, QStringLiteral("2.2"), 4, 5},
                                               {S::ItemBelowMinimum, QStringLiteral("3.2"), 4, 5}}));
        QCOMPARE(r.reasons.first(), QStringLiteral("Chỉ số 2.2: 4 điểm, dưới 5 điểm"));
        // Every indicator at 8: 80 points, none below 5 → passes, exactly at the threshold.
        std::map<QString, int> eight;
        for (const auto &c : set.criteria()) eight[QString::fromStdString(c.code())] = 8;
        r = domain::evaluate(set, declared(set, eight), {}, {});
        QCOMPARE(r.total, 80);
        QVERIFY(r.passed);
        // One indicator at 7 instead: 79 → fails on the total.
        eight[QStringLiteral("3.2")] = 7;
        r = domain::evaluate(set, declared(set, eight), {}, {});
        QCOMPARE(r.total, 79);
        QVERIFY(!r.passed);
        QVERIFY(r.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("cần ít nhất 80")));
    }

    void learningFamilyWorkedExamples()
    {
        const auto &set = builtin(pb::LEARNING_MODEL_FAMILY);
        // All ten items met: 100 points → passes.
        QVERIFY(domain::evaluate(set, declared(set, {}), {}, {}).passed);
        // 90 points, but a child of school age is out of school (1.1 is required) → does not pass.
        auto r = domain::evaluate(set, declared(set, {{"1.1", 0}}), {}, {});
        QCOMPARE(r.total, 90);
        QVERIFY(!r.passed);
        QVERIFY(r.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("bắt buộc")));
        QCOMPARE(r.shortfalls,
                 (std::vector<domain::Shortfall>{{domain::Shortfall::RequiredNotMet, QStringLiteral("1.1"), 0, 0}}));
        // Three optional items missing: 70 points → below the (provisional) 80.
        r = domain::evaluate(set, declared(set, {{"1.3", 0}, {"3.1", 0}, {"4.2", 0}}), {}, {});
        QCOMPARE(r.total, 70);
        QVERIFY(!r.passed);
        // An officer disagreeing with a declared item takes its points away.
        pb::ItemVerification no;
        no.set_code("3.2");
        no.set_agree(false);
        r = domain::evaluate(set, declared(set, {{"1.3", 0}}), {{QStringLiteral("3.2"), no}}, {});
        QCOMPARE(r.total, 80);
        QVERIFY(r.passed);
        r = domain::evaluate(set, declared(set, {{"1.3", 0}, {"4.1", 0}}), {{QStringLiteral("3.2"), no}}, {});
        QCOMPARE(r.total, 70);
        QVERIFY(!r.passed);
    }

    void communeLevelsAndShares()
    {
        const auto &commune = builtin(pb::LEARNING_MODEL_COMMUNE_COMMUNITY);
        std::map<QString, int> met; // met/not-met items: 0 = not met
        for (const auto &c : commune.criteria()) met[QString::fromStdString(c.code())] = 1;
        auto asMet = [&](const std::map<QString, int> &m) {
            pb::Evaluation e;
            for (const auto &c : commune.criteria()) {
                auto *a = e.add_self_assessment();
                a->set_code(c.code());
                a->set_met(m.at(QString::fromStdString(c.code())) > 0);
            }
            return e;
        };
        QCOMPARE(domain::evaluate(commune, asMet(met), {}, {}).level, 2);
        met[QStringLiteral("5.3")] = 0; // a level-2 indicator missing → level 1
        QCOMPARE(domain::evaluate(commune, asMet(met), {}, {}).level, 1);
        met[QStringLiteral("1.2")] = 0; // a level-1 indicator missing → not recognised
        const auto r = domain::evaluate(commune, asMet(met), {}, {});
        QCOMPARE(r.level, 0);
        QVERIFY(!r.passed);
        // Shares: 7 of 10 households recognised meets 70% exactly; 6 does not.
        QVERIFY(domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_FAMILIES, 7, 10, 70).met);
        QVERIFY(!domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_FAMILIES, 6, 10, 70).met);
        QVERIFY(!domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_CITIZENS, 89, 100, 90).met);
        QCOMPARE(domain::computeShare(pb::COMPUTATION_SHARE_LEARNING_CITIZENS, 90, 100, 90).explanation(),
                 QStringLiteral("90/100 thành viên là Công dân học tập (90%, cần 90%) — đạt"));
    }

    void computedItemsAtAgeBoundaries()
    {
        const int y = 2026;
        using C = domain::Computed;
        auto children = [&](std::vector<pb::Member> m) {
            return domain::computeFromMembers(pb::COMPUTATION_CHILDREN_IN_SCHOOL, m, y);
        };
        // Turning 6 this year: of school age, so out of school fails the item; turning 5: not yet.
        QVERIFY(!children({person(y - 6, false)}).met);
        QVERIFY(children({person(y - 5, false)}).met);
        // Turning 14: still in scope; turning 15: no longer.
        QVERIFY(!children({person(y - 14, false)}).met);
        QVERIFY(children({person(y - 15, false)}).met);
        const C two = children({person(y - 8, true), person(y - 12, true), person(y - 40, false)});
        QVERIFY(two.met);
        QCOMPARE(two.explanation(), QStringLiteral("2 trẻ trong độ tuổi đi học, cả 2 đang đi học — đạt"));
        QCOMPARE(children({person(y - 8, true), person(y - 12, false)}).explanation(),
                 QStringLiteral("2 trẻ trong độ tuổi đi học, 1 đang đi học — chưa đạt"));
        auto adults = [&](std::vector<pb::Member> m) {
            return domain::computeFromMembers(pb::COMPUTATION_ADULTS_LITERATE, m, y);
        };
        // 19 and 60 are in scope; 18 and turning 61 are not.
        QVERIFY(!adults({person(y - 19, false, pb::LITERACY_ILLITERATE)}).met);
        QVERIFY(adults({person(y - 18, false, pb::LITERACY_ILLITERATE)}).met);
        QVERIFY(!adults({person(y - 60, false, pb::LITERACY_ILLITERATE)}).met);
        QVERIFY(adults({person(y - 61, false, pb::LITERACY_ILLITERATE)}).met);
        QVERIFY(adults({person(y - 30, false, pb::LITERACY_LEVEL_1)}).met);
        // Literacy not recorded: the records do not say, so it is not pre-filled.
        QVERIFY(!adults({person(y - 30, false)}).known);
        auto learning = [&](std::vector<pb::Member> m) {
            return domain::computeFromMembers(pb::COMPUTATION_ADULTS_LEARNING, m, y);
        };
        QVERIFY(learning({person(y - 30, false, pb::LITERACY_LEVEL_2, true)}).met);
        QVERIFY(!learning({person(y - 30, false, pb::LITERACY_LEVEL_2, false)}).met);
    }

    void theYearlyCycleRefusesIllegalSteps()
    {
        LocalStore s;
        s.create(path());
        const std::string v = s.newId(), h = s.newId(), h2 = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn A")), household(h, v, QStringLiteral("Lan")),
                 household(h2, v, QStringLiteral("Mai"))});
        const QDate d(2026, 11, 20);
        // An evaluation record that exists without registration (e.g. created by hand): cannot be recognised.
        const std::string unregistered = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h2, 2026);
        auto bare = std::make_shared<pb::Evaluation>();
        bare->set_model(pb::LEARNING_MODEL_FAMILY);
        bare->set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
        bare->set_subject_id(h2);
        bare->set_year(2026);
        s.write({{pb::RECORD_TYPE_EVALUATION, unregistered, bare, {}, false}});
        const int before = s.pendingCount();
        try {
            learning::recognise(s, unregistered, true, QStringLiteral("1/QĐ-UBND"), actor(s, d));
            QFAIL("recognised a household that never registered");
        } catch (const learning::WorkflowError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("never registered")));
        }
        QCOMPARE(s.pendingCount(), before); // nothing written
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError, learning::assess(s, unregistered, {answer("1.1", true)},
                                                                           pb::ASSESSOR_SELF, actor(s, d)));

        const std::string id = learning::registerSubject(s, pb::LEARNING_MODEL_FAMILY, h, 2026, actor(s, d));
        QCOMPARE(learning::registerSubject(s, pb::LEARNING_MODEL_FAMILY, h, 2026, actor(s, d)), id); // twice is once
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::verifyItem(s, id, QStringLiteral("1.1"), true, -1, {}, {}, actor(s, d)));
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::recognise(s, id, true, QStringLiteral("1/QĐ"), actor(s, d)));
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::assess(s, id, {answer("9.9", true)}, pb::ASSESSOR_SELF, actor(s, d)));
        std::vector<learning::Answer> all;
        for (const auto &c : builtin(pb::LEARNING_MODEL_FAMILY).criteria()) all.push_back(answer(c.code(), true));
        // An officer fills it in on this device: this device may not verify it.
        learning::assess(s, id, all, pb::ASSESSOR_OFFICER, actor(s, d));
        try {
            learning::verifyItem(s, id, QStringLiteral("1.1"), true, -1, {}, {},
                                 actor(s, d, QStringLiteral("Cán bộ A")));
            QFAIL("verified its own self-assessment");
        } catch (const learning::WorkflowError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("another officer")));
        }
        // The household fills it in itself (self-service on this phone): the officer may verify it here.
        learning::assess(s, id, all, pb::ASSESSOR_SELF, actor(s, d));
        learning::verifyItem(s, id, QStringLiteral("1.1"), true, -1, {}, QStringLiteral("Sổ liên lạc"),
                             actor(s, d, QStringLiteral("Cán bộ A")));
        try {
            learning::completeVerification(s, id, actor(s, d, QStringLiteral("Cán bộ A")));
            QFAIL("completed a verification with items left");
        } catch (const learning::WorkflowError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("1.2")));
        }
        // A verdict is given whole: its note says why of that verdict, and a later verdict without one takes it away.
        learning::verifyItem(s, id, QStringLiteral("3.2"), false, -1, QStringLiteral("Cháu Lan nghỉ học"), {},
                             actor(s, d, QStringLiteral("Cán bộ A")));
        QCOMPARE(learning::verdicts(s, id).at(QStringLiteral("3.2")).note(), std::string("Cháu Lan nghỉ học"));
        learning::verifyItem(s, id, QStringLiteral("3.2"), true, -1, {}, {}, actor(s, d, QStringLiteral("Cán bộ A")));
        QVERIFY(!learning::verdicts(s, id).at(QStringLiteral("3.2")).has_note());
        for (const auto &a : all)
            learning::verifyItem(s, id, a.code, a.code != QLatin1String("3.2"), -1, {}, {},
                                 actor(s, d, QStringLiteral("Cán bộ A")));
        learning::completeVerification(s, id, actor(s, d, QStringLiteral("Cán bộ A")));
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::assess(s, id, all, pb::ASSESSOR_SELF, actor(s, d))); // verified: frozen
        learning::recognise(s, id, true, QStringLiteral("45/QĐ-UBND"), actor(s, d, QStringLiteral("Chủ tịch UBND xã")));
        auto scored = learning::score(s, id);
        QCOMPARE(domain::stageOf(scored.evaluation), Stage::Recognised);
        QCOMPARE(scored.result.total, 90);
        // Decided: no edit without reopening.
        const int decided = s.pendingCount();
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::verifyItem(s, id, QStringLiteral("3.2"), true, -1, {}, {}, actor(s, d)));
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::recognise(s, id, false, QStringLiteral("46/QĐ"), actor(s, d)));
        QCOMPARE(s.pendingCount(), decided);
        learning::reopen(s, id, QStringLiteral("Nhầm điểm mục 3.2"), actor(s, d));
        learning::verifyItem(s, id, QStringLiteral("3.2"), true, -1, {}, {}, actor(s, d, QStringLiteral("Cán bộ A")));
        learning::recognise(s, id, true, QStringLiteral("47/QĐ-UBND"), actor(s, d));
        scored = learning::score(s, id);
        QCOMPARE(scored.result.total, 100);
        QCOMPARE(scored.evaluation.decision_number(), std::string("47/QĐ-UBND"));
        QVERIFY(scored.evaluation.reopened_on().empty());
        // A result that does not pass cannot be recognised as achieved.
        const std::string weak = learning::registerSubject(s, pb::LEARNING_MODEL_FAMILY, h2, 2027, actor(s, d));
        std::vector<learning::Answer> few = all;
        few[0].met = false; // 1.1, required
        learning::assess(s, weak, few, pb::ASSESSOR_SELF, actor(s, d));
        for (const auto &a : all) learning::verifyItem(s, weak, a.code, true, -1, {}, {}, actor(s, d));
        learning::completeVerification(s, weak, actor(s, d));
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::recognise(s, weak, true, QStringLiteral("48/QĐ"), actor(s, d)));
        learning::recognise(s, weak, false, QStringLiteral("48/QĐ"), actor(s, d));
        QCOMPARE(domain::stageOf(learning::score(s, weak).evaluation), Stage::NotRecognised);
    }

    void evaluationsStayPinnedWhenTheSetChanges()
    {
        auto server = openSqliteServerStore(path(), {});
        server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        SyncService service(*server);
        LocalStore s;
        s.create(path());
        s.setAreas({QStringLiteral("c:") + kCommune});
        QVERIFY(syncInProcess(s, service));
        QCOMPARE(s.list(pb::RECORD_TYPE_CRITERIA_SET).size(), size_t(6)); // the sets came by sync
        const std::string v = s.newId(), h = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn P")), household(h, v, QStringLiteral("Hà"))});
        const QDate d(2026, 3, 1);
        const std::string id = learning::registerSubject(s, pb::LEARNING_MODEL_FAMILY, h, 2026, actor(s, d));
        std::vector<learning::Answer> all;
        for (const auto &c : builtin(pb::LEARNING_MODEL_FAMILY).criteria())
            all.push_back(answer(c.code(), c.code() != "1.3"));
        learning::assess(s, id, all, pb::ASSESSOR_SELF, actor(s, d));
        QCOMPARE(learning::score(s, id).evaluation.criteria_set(), std::string("family@1"));
        // Lâm Đồng (68) publishes its own set, version 2, with a higher pass mark.
        pb::CriteriaSet own = builtin(pb::LEARNING_MODEL_FAMILY);
        own.set_version(2);
        own.set_province_code("68");
        own.set_title("Gia đình hiếu học");
        own.set_min_total(95);
        QVERIFY(server->publishCriteriaSet(own));
        QVERIFY(!server->publishCriteriaSet(own)); // the same again changes nothing
        QVERIFY(syncInProcess(s, service));
        QCOMPARE(s.list(pb::RECORD_TYPE_CRITERIA_SET).size(), size_t(7));
        // Devices cannot change a set: a write is refused locally.
        auto forged = std::make_shared<pb::CriteriaSet>(own);
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({{pb::RECORD_TYPE_CRITERIA_SET, "Kx@1", forged, {}, false}}));
        // The existing evaluation keeps its set and its result: 90 points passes under family@1.
        auto scored = learning::score(s, id);
        QCOMPARE(domain::criteriaRef(scored.set), QStringLiteral("family@1"));
        QVERIFY(scored.result.passed);
        // A new household in the province gets the province's set.
        const std::string h2 = s.newId();
        s.write({household(h2, v, QStringLiteral("Bình"))});
        const std::string id2 = learning::registerSubject(s, pb::LEARNING_MODEL_FAMILY, h2, 2026, actor(s, d));
        learning::assess(s, id2, all, pb::ASSESSOR_SELF, actor(s, d));
        QCOMPARE(learning::score(s, id2).evaluation.criteria_set(), std::string("family@2"));
        QVERIFY(!learning::score(s, id2).result.passed); // 90 < 95
        // Re-evaluating the first one under the new set is explicit, and starts the self-assessment again.
        learning::reassess(s, id, domain::criteriaRef(own));
        scored = learning::score(s, id);
        QCOMPARE(domain::criteriaRef(scored.set), domain::criteriaRef(own));
        QCOMPARE(scored.evaluation.self_assessment_size(), 0);
        QCOMPARE(domain::stageOf(scored.evaluation), Stage::Registered);
    }

    void twoOfficersVerifyingDifferentItemsBothKeepTheirWork()
    {
        auto server = openSqliteServerStore(path(), {});
        server->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
        SyncService service(*server);
        LocalStore a, b;
        a.create(path());
        b.create(path());
        for (LocalStore *s : {&a, &b}) s->setAreas({QStringLiteral("c:") + kCommune});
        const std::string v = a.newId(), h = a.newId();
        a.write({village(v, kCommune, QStringLiteral("Thôn V")), household(h, v, QStringLiteral("Tâm"))});
        const QDate d(2026, 11, 1);
        const std::string id = learning::registerSubject(a, pb::LEARNING_MODEL_FAMILY, h, 2026, actor(a, d));
        std::vector<learning::Answer> all;
        for (const auto &c : builtin(pb::LEARNING_MODEL_FAMILY).criteria()) all.push_back(answer(c.code(), true));
        learning::assess(a, id, all, pb::ASSESSOR_SELF, actor(a, d));
        QVERIFY(syncInProcess(a, service));
        QVERIFY(syncInProcess(b, service));
        // Offline, A verifies the children's items and B the rest.
        for (const auto &x : all) {
            LocalStore &who = x.code.startsWith(QLatin1Char('1')) ? a : b;
            learning::verifyItem(who, id, x.code, x.code != QLatin1String("4.2"), -1, {}, {},
                                 actor(who, d, &who == &a ? QStringLiteral("A") : QStringLiteral("B")));
        }
        QVERIFY(syncInProcess(a, service));
        QVERIFY(syncInProcess(b, service));
        QVERIFY(syncInProcess(a, service));
        for (LocalStore *s : {&a, &b}) {
            const auto v2 = learning::verdicts(*s, id);
            QCOMPARE(v2.size(), size_t(10));
            QCOMPARE(QString::fromStdString(v2.at(QStringLiteral("1.1")).verified_by()), QStringLiteral("A"));
            QCOMPARE(QString::fromStdString(v2.at(QStringLiteral("4.1")).verified_by()), QStringLiteral("B"));
            QVERIFY(!v2.at(QStringLiteral("4.2")).agree());
            QCOMPARE(learning::score(*s, id).result.total, 90);
        }
        learning::completeVerification(b, id, actor(b, d, QStringLiteral("B"))); // B sees A's work: nothing is missing
    }

    void unitsAndCitizensRunTheSameCycle()
    {
        LocalStore s;
        s.create(path());
        const QDate d(2026, 12, 1);
        auto unit = std::make_shared<pb::LearningUnit>();
        unit->set_commune_code(kCommune.toStdString());
        unit->set_name("Trường Tiểu học Phú Lộc");
        unit->set_kind(pb::UNIT_KIND_SCHOOL);
        unit->set_member_count(40);
        unit->set_learning_citizens(35);
        const std::string u = s.newId();
        s.write({{pb::RECORD_TYPE_LEARNING_UNIT, u, unit, {}, false}});
        const std::string e = learning::registerSubject(s, pb::LEARNING_MODEL_UNIT, u, 2026, actor(s, d));
        std::vector<learning::Answer> all;
        for (const auto &c : builtin(pb::LEARNING_MODEL_UNIT).criteria())
            if (c.computation() == pb::COMPUTATION_UNSPECIFIED) all.push_back(answer(c.code(), true));
        learning::assess(s, e, all, pb::ASSESSOR_OFFICER, actor(s, d));
        auto r = learning::score(s, e).result;
        QVERIFY(!r.passed); // 35 of 40 = 87.5% < 90% learning citizens
        QVERIFY(r.items.back().computed.explanation().startsWith(QStringLiteral("35/40 thành viên")));
        auto more = std::make_shared<pb::LearningUnit>();
        more->set_learning_citizens(36);
        s.write({{pb::RECORD_TYPE_LEARNING_UNIT, u, more, {}, false}});
        QVERIFY(
            learning::score(s, e).result.passed); // 90%: recomputed from the record, never typed into the evaluation
        // A learning citizen: a household member under the points rule.
        const std::string v = s.newId(), h = s.newId(), m = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn U")), household(h, v, QStringLiteral("Nga")),
                 member(m, h, QStringLiteral("Nga"), 1990)});
        const std::string c = learning::registerSubject(s, pb::LEARNING_MODEL_CITIZEN, m, 2026, actor(s, d));
        std::vector<learning::Answer> eights;
        for (const auto &x : builtin(pb::LEARNING_MODEL_CITIZEN).criteria())
            eights.push_back({QString::fromStdString(x.code()), true, 8, {}});
        learning::assess(s, c, eights, pb::ASSESSOR_SELF, actor(s, d));
        QCOMPARE(learning::score(s, c).result.total, 80);
        QVERIFY(learning::score(s, c).result.passed);
        eights[0].points = 11; // more than the indicator's maximum
        QVERIFY_THROWS_EXCEPTION(learning::WorkflowError,
                                 learning::assess(s, c, eights, pb::ASSESSOR_SELF, actor(s, d)));
    }

    void rollupsMatchAnIndependentCount()
    {
        LocalStore s;
        s.create(path());
        SeedOptions o;
        o.communeCode = kCommune;
        o.households = 600;
        o.villages = 5;
        o.seed = 11;
        o.progressYear = 2026;
        seedCommune(s, o);
        // Two clans, one unit.
        const auto villages = s.list(pb::RECORD_TYPE_VILLAGE);
        auto clan = std::make_shared<pb::Clan>();
        clan->set_name("Họ Trần");
        clan->add_village_ids(villages[0].id);
        s.write({{pb::RECORD_TYPE_CLAN, s.newId(), clan, {}, false}});
        auto unit = std::make_shared<pb::LearningUnit>();
        unit->set_commune_code(kCommune.toStdString());
        unit->set_name("Trường Tiểu học Phú Lộc");
        unit->set_member_count(40);
        s.write({{pb::RECORD_TYPE_LEARNING_UNIT, s.newId(), unit, {}, false}});
        const auto r = learning::rollup(s, 2026);
        // Independent count straight over the records.
        std::map<std::string, std::string> villageOf;
        for (const auto &h : s.list(pb::RECORD_TYPE_HOUSEHOLD))
            villageOf[h.id] = valueOf<pb::Household>(h).village_id();
        std::map<std::string, std::array<int, 3>> expect; // total, registered, recognised
        for (const auto &[h, v] : villageOf) ++expect[v][0];
        for (const auto &e : s.list(pb::RECORD_TYPE_EVALUATION)) {
            const auto ev = valueOf<pb::Evaluation>(e);
            if (ev.model() != pb::LEARNING_MODEL_FAMILY || ev.year() != 2026) continue;
            auto &c = expect[villageOf[ev.subject_id()]];
            if (!ev.registered_on().empty()) ++c[1];
            if (!ev.decided_on().empty() && ev.recognised()) ++c[2];
        }
        QCOMPARE(r.villages.size(), size_t(5));
        int total = 0, recognised = 0;
        for (const auto &v : r.villages) {
            const auto &c = expect[v.id.toStdString()];
            QCOMPARE(v.families.total, c[0]);
            QCOMPARE(v.families.registered, c[1]);
            QCOMPARE(v.families.recognised, c[2]);
            total += c[0];
            recognised += c[2];
        }
        QCOMPARE(r.communes.size(), size_t(1));
        QCOMPARE(r.communes[0].families.total, 600);
        QCOMPARE(r.communes[0].families.recognised, recognised);
        QCOMPARE(r.communes[0].families.percent(), int(100.0 * recognised / total + 0.5));
        QCOMPARE(r.communes[0].families.target, 70);
        QCOMPARE(r.communes[0].clans.total, 1);
        QCOMPARE(r.communes[0].units.total, 1);
        QCOMPARE(r.communes[0].villages.total, 5);
        // A clan's share item is computed from its member households.
        const std::string clanId = s.list(pb::RECORD_TYPE_CLAN).front().id;
        int members = 0, recognisedMembers = 0;
        for (const auto &h : s.list(pb::RECORD_TYPE_HOUSEHOLD, villages[0].id)) {
            if (++members > 10) break;
            s.write({{pb::RECORD_TYPE_CLAN_MEMBERSHIP,
                      domain::membershipId(clanId, h.id),
                      [&] {
                          auto m = std::make_shared<pb::ClanMembership>();
                          m->set_clan_id(clanId);
                          m->set_household_id(h.id);
                          return m;
                      }(),
                      {},
                      false}});
            const auto e =
                s.get(pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h.id, 2026));
            if (e && domain::stageOf(valueOf<pb::Evaluation>(*e)) == Stage::Recognised) ++recognisedMembers;
        }
        const std::string cid =
            learning::registerSubject(s, pb::LEARNING_MODEL_CLAN, clanId, 2026, actor(s, QDate(2026, 1, 5)));
        const auto scored = learning::score(s, cid);
        const auto &share = scored.result.items.front();
        QCOMPARE(share.code, QStringLiteral("1"));
        QVERIFY(share.answered);
        QCOMPARE(share.met, 100 * recognisedMembers >= 70 * 10);
        QVERIFY(share.computed.explanation().startsWith(
            QStringLiteral("%1/10 hộ là Gia đình học tập").arg(recognisedMembers)));
    }
};

QTEST_GUILESS_MAIN(TestLearning)
#include "tst_learning.moc"
