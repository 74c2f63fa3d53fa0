// A statement prepared once per connection and borrowed for one use (Db::cached).
#pragma once

#include "sql/stmt.h"

namespace kh::sql {

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

} // namespace kh::sql
