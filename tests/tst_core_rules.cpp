// The rules core holds once, each on its own: the yearly workflow as pure transitions, what a deletion takes
// with it, who may decide, the target and lagging rule, "today" in Vietnam's time, user names, whether a
// record lies in an account's areas, and what the server decides about one pushed change.
#include "core/access/access.h"
#include "core/learning/criteria.h"
#include "core/learning/rate.h"
#include "core/learning/workflow.h"
#include "core/records/change_decision.h"
#include "core/records/deletion.h"
#include "core/records/edit_error.h"
#include "core/records/hybrid_clock.h"
#include "core/records/id_grammar.h"
#include "core/records/ids.h"
#include "core/time/fixed_clock.h"

#include <QTest>
#include <QTimeZone>

using namespace kh;

namespace {

Record recordOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m, quint64 device = 7)
{
    Record r;
    r.type = t;
    r.id = id;
    pb::Change c;
    c.set_type(t);
    c.set_id(id);
    c.set_values(m.SerializeAsString());
    bool changed = false;
    r.apply(c, Stamp{HybridClock::make(1'700'000'000'000, 0), device}, &changed, nullptr);
    (void)changed;
    return r;
}

pb::Evaluation evaluation(const char *registered, const char *declared = "", const char *verified = "",
                          const char *decided = "")
{
    pb::Evaluation e;
    e.set_model(pb::LEARNING_MODEL_FAMILY);
    e.set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
    e.set_subject_id("h1");
    e.set_year(2026);
    e.set_registered_on(registered);
    if (*declared) e.set_declared_on(declared);
    if (*verified) e.set_verified_on(verified);
    if (*decided) {
        e.set_decided_on(decided);
        e.set_recognised(true);
        e.set_decision_number("1/QĐ");
    }
    return e;
}

workflow::EvaluationState stateOf(const pb::Evaluation &e, quint64 device = 7)
{
    return workflow::EvaluationState::of(recordOf(pb::RECORD_TYPE_EVALUATION, "E1-2026-h1", e, device));
}

workflow::Actor actor(pb::Role role, quint64 device = 9)
{
    return {role, device, QStringLiteral("Cán bộ"), QDate(2026, 11, 20)};
}

const pb::CriteriaSet &familySet()
{
    return *domain::chooseCriteriaSet(domain::builtinCriteriaSets(), pb::LEARNING_MODEL_FAMILY, 2026, {});
}

workflow::WorkflowError::Kind refusal(const std::function<void()> &step)
{
    try {
        step();
    } catch (const workflow::WorkflowError &e) {
        return e.kind();
    }
    return workflow::WorkflowError::Kind(-1);
}

} // namespace

