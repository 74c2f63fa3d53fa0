// How a sync paces itself: request sizes, page size and patience on slow links.
#pragma once

#include <QtGlobal>

namespace kh {

struct SyncOptions {
    qsizetype maxPushBytes = 512 * 1024; // per request, before compression (~50 KB on the wire): seconds on 2G
    int pageSize = 4000;
    int transferTimeoutMs = 90'000; // no byte for this long: give up (2G links stall for tens of seconds)
    int maxRequests = 10'000;
    // Compress with a zstd dictionary both ends hold (docs/protocol.md, "Compression"); false behaves as a device
    // built without any (plain zstd both ways), which is how sync_bench measures what the dictionary saves.
    bool zstdDictionaries = true;
    // Accept large answers split by field before zstd ("kh-split", core/wire/field_split.h); false as a device
    // built before it.
    bool fieldSplit = true;
};

} // namespace kh
