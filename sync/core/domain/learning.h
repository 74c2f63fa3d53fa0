// The learning models' rules, without any storage: an Evaluation's stage, criteria sets in their readable
// form (data/criteria/*.json) and as records, choosing the set that applies, computing items from the records
// ("2 children of school age, both studying"), and scoring an evaluation under its set's pass rule.
#pragma once

#include "records.pb.h"

#include <QString>
#include <QStringList>
#include <map>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace kh::domain {

namespace pb = khuyenhoc::v1;

// Where a subject stands in a year, in the order the cycle runs.
enum class Stage { None, Registered, Declared, Verified, Recognised, NotRecognised };
Stage stageOf(const pb::Evaluation &e);

// ---- Criteria sets

// Parses a criteria set from its readable JSON form. Nullopt with `error` naming what is wrong.
std::optional<pb::CriteriaSet> parseCriteriaJson(const QByteArray &json, QString *error);
// Checks a set: codes unique and non-empty, points and thresholds consistent with its rule.
QString checkCriteriaSet(const pb::CriteriaSet &s);
// The sets shipped in data/criteria/ (compiled in): the national defaults for every model.
const std::vector<pb::CriteriaSet> &builtinCriteriaSets();
// "family@1": what an Evaluation's criteria_set pins.
QString criteriaRef(const pb::CriteriaSet &s);
std::string criteriaSetRecordId(const pb::CriteriaSet &s); // "K" + set_id + "@" + version
// The set for a model, year and province: the province's own if it has one, else the national one; the
// newest version valid in that year. Null if none.
const pb::CriteriaSet *chooseCriteriaSet(const std::vector<pb::CriteriaSet> &sets, pb::LearningModel model, int year,
                                         const QString &provinceCode);
const pb::CriteriaSet *findCriteriaSet(const std::vector<pb::CriteriaSet> &sets, const QString &ref);

QString modelName(pb::LearningModel m);                  // "family", "clan"... (CLI and file names)
std::optional<pb::LearningModel> modelFromName(const QString &name);
pb::RecordType subjectTypeOf(pb::LearningModel m);       // HOUSEHOLD for family, CLAN, VILLAGE, LEARNING_UNIT, MEMBER

// ---- Computed items

struct Computed {
    bool known = false;   // false: the records do not say (e.g. nobody of that age, literacy not recorded)
    bool met = false;
    int percent = -1;     // share computations
    QString explanation;  // in Vietnamese, e.g. "2 trẻ trong độ tuổi đi học, cả 2 đang đi học"
};
// Ages are "year − birth year": a child born in 2020 is 6 in 2026 and of compulsory-school age all that year.
inline constexpr int kSchoolAgeFrom = 6, kSchoolAgeTo = 14, kAdultFrom = 19, kAdultTo = 60;
Computed computeFromMembers(pb::Computation c, const std::vector<pb::Member> &members, int year);
Computed computeShare(pb::Computation c, int recognised, int total, int minPercent);

// ---- Scoring

struct ItemResult {
    QString code;
    bool answered = false;  // declared by the subject (or officer on its behalf), or computed
    bool met = false;       // the value that counts: verified if verified, else declared, else computed
    int points = 0;
    bool verified = false, agreed = false;
    QString explanation;    // computed items
};
struct Result {
    bool complete = false;  // every item has a value
    bool passed = false;
    int total = 0;          // points rules
    int level = 0;          // level rules: 0, 1 or 2
    QStringList reasons;    // why it did not pass, one line per failing rule, in Vietnamese
    std::vector<ItemResult> items;
};
// Scores an evaluation under `set` (the one it pins). `verifications` are the officers' verdicts by item code;
// `computed` the items computed from the records by code.
Result evaluate(const pb::CriteriaSet &set, const pb::Evaluation &e, const std::map<QString, pb::ItemVerification> &verifications,
                const std::map<QString, Computed> &computed);

// National targets for 2025 (Decision 387/QĐ-TTg), percent: 70 families, 65 clans, 65 village communities, 80 units.
int nationalTarget(pb::LearningModel m);

// ---- What a roll-up needs from the records: one fact per village, household, member, clan, unit and evaluation.
// Devices make them from their records when asked; the server keeps them in a table updated with every write,
// so a provincial report reads small rows instead of decoding every record.
struct Fact {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    QString commune;   // village, clan, unit: the commune it counts in; household: its village's
    std::string ref;   // household: its village; member: its household; evaluation: its subject
    QString name;      // village: its name
    int number = 0;    // member: birth year; evaluation: year
    int model = 0;     // evaluation: its model
    int stage = 0;     // evaluation: its Stage
};
// The fact of one live record; nullopt for the types a roll-up does not use. `communeOfVillage` answers for
// households and clans (a clan counts once, in the commune of its first village).
std::optional<Fact> factOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                           const std::function<QString(const std::string &village)> &communeOfVillage);

struct RollupFacts {
    struct Village { std::string id; QString name, commune; };
    std::vector<Village> villages;
    std::vector<std::pair<std::string, std::string>> households;    // id, village
    std::vector<std::tuple<std::string, std::string, int>> members; // id, household, birth year
    std::vector<std::pair<std::string, QString>> clans, units;      // id, commune
    std::unordered_map<std::string, Stage> stages;                  // (year, model, subject) -> stage
    std::map<QString, std::map<int, int>> provinceTargets;          // province code -> model -> percent
    static std::string key(int year, int model, const std::string &subject)
    {
        return std::to_string(year) + '/' + std::to_string(model) + '/' + subject;
    }
    void add(const Fact &f);
    void addTargets(const pb::ProvinceTargets &t);
};

} // namespace kh::domain
