// The audit log (table `audit`) and the report's roll-up facts (table `facts`) in PostgreSQL: the
// counterparts of the SQLite store's AuditLog and FactsTable, written inside PgServerStore's transactions.
#pragma once

#include "core/access/principal.h"
#include "core/funds/ledger.h"
#include "core/learning/rollup_facts.h"
#include "server/store/audit_entry.h"
#include "server/store/audit_query.h"
#include "server/store/pg/pg_connection.h"
#include "sync.pb.h"

#include <optional>
#include <unordered_map>

namespace kh::pg {

class PgAuditLog {
public:
    explicit PgAuditLog(Connection &c) : m_c(c) {}
    void begin();
    void add(const pb::Change &c, bool isCreate);
    // `deferred` (a pipelined push): the row waits with others and goes in the connection's pipeline with them,
    // at flush() or when enough wait.
    void commit(const access::Principal &who, quint64 device, quint64 changeSet, qint64 nowMs, bool deferred = false);
    void flush();
    // Forgets the rows waiting (their transaction is being rolled back).
    void dropWaiting();
    std::vector<AuditEntry> query(const AuditQuery &q);

private:
    Connection &m_c;
    pb::ChangeSet m_applied;
    std::string m_actions;
    Array m_atMs{Array::Of::Int8}, m_user{Array::Of::Text}, m_device{Array::Of::Int8}, m_session{Array::Of::Int8},
        m_changeSet{Array::Of::Int8}, m_rowActions{Array::Of::Text}, m_changes{Array::Of::Bytea};
};

class PgFactsTable {
public:
    explicit PgFactsTable(Connection &c) : m_c(c) {}
    // Makes the facts of the records at positions in (from, to) equal to the records. Returns the records read.
    int catchUp(quint64 from, quint64 to);
    // The position of the limit-th fact record after `from`, or `last` (FactsTable::chunkEnd).
    quint64 chunkEnd(quint64 from, quint64 last, int limit);
    domain::RollupFacts read(const QString &area, const std::optional<pb::ProvinceTargets> &targets);
    // The books of each commune of the area, by commune code (FactsTable::fundLedgers).
    std::map<QString, funds::Ledger> fundLedgers(const QString &area);

private:
    void update(pb::RecordType type, const std::string &id, const google::protobuf::Message *merged);
    QString communeOf(pb::RecordType type, const std::string &id, int depth = 0);
    QString communeFromRecord(pb::RecordType type, const std::string &id, int depth);

    Connection &m_c;
    std::unordered_map<std::string, QString> m_communes;
};

} // namespace kh::pg
