// Who a programme of awards is for, found in the household register (issue 15): children and young people of
// school age (6 to 18 in the programme's year, by default) in poor or near-poor households, orphans and those
// with a disability, who have no award in the programme yet. The commune approves the proposals one by one;
// this only builds the list an officer would otherwise copy from paper.
#pragma once

#include "core/funds/ledger.h"

#include <set>

namespace kh::funds {

struct Candidate {
    std::string memberId;
    std::string householdId;
    QString name;
    int age = 0;
    std::vector<pb::AwardCategory> categories; // why: poor, near-poor, orphan, disabled
};

struct CandidateRules {
    int year = 0; // the programme's year: ages are counted at its end
    int minAge = 6;
    int maxAge = 18;
};

// `members` and `households` as parsed from the register, by id; `awarded`: members with an award in the
// programme already. Sorted poorest first, then by household, then youngest first.
std::vector<Candidate> candidates(const std::map<std::string, pb::Member> &members,
                                  const std::map<std::string, pb::Household> &households,
                                  const std::set<std::string> &awarded, const CandidateRules &rules);

} // namespace kh::funds
