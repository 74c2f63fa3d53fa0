// The server's address as a QR code in the terminal, for a phone to scan instead of typing it (issue 13): two
// rows of modules per text line with Unicode half blocks, light modules drawn, dark ones left as the terminal's
// background, as `qrencode -t UTF8` does. Built with libqrencode when it was found (KH_HAVE_QRENCODE); without it
// the address is printed as text only.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace kh {

// The lines of the QR code of `text` with a quiet zone of `margin` modules; empty without libqrencode or when the
// text cannot be encoded.
QStringList terminalQr(const QByteArray &text, int margin = 2);

// The address a phone would reach: the listening address, or this computer's first non-loopback IPv4 address
// when the server listens on every interface.
QString reachableAddress(const QHostAddress &listening, quint16 port, bool tls);

} // namespace kh
