// The error every SQLite failure becomes (sql/db.h).
#pragma once

#include <sqlite3.h>
#include <stdexcept>
#include <string>

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

} // namespace kh::sql
