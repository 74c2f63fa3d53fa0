// Scoring an evaluation under the criteria set it pins: the declared answers, the officers' verdicts and the
// items computed from the records, under the set's pass rule (points with a minimum per item, levels, or all
// met). Says why it did not pass, in Vietnamese.
#pragma once

#include "core/learning/computed_items.h"

#include <QStringList>

namespace kh::domain {

struct ItemResult {
    QString code;
    bool answered = false; // declared by the subject (or officer on its behalf), or computed
    bool met = false;      // the value that counts: verified if verified, else declared, else computed
    int points = 0;
    bool verified = false, agreed = false;
    Computed computed; // what the records say (computed items; `what` unspecified otherwise)
};
// One reason a result does not pass, as figures, for words in the reader's language (the app's Labels) or in
// Vietnamese (`Result::reasons`, for records and the CLI).
struct Shortfall {
    enum Kind {
        Incomplete,       // items without a value: `value` of them
        TotalBelow,       // `value` points of the `needed` minimum total
        ItemBelowMinimum, // item `code` has `value` points, each needs `needed`
        RequiredNotMet,   // item `code` is required and not met
        ItemNotMet,       // item `code` is not met (every item must be)
        BelowLevel1,      // not every item of level 1 is met
        NoPassRule,       // the criteria set says no rule to pass by
    };
    Kind kind = Incomplete;
    QString code;
    int value = 0, needed = 0;
    bool operator==(const Shortfall &) const = default;
};
// The shortfall in Vietnamese: "Chỉ số 2.2: 4 điểm, dưới 5 điểm".
QString vietnamese(const Shortfall &s);

struct Result {
    bool complete = false; // every item has a value
    bool passed = false;
    int total = 0;                     // points rules
    int level = 0;                     // level rules: 0, 1 or 2
    std::vector<Shortfall> shortfalls; // why it did not pass, one per failing rule and item, in order
    QStringList reasons;               // the same in Vietnamese, one line each
    std::vector<ItemResult> items;
};
// Scores an evaluation under `set` (the one it pins). `verifications` are the officers' verdicts by item code;
// `computed` the items computed from the records by code.
Result evaluate(const pb::CriteriaSet &set, const pb::Evaluation &e,
                const std::map<QString, pb::ItemVerification> &verifications,
                const std::map<QString, Computed> &computed);

} // namespace kh::domain
