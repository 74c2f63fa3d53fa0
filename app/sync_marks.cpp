#include "sync_marks.h"

#include "queries.h"

namespace kh::app {

int SyncMarks::of(pb::RecordType type, const std::string &id)
{
    build();
    const auto it = m_marks.find({type, id});
    return it == m_marks.end() ? None : it->second;
}

int SyncMarks::ofHousehold(const QString &householdId)
{
    build();
    return m_households.value(householdId, None);
}

const std::vector<SyncMarks::Entry> &SyncMarks::entries()
{
    build();
    return m_entries;
}

void SyncMarks::add(const RecordRef &ref, int mark)
{
    auto [it, added] = m_marks.emplace(ref, mark);
    if (added)
        m_entries.push_back({ref, mark});
    else if (mark > it->second) {
        it->second = mark;
        for (auto &e : m_entries)
            if (e.ref == ref) e.mark = mark;
    }
    if (const std::string h = householdOf(ref); !h.empty()) {
        int &m = m_households[q(h)];
        m = std::max(m, mark);
    }
}

// The household a record belongs to: itself, its member's, its subject's (an evaluation of a household or of
// a member), its evaluation's (an item verdict), its link's. Empty for villages, clans and the rest.
std::string SyncMarks::householdOf(const RecordRef &ref, int depth)
{
    if (depth > 3) return {};
    if (ref.type == pb::RECORD_TYPE_HOUSEHOLD) return ref.id;
    const auto r = m_store.get(ref.type, ref.id);
    if (!r) return {};
    switch (ref.type) {
    case pb::RECORD_TYPE_MEMBER: return valueOf<pb::Member>(*r).household_id();
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: return valueOf<pb::ClanMembership>(*r).household_id();
    case pb::RECORD_TYPE_EVALUATION: {
        const auto e = valueOf<pb::Evaluation>(*r);
        return householdOf({e.subject_type(), e.subject_id()}, depth + 1);
    }
    case pb::RECORD_TYPE_ITEM_VERIFICATION:
        return householdOf({pb::RECORD_TYPE_EVALUATION, valueOf<pb::ItemVerification>(*r).evaluation_id()}, depth + 1);
    default: return {};
    }
}

void SyncMarks::addQueued()
{
    if (!m_built) return; // read whole on next use
    for (const auto &ref : m_store.pendingRecords(m_lastSeq, &m_lastSeq))
        if (ref.type != pb::RECORD_TYPE_CONFLICT) add(ref, NotSent);
}

void SyncMarks::build()
{
    if (m_built) return;
    m_built = true;
    m_marks.clear();
    m_entries.clear();
    m_households.clear();
    for (const auto &ref : m_store.pendingRecords(0, &m_lastSeq))
        if (ref.type != pb::RECORD_TYPE_CONFLICT)
            add(ref, NotSent); // a conflict's resolution is not a record of theirs
    for (const auto &r : m_store.list(pb::RECORD_TYPE_CONFLICT)) {
        const auto c = valueOf<pb::Conflict>(r);
        if (!c.resolved()) add({c.record_type(), c.record_id()}, Conflict);
    }
    for (const auto &ref : m_store.rejectedRecords())
        if (ref.type != pb::RECORD_TYPE_CONFLICT) add(ref, Refused);
}

} // namespace kh::app
