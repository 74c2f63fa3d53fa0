// A prepared SQLite statement (sql/db.h).
#pragma once

#include <string_view>

#include "sql/db.h"

namespace kh::sql {

// A prepared statement; reset and rebound for each use. Columns and parameters are 0- and 1-based as in SQLite.
class Stmt {
public:
    Stmt(Db &db, std::string_view sql);
    ~Stmt();
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &bind(int i, qint64 v);
    Stmt &bind(int i, int v) { return bind(i, qint64(v)); }
    Stmt &bind(int i, quint64 v) { return bind(i, qint64(v)); }
    Stmt &bind(int i, unsigned long v) { return bind(i, qint64(v)); }
    Stmt &bind(int i, long v) { return bind(i, qint64(v)); }
    Stmt &bind(int i, const std::string &blobOrText, bool text = false);
    Stmt &bind(int i, const QString &text);
    // Binds a blob without copying it: the bytes must stay valid until the statement is reset.
    Stmt &bindStatic(int i, std::string_view blob);
    Stmt &bindStaticText(int i, std::string_view text);
    Stmt &bindNull(int i);
    bool step(); // true while a row is available
    void run();  // steps to completion and resets
    void reset();

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    std::string blob(int col) const;
    // The column's bytes without a copy, valid until the next step() or reset().
    std::string_view blobView(int col) const;
    QString text(int col) const;
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Db &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_sql;
};

} // namespace kh::sql
