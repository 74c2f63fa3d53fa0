// The PostgreSQL database's schema (records, areas, devices, refusals, audit log, facts, accounts, sessions,
// login failures: everything the servers share), as numbered migrations run under an advisory lock, so that
// many servers starting at once migrate once. A database whose schema is newer than this server is refused.
#pragma once

#include "server/store/pg/pg_connection.h"

namespace kh::pg {

// Advisory lock keys (pg_advisory_xact_lock): the jobs that must run once across every server.
enum class Lock : qint64 {
    Migrate = 0x6b68'0001,
    Seed = 0x6b68'0002,
    Facts = 0x6b68'0003,
    Import = 0x6b68'0004,
};

// The schema version this server writes.
int schemaVersion();
// Brings the schema up to date (under Lock::Migrate); throws Error for a schema newer than this server.
void migrate(Connection &c);
// Takes an advisory lock until the end of the current transaction.
void lock(Connection &c, Lock which);

} // namespace kh::pg
