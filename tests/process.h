// Running the real binaries from tests: the CLI as a command, the server as a child on a free port.
#pragma once

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QFileInfo>

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
    if (!p.waitForFinished(120000)) { p.kill(); p.waitForFinished(); }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Result cli(const QString &db, const QStringList &args)
{
    return run(QStringLiteral(KH_CLI_BIN), QStringList{QStringLiteral("--db"), db} + args, QFileInfo(db).absolutePath());
}

class ServerProcess {
public:
    ~ServerProcess() { stop(); }
    // Starts khuyenhoc-server with --port 0 in `dataDir` and waits for the port it prints.
    bool start(const QString &dataDir, const QStringList &extra = {})
    {
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(QStringLiteral(KH_SERVER_BIN), QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), dataDir} + extra);
        static const QRegularExpression re(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 300 && port == 0; ++i) {
            m_proc.waitForReadyRead(100);
            m_log += QString::fromUtf8(m_proc.readAll());
            const auto m = re.match(m_log);
            if (m.hasMatch()) port = quint16(m.captured(1).toUInt());
            if (m_proc.state() == QProcess::NotRunning) break;
        }
        return port != 0;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
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
    QString log() { m_log += QString::fromUtf8(m_proc.readAll()); return m_log; }
    quint16 port = 0;

private:
    QProcess m_proc;
    QString m_log;
};

} // namespace kh::test
