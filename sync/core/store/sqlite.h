// A thin RAII layer over SQLite's C API. This folder (sync/core/store) is the only place in the product that
// runs SQL; everything else calls the stores.
#pragma once

#include <QByteArray>
#include <QString>
#include <sqlite3.h>
#include <stdexcept>
#include <string>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace kh::sql {

// Thrown for any SQLite error; the message names the statement. Stores turn it into their own errors.
class Error : public std::runtime_error {
public:
    Error(const std::string &what, int code) : std::runtime_error(what), m_code(code) {}
    int code() const { return m_code; }
    bool storageFull() const { return (m_code & 0xFF) == SQLITE_FULL; }

private:
    int m_code;
};

class Stmt;
class Cached;

class Db {
public:
    Db() = default;
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    // Opens (creating if asked) a database file in WAL mode with foreign keys on.
    void open(const QString &path, bool create, bool synchronousFull);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    void exec(std::string_view sql);
    // Caps the file's size; a write past it fails like a full disk (SQLITE_FULL) and its transaction rolls back.
    void limitSize(qint64 bytes);
    int userVersion();
    void setUserVersion(int v);
    sqlite3 *handle() const { return m_db; }
    int changes() const { return sqlite3_changes(m_db); }
    [[noreturn]] void fail(const std::string &what, int rc) const;
    // A statement prepared once per connection and reused: for the hot paths. Reset when the handle goes.
    Cached cached(const char *sql);

private:
    sqlite3 *m_db = nullptr;
    std::unordered_map<const char *, std::unique_ptr<Stmt>> m_cache;
};

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
    bool step();        // true while a row is available
    void run();         // steps to completion and resets
    void reset();

    qint64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    std::string blob(int col) const;
    QString text(int col) const;
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    Db &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    std::string m_sql;
};

// A borrowed cached statement; resets it (ending any read it holds) when it goes out of scope.
class Cached {
public:
    explicit Cached(Stmt &s) : m_s(&s) {}
    ~Cached();
    Cached(const Cached &) = delete;
    Cached &operator=(const Cached &) = delete;
    Stmt *operator->() const { return m_s; }
    Stmt &operator*() const { return *m_s; }

private:
    Stmt *m_s;
};

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
