// Criteria items the records answer by themselves: children of school age at school, adults literate or
// learning (from a household's members), and shares (learning families in a village or clan, learning
// citizens in a unit). Given the records, never a store: the caller gathers them.
#pragma once

#include "core/records/record_types.h"

#include <map>
#include <vector>

namespace kh::domain {

// What the records say for one item, as figures: the words are the caller's (explanation() in Vietnamese for
// the records and the CLI; the app says the same in the UI language from the same figures).
struct Computed {
    pb::Computation what = pb::COMPUTATION_UNSPECIFIED; // unspecified: nothing computed
    bool known = false; // false: the records do not say (e.g. nobody of that age, literacy not recorded)
    bool met = false;
    int inScope = 0;    // members of the age the item is about; a share's whole (households, unit members)
    int good = 0;       // those of them who meet it (at school, literate, learning; recognised)
    int unknown = 0;    // adults whose literacy is not recorded
    int percent = -1;   // share computations
    int minPercent = 0; // the share an item needs
    // In Vietnamese, e.g. "2 trẻ trong độ tuổi đi học, cả 2 đang đi học — đạt"; empty when nothing was computed.
    QString explanation() const;
};
// Ages are "year − birth year": a child born in 2020 is 6 in 2026 and of compulsory-school age all that year.
inline constexpr int kSchoolAgeFrom = 6, kSchoolAgeTo = 14, kAdultFrom = 19, kAdultTo = 60;
Computed computeFromMembers(pb::Computation c, const std::vector<pb::Member> &members, int year);
Computed computeShare(pb::Computation c, int recognised, int total, int minPercent);

// What the items of one evaluation may be computed from: the records its caller gathered for the subject.
struct SubjectRecords {
    std::vector<pb::Member> members;            // a household's members
    int households = 0, recognisedFamilies = 0; // a village's or clan's households, and those recognised that year
    int unitMembers = 0, learningCitizens = 0;  // a learning unit's figures
};
// The computable items of `set` for evaluation `e` by item code.
std::map<QString, Computed> computeItems(const pb::CriteriaSet &set, const pb::Evaluation &e,
                                         const SubjectRecords &records);

} // namespace kh::domain
