// Body compression for the sync protocol (zstd), with a hard cap on the decompressed size so a small
// hostile body cannot expand into gigabytes.
#pragma once

#include <QByteArray>
#include <optional>

namespace kh {

QByteArray zstdCompress(const QByteArray &in, int level = 6);
// nullopt when the input is not a zstd frame or would decompress past maxOut bytes.
std::optional<QByteArray> zstdDecompress(const QByteArray &in, qsizetype maxOut);

} // namespace kh
