#include "device/tools/store_rollups.h"

namespace kh::learning {

std::map<int, domain::Rollup> rollups(LocalStore &s, const std::vector<int> &years)
{
    domain::RollupFacts f;
    for (const auto type :
         {pb::RECORD_TYPE_VILLAGE, pb::RECORD_TYPE_HOUSEHOLD, pb::RECORD_TYPE_MEMBER, pb::RECORD_TYPE_CLAN,
          pb::RECORD_TYPE_LEARNING_UNIT, pb::RECORD_TYPE_EVALUATION, pb::RECORD_TYPE_PROVINCE_TARGETS})
        for (const auto &r : s.list(type)) f.addRecord(r);
    return domain::rollups(f, years);
}

domain::Rollup rollup(LocalStore &s, int year)
{
    return rollups(s, {year}).at(year);
}

} // namespace kh::learning
