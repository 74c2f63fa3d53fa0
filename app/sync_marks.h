// Which records have something unfinished with the server, for the marks on lists and pages: changes not sent
// yet, a change the server refused, a conflict to review. A household carries the marks of its members and
// of its evaluations too (the officer looks for the household). Built from the store when first asked after a
// sync; after a save only the change-sets the save queued are read (a phone holding a whole ward's outbox
// does not re-read it on every tap).
#pragma once

#include "device/store/local_store.h"

#include <QHash>
#include <QString>
#include <map>

namespace kh::app {

class SyncMarks {
public:
    // Worst first when a record has more than one: refused, conflict, not sent.
    enum Mark { None = 0, NotSent = 1, Conflict = 2, Refused = 3 };

    explicit SyncMarks(LocalStore &store) : m_store(store) {}
    void invalidate() { m_built = false; }
    // A local save queued change-sets: marks their records "not sent", reading only those.
    void addQueued();

    int of(pb::RecordType type, const std::string &id);
    int ofHousehold(const QString &householdId);
    // Every marked record (conflicts by the record they are about), in the order the outbox holds them.
    struct Entry {
        RecordRef ref;
        int mark = None;
    };
    const std::vector<Entry> &entries();

private:
    void build();
    void add(const RecordRef &ref, int mark);
    std::string householdOf(const RecordRef &ref, int depth = 0);

    LocalStore &m_store;
    bool m_built = false;
    quint64 m_lastSeq = 0; // the newest outbox change-set read
    std::map<RecordRef, int> m_marks;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_households;
};

} // namespace kh::app
