#include "core/demo/synthetic_commune.h"

#include "core/areas/admin_units.h"
#include "core/demo/vietnamese_names.h"
#include "core/learning/criteria.h"
#include "core/records/edit_error.h"
#include "core/records/ids.h"

#include <array>
#include <random>

namespace kh {

namespace {

const char *const kVillageNames[] = {"Phú Lộc", "An Hòa",   "Tân Thành", "Đông Yên",    "Thượng Điền", "Hòa Bình",
                                     "Bình An", "Mỹ Thạnh", "Đồng Tâm",  "Quyết Thắng", "Tiến Thành",  "Xuân Hòa"};
const char *const kActivities[] = {"Lớp tin học cơ bản",
                                   "Tập huấn kỹ thuật trồng lúa",
                                   "Câu lạc bộ đọc sách",
                                   "Lớp tiếng Anh giao tiếp",
                                   "Tập huấn chăn nuôi an toàn",
                                   "Học nghề may",
                                   "Sinh hoạt tại Trung tâm học tập cộng đồng",
                                   "Lớp kỹ năng sử dụng điện thoại thông minh"};

struct Gen {
    std::mt19937 rng;
    const VietnameseNames &names = VietnameseNames::builtin();
    std::discrete_distribution<int> family;
    int thisYear = 0;

    Gen(quint32 seed, int year) : rng(seed), thisYear(year)
    {
        std::vector<double> w;
        double total = 0;
        for (const auto &[n, share] : names.familyShares) {
            w.push_back(share);
            total += share;
        }
        family = std::discrete_distribution<int>(w.begin(), w.end());
    }
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng); }
    QString familyName() { return names.familyShares[size_t(family(rng))].first; }
    std::pair<QString, QString> middleGiven(bool male)
    {
        const QStringList &l = male ? names.maleGiven : names.femaleGiven;
        const QStringList w = l[uniform(0, int(l.size()) - 1)].split(QLatin1Char(' '));
        if (w.size() == 1) return {male ? QStringLiteral("Văn") : QStringLiteral("Thị"), w[0]};
        return {w.mid(0, w.size() - 1).join(QLatin1Char(' ')), w.last()};
    }
    QString phone()
    {
        static const char *const prefixes[] = {"09", "03", "08", "07", "05"};
        QString p = QLatin1String(prefixes[uniform(0, 4)]);
        for (int i = 0; i < 8; ++i) p += QChar(u'0' + uniform(0, 9));
        return p;
    }
    QString cccd(const QString &province, int birthYear, bool male)
    {
        const int century = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1);
        QString s = QStringLiteral("0%1%2%3").arg(province).arg(century).arg(birthYear % 100, 2, 10, QLatin1Char('0'));
        for (int i = 0; i < 6; ++i) s += QChar(u'0' + uniform(0, 9));
        return s;
    }
};

pb::Schooling schoolingFor(int age, Gen &g)
{

    if (age < 3) return pb::SCHOOLING_NONE;
    if (age < 6) return pb::SCHOOLING_PRESCHOOL;
    if (age < 11) return pb::SCHOOLING_PRIMARY;
    if (age < 15) return pb::SCHOOLING_LOWER_SECONDARY;
    if (age < 18) return g.chance(0.85) ? pb::SCHOOLING_UPPER_SECONDARY : pb::SCHOOLING_LOWER_SECONDARY;
    const int r = g.uniform(0, 99);
    if (age > 65 && r < 10) return pb::SCHOOLING_NONE;
    if (r < 15) return pb::SCHOOLING_PRIMARY;
    if (r < 45) return pb::SCHOOLING_LOWER_SECONDARY;
    if (r < 75) return pb::SCHOOLING_UPPER_SECONDARY;
    if (r < 88) return pb::SCHOOLING_VOCATIONAL;
    if (r < 98) return pb::SCHOOLING_UNIVERSITY;
    return pb::SCHOOLING_POSTGRADUATE;
}

std::string date(int year, int month, int day)
{
    return QStringLiteral("%1-%2-%3")
        .arg(year)
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'))
        .toStdString();
}

// One commune's generation, household by household. The random streams (people, this year's progress, past
// years) are separate, so the households stay the same with or without evaluations.
class CommuneGenerator {
public:
    CommuneGenerator(const SeedOptions &options, int thisYear, const CommuneInfo &where,
                     const std::function<std::string()> &ids)
        : o(options), commune(where), newId(ids), g(options.seed, thisYear), stages(options.seed * 7919 + 17, thisYear),
          past(options.seed * 104729 + 3, thisYear)
    {}

