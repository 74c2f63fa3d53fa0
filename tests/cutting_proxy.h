// A TCP proxy for tests that behaves like a bad 2G link: it counts bytes both ways, can cut the connection
// after a number of request or response bytes, or swallow everything (a link that stalls).
#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <atomic>

namespace kh::test {

class CuttingProxy : public QObject {
public:
    qint64 cutUpAfter = -1;   // client -> server bytes after which the link drops (-1: never)
    qint64 cutDownAfter = -1; // server -> client bytes after which the link drops
    bool blackHole = false;   // accept, never forward
    std::atomic<qint64> up = 0, down = 0; // bytes forwarded (read from other threads by the benchmark)
    int connections = 0;

    explicit CuttingProxy(quint16 upstreamPort) : m_upstream(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) attach(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void reset() { cutUpAfter = cutDownAfter = -1; blackHole = false; up = down = 0; }

private:
    void attach(QTcpSocket *client)
    {
        ++connections;
        client->setParent(this);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1); // forward at once, as a link would
        auto *server = new QTcpSocket(this);
        connect(server, &QTcpSocket::connected, server, [server] { server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        server->connectToHost(QHostAddress::LocalHost, m_upstream);
        auto drop = [client, server] {
            client->abort();
            server->abort();
            client->deleteLater();
            server->deleteLater();
        };
        auto pump = [this, drop](QTcpSocket *from, QTcpSocket *to, std::atomic<qint64> *count, qint64 limit) {
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
            to->write(data);
        };
        connect(client, &QTcpSocket::readyRead, this, [=, this] { pump(client, server, &up, cutUpAfter); });
        connect(server, &QTcpSocket::readyRead, this, [=, this] { pump(server, client, &down, cutDownAfter); });
        connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
        connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    }

    QTcpServer m_server;
    quint16 m_upstream;
};

} // namespace kh::test
