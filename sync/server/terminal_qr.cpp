#include "server/terminal_qr.h"

#include <QNetworkInterface>

#ifdef KH_HAVE_QRENCODE
#include <memory>
#include <qrencode.h>
#endif

namespace kh {

QStringList terminalQr(const QByteArray &text, int margin)
{
    QStringList lines;
#ifdef KH_HAVE_QRENCODE
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) return lines;
    const int n = code->width, size = n + 2 * margin;
    auto dark = [&](int x, int y) {
        x -= margin;
        y -= margin;
        return x >= 0 && y >= 0 && x < n && y < n && (code->data[y * n + x] & 1);
    };
    for (int y = 0; y < size; y += 2) {
        QString line;
        for (int x = 0; x < size; ++x) {
            const bool top = !dark(x, y), bottom = y + 1 < size && !dark(x, y + 1); // light: drawn
            line += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(' ');
        }
        lines << line;
    }
#else
    Q_UNUSED(text);
    Q_UNUSED(margin);
#endif
    return lines;
}

QString reachableAddress(const QHostAddress &listening, quint16 port, bool tls)
{
    QHostAddress host = listening;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6) {
        host = QHostAddress(QHostAddress::LocalHost);
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
                host = a;
                break;
            }
    }
    const QString h = host.protocol() == QAbstractSocket::IPv6Protocol ? '[' + host.toString() + ']' : host.toString();
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), h).arg(port);
}

} // namespace kh
