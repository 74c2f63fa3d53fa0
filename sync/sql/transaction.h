// A write transaction that rolls back unless committed (sql/db.h).
#pragma once

#include "sql/db.h"

namespace kh::sql {

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Db &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Db &m_db;
    bool m_done = false;
};

} // namespace kh::sql
