// The device's database: records with per-field stamps, the outbox of change-sets not yet acknowledged, the
// server cursor, rejected change-sets and the sync history. Every local edit and its outbox entry are written
// in one transaction; every sync response is applied in one transaction.
#pragma once

#include "core/learning/rollup_facts.h"
#include "core/records/edit.h"
#include "core/records/edit_error.h"
#include "core/records/hybrid_clock.h"
#include "core/records/record.h"
#include "device/store/apply_result.h"
#include "device/store/device_clock.h"
#include "device/store/draft.h"
#include "device/store/record_ref.h"
#include "device/store/rejected_change.h"
#include "device/store/sync_log_entry.h"
#include "sql/db.h"

#include <QStringList>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

namespace kh {

class LocalStore {
public:
    static constexpr int kSchemaVersion = 6;
    // The schema version of the database at `path` as it is on disk (0: none yet; -1: not readable), read without
    // migrating it: an app tells its user before an upgrade that takes a while.
    static int schemaVersionOf(const QString &path) { return sql::Db::userVersionOf(path); }
    static constexpr int kFactsVersion = 4;    // the schema that added the roll-up facts
    static constexpr int kRowFactsVersion = 6; // households' and members' facts moved into their records' rows

    // `physical` is the device's clock (DeviceClock::systemNowMs; a test may give another).
    explicit LocalStore(HybridClock::NowFn physical = DeviceClock::systemNowMs)
        : m_hlc(std::move(physical)), m_clock(m_hlc)
    {}
    // Closes the database after `PRAGMA optimize` (statistics for the query planner, where they changed).
    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;
    // Creates a new device database (fails if the file exists) or opens an existing one, migrating it.
    // Throws sql::Error, or EditError for a schema newer than this program.
    void create(const QString &path);
    void open(const QString &path);
    // Opens a database that open() has already migrated, for reading only, from another thread than the store
    // that writes it (the app reads its household list this way while the first page is drawn). Throws
    // EditError when the schema is not this program's.
    void openForReading(const QString &path);
    // Runs `fn` inside one read transaction: everything it reads comes from one moment of the database.
    void readSnapshot(const std::function<void()> &fn);
    QString path() const { return m_path; }

    // Is this failure the device's storage being full (or the cap below reached)? Nothing was written then.
    static bool isStorageFull(const std::exception &e);

    // Caps the database file (a phone shared with other apps, little storage left): a write past the cap
    // fails like a full disk, with sql::Error::storageFull(), and changes nothing.
    void limitSize(qint64 bytes) { m_db.limitSize(bytes); }

    // Rewrites the database without free space and half-empty pages (VACUUM), after a first sync has filled it
    // in the server's order rather than the tables' (about a tenth smaller). Not for every sync: it rewrites the
    // whole file and needs as much free space again while it runs. False when it could not (storage full, a
    // reader busy); nothing is lost then.
    bool compact();
    // The same on a connection of its own, for a thread beside the one using the store (the app): writes of the
    // store wait while it runs (up to the busy timeout), reads do not.
    static bool compactFile(const QString &path);
    // A first sync of at least this many records is followed by compact() (the CLI) or compactFile (the app).
    static constexpr int kCompactAfterRecords = 10'000;

    quint64 deviceId() const { return m_device; }
    QString deviceHex() const;
    // The hybrid clock that stamps this device's writes.
    HybridClock &hlc() { return m_hlc; }
    // "Now", "today" and "this year" on this device: server-corrected once it has synced.
    const Clock &clock() const { return m_clock; }

    std::string newId();

    // Validates, normalises (NFC) and writes the edits and one outbox change-set, atomically. Throws
    // EditError naming the record and field when anything is invalid; nothing is written then.
    quint64 write(const std::vector<Edit> &edits);

    std::optional<Record> get(pb::RecordType type, const std::string &id);
    // Live (not deleted) records of a type, optionally only those under `parent` and matching a folded query.
    std::vector<Record> list(pb::RecordType type, const std::string &parent = {}, const QString &query = {});
    std::vector<Record> all(); // every record including tombstones, ordered by type and id

    // Outbox.
    int pendingCount();
    // The records the outbox changes, each once, in the order first changed: "what is waiting", by record (a
    // household's evaluation with twelve item verdicts is one record).
    // Only the change-sets queued after `afterSeq`, with the last one's number in `lastSeq`: what one save added.
    std::vector<RecordRef> pendingRecords(quint64 afterSeq = 0, quint64 *lastSeq = nullptr);
    // The records in change-sets the server refused (kept for review), each once.
    std::vector<RecordRef> rejectedRecords();
    // Oldest change-sets queued after `afterSeq` whose encoded size adds up to at most maxBytes (at least one).
    std::vector<pb::ChangeSet> pending(qsizetype maxBytes, quint64 afterSeq = 0);
    // The number of the oldest change-set waiting; 0 when none waits.
    quint64 firstPendingSeq();

    // Applies a server response in one transaction: forgets acknowledged change-sets, keeps rejected ones
    // for review (re-stamping those refused for a clock far ahead), merges records and stores the cursor.
    // `records` are the response's records as encoded on the wire (see splitSyncResponse); the overload
    // without them takes the records from `response`.
    ApplyResult apply(const pb::SyncResponse &response, const std::vector<std::string_view> &records,
                      const QStringList &areasAsked, qint64 localNowMs);
    ApplyResult apply(const pb::SyncResponse &response, const QStringList &areasAsked, qint64 localNowMs);

