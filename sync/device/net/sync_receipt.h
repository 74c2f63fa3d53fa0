// What one sync did and how it ended, for the UI and the CLI (the UI maps `error` to words).
#pragma once

#include <QObject>
#include <QString>

namespace kh {

struct SyncReceipt {
    Q_GADGET
public:
    // Unauthorized: no valid token (log in); SessionExpired: the token expired (log in again, edits stay
    // queued); Revoked: staff revoked this device for this user (its data for the user is to be removed);
    // Forbidden: the account may not read an area it asked for. SequenceGap: the server is missing earlier
    // change-sets of this device (restored from a backup?): nothing more is sent until staff look at it.
    // StorageFull: the device's storage is full (or the database's size cap reached) while storing an answer:
    // that answer was rolled back, what earlier answers stored stays, and the next sync continues from there.
    // Storage: any other failure of the device's database.
    enum class Error {
        NoError,
        Offline,
        Timeout,
        ServerRefused,
        ServerError,
        BadResponse,
        Storage,
        Busy,
        Unauthorized,
        SessionExpired,
        Revoked,
        Forbidden,
        SequenceGap,
        StorageFull
    };
    Q_ENUM(Error)

    bool ok = false;
    Error error = Error::NoError;
    QString message;   // technical detail for logs; the UI maps `error` to words
    int sent = 0;      // change-sets the server took (applied or refused)
    int received = 0;  // records received
    int conflicts = 0; // conflicts the server recorded for our pushes
    int rejected = 0;  // change-sets the server refused
    int requests = 0;
    int builtAhead = 0;     // of them, built while the one before was on its way (SyncSession::prepareAhead)
    bool fromStart = false; // the pull began at cursor 0: a new phone, new areas, or a replaced server store
    qint64 bytesUp = 0;     // request bodies as sent (compressed)
    qint64 bytesDown = 0;   // response bodies as received

    // Classifies a refusal of the server: 401 bodies start with "expired:", "revoked:" or another kind.
    static Error refusalOf(int status, const QByteArray &body);
};

} // namespace kh
