// A throw-away PostgreSQL cluster for tests: initdb and pg_ctl (as the `postgres` user when run as root, since
// PostgreSQL refuses root) in a temporary folder, listening on a Unix socket there and on no TCP port. About a
// second to start. Missing PostgreSQL binaries are a failure, not a skip: the test command installs them.
//
// Tests that run against either backend ask backendUrl(): with KH_TEST_BACKEND=postgresql in the environment
// (the *_pg tests in tests/CMakeLists.txt) every call gives a fresh database on one cluster per test process;
// otherwise an empty string (SQLite in the data folder, as before).
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>
#include <unistd.h>

namespace kh::test {

class PgCluster {
public:
    // The newest /usr/lib/postgresql/N/bin, or empty.
    static QString binDir()
    {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
        for (auto it = versions.rbegin(); it != versions.rend(); ++it)
            if (QFile::exists(root.filePath(*it + QStringLiteral("/bin/initdb"))))
                return root.filePath(*it + QStringLiteral("/bin"));
        return {};
    }

    ~PgCluster() { stop(); }

    // Starts the cluster; false with `error()` saying why.
    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return failed(QStringLiteral("no PostgreSQL (initdb) under /usr/lib/postgresql: install postgresql-15"));
        // A short folder: a Unix socket path stops near 107 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/khpg-XXXXXX"));
        if (!m_dir->isValid()) return failed(QStringLiteral("no temporary folder"));
        if (::getuid() == 0) {
            run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir->path()}, false);
            QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        const QString data = m_dir->filePath(QStringLiteral("data"));
        if (!run(m_bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("kh"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-locale"), QStringLiteral("--no-sync")}))
            return failed(QStringLiteral("initdb failed: ") + m_out);
        const QString opts = QStringLiteral("-c listen_addresses='' -k %1 -c fsync=off -c max_connections=200 "
                                            "-c synchronous_commit=on")
                                 .arg(m_dir->path());
        if (!run(m_bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
                  m_dir->filePath(QStringLiteral("log")), QStringLiteral("-o"), opts, QStringLiteral("start")}))
            return failed(QStringLiteral("pg_ctl start failed: ") + m_out);
        m_running = true;
        return true;
    }

    void stop()
    {
        if (!m_running) return;
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")});
        m_running = false;
    }

    // A new empty database; its URL.
    QString createDatabase()
    {
        const QString name = QStringLiteral("kh%1").arg(++m_databases);
        if (!run(m_bin + QStringLiteral("/createdb"),
                 {QStringLiteral("-h"), m_dir->path(), QStringLiteral("-U"), QStringLiteral("kh"), name}))
            return {};
        return url(name);
    }
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://kh@/%1?host=%2").arg(database, m_dir->path());
    }
    // Runs psql on a database (for tests that open a transaction by hand).
    QString socketDir() const { return m_dir->path(); }
    QString bin() const { return m_bin; }
    QString error() const { return m_error; }

private:
    bool failed(const QString &why)
    {
        m_error = why;
        return false;
    }
    bool run(const QString &program, const QStringList &args, bool asPostgres = true)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (asPostgres && ::getuid() == 0)
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                        args);
        else
            p.start(program, args);
        p.waitForFinished(60000);
        m_out = QString::fromUtf8(p.readAll()).right(2000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_bin, m_error, m_out;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    int m_databases = 0;
};

// Does this run test the PostgreSQL backend (KH_TEST_BACKEND=postgresql)?
inline bool testingPostgres()
{
    return qEnvironmentVariable("KH_TEST_BACKEND") == QLatin1String("postgresql");
}

// The cluster of this test process, started on first use (and failing the test if it cannot start).
inline PgCluster &sharedCluster()
{
    static PgCluster cluster;
    static bool started = false;
    if (!started) {
        started = true;
        if (!cluster.start()) qFatal("PostgreSQL test cluster: %s", qPrintable(cluster.error()));
    }
    return cluster;
}

// A fresh database URL when testing PostgreSQL, else empty (SQLite as before).
inline QString backendUrl()
{
    return testingPostgres() ? sharedCluster().createDatabase() : QString();
}

} // namespace kh::test
