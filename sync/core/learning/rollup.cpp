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

// One year's figures, built from the facts in one pass over each kind.
class RollupBuilder {
public:
    RollupBuilder(const RollupFacts &facts, int year) : f(facts), m_year(year)
    {
        out.total = fresh(QString(), QStringLiteral("Tổng"));
    }

    Rollup build()
    {
        addPlaces();
        addPeople();
        applyProvinceTargets();
        finish();
        return std::move(out);
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

    void count(Rate &rate, pb::LearningModel m, const std::string &subject) const
    {
        ++rate.total;
        const auto it = f.stages.find(RollupFacts::key(m_year, int(m), subject));
        if (it == f.stages.end()) return;
        if (it->second != Stage::None) ++rate.registered;
        if (it->second == Stage::Recognised) ++rate.recognised;
    }

    AreaFigures &commune(const QString &code)
    {
        auto it = communes.find(code);
        if (it == communes.end()) {
            const auto *info = AdminUnits::builtin().commune(code);
            it = communes.emplace(code, fresh(code, info ? info->fullName : code)).first;
        }
        return it->second;
    }

    void addPlaces()
    {
        for (const auto &v : f.villages) {
            villages.emplace(v.id, fresh(QString::fromStdString(v.id), v.name));
            communeOfVillage[v.id] = v.commune;
            count(commune(v.commune).villages, pb::LEARNING_MODEL_VILLAGE_COMMUNITY, v.id);
            count(out.total.villages, pb::LEARNING_MODEL_VILLAGE_COMMUNITY, v.id);
        }
        for (const auto &[id, code] : f.clans) {
            count(commune(code).clans, pb::LEARNING_MODEL_CLAN, id);
            count(out.total.clans, pb::LEARNING_MODEL_CLAN, id);
        }
        for (const auto &[id, code] : f.units) {
            count(commune(code).units, pb::LEARNING_MODEL_UNIT, id);
            count(out.total.units, pb::LEARNING_MODEL_UNIT, id);
        }
    }

    void addPeople()
    {
        for (const auto &[id, v] : f.households) {
            villageOfHousehold[id] = v;
            if (auto it = villages.find(v); it != villages.end())
                count(it->second.families, pb::LEARNING_MODEL_FAMILY, id);
            count(commune(communeOfVillage[v]).families, pb::LEARNING_MODEL_FAMILY, id);
            count(out.total.families, pb::LEARNING_MODEL_FAMILY, id);
        }
        for (const auto &[id, household, born] : f.members) {
            if (!born || m_year - born < 15) continue; // citizens: people of 15 and over
            const std::string &v = villageOfHousehold[household];
            if (auto it = villages.find(v); it != villages.end())
                count(it->second.citizens, pb::LEARNING_MODEL_CITIZEN, id);
            count(commune(communeOfVillage[v]).citizens, pb::LEARNING_MODEL_CITIZEN, id);
            count(out.total.citizens, pb::LEARNING_MODEL_CITIZEN, id);
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

    void applyProvinceTargets()
    {
        std::set<QString> provinces;
        for (auto &[code, c] : communes) {
            applyTargets(c, provinceOf(code));
            if (!code.isEmpty()) provinces.insert(provinceOf(code));
        }
        for (auto &[id, v] : villages) applyTargets(v, provinceOf(communeOfVillage[id]));
        if (provinces.size() == 1) applyTargets(out.total, *provinces.begin());
    }

    void finish()
    {
        const QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        for (auto &[id, v] : villages) out.villages.push_back(v);
        std::sort(out.villages.begin(), out.villages.end(), [&](const AreaFigures &a, const AreaFigures &b) {
            const int c = collator.compare(a.name, b.name);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        for (auto &[code, c] : communes)
            if (!code.isEmpty()) out.communes.push_back(c);
    }

    const RollupFacts &f;
    const int m_year;
    Rollup out;
    std::unordered_map<std::string, AreaFigures> villages;
    std::map<QString, AreaFigures> communes;
    std::unordered_map<std::string, QString> communeOfVillage;
    std::unordered_map<std::string, std::string> villageOfHousehold;
};

} // namespace

std::map<int, Rollup> rollups(const RollupFacts &facts, const std::vector<int> &years)
{
    std::map<int, Rollup> out;
    for (int y : years) out.emplace(y, RollupBuilder(facts, y).build());
    return out;
}

std::map<int, Rollup> rollups(const RecordSource &forEachRecord, const std::vector<int> &years)
{
    RollupFacts f;
    forEachRecord([&](const Record &r) { f.addRecord(r); });
    return rollups(f, years);
}

} // namespace kh::domain
