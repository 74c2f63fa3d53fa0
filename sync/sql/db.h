// A thin RAII layer over SQLite's C API, shared by the device's store and the server's SQLite store. Only the
// stores run SQL; everything else calls them.
#pragma once

#include "sql/error.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace kh::sql {

class Stmt;
class Cached;

class Db {
public:
    Db();
    ~Db();
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;

    // Opens (creating if asked) a database file in WAL mode with foreign keys on.
    void open(const QString &path, bool create, bool synchronousFull);
    // Opens an existing database for reading only: a second connection beside the one that writes (WAL lets it
    // read while the other writes), for work on another thread.
    void openReadOnly(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    void exec(std::string_view sql);
    // Caps the file's size; a write past it fails like a full disk (SQLITE_FULL) and its transaction rolls back.
    void limitSize(qint64 bytes);
    int userVersion();
    // The user_version of the database file at `path`, read without changing it; -1 when it cannot be read.
    static int userVersionOf(const QString &path);
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

} // namespace kh::sql