class TestCoreRules : public QObject {
    Q_OBJECT

private slots:
    void workflowStepsInOrderOnly()
    {
        using K = workflow::WorkflowError::Kind;
        const auto set = [] { return familySet(); };
        const auto by = actor(pb::ROLE_VILLAGE_OFFICER);
        // Registering: an edit with the day from the actor, and nothing when already registered.
        const auto reg = workflow::registerSubject(pb::LEARNING_MODEL_FAMILY, "h1", 2026, std::nullopt, by);
        QVERIFY(reg);
        QCOMPARE(reg->id, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, "h1", 2026));
        QCOMPARE(static_cast<const pb::Evaluation &>(*reg->values).registered_on(), std::string("2026-11-20"));
        QVERIFY(
            !workflow::registerSubject(pb::LEARNING_MODEL_FAMILY, "h1", 2026, stateOf(evaluation("2026-01-10")), by));
        // A step out of order is refused before the set is even asked for.
        bool asked = false;
        const auto counting = [&] {
            asked = true;
            return familySet();
        };
        QCOMPARE(refusal([&] { workflow::assess(stateOf(evaluation("")), counting, {}, pb::ASSESSOR_SELF, by); }),
                 K::NotRegistered);
        QVERIFY(!asked);
        QCOMPARE(
            refusal([&] { workflow::verifyItem(stateOf(evaluation("2026-01-10")), set, "1.1", true, -1, {}, {}, by); }),
            K::NotDeclared);
        QCOMPARE(refusal([&] {
                     workflow::assess(stateOf(evaluation("2026-01-10", "2026-10-01", "2026-11-01")), set, {},
                                      pb::ASSESSOR_SELF, by);
                 }),
                 K::AlreadyVerified);
        QCOMPARE(refusal([&] {
                     workflow::assess(stateOf(evaluation("2026-01-10", "", "", "2026-11-25")), set, {},
                                      pb::ASSESSOR_SELF, by);
                 }),
                 K::Decided);
        // Unknown items and too many points.
        QCOMPARE(refusal([&] {
                     workflow::assess(stateOf(evaluation("2026-01-10")), set, {{QStringLiteral("9.9"), true, -1, {}}},
                                      pb::ASSESSOR_SELF, by);
                 }),
                 K::UnknownItem);
        QCOMPARE(refusal([&] {
                     workflow::assess(stateOf(evaluation("2026-01-10")), set, {{QStringLiteral("1.1"), true, 999, {}}},
                                      pb::ASSESSOR_SELF, by);
                 }),
                 K::TooManyPoints);
        // An officer may not verify a self-assessment written on their own device.
        auto own = evaluation("2026-01-10", "2026-10-01");
        own.set_declared_by(pb::ASSESSOR_OFFICER);
        QCOMPARE(refusal([&] { workflow::verifyItem(stateOf(own, 9), set, "1.1", true, -1, {}, {}, by); }),
                 K::OwnAssessment);
        const Edit verdict = workflow::verifyItem(stateOf(own, 7), set, "1.1", true, -1, {}, {}, by);
        QCOMPARE(verdict.id, domain::itemVerificationId("E1-2026-h1", "1.1"));
        // Completing needs every declared item verified.
        QCOMPARE(refusal([&] { workflow::completeVerification(stateOf(own, 7), set, {}, by); }), K::ItemsLeft);
    }

    void onlyDecidersDecideAndOnlyPassingResultsAreRecognised()
    {
        using K = workflow::WorkflowError::Kind;
        const auto verified = stateOf(evaluation("2026-01-10", "2026-10-01", "2026-11-01"));
        domain::Result passing;
        passing.passed = true;
        const auto pass = [&] { return passing; };
        const auto fail = [] { return domain::Result(); };
        QCOMPARE(refusal([&] {
                     workflow::recognise(verified, pass, true, QStringLiteral("1/QĐ"), actor(pb::ROLE_VILLAGE_OFFICER));
                 }),
                 K::NotAllowed);
        QCOMPARE(refusal([&] {
                     workflow::recognise(verified, pass, true, QStringLiteral("1/QĐ"), actor(pb::ROLE_UNSPECIFIED));
                 }),
                 K::NotAllowed);
        QCOMPARE(refusal([&] {
                     workflow::recognise(verified, fail, true, QStringLiteral("1/QĐ"), actor(pb::ROLE_COMMUNE_STAFF));
                 }),
                 K::DoesNotPass);
        QCOMPARE(refusal([&] {
                     workflow::recognise(verified, pass, true, QStringLiteral(" "), actor(pb::ROLE_COMMUNE_STAFF));
                 }),
                 K::NeedsDecisionNumber);
        const Edit decided =
            workflow::recognise(verified, pass, true, QStringLiteral("45/QĐ-UBND"), actor(pb::ROLE_COMMUNE_STAFF));
        QCOMPARE(static_cast<const pb::Evaluation &>(*decided.values).decision_number(), std::string("45/QĐ-UBND"));
        // The commune learning community is decided above the commune; administrators decide everything.
        QVERIFY(!access::mayDecide(pb::ROLE_COMMUNE_STAFF, pb::LEARNING_MODEL_COMMUNE_COMMUNITY));
        QVERIFY(access::mayDecide(pb::ROLE_PROVINCIAL_STAFF, pb::LEARNING_MODEL_COMMUNE_COMMUNITY));
        QVERIFY(!access::mayDecide(pb::ROLE_PROVINCIAL_STAFF, pb::LEARNING_MODEL_FAMILY));
        QVERIFY(access::mayDecide(pb::ROLE_ADMINISTRATOR, pb::LEARNING_MODEL_FAMILY));
        QVERIFY(!access::mayDecide(pb::ROLE_HOUSEHOLD, pb::LEARNING_MODEL_FAMILY));
        QVERIFY(!access::mayDecide(pb::ROLE_UNSPECIFIED, pb::LEARNING_MODEL_FAMILY));
    }

    void deletingAHouseholdTakesWhatHangsUnderIt()
    {
        pb::Household hh;
        hh.set_village_id("v1");
        hh.set_head_given_name("Lan");
        const Record household = recordOf(pb::RECORD_TYPE_HOUSEHOLD, "h1", hh);
        pb::Member m;
        m.set_household_id("h1");
        m.set_given_name("Lan");
        pb::ClanMembership link;
        link.set_clan_id("c1");
        link.set_household_id("h1");
        pb::ItemVerification openVerdict, decidedVerdict;
        openVerdict.set_evaluation_id("E1-2026-h1");
        openVerdict.set_code("1.1");
        decidedVerdict.set_evaluation_id("E1-2025-h1");
        decidedVerdict.set_code("1.1");
        auto lastYear = evaluation("2025-01-10", "2025-10-01", "2025-11-01", "2025-11-25");
        lastYear.set_year(2025);
        domain::Dependents d;
        d.members = {recordOf(pb::RECORD_TYPE_MEMBER, "m1", m), recordOf(pb::RECORD_TYPE_MEMBER, "m2", m)};
        d.memberships = {recordOf(pb::RECORD_TYPE_CLAN_MEMBERSHIP, "c1|h1", link)};
        d.evaluations = {recordOf(pb::RECORD_TYPE_EVALUATION, "E1-2026-h1", evaluation("2026-01-10")),
                         recordOf(pb::RECORD_TYPE_EVALUATION, "E1-2025-h1", lastYear)};
        d.verdicts = {recordOf(pb::RECORD_TYPE_ITEM_VERIFICATION, "E1-2026-h1/1.1", openVerdict),
                      recordOf(pb::RECORD_TYPE_ITEM_VERIFICATION, "E1-2025-h1/1.1", decidedVerdict)};
        const auto edits = domain::deletionOf(household, d);
        QStringList removed;
        for (const Edit &e : edits) {
            QVERIFY(e.remove);
            removed << QString::fromStdString(e.id);
        }
        // The household, both members, the clan link, this year's open evaluation and its verdict; last year's
        // decided evaluation stays, as the record of an official decision, with its verdict.
        QCOMPARE(removed, (QStringList{"h1", "m1", "m2", "c1|h1", "E1-2026-h1", "E1-2026-h1/1.1"}));
        // A village with households is not deleted.
        pb::Village v;
        v.set_commune_code("22945");
        v.set_name("Thôn A");
        domain::Dependents withHouseholds;
        withHouseholds.households = 1;
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 domain::deletionOf(recordOf(pb::RECORD_TYPE_VILLAGE, "v1", v), withHouseholds));
        QCOMPARE(domain::deletionOf(recordOf(pb::RECORD_TYPE_VILLAGE, "v1", v), {}).size(), size_t(1));
    }

    void whichTargetCountsAndWhoLags()
    {
        domain::Rate r;
        r.total = 10;
        r.recognised = 7;
        r.target = 70;
        QVERIFY(!r.lagging()); // exactly at the target
        QVERIFY(r.meetsTarget());
        r.recognised = 6;
        QVERIFY(r.lagging());
        r.provinceTarget = 60; // the province's own target counts when it has set one
        QCOMPARE(r.goal(), 60);
        QVERIFY(!r.lagging());
        domain::Rate empty;
        empty.target = 70;
        QVERIFY(!empty.lagging()); // nothing to count is not lagging
        domain::Rate noTarget;
        noTarget.total = 5;
        QVERIFY(!noTarget.lagging());
    }

    void todayIsVietnamsDay()
    {
        // 17:30 UTC on 31 December is already 1 January in Vietnam (UTC+7), whatever zone the machine is in.
        const qint64 ms = QDateTime(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(Clock::dateOf(ms), QDate(2027, 1, 1));
        const FixedClock c(ms, false);
        QCOMPARE(c.year(), 2027);
        QVERIFY(!c.serverCorrected());
        QCOMPARE(FixedClock::onDay(QDate(2026, 3, 5)).today(), QDate(2026, 3, 5));
    }

    void userNamesHaveOneForm()
    {
        QCOMPARE(access::normalizeUsername(QStringLiteral("  Demo-XA ")), QStringLiteral("demo-xa"));
        QCOMPARE(access::normalizeUsername(QString::fromUtf8("Nguye\xcc\x82\xcc\x83n.An")),
                 QStringLiteral("nguyễn.an")); // NFD in
        QVERIFY(access::normalizeUsername(QStringLiteral("ab")).isEmpty());
        QVERIFY(access::normalizeUsername(QStringLiteral("a b c")).isEmpty());
    }

    void recordsLieInTheAreasTheirKeysReach()
    {
        const std::set<std::string> grants{"c:22945", "v:v1"};
        const domain::KeyLookup none = [](pb::RecordType, const std::string &) {
            return std::optional<std::set<std::string>>();
        };
        QVERIFY(access::covers(grants, {"v:v1", "h:h1"}, none));
        QVERIFY(!access::covers(grants, {"v:v9", "h:h9"}, none));
        QVERIFY(!access::covers(grants, {"rg", "rp:68"}, none)); // reference keys never count
        // A village made in the same push: its own keys name the commune.
        const domain::KeyLookup newVillage = [](pb::RecordType t, const std::string &id) {
            return t == pb::RECORD_TYPE_VILLAGE && id == "v9"
                       ? std::optional<std::set<std::string>>({"v:v9", "c:22945"})
                       : std::nullopt;
        };
        QVERIFY(access::covers(grants, {"v:v9"}, newVillage));
    }

    void theServerDecidesEachPushedChange()
    {
        using O = domain::ChangeDecision::Outcome;
        const domain::KeyLookup keysOf = [](pb::RecordType t,
                                            const std::string &id) -> std::optional<std::set<std::string>> {
            if (t == pb::RECORD_TYPE_VILLAGE && id == "v1") return std::set<std::string>{"v:v1", "c:22945"};
            if (t == pb::RECORD_TYPE_COMMUNE && id == "C22945")
                return std::set<std::string>{"c:22945", "p:68", "rc:22945"};
            return std::nullopt;
        };
        access::Principal officer;
        officer.role = pb::ROLE_VILLAGE_OFFICER;
        officer.areas = {QStringLiteral("v:v1")};
        const std::set<std::string> grants{"v:v1"};
        domain::ChangeContext ctx;
        ctx.who = &officer;
        ctx.thisYear = 2026;
        ctx.keysOf = keysOf;
        ctx.inAreas = [&](const domain::Keys &k) { return access::covers(grants, k, keysOf); };
        pb::Household hh;
        hh.set_village_id("v1");
        hh.set_head_given_name("Lan");
        pb::Change c;
        c.set_type(pb::RECORD_TYPE_HOUSEHOLD);
        c.set_id("00000000000000d1-1");
        c.set_values(hh.SerializeAsString());
        const Stamp at{HybridClock::make(1'700'000'000'000, 0), 5};
        auto d = domain::decideChange(c, at, std::nullopt, ctx);
        QCOMPARE(d.outcome, O::Apply);
        QVERIFY(d.isCreate);
        QVERIFY(d.areas.count("v:v1") && d.areas.count("h:00000000000000d1-1"));
        // The store's fast path for a create decides the same, without merging.
        const auto fast = domain::decideCreate(c, ctx);
        QCOMPARE(fast.outcome, O::Apply);
        QCOMPARE(fast.areas, d.areas);
        // A village officer may not make villages (refused alone), and reference data is read-only (the whole set).
        pb::Village v;
        v.set_commune_code("22945");
        v.set_name("Thôn B");
        pb::Change cv;
        cv.set_type(pb::RECORD_TYPE_VILLAGE);
        cv.set_id("00000000000000d1-2");
        cv.set_values(v.SerializeAsString());
        QCOMPARE(domain::decideChange(cv, at, std::nullopt, ctx).outcome, O::Refused);
        QCOMPARE(domain::decideCreate(cv, ctx).outcome, O::Refused);
        pb::Change cp;
        cp.set_type(pb::RECORD_TYPE_PROVINCE);
        cp.set_id("P68");
        QCOMPARE(domain::decideChange(cp, at, std::nullopt, ctx).reason, pb::REJECT_REASON_READ_ONLY);
        // An invalid value names its field; a household in an unknown village names the reference.
        hh.set_phone("12345");
        c.set_values(hh.SerializeAsString());
        d = domain::decideChange(c, at, std::nullopt, ctx);
        QCOMPARE(d.outcome, O::Rejected);
        QVERIFY(d.message.contains(QStringLiteral("phone")));
        QCOMPARE(domain::decideCreate(c, ctx).message, d.message);
        hh.clear_phone();
        hh.set_village_id("v404");
        c.set_values(hh.SerializeAsString());
        QCOMPARE(domain::decideChange(c, at, std::nullopt, ctx).reason, pb::REJECT_REASON_UNKNOWN_REFERENCE);
        // The same change again is nothing new.
        hh.set_village_id("v1");
        c.set_values(hh.SerializeAsString());
        const auto applied = domain::decideChange(c, at, std::nullopt, ctx);
        QCOMPARE(domain::decideChange(c, at, domain::StoredRecord{applied.merged, applied.areas, applied.current}, ctx)
                     .outcome,
                 O::Unchanged);
    }

    // The grammar of device-made ids (docs/data-model.md, "Ids"), which the server checks by hand before its
    // regular expressions: both ways give the same answer at every edge.
    void deviceMadeIdsHaveOneGrammar()
    {
        const std::string dev = "0123456789abcdef";
        const std::pair<std::string, bool> cases[] = {
            {dev + "-1", true},
            {dev + "-z", true},
            {dev + "-" + std::string(13, '9'), true},  // 30 characters: the longest
            {dev + "-" + std::string(14, '9'), false}, // 31
            {dev + "-", false},
            {dev, false},
            {dev + "-A", false},
            {dev + "-a_b", false},
            {dev + "-a b", false},
            {"0123456789ABCDEF-1", false},
            {"0123456789abcdeg-1", false},
            {"0123456789abcde-12", false}, // the dash one place early
            {dev + "-1\n", false},
            {"P1-" + dev + "-1", false},
        };
        for (const auto &[id, ok] : cases) {
            QCOMPARE(domain::checkIdGrammar(pb::RECORD_TYPE_HOUSEHOLD, id).isEmpty(), ok);
            QCOMPARE(domain::checkIdGrammar(pb::RECORD_TYPE_MEMBER, id).isEmpty(), ok);
        }
        // Other types' forms still go through their own patterns.
        QVERIFY(domain::checkIdGrammar(pb::RECORD_TYPE_DISBURSEMENT, "P1-" + dev + "-1").isEmpty());
        QVERIFY(domain::checkIdGrammar(pb::RECORD_TYPE_DISBURSEMENT, dev + "-1").isEmpty());
        QVERIFY(!domain::checkIdGrammar(pb::RECORD_TYPE_REVERSAL, dev + "-1").isEmpty());
        QVERIFY(domain::checkIdGrammar(pb::RECORD_TYPE_REVERSAL, "R-" + dev + "-1").isEmpty());
        QVERIFY(!domain::checkIdGrammar(pb::RECORD_TYPE_COMMUNE, dev + "-1").isEmpty());
        QVERIFY(domain::checkIdGrammar(pb::RECORD_TYPE_COMMUNE, "C22945").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoreRules)
#include "tst_core_rules.moc"
