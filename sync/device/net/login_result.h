// What a login answered: the device token and the account, or why not (the UI maps `error` to words).
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QObject>
#include <QString>

namespace kh {

namespace pb = khuyenhoc::v1;

struct LoginResult {
    Q_GADGET
public:
    // DeviceTaken: this database's device id belongs to another account (the server binds a device to the first
    // account that logs in on it); a disabled account gets BadCredentials, so a password is never confirmed.
    enum class Error { NoError, Offline, Timeout, BadCredentials, DeviceTaken, RateLimited, ServerError, BadResponse };
    Q_ENUM(Error)

    bool ok = false;
    Error error = Error::NoError;
    QString message;           // technical detail; the UI maps `error` to words
    int retryAfterSeconds = 0; // RateLimited: when to try again
    QByteArray token;
    pb::Account account;
    qint64 expiresMs = 0;
};

} // namespace kh
