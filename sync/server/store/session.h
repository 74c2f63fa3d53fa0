// A device session: the token issued to one account on one device, kept only as a hash.
#pragma once

#include <QByteArray>
#include <QString>

namespace kh {

struct Session {
    quint64 id = 0;
    qint64 userId = 0;
    QString username;
    quint64 device = 0;
    QString deviceName;
    QByteArray tokenHash;
    qint64 createdMs = 0, lastMs = 0, expiresMs = 0, revokedMs = 0;
    QString revokedBy; // who revoked it, or "replaced" / "password reset"
    bool active(qint64 nowMs) const { return revokedMs == 0 && nowMs < expiresMs; }
};

} // namespace kh
