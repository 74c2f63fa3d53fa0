// A change-set the server refused, kept on the device for review (LocalStore::rejected).
#pragma once

#include <QString>

namespace kh {

struct RejectedChange {
    quint64 seq;
    int reason;
    QString message;
    qint64 atMs;
};

} // namespace kh
