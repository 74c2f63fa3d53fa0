// Body compression for the sync protocol (zstd), with a hard cap on the decompressed size so a small
// hostile body cannot expand into gigabytes.
//
// Dictionaries: a sync body is a few kilobytes of records whose field numbers, names and codes repeat from
// body to body, so a dictionary trained offline on synthetic records (tools/train_sync_dictionary.cpp) saves
// what plain zstd must learn again in every body. The dictionaries are built in (data/zstd/sync-N.zdict, as Qt
// resources), identified by their zstd dictionary id N; a frame compressed with one names N in its header, so
// whoever decompresses it knows which to use. Each dictionary is prepared once (ZSTD_CDict per level,
// ZSTD_DDict) and shared by every thread; each thread reuses one compression and one decompression context.
#pragma once

#include <QByteArray>
#include <QList>
#include <optional>
#include <vector>

namespace kh {

// The HTTP header in which a sync request lists the dictionaries its device holds (the server may compress
// its answer with one of them), and a sync answer those the server holds (the device may compress its
// requests with one of them): "Kh-Zstd-Dictionaries: 1".
inline constexpr char kZstdDictionariesHeader[] = "Kh-Zstd-Dictionaries";

// The ids of the dictionaries this build holds, oldest first (empty when none is built in).
QList<quint32> zstdDictionaryIds();
bool zstdHasDictionary(quint32 id);
// The newest dictionary among `offered` that this build also holds; 0 when there is none in common.
quint32 zstdCommonDictionary(const QList<quint32> &offered);
// The built-in bytes of dictionary `id` (empty when not held): tests and the trainer's report.
QByteArray zstdDictionaryBytes(quint32 id);

// A list of dictionary ids as a header value, "1, 2", and back. Parsing skips anything that is not a positive
// 32-bit number, and reads at most 16 entries, so a hostile header costs nothing.
QByteArray formatDictionaryIds(const QList<quint32> &ids);
QList<quint32> parseDictionaryIds(const QByteArray &header);

// The dictionary id a zstd frame names in its header; 0 when it names none (or is not a zstd frame).
quint32 zstdFrameDictionary(const QByteArray &frame);

// Compresses `in` as one zstd frame, with dictionary `dictionary` when it is not 0 and this build holds it
// (without one otherwise). Empty on failure.
QByteArray zstdCompress(const QByteArray &in, int level = 6, quint32 dictionary = 0);
// Compresses `in` as one zstd frame (no dictionary) that ends a block at each of `parts` (offsets into `in`,
// increasing) at least `minBlock` bytes after the last end: data of different kinds then get entropy tables of
// their own (the streams of splitFields). Any zstd decoder reads it.
QByteArray zstdCompressParts(const QByteArray &in, const std::vector<qsizetype> &parts, int level,
                             qsizetype minBlock = 1024);
// nullopt when the input is not a complete zstd frame, names a dictionary this build does not hold, or would
// decompress past maxOut bytes.
std::optional<QByteArray> zstdDecompress(const QByteArray &in, qsizetype maxOut);

} // namespace kh
