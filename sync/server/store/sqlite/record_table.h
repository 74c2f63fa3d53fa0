// The server's records in SQLite (tables `records` and `record_areas`): one row per record, its rowid being the
// server sequence number of its latest write (a record moves to a new seq each time it changes, so
// "seq > cursor" is exactly "changed since"), and which area keys each version reaches, which pulls scan by
// (area, seq). Reads and writes rows; the rules that decide what to write are core's
// (core/records/change_decision.h). Used by SqliteServerStore inside its transactions.
#pragma once

#include "core/records/change_decision.h"
#include "server/store/pull_page.h"
#include "sql/db.h"
#include "sql/stmt.h"

#include <QStringList>
#include <memory>
#include <unordered_map>
#include <vector>

namespace kh::store_detail {

using Keys = domain::Keys;

// A stored record with what the pull needs to know about its latest write.
struct Row {
    Record rec;
    quint64 seq = 0, writer = 0, baseSeq = 0;
    bool echoOk = false; // the writer's copy equals this version: no need to send it back to the writer
    Keys areas;          // every key its versions reached: who pulls it
    Keys current;        // its keys now, from its value and its parents': who may change it
    domain::StoredRecord stored() const { return {rec, areas, current}; }
};

class RecordTable {
public:
    explicit RecordTable(sql::Db &db) : m_db(db) {}

    // The highest seq written (re-read at the start of every transaction: another process may have written).
    void reloadSeq();
    quint64 seq() const { return m_seq; }
    // Forgets the area keys remembered during a transaction.
    void clearKeyCache() { m_keyCache.clear(); }

    std::optional<Row> load(pb::RecordType t, const std::string &id);
    template <typename M>
    std::optional<M> value(pb::RecordType t, const std::string &id)
    {
        const auto row = load(t, id);
        if (!row) return std::nullopt;
        M m;
        if (!m.ParseFromString(row->rec.values())) return std::nullopt;
        return m;
    }
    // The current area keys of a record (as stored, or as written earlier in this transaction); nullopt if unknown.
    std::optional<Keys> keysOf(pb::RecordType t, const std::string &id);

    // Inserts a new record version as its first; false (and nothing written) when a record has that id.
    bool insertNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas);
    // Replaces a record's row by a new version with a new seq. `areas`: who pulls it; `current`: its keys now.
    void writeRow(const Record &rec, const Keys &areas, const Keys &current, const Row &old, quint64 writer,
                  quint64 baseSeq, bool echoOk);
    // A record that moved takes what hangs under it along: they gain the new areas (and a new seq).
    void rekeyChildren(pb::RecordType type, const std::string &id, const Keys &oldAreas, const Keys &parentAreas);
    // Databases made before household accounts lack the h:H keys: gives every household its own key.
    void addHouseholdKeys();

    // The keys a subscription to `areas` matches (domain::subscriptionKeys over what is stored).
    Keys expand(const QStringList &areas);
    // The ids of records of `type` under one area key.
    QStringList idsUnder(const std::string &key, pb::RecordType type);

    // What changed after `cursor` in the areas, oldest first, skipping the device's own writes it already holds.
    PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int limit, qsizetype maxBytes);
    // The entries of the areas' keys past `cursor` (ServerStore::countAfter).
    quint64 countAfter(const QStringList &areas, quint64 cursor);
    // Every record in the areas (all when empty), ordered by type and id.
    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn);

private:
    void addAreas(pb::RecordType type, const std::string &id, quint64 seq, const Keys &areas, const Keys &current);

    sql::Db &m_db;
    quint64 m_seq = 0;
    std::vector<std::unique_ptr<sql::Stmt>> m_pullRanges; // one per area key a pull merges, kept prepared
    std::unordered_map<std::string, Keys> m_keyCache;     // current keys of records read or written in this transaction
};

} // namespace kh::store_detail
