// Decoding the audit log's rows (one per applied change-set: its changes as a ChangeSet and what each did) into
// AuditEntry values, newest change first: shared by the SQLite and PostgreSQL stores.
#pragma once

#include "server/store/audit_entry.h"

#include <string>
#include <vector>

namespace kh {

// One audit row as stored.
struct AuditRow {
    qint64 atMs = 0;
    QString user;
    quint64 device = 0, session = 0, changeSet = 0;
    std::string actions; // 'c'reate, 'u'pdate, 'd'elete per change
    std::string changes; // a ChangeSet
};

// Appends the row's changes (only those of record `wanted` when not empty) until `out` holds `limit` entries.
void appendAuditEntries(const AuditRow &row, const std::string &wanted, size_t limit, std::vector<AuditEntry> &out);

} // namespace kh
