#include "device/tools/store_rollups.h"

namespace kh::learning {

std::map<int, domain::Rollup> rollups(LocalStore &s, const std::vector<int> &years)
{
    return domain::rollups(s.rollupFacts(), years);
}

domain::Rollup rollup(LocalStore &s, int year)
{
    return rollups(s, {year}).at(year);
}

} // namespace kh::learning
