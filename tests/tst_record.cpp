// The field-level merge: per-field last writer wins, deletes as tombstones, conflicts detected from the
// editor's base stamp, unknown fields preserved, and every order and duplicate converging.
#include "core/areas/area_keys.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/records/record_types.h"
#include "core/records/validation.h"
#include "core/text/text.h"

#include <QTest>
#include <random>

using namespace kh;

namespace {

pb::Change householdChange(const std::function<void(pb::Household &)> &fill)
{
    pb::Household h;
    fill(h);
    pb::Change c;
    c.set_type(pb::RECORD_TYPE_HOUSEHOLD);
    c.set_id("h1");
    c.set_values(h.SerializeAsString());
    return c;
}

pb::Household valueOf(const Record &r)
{
    pb::Household h;
    h.ParseFromString(r.values());
    return h;
}

Record applied(const pb::Change &c, Stamp s, Record r = {})
{
    r.type = c.type();
    r.id = c.id();
    bool changed = false;
    r.apply(c, s, &changed, nullptr);
    return r;
}

} // namespace

class TestRecord : public QObject {
    Q_OBJECT
private slots:
    void splitFieldsKeepsRepeatedTogether()
    {
        pb::Member m;
        m.set_given_name("Lan");
        m.add_learning_activities("A");
        m.set_birth_year(1990);
        m.add_learning_activities("B");
        std::map<quint32, std::string> parts;
        QVERIFY(splitFields(m.SerializeAsString(), &parts));
        QCOMPARE(parts.size(), size_t(3));
        pb::Member only;
        QVERIFY(only.ParseFromString(parts[pb::Member::kLearningActivitiesFieldNumber]));
        QCOMPARE(only.learning_activities_size(), 2);
        QVERIFY(!splitFields(std::string("\x0a\x05"
                                         "ab",
                                         4),
                             &parts)); // length past the end
    }

    void differentFieldsBothKept()
    {
        Record base = applied(householdChange([](auto &h) {
                                  h.set_village_id("v");
                                  h.set_head_given_name("Hùng");
                                  h.set_phone("0912345678");
                              }),
                              {10, 1});
        const auto a = householdChange([](auto &h) { h.set_phone("0987654321"); });
        const auto b = householdChange([](auto &h) { h.set_address("Số 5"); });
        Record x = applied(b, {21, 3}, applied(a, {20, 2}, base));
        Record y = applied(a, {20, 2}, applied(b, {21, 3}, base));
        QCOMPARE(valueOf(x).phone(), std::string("0987654321"));
        QCOMPARE(valueOf(x).address(), std::string("Số 5"));
        QCOMPARE(x.toState().SerializeAsString(), y.toState().SerializeAsString());
    }

    void sameFieldNewerWinsTieByDevice()
    {
        Record base = applied(householdChange([](auto &h) {
                                  h.set_village_id("v");
                                  h.set_head_given_name("A");
                              }),
                              {10, 1});
        const auto a = householdChange([](auto &h) { h.set_head_given_name("B"); });
        const auto b = householdChange([](auto &h) { h.set_head_given_name("C"); });
        QCOMPARE(valueOf(applied(b, {20, 2}, applied(a, {20, 9}, base))).head_given_name(), std::string("B"));
        QCOMPARE(valueOf(applied(a, {20, 9}, applied(b, {20, 2}, base))).head_given_name(), std::string("B"));
    }

    void conflictOnlyWhenEditorDidNotSeeCurrent()
    {
        Record base = applied(householdChange([](auto &h) {
                                  h.set_village_id("v");
                                  h.set_phone("0911111111");
                              }),
                              {10, 1});
        // Device 2 edits having seen the base value: a plain overwrite.
        auto seen = householdChange([](auto &h) { h.set_phone("0922222222"); });
        auto *b = seen.add_base();
        b->set_field(pb::Household::kPhoneFieldNumber);
        b->set_hlc(10);
        b->set_device(1);
        Record r = base;
        bool changed = false;
        std::vector<FieldConflict> conflicts;
        r.apply(seen, {20, 2}, &changed, &conflicts);
        QVERIFY(changed);
        QVERIFY(conflicts.empty());
        // Device 3 also edited from the base value, offline: concurrent, and it loses (older clock).
        auto concurrent = householdChange([](auto &h) { h.set_phone("0933333333"); });
        *concurrent.add_base() = *b;
        r.apply(concurrent, {15, 3}, &changed, &conflicts);
        QVERIFY(!changed);
        QCOMPARE(conflicts.size(), size_t(1));
        QCOMPARE(conflicts[0].loser.stamp, (Stamp{15, 3}));
        QCOMPARE(conflicts[0].winner.stamp, (Stamp{20, 2}));
        QCOMPARE(valueOf(r).phone(), std::string("0922222222"));
        // The same change delivered again reports nothing new and changes nothing.
        conflicts.clear();
        r.apply(seen, {20, 2}, &changed, &conflicts);
        QVERIFY(!changed);
        QVERIFY(conflicts.empty());
    }

