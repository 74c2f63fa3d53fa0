#include "core/records/deletion.h"

#include "core/records/edit_error.h"

#include <set>

namespace kh::domain {

bool isDecided(const Record &evaluation)
{
    pb::Evaluation e;
    e.ParseFromString(evaluation.values());
    return !e.decided_on().empty();
}

std::vector<Edit> deletionOf(const Record &target, const Dependents &d)
{
    if (target.type == pb::RECORD_TYPE_VILLAGE && d.households > 0)
        throw EditError("village '" + target.id + "' still has households; move or delete them first");
    std::vector<Edit> edits{{target.type, target.id, nullptr, {}, true}};
    auto remove = [&](const Record &r) { edits.push_back({r.type, r.id, nullptr, {}, true}); };
    for (const auto &m : d.members) remove(m);
    for (const auto &l : d.memberships) remove(l);
    std::set<std::string> removedEvaluations;
    if (target.type == pb::RECORD_TYPE_EVALUATION) removedEvaluations.insert(target.id);
    for (const auto &e : d.evaluations) {
        if (isDecided(e)) continue;
        remove(e);
        removedEvaluations.insert(e.id);
    }
    for (const auto &v : d.verdicts) {
        pb::ItemVerification iv;
        iv.ParseFromString(v.values());
        if (removedEvaluations.count(iv.evaluation_id())) remove(v);
    }
    return edits;
}

} // namespace kh::domain
