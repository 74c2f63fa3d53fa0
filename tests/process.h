// Running the real binaries from tests: the CLI as a command, the server as a child on a free port.
#pragma once

#include "pg_cluster.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace kh::test {

struct Result {
    int code = -1;
    QString out, err;
};

inline Result run(const QString &program, const QStringList &args, const QString &dir, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!stdinData.isEmpty()) p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Result cli(const QString &db, const QStringList &args, const QByteArray &stdinData = {})
{
    return run(QStringLiteral(KH_CLI_BIN), QStringList{QStringLiteral("--db"), db} + args, QFileInfo(db).absolutePath(),
               stdinData);
}

// The password every test account gets.
inline const QByteArray kTestPassword = QByteArrayLiteral("mat-khau-thu-nghiem");

class ServerProcess {
public:
    ~ServerProcess() { stop(); }
    // Starts khuyenhoc-server with --port 0 in `dataDir` and waits for the port it prints.
    bool start(const QString &dataDir, const QStringList &extra = {})
    {
        m_dataDir = dataDir;
        // Testing PostgreSQL: a fresh database for this server (kept when it restarts on the same folder).
        if (testingPostgres() && m_database.isEmpty() && !extra.contains(QStringLiteral("--database")))
            m_database = backendUrl();
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(QStringLiteral(KH_SERVER_BIN),
                     QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir} +
                         databaseArgs() + extra);
        static const QRegularExpression re(QStringLiteral("listening on (https?)://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 300 && port == 0; ++i) {
            m_proc.waitForReadyRead(100);
            m_log += QString::fromUtf8(m_proc.readAll());
            const auto m = re.match(m_log);
            if (m.hasMatch()) {
                m_scheme = m.captured(1);
                port = quint16(m.captured(2).toUInt());
            }
            if (m_proc.state() == QProcess::NotRunning) break;
        }
        return port != 0;
    }
    QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(port); }
    // A server started elsewhere (profiling): its port and data folder, for accounts and logins.
    void attach(quint16 serverPort, const QString &dataDir)
    {
        port = serverPort;
        m_dataDir = dataDir;
    }
    int terminate()
    {
        m_proc.terminate();
        m_proc.waitForFinished(10000);
        return m_proc.exitStatus() == QProcess::NormalExit ? m_proc.exitCode() : -1;
    }
    void stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.kill();
            m_proc.waitForFinished();
        }
    }
    qint64 pid() const { return m_proc.processId(); }

    // Runs an administrator's subcommand on the server's data folder (while it runs): "user add NAME ...".
    Result admin(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return run(QStringLiteral(KH_SERVER_BIN),
                   args + QStringList{QStringLiteral("--data"), m_dataDir} + databaseArgs(), m_dataDir, stdinData);
    }
    // Creates an account ("commune-staff", {"c:22945"}; a household passes its id as `household`).
    Result addUser(const QString &name, const QString &role, const QStringList &areas = {},
                   const QString &household = {}) const
    {
        QStringList a{QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role};
        for (const QString &area : areas) a << QStringLiteral("--area") << area;
        if (!household.isEmpty()) a << QStringLiteral("--household") << household;
        return admin(a, kTestPassword + '\n');
    }
    // Logs a device database (CLI or app developer mode) in as `user`.
    Result login(const QString &db, const QString &user) const
    {
        return cli(db, {QStringLiteral("login"), QStringLiteral("--server"), url(), QStringLiteral("--user"), user},
                   kTestPassword + '\n');
    }
    // Logs a device in as an administrator (created on first use): tests that are not about access.
    bool loginAdmin(const QString &db)
    {
        if (!m_haveAdmin) m_haveAdmin = addUser(QStringLiteral("quantri"), QStringLiteral("admin")).code == 0;
        return m_haveAdmin && login(db, QStringLiteral("quantri")).code == 0;
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_proc.readAll());
        return m_log;
    }
    quint16 port = 0;
    // The PostgreSQL database it serves from (empty: SQLite in its data folder).
    QString database() const { return m_database; }
    void setDatabase(const QString &url) { m_database = url; }

private:
    QStringList databaseArgs() const
    {
        return m_database.isEmpty() ? QStringList() : QStringList{QStringLiteral("--database"), m_database};
    }
    QString m_database;
    QProcess m_proc;
    QString m_log;
    QString m_dataDir;
    QString m_scheme = QStringLiteral("http");
    bool m_haveAdmin = false;
};

} // namespace kh::test