    std::vector<Edit> villages(SeedResult &res)
    {
        std::vector<Edit> edits;
        for (int i = 0; i < std::max(1, o.villages); ++i) {
            auto v = std::make_shared<pb::Village>();
            v->set_commune_code(o.communeCode.toStdString());
            v->set_code_list(domain::kCodeList);
            const int n = int(std::size(kVillageNames));
            const QString name = QStringLiteral("Thôn %1").arg(QString::fromUtf8(kVillageNames[i % n])) +
                                 (i >= n ? QStringLiteral(" %1").arg(i / n + 1) : QString());
            v->set_name(name.toStdString());
            v->set_kind(pb::VILLAGE_KIND_THON);
            const std::string id = newId();
            res.villageIds.push_back(id);
            edits.push_back({pb::RECORD_TYPE_VILLAGE, id, v, {}, false});
        }
        return edits;
    }

    // A household with its members (and evaluations), appended to `batch`.
    void household(SeedResult &res, std::vector<Edit> &batch)
    {
        const std::string hid = newId();
        const QString fam = g.familyName();
        const bool headMale = g.chance(0.82);
        const auto [hm, hg] = g.middleGiven(headMale);
        const int headBirth = g.thisYear - g.uniform(25, 75);
        auto hh = std::make_shared<pb::Household>();
        hh->set_village_id(res.villageIds[size_t(g.uniform(0, int(res.villageIds.size()) - 1))]);
        hh->set_head_family_name(fam.toStdString());
        hh->set_head_middle_name(hm.toStdString());
        hh->set_head_given_name(hg.toStdString());
        hh->set_address(QStringLiteral("Số %1, xóm %2").arg(g.uniform(1, 250)).arg(g.uniform(1, 12)).toStdString());
        if (g.chance(0.8)) hh->set_phone(g.phone().toStdString());
        batch.push_back({pb::RECORD_TYPE_HOUSEHOLD, hid, hh, {}, false});
        ++res.households;
        const int members = o.fixedMembers > 0 ? o.fixedMembers : g.uniform(1, 7);
        for (int m = 0; m < members; ++m) {
            batch.push_back({pb::RECORD_TYPE_MEMBER,
                             newId(),
                             member(hid, fam, headMale, hm, hg, headBirth, m, members),
                             {},
                             false});
            ++res.members;
        }
        if (o.progressYear > 0) {
            const auto &village = hh->village_id();
            const size_t vi =
                size_t(std::find(res.villageIds.begin(), res.villageIds.end(), village) - res.villageIds.begin());
            const double keen = std::array{0.55, 0.78, 0.92}[vi % 3];
            if (stages.chance(0.93)) batch.push_back(thisYearsEvaluation(hid, vi, keen));
            for (int back = o.pastYears; back >= 1; --back) // finished years: every village a little less far along
                if (auto e = pastEvaluation(hid, vi, keen, back)) batch.push_back(*e);
        }
    }

private:
    std::shared_ptr<pb::Member> member(const std::string &hid, const QString &fam, bool headMale, const QString &hm,
                                       const QString &hg, int headBirth, int m, int members)
    {
        auto p = std::make_shared<pb::Member>();
        p->set_household_id(hid);
        int birth;
        bool male;
        pb::Relation rel;
        QString family = fam, middle, given;
        if (m == 0) {
            rel = pb::RELATION_HEAD;
            male = headMale;
            birth = headBirth;
            middle = hm;
            given = hg;
        } else if (m == 1 && members > 2) {
            rel = pb::RELATION_SPOUSE;
            male = !headMale;
            birth = std::clamp(headBirth + g.uniform(-6, 4), 1900, g.thisYear - 18);
            family = g.familyName();
            std::tie(middle, given) = g.middleGiven(male);
        } else if (m == members - 1 && members >= 5 && headBirth < g.thisYear - 45 && g.chance(0.3)) {
            rel = pb::RELATION_PARENT;
            male = g.chance(0.4);
            birth = std::max(1900, headBirth - g.uniform(20, 32));
            if (!male) family = g.familyName();
            std::tie(middle, given) = g.middleGiven(male);
        } else {
            rel = pb::RELATION_CHILD;
            male = g.chance(0.5);
            birth = std::min(g.thisYear, headBirth + g.uniform(20, 38));
            std::tie(middle, given) = g.middleGiven(male);
        }
        p->set_family_name(family.toStdString());
        p->set_middle_name(middle.toStdString());
        p->set_given_name(given.toStdString());
        p->set_birth_year(quint32(birth));
        p->set_sex(male ? pb::SEX_MALE : pb::SEX_FEMALE);
        p->set_relation(rel);
        schooling(*p, g.thisYear - birth, male);
        return p;
    }

