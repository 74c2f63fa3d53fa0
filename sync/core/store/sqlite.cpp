#include "sqlite.h"

namespace kh::sql {

Db::~Db() { close(); }

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

Cached Db::cached(const char *sql)
{
    auto &slot = m_cache[sql];
    if (!slot) slot = std::make_unique<Stmt>(*this, sql);
    return Cached(*slot);
}

Cached::~Cached() { m_s->reset(); }

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

int Db::userVersion()
{
    Stmt s(*this, "PRAGMA user_version");
    s.step();
    return int(s.int64(0));
}

void Db::setUserVersion(int v) { exec("PRAGMA user_version=" + std::to_string(v)); }

Stmt::Stmt(Db &db, std::string_view sql) : m_db(db), m_sql(sql)
{
    const int rc = sqlite3_prepare_v3(db.handle(), m_sql.data(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) db.fail("prepare " + m_sql.substr(0, 60), rc);
}

Stmt::~Stmt() { sqlite3_finalize(m_stmt); }

Stmt &Stmt::bind(int i, qint64 v)
{
    const int rc = sqlite3_bind_int64(m_stmt, i, v);
    if (rc != SQLITE_OK) m_db.fail("bind", rc);
    return *this;
}

Stmt &Stmt::bind(int i, const std::string &v, bool text)
{
    const int rc = text ? sqlite3_bind_text(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT)
                        : sqlite3_bind_blob(m_stmt, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) m_db.fail("bind", rc);
    return *this;
}

Stmt &Stmt::bind(int i, const QString &text) { return bind(i, text.toStdString(), true); }

Stmt &Stmt::bindStaticText(int i, std::string_view text)
{
    const int rc = sqlite3_bind_text(m_stmt, i, text.data(), int(text.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) m_db.fail("bind", rc);
    return *this;
}

Stmt &Stmt::bindStatic(int i, std::string_view blob)
{
    const int rc = sqlite3_bind_blob(m_stmt, i, blob.data(), int(blob.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) m_db.fail("bind", rc);
    return *this;
}

Stmt &Stmt::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
    return *this;
}

bool Stmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    m_db.fail("step " + m_sql.substr(0, 60), rc);
}

void Stmt::run()
{
    while (step()) {}
    reset();
}

void Stmt::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Stmt::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::string(static_cast<const char *>(p), size_t(n)) : std::string();
}

QString Stmt::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

ReadTransaction::ReadTransaction(Db &db) : m_db(db) { m_db.cached("BEGIN DEFERRED")->run(); }

ReadTransaction::~ReadTransaction()
{
    try { m_db.cached("COMMIT")->run(); } catch (...) {}
}

Transaction::Transaction(Db &db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done) {
        try { m_db.exec("ROLLBACK"); } catch (...) {}
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace kh::sql
