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
struct Result {
    bool complete = false; // every item has a value
    bool passed = false;
    int total = 0;       // points rules
    int level = 0;       // level rules: 0, 1 or 2
    QStringList reasons; // why it did not pass, one line per failing rule, in Vietnamese
    std::vector<ItemResult> items;
};
// Scores an evaluation under `set` (the one it pins). `verifications` are the officers' verdicts by item code;
// `computed` the items computed from the records by code.
Result evaluate(const pb::CriteriaSet &set, const pb::Evaluation &e,
                const std::map<QString, pb::ItemVerification> &verifications,
                const std::map<QString, Computed> &computed);

} // namespace kh::domain