    void schooling(pb::Member &p, int age, bool male)
    {
        p.set_schooling(schoolingFor(age, g));
        p.set_studying_now((age >= 3 && age <= 18) || (age > 18 && age < 23 && g.chance(0.3)));
        if (age >= 8) {
            const bool none = p.schooling() == pb::SCHOOLING_NONE;
            p.set_literacy(none ? (g.chance(0.5) ? pb::LITERACY_ILLITERATE : pb::LITERACY_LEVEL_1)
                                : (p.schooling() == pb::SCHOOLING_PRIMARY && g.chance(0.3) ? pb::LITERACY_LEVEL_1
                                                                                           : pb::LITERACY_LEVEL_2));
        }
        if (age >= 18 && g.chance(0.35))
            p.add_learning_activities(kActivities[g.uniform(0, int(std::size(kActivities)) - 1)]);
        if (age >= 14 && o.fixedMembers == 0 && g.chance(0.5))
            p.set_cccd(g.cccd(commune.provinceCode, int(p.birth_year()), male).toStdString());
    }

    Edit thisYearsEvaluation(const std::string &hid, size_t vi, double keen)
    {
        const int y = o.progressYear;
        auto e = std::make_shared<pb::Evaluation>();
        e->set_model(pb::LEARNING_MODEL_FAMILY);
        e->set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
        e->set_subject_id(hid);
        e->set_year(quint32(y));
        e->set_registered_on(date(y, 1, stages.uniform(5, 28)));
        if (stages.chance(keen)) {
            const auto &family =
                *domain::chooseCriteriaSet(domain::builtinCriteriaSets(), pb::LEARNING_MODEL_FAMILY, y, {});
            e->set_criteria_set(domain::criteriaRef(family).toStdString());
            e->set_declared_on(date(y, 10, stages.uniform(1, 28)));
            e->set_declared_by(stages.chance(0.4) ? pb::ASSESSOR_SELF : pb::ASSESSOR_OFFICER);
            for (const auto &item : family.criteria()) {
                auto *a = e->add_self_assessment();
                a->set_code(item.code());
                a->set_met(stages.chance(0.9));
                if (a->met()) a->set_points(item.points());
            }
            if (stages.chance(keen)) {
                e->set_verified_on(date(y, 11, stages.uniform(1, 20)));
                if (stages.chance(0.85)) {
                    e->set_decided_on(date(y, 11, 25));
                    e->set_recognised(stages.chance(0.96));
                    e->set_decision_number(QStringLiteral("%1/QĐ-UBND").arg(100 + int(vi)).toStdString());
                }
            }
        }
        return {pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, hid, y), e, {}, false};
    }

    std::optional<Edit> pastEvaluation(const std::string &hid, size_t vi, double keen, int back)
    {
        const int y = o.progressYear - back;
        if (!past.chance(0.85)) return std::nullopt;
        auto e = std::make_shared<pb::Evaluation>();
        e->set_model(pb::LEARNING_MODEL_FAMILY);
        e->set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
        e->set_subject_id(hid);
        e->set_year(quint32(y));
        e->set_registered_on(date(y, 1, 15));
        e->set_declared_on(date(y, 10, 15));
        e->set_verified_on(date(y, 11, 15));
        e->set_decided_on(date(y, 11, 25));
        e->set_recognised(past.chance(std::max(0.2, keen - 0.12 * back)));
        e->set_decision_number(QStringLiteral("%1/QĐ-UBND").arg(50 + int(vi)).toStdString());
        return Edit{pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, hid, y), e, {}, false};
    }

    const SeedOptions &o;
    const CommuneInfo &commune;
    const std::function<std::string()> &newId;
    Gen g, stages, past;
};

} // namespace

SeedResult generateCommune(const SeedOptions &o, int thisYear, const std::function<std::string()> &newId,
                           const std::function<void(const std::vector<Edit> &)> &write)
{
    const CommuneInfo *commune = AdminUnits::builtin().commune(o.communeCode);
    if (!commune) throw EditError("commune code '" + o.communeCode.toStdString() + "' is not in the national list");
    CommuneGenerator gen(o, thisYear, *commune, newId);
    SeedResult res;
    res.villageIds = o.useVillages;
    if (res.villageIds.empty()) write(gen.villages(res));
    std::vector<Edit> batch;
    for (int h = 0; h < o.households; ++h) {
        gen.household(res, batch);
        if ((h + 1) % std::max(1, o.householdsPerWrite) == 0) {
            write(batch);
            batch.clear();
        }
    }
    if (!batch.empty()) write(batch);
    return res;
}

} // namespace kh
