#pragma once

#include <QtGlobal>
#include <string>

namespace kh {

// One page of a pull. `records` holds the records already encoded as SyncResponse field 3 (tag and length
// before each stored RecordState), so the server sends stored bytes without decoding and re-encoding them.
struct PullPage {
    std::string records;
    int count = 0;
    quint64 cursor = 0;
    bool more = false;
};

} // namespace kh