    void tombstoneAndResurrection()
    {
        Record r = applied(householdChange([](auto &h) {
                               h.set_village_id("v");
                               h.set_head_given_name("A");
                           }),
                           {10, 1});
        pb::Change del;
        del.set_type(pb::RECORD_TYPE_HOUSEHOLD);
        del.set_id("h1");
        del.set_deleted(true);
        Record deleted = applied(del, {20, 2}, r);
        QVERIFY(deleted.isDeleted());
        // An edit older than the delete does not bring it back; a newer one does, with all fields.
        QVERIFY(applied(householdChange([](auto &h) { h.set_phone("0912345678"); }), {15, 3}, deleted).isDeleted());
        Record back = applied(householdChange([](auto &h) { h.set_phone("0912345678"); }), {25, 3}, deleted);
        QVERIFY(!back.isDeleted());
        QCOMPARE(valueOf(back).head_given_name(), std::string("A"));
    }

    void unknownFieldsSurvive()
    {
        // A newer app adds field 99 to Household; this build must store and forward it untouched.
        pb::Household h;
        h.set_village_id("v");
        std::string values = h.SerializeAsString();
        values += std::string("\x9a\x06\x03xyz", 6); // field 99, length-delimited "xyz"
        pb::Change c;
        c.set_type(pb::RECORD_TYPE_HOUSEHOLD);
        c.set_id("h1");
        c.set_values(values);
        Record r = applied(c, {10, 1});
        QCOMPARE(r.fields.count(99), size_t(1));
        Record back;
        QVERIFY(Record::fromState(r.toState(), &back));
        QCOMPARE(back.values(), values);
        QVERIFY(
            domain::renderField(pb::RECORD_TYPE_HOUSEHOLD, 99, back.fields[99].raw).startsWith(QStringLiteral("#99=")));
    }

    void mergeIsCommutativeAssociativeIdempotent()
    {
        std::mt19937 rng(42);
        for (int round = 0; round < 200; ++round) {
            std::vector<Record> replicas(3);
            for (int i = 0; i < 3; ++i) {
                replicas[i].type = pb::RECORD_TYPE_HOUSEHOLD;
                replicas[i].id = "h1";
                for (int k = 0; k < 4; ++k) {
                    const int field = 1 + int(rng() % 7);
                    const Stamp s{1 + rng() % 20, 1 + rng() % 3};
                    if (rng() % 5 == 0) {
                        replicas[i].deleted = std::max(replicas[i].deleted, s);
                    } else {
                        pb::Household h;
                        h.set_notes(std::to_string(rng() % 100));
                        std::string raw = h.SerializeAsString();
                        raw[0] = char((field << 3) | 2);
                        auto &f = replicas[i].fields[quint32(field)];
                        if (f.stamp < s) f = FieldValue{raw, s};
                    }
                }
            }
            auto join = [](Record a, const Record &b) {
                a.merge(b);
                return a;
            };
            const Record abc = join(join(replicas[0], replicas[1]), replicas[2]);
            const Record cba = join(join(replicas[2], replicas[1]), replicas[0]);
            const Record bac_dup = join(join(join(replicas[1], replicas[0]), replicas[2]), replicas[0]);
            QCOMPARE(abc.toState().SerializeAsString(), cba.toState().SerializeAsString());
            QCOMPARE(abc.toState().SerializeAsString(), bac_dup.toState().SerializeAsString());
            QCOMPARE(abc.isDeleted(), cba.isDeleted());
        }
    }