    // The columns a record's row holds besides its state: its first parent (lists), its folded search text, and,
    // for the types whose roll-up fact is in their row (factInRecordRow), the fact's number.
    struct Derived {
        std::string parent, fold;
        qint64 number = 0; // a member's birth year
    };
    // A record of a server answer decoded, with all that storing it needs but the database: its derived columns
    // and its roll-up fact. Made by prepare() on any thread (a sync decodes the next page on another core while
    // this one is stored), stored by apply() on the store's.
    struct Incoming {
        pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
        std::string id;
        std::string_view encoded; // the RecordState as sent, stored as it is (it lives as long as the answer)
        quint64 maxHlc = 0;       // the newest stamp in it (the device's clock observes it)
        bool deleted = false;
        Derived derived;                  // from its value, when that decoded
        std::optional<domain::Fact> fact; // for the facts table (villages, clans, units, evaluations)
    };
    // Throws EditError on a malformed record (the answer is refused whole, as apply() would).
    static std::vector<Incoming> prepare(const std::vector<std::string_view> &records);
    ApplyResult apply(const pb::SyncResponse &response, const std::vector<Incoming> &records,
                      const QStringList &areasAsked, qint64 localNowMs);
    // The records that sync answers changed since the last call, so the app updates its lists record by record
    // after a sync that brought a few; `many` when there were too many to list (the lists rebuild then).
    struct Received {
        std::vector<RecordRef> refs;
        bool many = false;
    };
    Received takeReceived() { return std::exchange(m_received, {}); }

    // Subscription and cursor. Changing the areas restarts the pull from cursor 0.
    QStringList areas();
    void setAreas(const QStringList &areas);
    quint64 cursorFor(const QStringList &areas);
    // The server store's epoch the cursor belongs to (empty until a server sent one). An answer with another
    // epoch sets the cursor back to 0: the next pull starts over, and the outbox is kept.
    QString storeEpoch() { return meta("store_epoch"); }

    QString meta(const std::string &key, const QString &fallback = {});
    void setMeta(const std::string &key, const QString &value);

    std::vector<RejectedChange> rejected();

    // Drafts (device/store/draft.h): written as the person types, dropped when the form is saved or its
    // changes are discarded. Writing the same form and key replaces the draft.
    void saveDraft(const std::string &form, const std::string &key, const QString &body);
    std::optional<Draft> draft(const std::string &form, const std::string &key);
    void dropDraft(const std::string &form, const std::string &key);
    std::vector<Draft> drafts(); // newest first

    // The roll-up facts of every live record on the device (core/learning/rollup_facts.h), kept up to date as
    // records are written and received: a dashboard reads these small rows, not every record.
    domain::RollupFacts rollupFacts();
    // A year's evaluations from their facts, without decoding a record: the id, the subject's id and the stage
    // (core/learning/stage.h). For counts and queues; read through an index of the year's evaluations.
    struct EvaluationStage {
        std::string id, subject;
        int model = 0, stage = 0;
    };
    struct EvaluationFilter {
        int year = 0;
        int model = 0;               // pb::LearningModel; 0: every model
        int stage = -1;              // -1: every stage
        bool exceptFamilies = false; // the app lists families from its household index instead
    };
    std::vector<EvaluationStage> evaluationStages(const EvaluationFilter &f);
    // The live evaluations of a year and model, found through their facts (not by reading every evaluation).
    std::vector<Record> evaluations(int year, int model);
    void logSync(const SyncLogEntry &e);
    std::optional<SyncLogEntry> lastSync(bool successfulOnly);

private:
    // Stores the server store's epoch of an answer; true when it replaced another (the pull starts over).
    bool takeEpoch(const std::string &epoch);
    QString m_path;
    bool m_readOnly = false; // openForReading: no statistics written on close
    void migrate();
    void loadMeta();
    void putRecord(const Record &r, const google::protobuf::Message *value);
    // Households' and members' roll-up facts are their records' own columns (parent, number), read through the
    // parent index: 300,000 rows in a ward that a first sync no longer writes twice. The other facts (villages,
    // clans and units carry names and communes; evaluations their year, model and stage) have a table.
    static bool factInRecordRow(pb::RecordType type)
    {
        return type == pb::RECORD_TYPE_HOUSEHOLD || type == pb::RECORD_TYPE_MEMBER;
    }
    // The record's roll-up fact in the facts table, written or (value null: deleted, or a type roll-ups do not
    // use or that keeps its fact in its row) removed.
    void updateFact(pb::RecordType type, const std::string &id, const google::protobuf::Message *value);
    static std::optional<domain::Fact> tableFactOf(pb::RecordType type, const std::string &id,
                                                   const google::protobuf::Message *value);
    void writeFact(pb::RecordType type, const std::string &id, const std::optional<domain::Fact> &fact);
    void rebuildFacts();      // from the records (a database from before the facts)
    void rebuildRowNumbers(); // the `number` column of the records whose fact is in their row (schema 6)
    void setMetaInTx(const std::string &key, const QString &value);
    std::optional<Record> getInTx(pb::RecordType type, const std::string &id);
    void checkReferences(pb::RecordType type, const google::protobuf::Message &merged);
    void restamp(const pb::ChangeSet &cs);
    quint64 appendOutbox(pb::ChangeSet *cs); // numbers it with the next sequence number and queues it
    static Derived derive(pb::RecordType type, const google::protobuf::Message *value);
    bool insertIfNew(const Incoming &in);
    bool mergeIncoming(const Incoming &in);

    sql::Db m_db;
    Received m_received;
    quint64 m_device = 0;
    quint64 m_nextId = 1;
    HybridClock m_hlc;
    DeviceClock m_clock;
};

} // namespace kh
