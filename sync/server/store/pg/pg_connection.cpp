#include "server/store/pg/pg_connection.h"

#include <QRandomGenerator>
#include <QString>
#include <chrono>
#include <cstring>
#include <exception>
#include <libpq-fe.h>
#include <thread>

namespace kh::pg {

namespace {
// Type OIDs (pg_type.h) of the parameters we send and the results we decode.
constexpr unsigned kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25;
constexpr unsigned kInt4Array = 1007, kInt8Array = 1016, kTextArray = 1009, kByteaArray = 1001;

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

Array &Array::i32(qint32 v)
{
    m_elements += bigEndian(4, 4);
    m_elements += bigEndian(quint32(v), 4);
    ++m_count;
    return *this;
}
Array &Array::i64(qint64 v)
{
    m_elements += bigEndian(8, 4);
    m_elements += bigEndian(quint64(v), 8);
    ++m_count;
    return *this;
}
Array &Array::text(std::string_view v)
{
    m_elements += bigEndian(v.size(), 4);
    m_elements += v;
    ++m_count;
    return *this;
}

// The binary array format (array_send): dimensions, a flag for nulls (none), the element type, then for the one
// dimension its length and lower bound (1), then the elements.
Params &Params::array(const Array &a)
{
    static constexpr unsigned element[] = {kInt4, kInt8, kText, kBytea};
    static constexpr unsigned type[] = {kInt4Array, kInt8Array, kTextArray, kByteaArray};
    const auto of = size_t(a.m_of);
    std::string v = bigEndian(a.m_count ? 1 : 0, 4) + bigEndian(0, 4) + bigEndian(element[of], 4);
    if (a.m_count) v += bigEndian(quint32(a.m_count), 4) + bigEndian(1, 4);
    return add(type[of], v + a.m_elements);
}

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
    configure();
}

// Generic plans only: the first five runs of a prepared statement otherwise get a plan for their own values, and
// for a pull that was a parallel sort of everything past the cursor instead of the lazy Merge Append the
// generic plan uses (the statements here are written for one plan whatever their values).
void Connection::configure()
{
    exec("SET client_min_messages = warning");
    exec("SET plan_cache_mode = force_generic_plan");
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
    m_pending.clear();
    if (PQstatus(m_conn) == CONNECTION_OK) configure();
}

bool Connection::inTransaction() const
{
    return PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

void Connection::exec(const std::string &sql)
{
    flush();
    check(m_conn, PQexec(m_conn, sql.c_str()));
}

const std::string &Connection::prepared(const std::string &sql, const Params &p, bool send)
{
    auto it = m_prepared.find(sql);
    if (it != m_prepared.end()) return it->second;
    const std::string name = "kh" + std::to_string(++m_next);
    if (send) {
        if (!PQsendPrepare(m_conn, name.c_str(), sql.c_str(), p.size(), p.m_types.data()))
            throw errorOf(m_conn, nullptr);
        m_pending.push_back({sql, true, {}});
    } else {
        check(m_conn, PQprepare(m_conn, name.c_str(), sql.c_str(), p.size(), p.m_types.data()));
    }
    return m_prepared.emplace(sql, name).first->second;
}

Result Connection::query(const std::string &sql, const Params &p)
{
    flush();
    const std::string &name = prepared(sql, p, false);
    std::vector<const char *> values(size_t(p.size()));
    std::vector<int> lengths(size_t(p.size())), formats(size_t(p.size()), 1);
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = p.m_values[i].data();
        lengths[i] = int(p.m_values[i].size());
    }
    pg_result *r = PQexecPrepared(m_conn, name.c_str(), p.size(), values.data(), lengths.data(), formats.data(), 1);
    check(m_conn, r);
    return Result(r);
}

void Connection::defer(const std::string &sql, const Params &p, std::function<void(const Result &)> checkResult)
{
    if (PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF && !PQenterPipelineMode(m_conn)) throw errorOf(m_conn, nullptr);
    std::vector<const char *> values(size_t(p.size()));
    std::vector<int> lengths(size_t(p.size())), formats(size_t(p.size()), 1);
    for (size_t i = 0; i < values.size(); ++i) {
        values[i] = p.m_values[i].data();
        lengths[i] = int(p.m_values[i].size());
    }
    const int sent = p.size() == 0 ? PQsendQueryParams(m_conn, sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 1)
                                   : PQsendQueryPrepared(m_conn, prepared(sql, p, true).c_str(), p.size(),
                                                         values.data(), lengths.data(), formats.data(), 1);
    if (!sent) throw errorOf(m_conn, nullptr);
    m_pending.push_back({sql, false, std::move(checkResult)});
    if (int(m_pending.size()) >= kMaxPending) flush();
}

// Long: one pass over a pipeline's answers, in the order sent, keeping the first failure (an error, or what a
// check threw) and reading on to the end so the connection is usable again before it is thrown.
void Connection::flush()
{
    if (m_pending.empty()) return;
    std::vector<Pending> pending;
    pending.swap(m_pending);
    std::exception_ptr failure;
    bool lost = !PQpipelineSync(m_conn);
    if (lost) failure = std::make_exception_ptr(errorOf(m_conn, nullptr));
    for (const Pending &q : pending) {
        pg_result *r = lost ? nullptr : PQgetResult(m_conn);
        if (!r) {
            if (!lost) failure = failure ? failure : std::make_exception_ptr(errorOf(m_conn, nullptr));
            lost = true;
            if (q.prepare) m_prepared.erase(q.sql);
            continue;
        }
        const auto st = PQresultStatus(r);
        if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
            Result result(r);
            if (!failure && q.check) {
                try {
                    q.check(result);
                } catch (...) {
                    failure = std::current_exception();
                }
            }
        } else {
            if (q.prepare) m_prepared.erase(q.sql); // never prepared: PostgreSQL skipped or refused it
            if (!failure && st != PGRES_PIPELINE_ABORTED) {
                const Error e = errorOf(m_conn, r);
                failure = std::make_exception_ptr(Error(std::string(e.what()) + " [SQLSTATE " + e.sqlstate +
                                                            ", pipelined statement: " + q.sql.substr(0, 120) + "]",
                                                        e.sqlstate));
            }
            PQclear(r);
        }
        while ((r = PQgetResult(m_conn)) != nullptr) PQclear(r); // the end of this statement's answers
    }
    for (int guard = 0; !lost && guard < 100; ++guard) { // the answer to the Sync
        pg_result *r = PQgetResult(m_conn);
        if (!r) {
            lost = PQstatus(m_conn) != CONNECTION_OK;
            continue;
        }
        const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (sync) break;
    }
    if (!PQexitPipelineMode(m_conn) && !failure) failure = std::make_exception_ptr(errorOf(m_conn, nullptr));
    if (failure) std::rethrow_exception(failure);
}

Transaction::Transaction(Connection &c, const char *begin) : m_c(c)
{
    m_c.exec(begin);
}

Transaction::~Transaction()
{
    if (m_done) return;
    try {
        m_c.flush(); // statements still in the pipeline (their failure is already being thrown)
    } catch (...) {}
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
