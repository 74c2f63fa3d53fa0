#include "sql/stmt.h"

#include "sql/cached.h"

namespace kh::sql {

Stmt::Stmt(Db &db, std::string_view sql) : m_db(db), m_sql(sql)
{
    const int rc =
        sqlite3_prepare_v3(db.handle(), m_sql.data(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) db.fail("prepare " + m_sql.substr(0, 60), rc);
}

Stmt::~Stmt()
{
    sqlite3_finalize(m_stmt);
}

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

Stmt &Stmt::bind(int i, const QString &text)
{
    return bind(i, text.toStdString(), true);
}

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

std::string_view Stmt::blobView(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    const int n = sqlite3_column_bytes(m_stmt, col);
    return p ? std::string_view(static_cast<const char *>(p), size_t(n)) : std::string_view();
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

Cached::~Cached()
{
    m_s->reset();
}

} // namespace kh::sql
