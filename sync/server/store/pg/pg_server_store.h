// The server's records in PostgreSQL, for many identical server processes on one database (docs/deploy.md):
// the same guarantees as SqliteServerStore, kept across processes by the database instead of one process's
// lock. A push locks its device's row first (SELECT … FOR UPDATE), so two retries of one change-set reaching
// two servers at once apply it once; records are locked before they are merged; a transaction PostgreSQL
// aborts for a deadlock or a serialization failure runs again; the jobs that must run once (reference
// seeding, publishing, the facts catch-up, migrations) hold an advisory lock. Pull cursors are positions
// bounded by the snapshot's horizon (pg_record_table.h), so a late commit is never skipped.
#pragma once

#include "core/records/change_decision.h"
#include "core/records/hybrid_clock.h"
#include "server/store/pg/pg_connection.h"
#include "server/store/pg/pg_record_table.h"
#include "server/store/pg/pg_side_tables.h"
#include "server/store/server_store.h"

namespace kh {

class PgServerStore final : public ServerStore {
public:
    // `url`: postgresql://… (the password from ~/.pgpass or a service file). Migrates the schema if needed.
    PgServerStore(const std::string &url, const ServerLimits &limits);

    quint64 deviceId() const override { return m_device; }
    std::string storeEpoch() const override { return m_epoch; }
    PushOutcome push(quint64 device, const std::vector<const pb::ChangeSet *> &changeSets, quint64 deviceCursor,
                     qint64 nowMs, const access::Principal &who) override;
    bool claimDevice(quint64 device, const QString &user, qint64 nowMs) override;
    PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize) override;
    quint64 countAfter(const QStringList &areas, quint64 cursor) override;
    int seedReference(const AdminUnits &units, qint64 nowMs) override;
    void exclusively(const std::string &job, const std::function<void()> &fn) override;
    bool publishCriteriaSet(const pb::CriteriaSet &set) override;
    bool setProvinceTargets(const pb::ProvinceTargets &targets) override;
    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn) override;
    bool areaExists(const QString &area) override;
    domain::RollupFacts rollupFacts(const QString &area) override;
    std::map<QString, funds::Ledger> fundLedgers(const QString &area) override;
    int catchUpFacts(int limit = 0) override;
    QStringList lineage(const QString &area) override;
    std::vector<AuditEntry> audit(const AuditQuery &query) override;

    pg::Connection &connection() { return m_c; }
    pg::PgRecordTable &records() { return m_records; }

private:
    struct PushContext {
        const access::Principal *who = nullptr;
        domain::Keys grantKeys;
        qint64 nowMs = 0;
    };
    class ChangeSetRejected;
    struct BatchConflict {};
    struct Unpipeline {}; // a pipelined push met what it cannot undo alone: run it again unpipelined

    PushOutcome pushOnce(quint64 device, const std::vector<const pb::ChangeSet *> &sets, quint64 deviceCursor,
                         qint64 nowMs, const access::Principal &who, bool pipelined);
    // A write whose answer nothing waits for: in the pipeline during a pipelined push, at once otherwise.
    void write(const std::string &sql, const pg::Params &params = {});
    // Locks the device's row; false when it belongs to another account. `lastSeq`: its last change-set.
    bool claimInTx(quint64 device, const QString &user, qint64 nowMs, quint64 *lastSeq);
    QString meta(const char *key, bool lock = false);
    void setMeta(const char *key, const QString &value);
    // A change-set with its new records inserted together; again one record at a time if one existed already.
    void applyChangeSetBatched(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out);
    void applyChangeSet(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out);
    // Inserts the queued new records before anything reads records; throws BatchConflict if one existed.
    void flushQueued();
    std::optional<int> applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c, Stamp stamp,
                                   QString *refused, bool trusted = false);
    void persist(const domain::ChangeDecision &d, const pg::PgRow *row, quint64 device, quint64 deviceCursor);
    void writeConflict(const Record &rec, const FieldConflict &fc, const domain::Keys &areas);
    // The display name of the account a device belongs to (empty: the server's own, or not known).
    QString writerName(quint64 device);
    domain::ChangeContext contextFor(bool trusted);
    void reportRefusals(quint64 device, quint64 from, quint64 to, PushOutcome &out);
    bool putServerRecord(pb::RecordType t, const std::string &id, const google::protobuf::Message &m);
    template <typename F>
    auto asServer(F fn);

    pg::Connection m_c;
    ServerLimits m_limits;
    quint64 m_device = 0;
    std::string m_epoch;
    HybridClock m_clock;
    PushContext m_ctx;
    bool m_batch = false;     // new records are queued (applyChangeSetBatched)
    bool m_pipelined = false; // writes go in the pipeline (push: the first try)
    domain::ChangeContext m_changeCtx, m_trustedCtx;
    pg::PgRecordTable m_records{m_c};
    pg::PgAuditLog m_audit{m_c};
    pg::PgFactsTable m_facts{m_c};
};

} // namespace kh
