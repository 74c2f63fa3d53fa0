// What a push did: the last change-set acknowledged, the refusals among them, conflicts made.
#pragma once

#include "sync.pb.h"

#include <vector>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh {

struct PushOutcome {
    quint64 ackedSeq = 0;
    std::vector<pb::Rejection> rejected;
    int conflicts = 0;
    int applied = 0;
    bool foreignDevice = false; // the device belongs to another account: nothing was applied or acknowledged
};

} // namespace kh
