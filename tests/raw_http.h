// HTTP as bytes on a socket, for tests that must see exactly what the server does with a connection: when it
// answers, when it closes, what it sends to HEAD; from another loopback address when asked (127.0.0.2 ...).
#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QTcpSocket>
#include <QThread>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

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

// An answer as received, split into its head and body.
inline RawAnswer parseRaw(const QByteArray &all, bool closed)
{
    RawAnswer a;
    a.closed = closed;
    const qsizetype end = all.indexOf("\r\n\r\n");
    a.head = end < 0 ? all : all.left(end);
    a.body = end < 0 ? QByteArray() : all.mid(end + 4);
    if (a.head.startsWith("HTTP/1.")) a.status = a.head.mid(9, 3).toInt();
    return a;
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
    return parseRaw(all, s.state() != QAbstractSocket::ConnectedState);
}

// A blocking socket connected to 127.0.0.1:port with 10 s send and receive time-outs, or -1. Plain sockets
// where the kernel's view matters: QTcpSocket drops what it has not read yet when a write fails on a reset,
// while the kernel still hands over an answer that arrived before it.
inline int connectPlain(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in at{};
    at.sin_family = AF_INET;
    at.sin_port = htons(port);
    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&at), sizeof at) != 0) {
        if (fd >= 0) ::close(fd);
        return -1;
    }
    const timeval wait{10, 0}; // a server that stops reading without closing ends a send, too
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, sizeof wait);
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    return fd;
}

struct Streamed {
    qint64 sent = 0;     // body bytes the kernel took
    QByteArray answer;   // what the server sent
    bool closed = false; // the server closed (or reset) the connection; false: it only stopped reading
    qint64 peakKiB = 0;  // the largest of `sample()` meanwhile
};

// Sends `head`, then a chunked body of up to `total` bytes, 64 KiB a chunk, until the server stops taking it;
// then reads what it answered. `sample` (the server's memory) is called after every MiB.
template <typename Sample>
Streamed streamChunked(quint16 port, const QByteArray &head, qint64 total, Sample sample)
{
    Streamed r;
    const int fd = connectPlain(port);
    if (fd < 0) return r;
    const int size = 64 * 1024;
    const QByteArray chunk = QByteArray::number(size, 16) + "\r\n" + QByteArray(size, 'x') + "\r\n";
    bool ok = ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) == head.size();
    while (ok && r.sent < total) {
        ok = ::send(fd, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL) == chunk.size();
        if (ok) r.sent += size;
        if (r.sent % (1024 * 1024) == 0) r.peakKiB = std::max(r.peakKiB, qint64(sample()));
    }
    r.peakKiB = std::max(r.peakKiB, qint64(sample()));
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) r.answer.append(buf, qsizetype(n));
    r.closed = n == 0 || errno == ECONNRESET; // not a time-out: the server ended the connection
    ::close(fd);
    return r;
}

struct Uploaded {
    bool allSent = false; // every byte of the body was taken (no reset while sending)
    QByteArray answer;
    bool reset = false; // the connection ended in a reset rather than a clean close
};

// Sends `head`, then `body` in `pieces` pieces `gapMs` apart (a slow link), then reads the answer to its end.
inline Uploaded uploadSlowly(quint16 port, const QByteArray &head, const QByteArray &body, int pieces, int gapMs)
{
    Uploaded r;
    const int fd = connectPlain(port);
    if (fd < 0) return r;
    bool ok = ::send(fd, head.constData(), size_t(head.size()), MSG_NOSIGNAL) == head.size();
    const qsizetype piece = (body.size() + pieces - 1) / pieces;
    for (qsizetype at = 0; ok && at < body.size(); at += piece) {
        QThread::msleep(gapMs);
        const QByteArray part = body.mid(at, piece);
        ok = ::send(fd, part.constData(), size_t(part.size()), MSG_NOSIGNAL) == part.size();
    }
    r.allSent = ok;
    char buf[4096];
    ssize_t n = 0;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) r.answer.append(buf, qsizetype(n));
    r.reset = n < 0;
    ::close(fd);
    return r;
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
