// Which database a server uses, from --database or KHUYENHOC_DATABASE: nothing, a folder or sqlite:FOLDER is
// the embedded SQLite store (server.sqlite and accounts.sqlite in the folder; the default); postgresql://… (or
// postgres://…) is the PostgreSQL store that many servers can share. Passwords never go in the URL given on a
// command line: libpq reads them from ~/.pgpass or a service file (docs/deploy.md).
#pragma once

#include "server/store/account_store.h"
#include "server/store/server_store.h"

#include <QString>
#include <memory>

namespace kh {

struct DatabaseUrl {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString location; // the SQLite data folder, or the libpq connection URL
    static DatabaseUrl parse(const QString &database, const QString &defaultFolder);
    bool isPostgres() const { return kind == Kind::Postgres; }
    // For messages: the URL without any password it carries.
    QString display() const;
};

struct Stores {
    std::unique_ptr<ServerStore> records;
    std::unique_ptr<AccountStore> accounts;
};

// Opens (and migrates) both stores. Throws std::runtime_error when it cannot.
Stores openStores(const DatabaseUrl &url, const ServerLimits &limits);

} // namespace kh
