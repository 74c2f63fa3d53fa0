// A TCP proxy for tests that behaves like a bad 2G (or 3G) link: it counts bytes both ways, can cut the connection
// after a number of request or response bytes, swallow everything (a link that stalls), or deliver at a
// 2G pace (bandwidth each way and a one-way delay, so a round trip costs twice the delay).
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>
#include <deque>

namespace kh::test {

class CuttingProxy : public QObject {
public:
    qint64 cutUpAfter = -1;               // client -> server bytes after which the link drops (-1: never)
    qint64 cutDownAfter = -1;             // server -> client bytes after which the link drops
    bool blackHole = false;               // accept, never forward
    int upKbps = 0, downKbps = 0;         // bandwidth each way, kbit/s (0: unlimited)
    int delayMs = 0;                      // one-way delay
    std::atomic<qint64> up = 0, down = 0; // bytes forwarded (read from other threads by the benchmark)

    explicit CuttingProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) attach(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void reset()
    {
        cutUpAfter = cutDownAfter = -1;
        blackHole = false;
        up = down = 0;
        upKbps = downKbps = delayMs = 0;
    }
    // The 2G link of the domain notes: 256 kbit/s up, 280 kbit/s down, 800 ms round trip.
    void emulate2G()
    {
        upKbps = 256;
        downKbps = 280;
        delayMs = 400;
    }
    // The 3G link of issue 16: 384 kbit/s up, 1 Mbit/s down, 300 ms round trip.
    void emulate3G()
    {
        upKbps = 384;
        downKbps = 1000;
        delayMs = 150;
    }

private:
    // One direction of a connection at link pace: chunks wait until the link would have delivered them.
    struct Lane {
        std::deque<std::pair<qint64, QByteArray>> queue;
        qint64 sentUntil = 0; // when the link has finished sending what it was given
        QTimer timer;
        bool closing = false;
    };

    void send(Lane *lane, QTcpSocket *to, QByteArray data, int kbps)
    {
        if (kbps <= 0 && delayMs <= 0) {
            to->write(data);
            return;
        }
        // The link sends one chunk after another at its bandwidth; each arrives one delay after it was sent.
        const qint64 now = m_clock.elapsed();
        const qint64 transfer = kbps > 0 ? data.size() * 8 / kbps : 0; // ms at this bandwidth
        lane->sentUntil = std::max(now, lane->sentUntil) + transfer;
        const qint64 due = lane->sentUntil + delayMs;
        lane->queue.emplace_back(due, std::move(data));
        if (!lane->timer.isActive()) lane->timer.start(int(std::max<qint64>(0, lane->queue.front().first - now)));
    }

    void drain(Lane *lane, QTcpSocket *to)
    {
        const qint64 now = m_clock.elapsed();
        while (!lane->queue.empty() && lane->queue.front().first <= now) {
            to->write(lane->queue.front().second);
            lane->queue.pop_front();
        }
        if (!lane->queue.empty())
            lane->timer.start(int(lane->queue.front().first - now));
        else if (lane->closing)
            to->disconnectFromHost();
    }

    void attach(QTcpSocket *client)
    {
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1); // forward at once, as a link would
        auto *server = new QTcpSocket(this);
        connect(server, &QTcpSocket::connected, server,
                [server] { server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        server->connectToHost(QHostAddress::LocalHost, m_upstream);
        auto drop = [client, server] {
            client->abort();
            server->abort();
            client->deleteLater();
            server->deleteLater();
        };
        auto *upLane = new Lane, *downLane = new Lane;
        connect(client, &QObject::destroyed, [upLane, downLane] {
            delete upLane;
            delete downLane;
        });
        const QPointer<QTcpSocket> serverRef(server), clientRef(client);
        connect(&upLane->timer, &QTimer::timeout, this, [=, this] {
            if (serverRef) drain(upLane, serverRef);
        });
        connect(&downLane->timer, &QTimer::timeout, this, [=, this] {
            if (clientRef) drain(downLane, clientRef);
        });
        upLane->timer.setSingleShot(true);
        downLane->timer.setSingleShot(true);
        auto pump = [this, drop](QTcpSocket *from, QTcpSocket *to, Lane *lane, std::atomic<qint64> *count, qint64 limit,
                                 int kbps) {
            QByteArray data = from->readAll();
            if (blackHole) return;
            if (limit >= 0 && *count + data.size() > limit) {
                to->write(data.left(limit - *count));
                to->flush();
                *count = limit;
                drop();
                return;
            }
            *count += data.size();
            send(lane, to, std::move(data), kbps);
        };
        connect(client, &QTcpSocket::readyRead, this,
                [=, this] { pump(client, server, upLane, &up, cutUpAfter, upKbps); });
        connect(server, &QTcpSocket::readyRead, this,
                [=, this] { pump(server, client, downLane, &down, cutDownAfter, downKbps); });
        auto closeAfter = [](Lane *lane, QTcpSocket *to) {
            if (lane->queue.empty())
                to->disconnectFromHost();
            else
                lane->closing = true;
        };
        connect(client, &QTcpSocket::disconnected, this, [=] { closeAfter(upLane, server); });
        connect(server, &QTcpSocket::disconnected, this, [=] { closeAfter(downLane, client); });
    }

    QTcpServer m_server;
    quint16 m_upstream;
    QElapsedTimer m_clock;
};

} // namespace kh::test
