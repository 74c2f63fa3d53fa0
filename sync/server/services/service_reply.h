// What a service answers, independent of HTTP: a status, a body and its type.
#pragma once

#include <QByteArray>
#include <QString>
#include <utility>
#include <vector>

namespace kh {

struct ServiceReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/x-protobuf";
    QByteArray contentEncoding;                             // "zstd", "kh-split, zstd" or empty
    std::vector<std::pair<QByteArray, QByteArray>> headers; // further response headers

    // A refusal: `status` with `message` as plain text (it starts with a machine-readable word: "malformed:").
    static ServiceReply error(int status, const QString &message);
};

} // namespace kh
