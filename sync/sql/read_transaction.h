// A read snapshot over several queries (sql/db.h).
#pragma once

#include "sql/db.h"

namespace kh::sql {

// A read transaction (BEGIN DEFERRED): one snapshot for several queries, and no per-statement transaction
// setup. Ends on destruction.
class ReadTransaction {
public:
    explicit ReadTransaction(Db &db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Db &m_db;
};

} // namespace kh::sql