    void validationNamesTheField()
    {
        pb::Member m;
        m.set_household_id("h");
        m.set_given_name("Lan");
        m.set_birth_year(1850);
        QVERIFY(
            domain::validateChange(pb::RECORD_TYPE_MEMBER, m, {}, true, 2026).startsWith(QStringLiteral("birth_year")));
        m.set_birth_year(1990);
        m.set_cccd("123");
        QVERIFY(domain::validateChange(pb::RECORD_TYPE_MEMBER, m, {}, true, 2026).startsWith(QStringLiteral("cccd")));
        m.clear_cccd();
        m.set_given_name("  ");
        QVERIFY(
            domain::validateChange(pb::RECORD_TYPE_MEMBER, m, {}, true, 2026).startsWith(QStringLiteral("given_name")));
        m.set_given_name(QString::fromUtf8("Nguye\xcc\x82\xcc\x83n").toStdString()); // NFD
        QVERIFY(domain::validateChange(pb::RECORD_TYPE_MEMBER, m, {}, true, 2026).contains(QStringLiteral("NFC")));
        m.set_given_name("Lan");
        QVERIFY(domain::validateChange(pb::RECORD_TYPE_MEMBER, m, {}, true, 2026).isEmpty());
        // Clearing a required field is refused even on an update.
        pb::Member upd;
        QVERIFY(domain::validateChange(pb::RECORD_TYPE_MEMBER, upd, {pb::Member::kGivenNameFieldNumber}, false, 2026)
                    .startsWith(QStringLiteral("given_name")));
    }

    // An evaluation's search text is its title folded (the app's counts filter on "LEARNING_MODEL_FAMILY 2025"),
    // built without QString since a first sync folds one per household and year.
    void evaluationSearchTextIsItsFoldedTitle()
    {
        pb::Evaluation e;
        e.set_model(pb::LEARNING_MODEL_FAMILY);
        e.set_year(2025);
        e.set_subject_id("3f9a0c1d2e4b5a6c-1z");
        const std::string text = domain::searchText(pb::RECORD_TYPE_EVALUATION, e);
        QCOMPARE(QString::fromStdString(text), foldForSearch(domain::title(pb::RECORD_TYPE_EVALUATION, e)));
        QCOMPARE(text, std::string("learning_model_family 2025 3f9a0c1d2e4b5a6c-1z"));
        e.set_model(pb::LEARNING_MODEL_CLAN);
        e.set_year(2024);
        QVERIFY(domain::searchText(pb::RECORD_TYPE_EVALUATION, e).find("learning_model_clan 2024 ") == 0);
    }

    void areaKeysFollowParents()
    {
        std::map<std::string, std::set<std::string>> known = {
            {"C22945", {"c:22945", "p:68", "rc:22945"}},
            {"C23008", {"c:23008", "p:68", "rc:23008"}},
            {"v1", {"v:v1", "c:22945"}},
            {"v2", {"v:v2", "c:23008"}},
            {"h1", {"v:v1"}},
        };
        auto lookup = [&](pb::RecordType, const std::string &id) -> std::optional<std::set<std::string>> {
            auto it = known.find(id);
            if (it == known.end()) return std::nullopt;
            return it->second;
        };
        pb::Clan clan;
        clan.set_name("Họ Nguyễn");
        clan.add_village_ids("v1");
        clan.add_village_ids("v2");
        clan.add_commune_codes("23008");
        const auto k = domain::areaKeys(pb::RECORD_TYPE_CLAN, "k1", clan, lookup, nullptr);
        QVERIFY(k);
        // Under villages a record carries their village keys; a commune it spans directly gives "c:".
        QCOMPARE(*k, (std::set<std::string>{"v:v1", "v:v2", "c:23008"}));
        pb::Member mem;
        mem.set_household_id("h1");
        QCOMPARE(*domain::areaKeys(pb::RECORD_TYPE_MEMBER, "m1", mem, lookup, nullptr),
                 (std::set<std::string>{"v:v1"}));
        pb::Member m;
        m.set_household_id("nope");
        QString why;
        QVERIFY(!domain::areaKeys(pb::RECORD_TYPE_MEMBER, "m1", m, lookup, &why));
        QVERIFY(why.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
