// The protocol's request handling, independent of HTTP: body bytes in, status and body bytes out. The HTTP
// server is a thin shell around it, and tests drive it directly as well as through the real binary.
#pragma once

#include "core/access/principal.h"
#include "server/services/service_reply.h"
#include "server/store/server_store.h"

#include "sync.pb.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kh {

class SyncService {
public:
    static constexpr quint32 kProtocol = 1;
    static constexpr qsizetype kMaxDecodedBody = 64 * 1024 * 1024;
    static constexpr int kMaxAreas = 200; // areas one request may name
    // Answers from this size on are split by field for devices that accept it; smaller ones are compressed
    // with the dictionary, which saves more on them.
    static constexpr qsizetype kSplitFrom = 32 * 1024;

    explicit SyncService(ServerStore &store) : m_store(store) {}
    // POST /v1/sync for an authenticated account. `encoding` is the request's Content-Encoding ("zstd",
    // "kh-split, zstd" or empty; spaces do not matter); a zstd body may be compressed with any built-in dictionary (its frame names it). Pulls are limited
    // to areas `who` may read (403 otherwise); pushed changes are checked by the store. The answer is
    // zstd-compressed when `acceptZstd`, with the newest dictionary the server holds among `dictionaries` (the
    // ids the device lists in its Kh-Zstd-Dictionaries header) and the one the request body was compressed
    // with, or with none. The answer lists the server's dictionaries in the same header when the device could
    // use a better one than it did, and on a 400. A large answer to a device that accepts "kh-split" is split by
    // field (core/wire/field_split.h) and then zstd-compressed, which beats a dictionary on large bodies.
    ServiceReply sync(const QByteArray &body, const QByteArray &encoding, bool acceptZstd, qint64 nowMs,
                      const access::Principal &who, const QList<quint32> &dictionaries = {}, bool acceptSplit = false);

    // GET /v1/report?area=c:<code>|p:<code>&year=Y: the year-end figures of an area as JSON, computed from the
    // records on request, so they always match them; for staff overseeing many communes, without any
    // household on their phone.
    // The report is stamped with `nowMs`.
    ServiceReply report(const QString &area, const QString &year, const access::Principal &who, qint64 nowMs);

private:
    std::optional<ServiceReply> checkAreas(const pb::SyncRequest &req, const access::Principal &who,
                                           QStringList *areas);
    ServiceReply handle(const QByteArray &body, const QByteArray &encoding, bool acceptZstd, qint64 nowMs,
                        const access::Principal &who, const QList<quint32> &dictionaries, bool acceptSplit);

    ServerStore &m_store;
};

} // namespace kh
