// A thin RAII layer over libpq for the PostgreSQL store: one connection, statements prepared once per
// connection and run with binary parameters and binary results, transactions that roll back unless
// committed, and the retry of a transaction that PostgreSQL aborted to resolve a deadlock or a serialization
// failure (SQLSTATE 40P01 / 40001). No domain knowledge. Not thread-safe: one connection per thread.
#pragma once

#include <QtGlobal>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace kh::pg {

// A failed statement: the server's message and its SQLSTATE ("40P01", "23505"; empty for a lost connection).
class Error : public std::runtime_error {
public:
    Error(const std::string &message, std::string state) : std::runtime_error(message), sqlstate(std::move(state)) {}
    // Worth running the whole transaction again: a deadlock, a serialization failure or a lost connection.
    bool retryable() const { return sqlstate == "40P01" || sqlstate == "40001" || sqlstate.empty(); }
    std::string sqlstate;
};

// A one-dimensional array parameter of one element type, sent in binary (unnest($1::bytea[]) reads it): a
// statement that takes a whole batch of rows in a few parameters, one prepared statement for any row count.
class Array {
public:
    enum class Of { Int4, Int8, Text, Bytea };
    explicit Array(Of of) : m_of(of) {}
    Array &i32(qint32 v);
    Array &i64(qint64 v);
    Array &text(std::string_view v);
    Array &bytes(std::string_view v) { return text(v); }
    int size() const { return m_count; }

private:
    friend class Params;
    Of m_of;
    int m_count = 0;
    std::string m_elements; // each: its length (int32) and its bytes
};

// Parameters of one statement, sent in binary (integers in network order, text and bytea as their bytes).
class Params {
public:
    Params &i64(qint64 v);
    Params &i32(qint32 v);
    Params &boolean(bool v);
    Params &text(std::string_view v);
    Params &bytes(std::string_view v);
    Params &array(const Array &a);
    int size() const { return int(m_types.size()); }

private:
    friend class Connection;
    Params &add(unsigned oid, std::string value);
    std::vector<unsigned> m_types;
    std::vector<std::string> m_values;
};

// A statement's result, read in binary. Integers are decoded by the column's type (int2/int4/int8/bool).
class Result {
public:
    explicit Result(pg_result *r) : m_r(r) {}
    Result(Result &&) noexcept;
    Result &operator=(Result &&) noexcept;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    ~Result();

    int rows() const;
    bool isNull(int row, int col) const;
    qint64 i64(int row, int col) const;
    bool boolean(int row, int col) const { return i64(row, col) != 0; }
    std::string_view bytes(int row, int col) const;
    std::string str(int row, int col) const { return std::string(bytes(row, col)); }
    QString text(int row, int col) const;
    // The number of rows an INSERT, UPDATE or DELETE touched.
    int affected() const;

private:
    pg_result *m_r = nullptr;
};

class Connection {
public:
    // `conninfo`: a postgresql:// URL or key=value pairs; a password comes from ~/.pgpass or a service file,
    // never from here. Throws Error when it cannot connect.
    explicit Connection(const std::string &conninfo);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Runs a prepared statement (prepared on first use on this connection) with binary parameters and results.
    Result query(const std::string &sql, const Params &params = {});
    // Runs one or more statements as plain text (DDL, BEGIN/COMMIT, SAVEPOINT).
    void exec(const std::string &sql);

    // Pipeline mode: sends a statement without waiting for its answer, so many writes cost one round trip.
    // `check` (may be empty) sees its result when it arrives and may throw. Results are read, in order, at the
    // next query() or exec(), at flush(), or when kMaxPending statements wait; the first failure is thrown
    // there, as the Error the server gave for that statement (never as "pipeline aborted"): PostgreSQL has then
    // skipped every statement after it, and the open transaction can only be rolled back. A statement without
    // parameters is sent as it is (SAVEPOINT, RELEASE).
    void defer(const std::string &sql, const Params &params = {}, std::function<void(const Result &)> check = {});
    // Waits for every deferred statement's result; throws as above. The connection leaves pipeline mode.
    void flush();
    int pending() const { return int(m_pending.size()); }
    // Bounds what waits unread, so neither side blocks on a full socket while the other writes.
    static constexpr int kMaxPending = 256;
    // Reconnects after a lost connection (prepared statements are prepared again when next used).
    void resetIfBroken();
    bool inTransaction() const;

private:
    void configure();
    // The name of `sql` prepared on this connection; `send`: prepared within the pipeline (its answer awaited too).
    const std::string &prepared(const std::string &sql, const Params &p, bool send);

    struct Pending {
        std::string sql;      // for the error message
        bool prepare = false; // the answer to a Parse (the statement's own answer follows)
        std::function<void(const Result &)> check;
    };
    pg_conn *m_conn = nullptr;
    std::unordered_map<std::string, std::string> m_prepared; // sql -> statement name
    int m_next = 0;
    std::vector<Pending> m_pending;
};

// BEGIN on construction, ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(Connection &c, const char *begin = "BEGIN");
    ~Transaction();
    void commit();

private:
    Connection &m_c;
    bool m_done = false;
};

// Sleeps a few milliseconds, more after each attempt, with jitter (two servers retrying in step would collide again).
void pauseBeforeRetry(int attempt);

// Runs `fn` (which opens its own Transaction) again when PostgreSQL aborted it to resolve a deadlock or a
// serialization failure, or when the connection was lost: up to `attempts` times, with a short random pause.
template <typename F>
auto retrying(Connection &c, F fn, int attempts = 12) -> decltype(fn())
{
    for (int i = 1;; ++i) {
        try {
            return fn();
        } catch (const Error &e) {
            if (!e.retryable() || i >= attempts) throw;
            c.resetIfBroken();
            pauseBeforeRetry(i);
        }
    }
}

} // namespace kh::pg
