// HTTP as bytes on a socket, for tests that must see exactly what the server does with a connection: when it
// answers, when it closes, what it sends to HEAD; from another loopback address when asked (127.0.0.2 ...).
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>

namespace kh::test {

struct RawAnswer {
    int status = 0;      // 0: no status line arrived
    QByteArray head;     // status line and headers
    QByteArray body;     // what followed the head
    bool closed = false; // the server closed the connection (within the time given)

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith(name.toLower() + ':')) return line.mid(name.size() + 1).trimmed();
        return {};
    }
};

// Connects to 127.0.0.1:port (from `from` when given), or returns an unconnected socket.
inline bool connectRaw(QTcpSocket &s, quint16 port, const QString &from = {})
{
    if (!from.isEmpty() && !s.bind(QHostAddress(from))) return false;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(5000);
}

// Reads what the server sends until it closes the connection or `ms` pass.
inline RawAnswer readRaw(QTcpSocket &s, int ms = 10000)
{
    QByteArray all;
    QDeadlineTimer deadline(ms);
    while (s.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        s.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        all += s.readAll();
    }
    if (s.isOpen()) all += s.readAll();
    RawAnswer a;
    a.closed = s.state() != QAbstractSocket::ConnectedState;
    const qsizetype end = all.indexOf("\r\n\r\n");
    a.head = end < 0 ? all : all.left(end);
    a.body = end < 0 ? QByteArray() : all.mid(end + 4);
    if (a.head.startsWith("HTTP/1.")) a.status = a.head.mid(9, 3).toInt();
    return a;
}

// One request (with "Connection: close" in it, so the server closes after answering) on a fresh connection.
inline RawAnswer rawRequest(quint16 port, const QByteArray &request, const QString &from = {}, int ms = 10000)
{
    QTcpSocket s;
    if (!connectRaw(s, port, from)) return {};
    s.write(request);
    s.waitForBytesWritten(5000);
    return readRaw(s, ms);
}

// A process's resident memory in KiB (VmRSS, or VmHWM for its peak), from /proc.
inline qint64 residentKiB(qint64 pid, const QByteArray &field = "VmRSS")
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field + ':')) return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace kh::test
