#include "core/wire/sync_response_frames.h"

#include <climits>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

namespace kh {

bool splitSyncResponse(const QByteArray &body, pb::SyncResponse *rest, std::vector<std::string_view> *records)
{
    using google::protobuf::internal::WireFormatLite;
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const quint8 *>(body.constData()), int(body.size()));
    in.SetTotalBytesLimit(INT_MAX);
    std::string others;
    while (true) {
        const int start = in.CurrentPosition();
        const quint32 tag = in.ReadTag();
        if (tag == 0) break;
        if (tag == (pb::SyncResponse::kRecordsFieldNumber << 3 | WireFormatLite::WIRETYPE_LENGTH_DELIMITED)) {
            uint32_t len = 0;
            if (!in.ReadVarint32(&len)) return false;
            const int at = in.CurrentPosition();
            if (!in.Skip(int(len))) return false;
            records->emplace_back(body.constData() + at, len);
            continue;
        }
        if (!WireFormatLite::SkipField(&in, tag)) return false;
        others.append(body.constData() + start, size_t(in.CurrentPosition() - start));
    }
    return in.CurrentPosition() == int(body.size()) && rest->ParseFromString(others);
}

} // namespace kh
