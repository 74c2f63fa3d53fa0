// The server's records in one SQLite file (the embedded default): the change-sets applied, the records with
// their areas (RecordTable), the audit log (AuditLog), the report's facts (FactsTable) and the reference
// data, each written inside the push's one transaction. What to write is decided by core's rules
// (core/records/change_decision.h); this class runs the transactions and persists.
#pragma once

#include "core/records/change_decision.h"
#include "core/records/hybrid_clock.h"
#include "server/store/server_store.h"
#include "server/store/sqlite/audit_log.h"
#include "server/store/sqlite/facts_table.h"
#include "server/store/sqlite/record_table.h"
#include "sql/db.h"

namespace kh {

class SqliteServerStore final : public ServerStore {
public:
    static constexpr int kSchemaVersion = 5;

    SqliteServerStore(const QString &path, const ServerLimits &limits);

    quint64 deviceId() const override { return m_device; }
    std::string storeEpoch() const override { return m_epoch; }
    PushOutcome push(quint64 device, const std::vector<const pb::ChangeSet *> &changeSets, quint64 deviceCursor,
                     qint64 nowMs, const access::Principal &who) override;
    bool claimDevice(quint64 device, const QString &user, qint64 nowMs) override;
    PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize) override;
    quint64 countAfter(const QStringList &areas, quint64 cursor) override;
    int seedReference(const AdminUnits &units, qint64 nowMs) override;
    void exclusively(const std::string &, const std::function<void()> &fn) override { fn(); }
    bool publishCriteriaSet(const pb::CriteriaSet &set) override;
    bool setProvinceTargets(const pb::ProvinceTargets &targets) override;
    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn) override;
    bool areaExists(const QString &area) override;
    domain::RollupFacts rollupFacts(const QString &area) override;
    std::map<QString, funds::Ledger> fundLedgers(const QString &area) override;
    int catchUpFacts(int limit = 0) override;
    void checkpoint() override;
    QStringList lineage(const QString &area) override;
    std::vector<AuditEntry> audit(const AuditQuery &query) override;

private:
    // The push being applied: who, the area keys their grants reach (non-administrators), and when.
    struct PushContext {
        const access::Principal *who = nullptr;
        domain::Keys grantKeys;
        qint64 nowMs = 0;
    };
    class ChangeSetRejected;

    void migrate();
    bool claimInTx(quint64 device, const QString &user, qint64 nowMs);
    QString meta(const char *key);
    void setMeta(const char *key, const QString &value);
    // One change-set inside its savepoint; throws ChangeSetRejected (the caller rolls the savepoint back).
    void applyChangeSet(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out);
    // Returns the conflicts recorded; an empty optional when the change was refused for the account (with why).
    std::optional<int> applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c, Stamp stamp,
                                   QString *refused, bool trusted = false);
    void persist(const domain::ChangeDecision &d, const store_detail::Row *row, quint64 device, quint64 deviceCursor);
    void writeConflict(const Record &rec, const FieldConflict &fc, const domain::Keys &areas);
    // The display name of the account a device belongs to (empty: the server's own, or not known).
    QString writerName(quint64 device);
    // The context of the changes of a push (or of the server's own writes), built once per transaction.
    domain::ChangeContext contextFor(bool trusted);
    // The refusals of the change-sets between `from` and `to` (those of earlier requests included).
    void reportRefusals(quint64 device, quint64 from, quint64 to, PushOutcome &out);
    // A record written by the server itself (reference data); false when it already holds these values.
    bool putServerRecord(pb::RecordType t, const std::string &id, const google::protobuf::Message &m);
    // Runs `fn` in a write transaction of the server's own (reference data).
    template <typename F>
    auto asServer(F fn);

    sql::Db m_db;
    QString m_path;
    sql::Db m_checkpointDb; // checkpoint()'s own connection, used by its caller's thread only
    ServerLimits m_limits;
    quint64 m_device = 0;
    std::string m_epoch;
    HybridClock m_clock;
    PushContext m_ctx;
    domain::ChangeContext m_changeCtx, m_trustedCtx;
    store_detail::RecordTable m_records{m_db};
    store_detail::AuditLog m_audit{m_db};
    store_detail::FactsTable m_facts{m_db};
};

std::unique_ptr<ServerStore> openSqliteServerStore(const QString &path, const ServerLimits &limits);

} // namespace kh
