// The records of a SyncResponse as byte ranges of the encoded answer, so a device stores each record as the
// server sent it without decoding and re-encoding it (and the server writes stored bytes the same way).
#pragma once

#include "sync.pb.h"

#include <QByteArray>
#include <string_view>
#include <vector>

namespace kh {

namespace pb = khuyenhoc::v1;

// Splits an encoded SyncResponse into its records, as byte ranges of `body`, and everything else, decoded into
// `rest`. False when the body is malformed.
bool splitSyncResponse(const QByteArray &body, pb::SyncResponse *rest, std::vector<std::string_view> *records);

} // namespace kh
