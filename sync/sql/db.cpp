#include "sql/db.h"

#include "sql/cached.h"

#include <algorithm>

namespace kh::sql {

namespace {
// Before SQLite's first use: no memory statistics. Kept, they take a process-wide mutex on every allocation
// SQLite makes (several per statement), which profiles of a push showed at a few percent. Nothing reads them.
void configureOnce()
{
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // SQLITE_MISUSE if SQLite was already initialised: harmless
        return true;
    }();
    (void)done;
}
} // namespace

Db::Db()
{
    configureOnce();
}
Db::~Db()
{
    close();
}

void Db::open(const QString &path, bool create, bool synchronousFull)
{
    close();
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error("cannot open database " + p.toStdString() + ": " + msg, rc);
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
    // 16 KiB pages for new files (an existing file keeps its own): rows here are a few hundred bytes, and the
    // larger page cut the CPU of bulk inserts by about an eighth on both sides (sync_bench: pull 28,000 ->
    // 32,000 households/s). The price is more bytes written per small commit (a one-field edit writes a few
    // pages to the WAL, ~50 KiB), which a phone's flash absorbs in about a millisecond.
    exec("PRAGMA page_size=16384");
    exec("PRAGMA journal_mode=WAL");
    exec(synchronousFull ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=ON");
}

void Db::openReadOnly(const QString &path)
{
    close();
    const QByteArray p = path.toUtf8();
    const int rc = sqlite3_open_v2(p.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error("cannot open database " + p.toStdString() + ": " + msg, rc);
    }
    sqlite3_busy_timeout(m_db, 5000);
    sqlite3_extended_result_codes(m_db, 1);
}

Cached Db::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot) slot = std::make_unique<Stmt>(*this, sql);
    return Cached(*slot);
}

void Db::close()
{
    m_cache.clear();
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Db::fail(const std::string &what, int rc) const
{
    throw Error(what + ": " + (m_db ? sqlite3_errmsg(m_db) : "no database"), rc);
}

void Db::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string s(sql);
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        throw Error(s.substr(0, 60) + ": " + msg, rc);
    }
}

void Db::limitSize(qint64 bytes)
{
    Stmt ps(*this, "PRAGMA page_size");
    ps.step();
    const qint64 pages = std::max<qint64>(1, bytes / std::max<qint64>(512, ps.int64(0)));
    exec("PRAGMA max_page_count=" + std::to_string(pages));
}

int Db::userVersionOf(const QString &path)
{
    try {
        Db db;
        db.openReadOnly(path);
        return db.userVersion();
    } catch (const std::exception &) {
        return -1;
    }
}

int Db::userVersion()
{
    Stmt s(*this, "PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

void Db::setUserVersion(int v)
{
    exec("PRAGMA user_version=" + std::to_string(v));
}

} // namespace kh::sql
