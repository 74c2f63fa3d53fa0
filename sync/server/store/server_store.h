// The server's storage, behind an interface so a PostgreSQL backend can sit beside the SQLite one. Both
// must give the same guarantees: a push returns only after its effects are durable; each change-set is applied
// at most once and atomically; pulls see records in commit order by a cursor.
#pragma once

#include "core/access/principal.h"
#include "core/areas/admin_units.h"
#include "core/funds/ledger.h"
#include "core/learning/rollup_facts.h"
#include "server/store/audit_entry.h"
#include "server/store/audit_query.h"
#include "server/store/pull_page.h"
#include "server/store/push_outcome.h"
#include "server/store/server_limits.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace kh {

class ServerStore {
public:
    virtual ~ServerStore() = default;
    // Applies the change-sets of one device and makes the result durable before returning. `deviceCursor` is
    // the pull cursor sent with them (0 if unknown): it tells which of the device's writes need no echo.
    // Every change is checked with access::checkWrite for `who`; a refused change is skipped (reported in
    // `rejected` with its record) and the rest of its change-set applied. Applied changes go to the audit log.
    virtual PushOutcome push(quint64 device, const std::vector<const pb::ChangeSet *> &changeSets, quint64 deviceCursor,
                             qint64 nowMs, const access::Principal &who) = 0;
    // Binds a device to the account that first syncs from it; true when it is free or already this account's.
    // Another account's request for it is refused (SyncService answers 403), so its change-sets, refusals and
    // pulls belong to one account.
    virtual bool claimDevice(quint64 device, const QString &user, qint64 nowMs) = 0;
    // What changed after `cursor` in the areas, oldest first.
    virtual PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize) = 0;
    // About how many records of the areas lie past `cursor`, for a device's progress bar: each area key's index
    // range counted (a record under two keys counts twice; a device's own writes that a pull skips count too).
    virtual quint64 countAfter(const QStringList &areas, quint64 cursor) = 0;
    // Writes the national list of provinces and communes and the built-in criteria sets as reference
    // records (idempotent).
    virtual int seedReference(const AdminUnits &units, qint64 nowMs) = 0;
    // Runs `fn` while no other server on the same database runs a job of the same name, for a job that must run
    // once across servers and takes many transactions (seeding the demo commune): on PostgreSQL under a session
    // advisory lock; a SQLite file has one server, which just runs it.
    virtual void exclusively(const std::string &job, const std::function<void()> &fn) = 0;
    // Publishes a criteria set (a province's own, or a new version): a read-only record every device in its
    // area receives. A set with the same id and version is replaced. Returns false if it was already there.
    virtual bool publishCriteriaSet(const pb::CriteriaSet &set) = 0;
    // Sets a province's own targets (a read-only record every device of the province receives), replacing
    // earlier ones. Throws std::runtime_error for an unknown province or a percent outside 1..100.
    virtual bool setProvinceTargets(const pb::ProvinceTargets &targets) = 0;
    // Every record in the areas (all records when empty), ordered by type and id: for dumps and tests.
    virtual void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn) = 0;
    // Does the area exist (a known commune or province code, or a village record)?
    virtual bool areaExists(const QString &area) = 0;
    // The roll-up facts of a commune ("c:C") or province ("p:P"), as of the last committed write. The store keeps
    // a table of them, brought up to date incrementally from the records written since its last catch-up (the
    // push path does not pay for it; the server catches up every few seconds, and before every report), so a
    // report costs a read of small rows, not a decode of every record.
    virtual domain::RollupFacts rollupFacts(const QString &area) = 0;
    // The study funds' books of each commune of "c:C" or "p:P", by commune code, as of the last committed write
    // (caught up like the facts, through which they are found): the province's table of its communes' funds.
    virtual std::map<QString, funds::Ledger> fundLedgers(const QString &area) = 0;
    // Brings the facts up to date with the records written since the last catch-up, or (limit > 0) with the next
    // `limit` of them, committed as one step, so a long catch-up can give way to requests between steps. Returns
    // the records read: below `limit` once the facts are up to date (or when records written again meanwhile left
    // the step's range: the next catch-up goes on).
    virtual int catchUpFacts(int limit = 0) = 0;
    // Copies what the write-ahead log holds into the database file, on a connection of its own, so that the
    // pushes do not do it: called from the server's timer thread without the stores' lock. Nothing to do where the
    // database does that itself (PostgreSQL).
    virtual void checkpoint() {}
    // The area followed by the areas containing it: v:V -> v:V c:C p:P; h:H -> h:H v:V c:C p:P; c:C -> c:C p:P.
    virtual QStringList lineage(const QString &area) = 0;
    // The audit log, newest first.
    virtual std::vector<AuditEntry> audit(const AuditQuery &query) = 0;
    virtual quint64 deviceId() const = 0;
    // A random id of this store's cursor space, sent in every answer: a store restored from a logical dump or
    // migrated to another database has a new one, and devices that see it change pull again from zero.
    virtual std::string storeEpoch() const = 0;

    // How a conflict names the people behind its two writes: the display name of an account, by its login (the
    // account store answers; each lane of the server wires its own). Unset: conflicts carry no names.
    void setNameOf(std::function<QString(const QString &user)> nameOf) { m_nameOf = std::move(nameOf); }

protected:
    std::function<QString(const QString &user)> m_nameOf;
};

} // namespace kh
