#include "sql/read_transaction.h"

#include "sql/cached.h"

namespace kh::sql {

ReadTransaction::ReadTransaction(Db &db) : m_db(db)
{
    m_db.cached("BEGIN DEFERRED")->run();
}

ReadTransaction::~ReadTransaction()
{
    try {
        m_db.cached("COMMIT")->run();
    } catch (...) {}
}

} // namespace kh::sql
