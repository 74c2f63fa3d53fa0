#include "server/store/pg/pg_schema.h"

#include <iterator>

namespace kh::pg {

namespace {

// Numbered migrations: index i takes the schema from version i to i+1. Never edit one that has shipped.
// docs/data-model.md describes the tables. Positions (`pos`) are (transaction id << 20) | n: see
// PgRecordTable for why a pull never skips a row committed late.
const char *const kMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);
       CREATE TABLE records(type integer NOT NULL, id text NOT NULL, pos bigint NOT NULL, state bytea NOT NULL,
                            areas text NOT NULL, current_areas text NOT NULL, writer bigint NOT NULL,
                            base_pos bigint NOT NULL, echo_ok boolean NOT NULL, PRIMARY KEY(type, id));
       CREATE UNIQUE INDEX records_pos ON records(pos);
       CREATE TABLE record_areas(area text NOT NULL, pos bigint NOT NULL, PRIMARY KEY(area, pos));
       CREATE INDEX record_areas_pos ON record_areas(pos);
       CREATE TABLE devices(device bigint PRIMARY KEY, last_seq bigint NOT NULL, first_ms bigint NOT NULL,
                            last_ms bigint NOT NULL, owner text NOT NULL DEFAULT '');
       CREATE TABLE rejections(device bigint NOT NULL, seq bigint NOT NULL, reason integer NOT NULL,
                               message text NOT NULL, PRIMARY KEY(device, seq));
       CREATE TABLE refused_changes(device bigint NOT NULL, seq bigint NOT NULL, type integer NOT NULL,
                                    record_id text NOT NULL, message text NOT NULL,
                                    PRIMARY KEY(device, seq, type, record_id));
       CREATE TABLE audit(id bigserial PRIMARY KEY, at_ms bigint NOT NULL, username text NOT NULL,
                          device bigint NOT NULL, session bigint NOT NULL, change_set bigint NOT NULL,
                          actions text NOT NULL, changes bytea NOT NULL);
       CREATE INDEX audit_at ON audit(at_ms);
       CREATE TABLE facts(type integer NOT NULL, id text NOT NULL, commune text NOT NULL, province text NOT NULL,
                          ref text NOT NULL, name text NOT NULL, number integer NOT NULL, model integer NOT NULL,
                          stage integer NOT NULL, PRIMARY KEY(type, id));
       CREATE INDEX facts_area ON facts(province, commune);
       CREATE TABLE users(id bigserial PRIMARY KEY, username text NOT NULL UNIQUE, display_name text NOT NULL,
                          role integer NOT NULL, areas text NOT NULL, household text NOT NULL,
                          password_hash bytea NOT NULL, disabled boolean NOT NULL DEFAULT false,
                          created_ms bigint NOT NULL);
       CREATE TABLE sessions(id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id),
                             device bigint NOT NULL, device_name text NOT NULL, token_hash bytea NOT NULL,
                             created_ms bigint NOT NULL, last_ms bigint NOT NULL, expires_ms bigint NOT NULL,
                             revoked_ms bigint NOT NULL DEFAULT 0, revoked_by text NOT NULL DEFAULT '');
       CREATE INDEX sessions_user ON sessions(user_id);
       CREATE INDEX sessions_device ON sessions(device);
       CREATE TABLE device_owners(device bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users(id),
                                  bound_ms bigint NOT NULL);
       CREATE TABLE login_failures(key text NOT NULL, at_ms bigint NOT NULL);
       CREATE INDEX login_failures_key ON login_failures(key, at_ms);)",
    // 1 -> 2: facts of the study-fund records too (the report's index of each commune's books, with a partial index
    // of their own): the next catch-up starts from the first record, so the records written before have theirs.
    R"(CREATE INDEX facts_funds ON facts(province, commune) WHERE type>=30;
       UPDATE meta SET value='0' WHERE key='facts_pos';)",
    // 2 -> 3: a record's old area rows are deleted by (area, pos), the primary key, since the row names its areas:
    // the index on pos alone cost every new area row an index entry for one rare delete.
    R"(DROP INDEX IF EXISTS record_areas_pos;)",
};

} // namespace

int schemaVersion()
{
    return int(std::size(kMigrations));
}

void lock(Connection &c, Lock which)
{
    c.query("SELECT pg_advisory_xact_lock($1)", Params().i64(qint64(which)));
}

void migrate(Connection &c)
{
    Transaction tx(c);
    lock(c, Lock::Migrate);
    c.exec("CREATE TABLE IF NOT EXISTS kh_schema(version integer NOT NULL)");
    auto r = c.query("SELECT version FROM kh_schema");
    int v = r.rows() ? int(r.i64(0, 0)) : 0;
    if (!r.rows()) c.exec("INSERT INTO kh_schema(version) VALUES(0)");
    if (v > schemaVersion())
        throw Error("postgresql: database schema " + std::to_string(v) + " is newer than this server (" +
                        std::to_string(schemaVersion()) + "): upgrade the server",
                    "KH001");
    for (; v < schemaVersion(); ++v) c.exec(kMigrations[v]);
    c.query("UPDATE kh_schema SET version=$1", Params().i32(v));
    tx.commit();
}

} // namespace kh::pg
