// The server database's schema, as numbered migrations (server_schema.cpp): index i takes it from version i to
// i+1. Never edit one that has shipped; docs/data-model.md describes the tables.
#pragma once

#include <span>

namespace kh::store_detail {

// The migrations in order; their count is the schema version this server writes.
std::span<const char *const> serverMigrations();

} // namespace kh::store_detail
