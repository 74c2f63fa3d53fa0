// How long a device token lasts and how many failed logins are allowed.
#pragma once

#include <QtGlobal>

namespace kh {

struct AuthOptions {
    qint64 sessionTtlMs = 30LL * 24 * 3600 * 1000; // a device token lasts 30 days; the officer then logs in again
    int maxFailuresPerUser = 5;                    // failed logins per account within the window...
    int maxFailuresPerAddress = 20;                // ... and per client address
    qint64 failureWindowMs = 15 * 60 * 1000;
    int maxTrackedKeys = 100000; // accounts (and, apart, addresses) whose failures are counted at once
    quint64 serverDevice = 0;    // the server's own device id (its writes' stamps): no login may claim it
    std::string storeEpoch;      // the store's epoch, told with every login (docs/protocol.md)
};

} // namespace kh
