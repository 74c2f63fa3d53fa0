// One model's figures in one area: how many subjects, registered and recognised, and the targets they are
// measured against. The one rule of which target counts and what "lagging" means, used by the dashboard, the
// reports and the server's figures alike.
#pragma once

namespace kh::domain {

struct Rate {
    int total = 0, registered = 0, recognised = 0;
    int target = 0;         // national target, percent (0: none)
    int provinceTarget = 0; // the province's own target, percent (0: none set)

    int percent() const { return total ? int(100.0 * recognised / total + 0.5) : 0; }
    // The target that counts: the province's own when it has set one, else the national one.
    int goal() const { return provinceTarget ? provinceTarget : target; }
    // Below the target that counts. Exact (no rounding at the threshold); nothing to count, or no target,
    // is never lagging.
    bool lagging() const { return total > 0 && goal() > 0 && 100 * recognised < goal() * total; }
    bool meetsTarget() const { return total > 0 && goal() > 0 && 100 * recognised >= goal() * total; }
};

} // namespace kh::domain
