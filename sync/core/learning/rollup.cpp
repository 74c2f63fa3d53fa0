#include "core/learning/rollup.h"

#include "core/areas/admin_units.h"
#include "core/learning/learning_models.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <set>
#include <unordered_map>

namespace kh::domain {

namespace {

// Every year's figures in one pass over the facts: each village, household and member is looked up once
// (its place by index, its evaluations once for all the years), then counted into each year's figures. With
// 50,000 households and five years on a phone this is what makes the dashboard open at once.
class RollupBuilder {
public:
    RollupBuilder(const RollupFacts &facts, const std::vector<int> &years) : f(facts), m_years(years)
    {
        out.resize(years.size());
        for (auto &r : out) r.total = fresh(QString(), QStringLiteral("Tổng"));
        m_stage.resize(years.size());
        m_seen.resize(years.size());
        m_villages.resize(years.size());
        m_communes.resize(years.size());
    }

    std::map<int, Rollup> build()
    {
        addPlaces();
        addPeople();
        std::map<int, Rollup> result;
        for (size_t y = 0; y < m_years.size(); ++y) {
            applyProvinceTargets(y);
            finish(y);
            result.emplace(m_years[y], std::move(out[y]));
        }
        return result;
    }

private:
    static AreaFigures fresh(const QString &id, const QString &name)
    {
        AreaFigures a;
        a.id = id;
        a.name = name;
        a.families.target = nationalTarget(pb::LEARNING_MODEL_FAMILY);
        a.clans.target = nationalTarget(pb::LEARNING_MODEL_CLAN);
        a.villages.target = nationalTarget(pb::LEARNING_MODEL_VILLAGE_COMMUNITY);
        a.units.target = nationalTarget(pb::LEARNING_MODEL_UNIT);
        return a;
    }

    // The subject's stage in each year for the model (None without an evaluation; the newest one wins).
    const std::vector<Stage> &stagesOf(pb::LearningModel m, std::string_view subject)
    {
        std::fill(m_stage.begin(), m_stage.end(), Stage::None);
        if (!f.mayHaveStages(subject)) return m_stage;
        const auto it = f.stages.find(subject);
        if (it == f.stages.end()) return m_stage;
        std::fill(m_seen.begin(), m_seen.end(), false);
        for (int i = it->second; i >= 0; i = f.stageList[size_t(i)].next) {
            const auto &e = f.stageList[size_t(i)];
            if (e.model != int(m)) continue;
            for (size_t y = 0; y < m_years.size(); ++y)
                if (e.year == m_years[y] && !m_seen[y]) {
                    m_stage[y] = e.stage;
                    m_seen[y] = true;
                }
        }
        return m_stage;
    }

    static void count(Rate &rate, Stage stage)
    {
        ++rate.total;
        if (stage != Stage::None) ++rate.registered;
        if (stage == Stage::Recognised) ++rate.recognised;
    }

    int commune(const QString &code)
    {
        const auto it = m_communeIndex.find(code);
        if (it != m_communeIndex.end()) return it->second;
        const auto *info = AdminUnits::builtin().commune(code);
        const int i = int(m_communeCodes.size());
        m_communeCodes.push_back(code);
        m_communeIndex.emplace(code, i);
        for (auto &r : m_communes) r.push_back(fresh(code, info ? info->fullName : code));
        return i;
    }

    // Counts a subject of model m, in its village (-1: none), its commune and the total, for every year.
    template <typename InYear = bool (*)(size_t)>
    void countEverywhere(
        pb::LearningModel m, Rate AreaFigures::*rate, std::string_view subject, int village, int communeIdx,
        InYear counts = [](size_t) { return true; })
    {
        const auto &st = stagesOf(m, subject);
        for (size_t y = 0; y < m_years.size(); ++y) {
            if (!counts(y)) continue;
            if (village >= 0) count(m_villages[y][size_t(village)].*rate, st[y]);
            count(m_communes[y][size_t(communeIdx)].*rate, st[y]);
            count(out[y].total.*rate, st[y]);
        }
    }

    void addPlaces()
    {
        for (const auto &v : f.villages) {
            const int c = commune(v.commune);
            const int i = int(m_villageCommune.size());
            m_villageIndex.emplace(v.id, i);
            m_villageCommune.push_back(c);
            for (auto &vs : m_villages) vs.push_back(fresh(QString::fromStdString(v.id), v.name));
            countEverywhere(pb::LEARNING_MODEL_VILLAGE_COMMUNITY, &AreaFigures::villages, v.id, -1, c);
        }
        for (const auto &[id, code] : f.clans)
            countEverywhere(pb::LEARNING_MODEL_CLAN, &AreaFigures::clans, id, -1, commune(code));
        for (const auto &[id, code] : f.units)
            countEverywhere(pb::LEARNING_MODEL_UNIT, &AreaFigures::units, id, -1, commune(code));
    }

