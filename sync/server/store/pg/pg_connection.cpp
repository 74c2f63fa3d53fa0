#include "server/store/pg/pg_connection.h"

#include <QRandomGenerator>
#include <QString>
#include <chrono>
#include <cstring>
#include <libpq-fe.h>
#include <thread>

namespace kh::pg {

namespace {
// Type OIDs (pg_type.h) of the parameters we send and the results we decode.
constexpr unsigned kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25;

std::string bigEndian(quint64 v, int n)
{
    std::string s(size_t(n), '\0');
    for (int i = n - 1; i >= 0; --i, v >>= 8) s[size_t(i)] = char(v & 0xff);
    return s;
}

Error errorOf(pg_conn *c, pg_result *r)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
    if (msg.empty()) msg = PQerrorMessage(c);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return Error("postgresql: " + msg, state ? state : "");
}

void check(pg_conn *c, pg_result *r)
{
    const auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    Error e = errorOf(c, r);
    PQclear(r);
    throw e;
}
} // namespace

Params &Params::add(unsigned oid, std::string value)
{
    m_types.push_back(oid);
    m_values.push_back(std::move(value));
    return *this;
}
Params &Params::i64(qint64 v)
{
    return add(kInt8, bigEndian(quint64(v), 8));
}
Params &Params::i32(qint32 v)
{
    return add(kInt4, bigEndian(quint32(v), 4));
}
Params &Params::boolean(bool v)
{
    return add(kBool, std::string(1, v ? '\1' : '\0'));
}
Params &Params::text(std::string_view v)
{
    return add(kText, std::string(v));
}
Params &Params::bytes(std::string_view v)
{
    return add(kBytea, std::string(v));
}

Result::Result(Result &&o) noexcept : m_r(o.m_r)
{
    o.m_r = nullptr;
}
Result &Result::operator=(Result &&o) noexcept
{
    std::swap(m_r, o.m_r);
    return *this;
}
Result::~Result()
{
    if (m_r) PQclear(m_r);
}
int Result::rows() const
{
    return PQntuples(m_r);
}
bool Result::isNull(int row, int col) const
{
    return PQgetisnull(m_r, row, col) != 0;
}
qint64 Result::i64(int row, int col) const
{
    if (isNull(row, col)) return 0;
    const auto *p = reinterpret_cast<const unsigned char *>(PQgetvalue(m_r, row, col));
    const int n = PQgetlength(m_r, row, col);
    const unsigned t = PQftype(m_r, col);
    if (t != kInt8 && t != kInt4 && t != kInt2 && t != kBool)
        throw Error("postgresql: column " + std::to_string(col) + " is not an integer", "42804");
    quint64 v = 0;
    for (int i = 0; i < n; ++i) v = v << 8 | p[i];
    if (n == 2) return qint16(v);
    if (n == 4) return qint32(v);
    return qint64(v);
}
std::string_view Result::bytes(int row, int col) const
{
    return {PQgetvalue(m_r, row, col), size_t(PQgetlength(m_r, row, col))};
}
QString Result::text(int row, int col) const
{
    const auto b = bytes(row, col);
    return QString::fromUtf8(b.data(), qsizetype(b.size()));
}
int Result::affected() const
{
    return std::atoi(PQcmdTuples(m_r));
}

Connection::Connection(const std::string &conninfo)
{
    m_conn = PQconnectdb(conninfo.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        std::string msg = PQerrorMessage(m_conn);
        while (!msg.empty() && msg.back() == '\n') msg.pop_back();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw Error("postgresql: cannot connect: " + msg, "08001");
    }
    exec("SET client_min_messages = warning");
}

Connection::~Connection()
{
    if (m_conn) PQfinish(m_conn);
}

void Connection::resetIfBroken()
{
    if (PQstatus(m_conn) == CONNECTION_OK) return;
    PQreset(m_conn);
    m_prepared.clear();
    if (PQstatus(m_conn) == CONNECTION_OK) exec("SET client_min_messages = warning");
}

bool Connection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void Connection::exec(const std::string &sql)
{
    check(m_conn, PQexec(m_conn, sql.c_str()));
}

Result Connection::query(const std::string &sql, const Params &p)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        const std::string name = "kh" + std::to_string(++m_next);
        check(m_conn, PQprepare(m_conn, name.c_str(), sql.c_str(), p.size(), p.m_types.data()));
        it = m_prepared.emplace(sql, name).first;
    }
    std::vector<const char *> values(size_t(p.size()));
    std::vector<int> lengths(size_t(p.size())), formats(size_t(p.size()), 1);
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = p.m_values[i].data();
        lengths[i] = int(p.m_values[i].size());
    }
    pg_result *r =
        PQexecPrepared(m_conn, it->second.c_str(), p.size(), values.data(), lengths.data(), formats.data(), 1);
    check(m_conn, r);
    return Result(r);
}

Transaction::Transaction(Connection &c, const char *begin) : m_c(c)
{
    m_c.exec(begin);
}

Transaction::~Transaction()
{
    if (m_done) return;
    try {
        m_c.exec("ROLLBACK");
    } catch (...) { // a lost connection: nothing to roll back
    }
}

void Transaction::commit()
{
    m_c.exec("COMMIT");
    m_done = true;
}

void pauseBeforeRetry(int attempt)
{
    const int ms = std::min(200, 2 << std::min(attempt, 6));
    std::this_thread::sleep_for(std::chrono::milliseconds(QRandomGenerator::global()->bounded(1, ms + 1)));
}

} // namespace kh::pg
