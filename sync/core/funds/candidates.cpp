#include "core/funds/candidates.h"

#include <QStringList>
#include <algorithm>

namespace kh::funds {

std::vector<Candidate> candidates(const std::map<std::string, pb::Member> &members,
                                  const std::map<std::string, pb::Household> &households,
                                  const std::set<std::string> &awarded, const CandidateRules &rules)
{
    std::vector<Candidate> out;
    for (const auto &[id, m] : members) {
        if (awarded.count(id) || !m.has_birth_year()) continue;
        const int age = rules.year - int(m.birth_year());
        if (age < rules.minAge || age > rules.maxAge) continue;
        const auto h = households.find(m.household_id());
        if (h == households.end()) continue;
        Candidate c{id, m.household_id(), {}, age, {}};
        if (h->second.poverty() == pb::POVERTY_POOR) c.categories.push_back(pb::AWARD_CATEGORY_POOR);
        if (h->second.poverty() == pb::POVERTY_NEAR_POOR) c.categories.push_back(pb::AWARD_CATEGORY_NEAR_POOR);
        if (m.orphan()) c.categories.push_back(pb::AWARD_CATEGORY_ORPHAN);
        if (m.disabled()) c.categories.push_back(pb::AWARD_CATEGORY_DISABLED);
        if (c.categories.empty()) continue;
        QStringList parts{QString::fromStdString(m.family_name()), QString::fromStdString(m.middle_name()),
                          QString::fromStdString(m.given_name())};
        parts.removeAll(QString());
        c.name = parts.join(QLatin1Char(' '));
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        const int pa = a.categories.front(), pb_ = b.categories.front();
        if (pa != pb_) return pa < pb_; // poor (1) before near-poor (2) before orphan, disabled
        if (a.householdId != b.householdId) return a.householdId < b.householdId;
        return a.age < b.age;
    });
    return out;
}

} // namespace kh::funds
