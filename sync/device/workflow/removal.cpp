#include "device/workflow/removal.h"

#include "core/learning/learning_models.h"
#include "core/records/ids.h"

#include <map>

namespace kh {

namespace {

// The evaluations of a subject: their ids are derived, so each model's evaluations of the subject are found
// under the subject as parent (the store's parent column of an evaluation is its subject).
void addEvaluations(LocalStore &s, const std::string &subject, domain::Dependents *d)
{
    for (auto &e : s.list(pb::RECORD_TYPE_EVALUATION, subject)) {
        for (auto &v : s.list(pb::RECORD_TYPE_ITEM_VERIFICATION, e.id)) d->verdicts.push_back(std::move(v));
        d->evaluations.push_back(std::move(e));
    }
}

} // namespace

domain::Dependents dependentsOf(LocalStore &s, const Record &target)
{
    domain::Dependents d;
    switch (target.type) {
    case pb::RECORD_TYPE_HOUSEHOLD:
        d.members = s.list(pb::RECORD_TYPE_MEMBER, target.id);
        for (const auto &l : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP)) {
            pb::ClanMembership m;
            m.ParseFromString(l.values());
            if (m.household_id() == target.id) d.memberships.push_back(l);
        }
        addEvaluations(s, target.id, &d);
        for (const auto &m : d.members) addEvaluations(s, m.id, &d);
        break;
    case pb::RECORD_TYPE_CLAN:
        d.memberships = s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, target.id);
        addEvaluations(s, target.id, &d);
        break;
    case pb::RECORD_TYPE_VILLAGE:
        d.households = int(s.list(pb::RECORD_TYPE_HOUSEHOLD, target.id).size());
        addEvaluations(s, target.id, &d);
        break;
    case pb::RECORD_TYPE_MEMBER:
    case pb::RECORD_TYPE_LEARNING_UNIT: addEvaluations(s, target.id, &d); break;
    case pb::RECORD_TYPE_EVALUATION: d.verdicts = s.list(pb::RECORD_TYPE_ITEM_VERIFICATION, target.id); break;
    default: break;
    }
    return d;
}

int removeWithDependents(LocalStore &s, pb::RecordType type, const std::string &id, std::vector<Record> *removed)
{
    const auto r = s.get(type, id);
    if (!r || r->isDeleted()) throw EditError(domain::typeName(type).toStdString() + " '" + id + "' does not exist");
    const auto edits = domain::deletionOf(*r, dependentsOf(s, *r));
    if (removed) {
        removed->clear();
        for (const Edit &e : edits)
            if (auto was = s.get(e.type, e.id)) removed->push_back(std::move(*was));
    }
    s.write(edits);
    return int(edits.size());
}

void restoreRecords(LocalStore &s, const std::vector<Record> &before)
{
    std::vector<Edit> edits;
    for (const Record &was : before) {
        const auto now = s.get(was.type, was.id);
        std::map<quint32, std::string> old, current;
        splitFields(was.values(), &old);
        if (now && !now->isDeleted()) splitFields(now->values(), &current);
        std::string changed;
        std::vector<quint32> cleared;
        for (const auto &[n, raw] : old)
            if (const auto it = current.find(n); it == current.end() || it->second != raw) changed += raw;
        for (const auto &[n, raw] : current)
            if (!old.count(n)) cleared.push_back(n);
        if (changed.empty() && cleared.empty()) continue;
        std::shared_ptr<google::protobuf::Message> values(domain::newMessage(was.type).release());
        if (!values || !values->ParseFromString(changed))
            throw EditError(domain::typeName(was.type).toStdString() + " '" + was.id + "': malformed values");
        edits.push_back({was.type, was.id, std::move(values), std::move(cleared), false});
    }
    if (!edits.empty()) s.write(edits);
}

} // namespace kh
