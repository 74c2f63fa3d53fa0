// What applying one answer of the server did to the device's store (LocalStore::apply).
#pragma once

namespace kh {

struct ApplyResult {
    int acked = 0;           // change-sets the server acknowledged
    int rejected = 0;        // ... of which it refused
    int received = 0;        // records received
    int changed = 0;         // ... that changed something here
    int restamped = 0;       // change-sets sent again with a corrected clock
    bool epochReset = false; // the server's store has a new epoch: the pull starts again from cursor 0
};

} // namespace kh
