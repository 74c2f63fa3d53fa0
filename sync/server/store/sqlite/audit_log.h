// The server's audit log (table `audit`): one row per applied change-set, holding its applied changes as they
// came and what each did; decoded into fields and values only when read. Used by SqliteServerStore inside
// its push transaction.
#pragma once

#include "core/access/principal.h"
#include "server/store/audit_entry.h"
#include "server/store/audit_query.h"
#include "sql/db.h"
#include "sync.pb.h"

#include <vector>

namespace kh::store_detail {

class AuditLog {
public:
    explicit AuditLog(sql::Db &db) : m_db(db) {}
    // A change-set starts: what was collected for another is dropped.
    void begin();
    // An applied change of it.
    void add(const pb::Change &c, bool isCreate);
    // The change-set is applied: one row, if anything of it was applied.
    void commit(const access::Principal &who, quint64 device, quint64 changeSet, qint64 nowMs);
    // Newest first.
    std::vector<AuditEntry> query(const AuditQuery &q);

private:
    sql::Db &m_db;
    pb::ChangeSet m_applied;
    std::string m_actions; // 'c'reate, 'u'pdate, 'd'elete per applied change
};

} // namespace kh::store_detail
