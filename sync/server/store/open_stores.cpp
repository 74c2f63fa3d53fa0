#include "server/store/open_stores.h"

#include "server/store/pg/pg_account_store.h"
#include "server/store/pg/pg_server_store.h"
#include "server/store/sqlite/sqlite_account_store.h"
#include "server/store/sqlite/sqlite_server_store.h"

#include <QDir>
#include <QRegularExpression>

namespace kh {

DatabaseUrl DatabaseUrl::parse(const QString &database, const QString &defaultFolder)
{
    DatabaseUrl u;
    if (database.startsWith(QLatin1String("postgresql://")) || database.startsWith(QLatin1String("postgres://"))) {
        u.kind = Kind::Postgres;
        u.location = database;
    } else if (database.startsWith(QLatin1String("sqlite:"))) {
        u.location = database.mid(7);
    } else {
        u.location = database.isEmpty() ? defaultFolder : database;
    }
    return u;
}

QString DatabaseUrl::display() const
{
    if (!isPostgres()) return QStringLiteral("sqlite:") + QDir(location).absolutePath();
    QString s = location;
    static const QRegularExpression password(QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@"));
    s.replace(password, QStringLiteral("\\1:***@"));
    return s;
}

Stores openStores(const DatabaseUrl &url, const ServerLimits &limits)
{
    Stores s;
    if (url.isPostgres()) {
        s.records = std::make_unique<PgServerStore>(url.location.toStdString(), limits); // migrates first
        s.accounts = std::make_unique<PgAccountStore>(url.location.toStdString());
        return s;
    }
    if (!QDir().mkpath(url.location))
        throw std::runtime_error("cannot create data folder " + url.location.toStdString());
    s.records = openSqliteServerStore(QDir(url.location).filePath(QStringLiteral("server.sqlite")), limits);
    s.accounts = std::make_unique<SqliteAccountStore>(QDir(url.location).filePath(QStringLiteral("accounts.sqlite")));
    return s;
}

} // namespace kh
