#include "server/store/sqlite/server_schema.h"

#include "server/store/sqlite/sqlite_server_store.h"

namespace kh::store_detail {

namespace {

// Numbered migrations: index i takes the schema from version i to i+1. Never edit one that has shipped.
//
// records: one row per record, its rowid being the server sequence number of its latest write (a record
//   moves to a new seq each time it changes, so "seq > cursor" is exactly "changed since").
// record_areas: which area keys each current record version reaches; pulls scan it by (area, seq).
const char *const kServerMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE records(seq INTEGER PRIMARY KEY, type INTEGER NOT NULL, id TEXT NOT NULL,
                            state BLOB NOT NULL, areas TEXT NOT NULL, writer INTEGER NOT NULL,
                            base_seq INTEGER NOT NULL, echo_ok INTEGER NOT NULL);
       CREATE UNIQUE INDEX records_key ON records(type, id);
       CREATE TABLE record_areas(area TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(area, seq)) WITHOUT ROWID;
       CREATE TABLE devices(device INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL, first_ms INTEGER NOT NULL,
                            last_ms INTEGER NOT NULL);
       CREATE TABLE rejections(device INTEGER NOT NULL, seq INTEGER NOT NULL, reason INTEGER NOT NULL,
                               message TEXT NOT NULL, PRIMARY KEY(device, seq)) WITHOUT ROWID;)",
    // 1 -> 2: accounts. The audit log (one row per applied change-set: its applied changes, encoded as a
    // ChangeSet, and what each did, 'c'reate / 'u'pdate / 'd'elete; kept when the records are deleted) and the
    // single changes refused for the account's role or areas (their change-set was applied without them).
    R"(CREATE TABLE audit(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, user TEXT NOT NULL, device INTEGER NOT NULL,
                          session INTEGER NOT NULL, change_set INTEGER NOT NULL, actions TEXT NOT NULL, changes BLOB NOT NULL);
       CREATE TABLE refused_changes(device INTEGER NOT NULL, seq INTEGER NOT NULL, type INTEGER NOT NULL,
                                    record_id TEXT NOT NULL, message TEXT NOT NULL,
                                    PRIMARY KEY(device, seq, type, record_id)) WITHOUT ROWID;)",
    // 2 -> 3: the roll-up facts (domain::Fact), one row per village, household, member, clan, unit and
    // evaluation, written with the record: reports read these small rows instead of decoding every record.
    R"(CREATE TABLE facts(type INTEGER NOT NULL, id TEXT NOT NULL, commune TEXT NOT NULL, province TEXT NOT NULL,
                          ref TEXT NOT NULL, name TEXT NOT NULL, number INTEGER NOT NULL, model INTEGER NOT NULL,
                          stage INTEGER NOT NULL, PRIMARY KEY(type, id)) WITHOUT ROWID;
       CREATE INDEX facts_area ON facts(province, commune);)",
    // 3 -> 4: the server trusts no device. A record's current area keys beside every key it ever had (access is
    // judged on the current ones), and the account each device belongs to (set by its first sync).
    R"(ALTER TABLE records ADD COLUMN current_areas TEXT NOT NULL DEFAULT '';
       ALTER TABLE devices ADD COLUMN owner TEXT NOT NULL DEFAULT '';)",
    // 4 -> 5: facts of the study-fund records too (an index of each commune's books for the report), read by their
    // own partial index (a province's report does not step over its million other facts to find its funds); the
    // next catch-up starts from the first record, so the records written before have theirs (the rest is
    // rewritten as it was).
    R"(CREATE INDEX facts_funds ON facts(province, commune) WHERE type>=30;
       DELETE FROM meta WHERE key='facts_seq';)",
};
static_assert(std::size(kServerMigrations) == SqliteServerStore::kSchemaVersion);

} // namespace

std::span<const char *const> serverMigrations()
{
    return kServerMigrations;
}

} // namespace kh::store_detail