    void addPeople()
    {
        // A household whose village is not on the device counts in no commune's list (code ""), like before.
        std::unordered_map<std::string_view, std::pair<int, int>> placeOfHousehold; // village index, commune index
        placeOfHousehold.reserve(f.households.size());
        for (const auto &[id, v] : f.households) {
            const auto it = m_villageIndex.find(v);
            const int village = it == m_villageIndex.end() ? -1 : it->second;
            const int c = village >= 0 ? m_villageCommune[size_t(village)] : commune(QString());
            placeOfHousehold[id] = {village, c};
            countEverywhere(pb::LEARNING_MODEL_FAMILY, &AreaFigures::families, id, village, c);
        }
        for (const auto &[id, household, born] : f.members) {
            if (!born) continue;
            // citizens: people of 15 and over in the year counted
            const auto it = placeOfHousehold.find(household);
            const auto [village, c] = it == placeOfHousehold.end() ? std::pair{-1, commune(QString())} : it->second;
            const int bornIn = born;
            countEverywhere(pb::LEARNING_MODEL_CITIZEN, &AreaFigures::citizens, id, village, c,
                            [&](size_t y) { return m_years[y] - bornIn >= 15; });
        }
    }

    static QString provinceOf(const QString &communeCode)
    {
        const auto *info = AdminUnits::builtin().commune(communeCode);
        return info ? info->provinceCode : QString();
    }

    // The province's own targets, where it has set them, beside the national ones.
    void applyTargets(AreaFigures &a, const QString &province) const
    {
        const auto it = f.provinceTargets.find(province);
        if (it == f.provinceTargets.end()) return;
        auto get = [&](pb::LearningModel m) {
            const auto j = it->second.find(int(m));
            return j == it->second.end() ? 0 : j->second;
        };
        a.families.provinceTarget = get(pb::LEARNING_MODEL_FAMILY);
        a.clans.provinceTarget = get(pb::LEARNING_MODEL_CLAN);
        a.villages.provinceTarget = get(pb::LEARNING_MODEL_VILLAGE_COMMUNITY);
        a.units.provinceTarget = get(pb::LEARNING_MODEL_UNIT);
        a.citizens.provinceTarget = get(pb::LEARNING_MODEL_CITIZEN);
    }

    void applyProvinceTargets(size_t y)
    {
        std::set<QString> provinces;
        for (size_t c = 0; c < m_communeCodes.size(); ++c) {
            const QString province = provinceOf(m_communeCodes[c]);
            applyTargets(m_communes[y][c], province);
            if (!m_communeCodes[c].isEmpty()) provinces.insert(province);
        }
        for (size_t v = 0; v < m_villageCommune.size(); ++v)
            applyTargets(m_villages[y][v], provinceOf(m_communeCodes[size_t(m_villageCommune[v])]));
        if (provinces.size() == 1) applyTargets(out[y].total, *provinces.begin());
    }

    void finish(size_t y)
    {
        auto &r = out[y];
        r.villages = std::move(m_villages[y]);
        std::sort(r.villages.begin(), r.villages.end(), [&](const AreaFigures &a, const AreaFigures &b) {
            const int c = m_collator.compare(a.name, b.name);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        for (const auto &[code, c] : m_communeIndex) // in the order of their codes
            if (!code.isEmpty()) r.communes.push_back(m_communes[y][size_t(c)]);
    }

    const RollupFacts &f;
    const std::vector<int> &m_years;
    std::vector<Rollup> out;                                      // per year
    std::vector<Stage> m_stage;                                   // per year, scratch
    std::vector<char> m_seen;                                     // per year, scratch
    std::vector<std::vector<AreaFigures>> m_villages, m_communes; // [year][index]
    std::unordered_map<std::string_view, int> m_villageIndex;     // views of the facts' village ids
    std::vector<int> m_villageCommune;                            // village index -> commune index
    std::map<QString, int> m_communeIndex;
    std::vector<QString> m_communeCodes;
    const QCollator m_collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
};

} // namespace

std::map<int, Rollup> rollups(const RollupFacts &facts, const std::vector<int> &years)
{
    return RollupBuilder(facts, years).build();
}

std::map<int, Rollup> rollups(const RecordSource &forEachRecord, const std::vector<int> &years)
{
    RollupFacts f;
    forEachRecord([&](const Record &r) { f.addRecord(r); });
    return rollups(f, years);
}

} // namespace kh::domain
