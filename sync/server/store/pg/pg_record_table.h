// The server's records in PostgreSQL (tables `records` and `record_areas`), the counterpart of the SQLite
// RecordTable for many servers on one database.
//
// Positions. A row's `pos` is (the writing transaction's id << 20) | n, n counting the rows the transaction
// wrote. A sequence would not do: its value is taken at INSERT but seen at COMMIT, so a reader could see 102
// before 101 commits, move its cursor past 101 and never come back (measured: 12 % of rows lost with four
// writers). A pull instead returns only positions below the horizon of its own snapshot,
// pg_snapshot_xmin(pg_current_snapshot()) << 20, in the same statement: every transaction below the horizon has
// finished, so nothing can still appear below a cursor once a device holds it.
//
// Records are locked (SELECT … FOR UPDATE) before they are merged, so two servers merging into one record
// serialise; a new record is inserted with ON CONFLICT DO NOTHING, so two servers creating one derived id end
// with one row, the second merging into the first.
#pragma once

#include "core/records/change_decision.h"
#include "server/store/pg/pg_connection.h"
#include "server/store/pull_page.h"

#include <QStringList>
#include <functional>
#include <unordered_map>

namespace kh::pg {

using Keys = domain::Keys;

// A stored record with what the pull needs to know about its latest write (as store_detail::Row).
struct PgRow {
    Record rec;
    quint64 pos = 0, writer = 0, basePos = 0;
    bool echoOk = false;
    Keys areas, current;
    domain::StoredRecord stored() const { return {rec, areas, current}; }
};

// A record a pipelined push queued as new existed when its insert ran (another server created it meanwhile, or
// a derived id): nothing of the push may stand; it runs again without the pipeline, merging record by record.
class NewRecordExists : public Error {
public:
    NewRecordExists() : Error("a record this push creates exists already", "KH002") {}
};

inline bool isNewRecordExists(const Error &e)
{
    return dynamic_cast<const NewRecordExists *>(&e) || e.sqlstate == "23505";
}

class PgRecordTable {
public:
    explicit PgRecordTable(Connection &c) : m_c(c) {}

    // A transaction starts (or starts again): positions and remembered keys are forgotten.
    void begin();
    // Forgets the keys remembered (a change-set's savepoint was rolled back).
    void clearKeyCache() { m_keyCache.clear(); }
    // The horizon below which every transaction has finished: (xmin of a new snapshot) << 20.
    quint64 horizon();

    // `lock`: SELECT … FOR UPDATE (a record about to be merged).
    std::optional<PgRow> load(pb::RecordType t, const std::string &id, bool lock = false);
    template <typename M>
    std::optional<M> value(pb::RecordType t, const std::string &id)
    {
        const auto row = load(t, id);
        M m;
        if (!row || !m.ParseFromString(row->rec.values())) return std::nullopt;
        return m;
    }
    std::optional<Keys> keysOf(pb::RecordType t, const std::string &id);

    // Inserts a new record version as its first; false (and nothing written) when a record has that id.
    bool insertNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas);
    // A push's new records are inserted together: queueNew remembers one (and its keys, at once); flushNew
    // inserts every queued one in a single statement, false when one of them exists after all (the caller
    // then applies its change-set again one record at a time). `deferred`: sent in the pipeline (true at
    // once); when one of them existed, the answer throws NewRecordExists or the statement fails with
    // unique_violation (23505), which isNewRecordExists() recognises.
    void queueNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas);
    bool flushNew(bool deferred = false);
    void dropQueued() { m_queued.clear(); }
    size_t queued() const { return m_queued.size(); }
    // Replaces a record's row by a new version at a new position (`old.pos` 0: a new row). A new row that
    // another server inserted meanwhile throws a serialization failure: the transaction runs again and merges.
    void writeRow(const Record &rec, const Keys &areas, const Keys &current, const PgRow &old, quint64 writer,
                  quint64 basePos, bool echoOk);
    void rekeyChildren(pb::RecordType type, const std::string &id, const Keys &oldAreas, const Keys &parentAreas);
    // Writes a record exactly as given (the migration from SQLite): a new position, the areas as they were.
    void importRow(const std::string &state, pb::RecordType type, const std::string &id, const std::string &areas,
                   const std::string &current, quint64 writer);

    Keys expand(const QStringList &areas);
    QStringList idsUnder(const std::string &key, pb::RecordType type);

    // What changed after `cursor` in the areas, oldest first, never past the horizon (see above). When a newer
    // committed change waits behind a transaction still open below it, the pull waits up to `waitMs` for that
    // transaction and then answers `more`, so a sync never reports "up to date" while missing a committed edit.
    PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int limit, qsizetype maxBytes,
                  int waitMs = 1000);
    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn);
    // The entries of the areas' keys past `cursor` (ServerStore::countAfter).
    quint64 countAfter(const QStringList &areas, quint64 cursor);

private:
    quint64 nextPos();
    // How one statement of a pull ended.
    enum class PullEnd {
        Full,     // the page holds `limit` records or `maxBytes`: more follows
        CaughtUp, // nothing more below the horizon
        Read,     // the statement gave all the rows it could (mostly the device's own writes): read on
        Blocked,  // a position at or past the horizon: a transaction below it is still open
    };
    // One statement of a pull, from page->cursor on: appends to the page and moves its cursor past what it read.
    PullEnd pullOnce(quint64 device, const Keys &keys, int limit, qsizetype maxBytes, PullPage *page);

    struct Queued {
        int type;
        std::string id, state, areas;
        quint64 pos, writer;
    };
    Connection &m_c;
    std::vector<Queued> m_queued;
    quint64 m_posBase = 0, m_posN = 0;
    std::unordered_map<std::string, Keys> m_keyCache;
};

std::string joinKeys(const Keys &s);
Keys splitKeys(std::string_view s);

} // namespace kh::pg
