#include "core/wire/zstd_codec.h"

#include "core/data/builtin_data.h"

#include <QFileInfo>
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <vector>
#include <zstd.h>

namespace kh {

namespace {

// One built-in dictionary, prepared for decompression at once and for compression per level on first use.
struct Dictionary {
    quint32 id = 0;
    QByteArray bytes;
    ZSTD_DDict *ddict = nullptr;
    std::map<int, ZSTD_CDict *> cdicts; // by level, guarded by `mutex`
    std::mutex mutex;

    const ZSTD_CDict *cdict(int level)
    {
        std::lock_guard<std::mutex> hold(mutex);
        auto it = cdicts.find(level);
        if (it == cdicts.end())
            it = cdicts.emplace(level, ZSTD_createCDict(bytes.constData(), size_t(bytes.size()), level)).first;
        return it->second;
    }
};

// The dictionaries of data/zstd/, loaded once for the life of the process (never freed: they are shared by
// every thread until exit).
const std::vector<Dictionary *> &dictionaries()
{
    static const std::vector<Dictionary *> all = [] {
        std::vector<Dictionary *> out;
        for (const QString &file : builtinFiles(QStringLiteral("zstd"), QStringLiteral("sync-*.zdict"))) {
            auto *d = new Dictionary;
            d->bytes = readBuiltin(file);
            d->id = ZSTD_getDictID_fromDict(d->bytes.constData(), size_t(d->bytes.size()));
            // The file's number is its id: a dictionary that says otherwise is a broken build.
            if (d->id == 0 || QFileInfo(file).completeBaseName() != QStringLiteral("sync-%1").arg(d->id))
                qFatal("zstd dictionary %s does not carry its id", qPrintable(file));
            d->ddict = ZSTD_createDDict(d->bytes.constData(), size_t(d->bytes.size()));
            out.push_back(d);
        }
        std::sort(out.begin(), out.end(), [](const Dictionary *a, const Dictionary *b) { return a->id < b->id; });
        return out;
    }();
    return all;
}

Dictionary *find(quint32 id)
{
    for (Dictionary *d : dictionaries())
        if (d->id == id) return d;
    return nullptr;
}

// One compression and one decompression context per thread, reused by every call on it.
struct Contexts {
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_DCtx *d = ZSTD_createDCtx();
    ~Contexts()
    {
        ZSTD_freeCCtx(c);
        ZSTD_freeDCtx(d);
    }
};

Contexts &contexts()
{
    thread_local Contexts ctx;
    return ctx;
}

} // namespace

QList<quint32> zstdDictionaryIds()
{
    QList<quint32> ids;
    for (const Dictionary *d : dictionaries()) ids << d->id;
    return ids;
}

bool zstdHasDictionary(quint32 id)
{
    return id != 0 && find(id) != nullptr;
}

quint32 zstdCommonDictionary(const QList<quint32> &offered)
{
    quint32 best = 0;
    for (quint32 id : offered)
        if (id > best && zstdHasDictionary(id)) best = id;
    return best;
}

QByteArray zstdDictionaryBytes(quint32 id)
{
    const Dictionary *d = id ? find(id) : nullptr;
    return d ? d->bytes : QByteArray();
}

QByteArray formatDictionaryIds(const QList<quint32> &ids)
{
    QByteArray out;
    for (quint32 id : ids) {
        if (!out.isEmpty()) out += ", ";
        out += QByteArray::number(id);
    }
    return out;
}

QList<quint32> parseDictionaryIds(const QByteArray &header)
{
    QList<quint32> ids;
    qsizetype from = 0;
    for (int parts = 0; parts < 16 && from <= header.size(); ++parts) {
        qsizetype comma = header.indexOf(',', from);
        if (comma < 0) comma = header.size();
        bool ok = false;
        const quint32 id = header.mid(from, comma - from).trimmed().toUInt(&ok);
        if (ok && id != 0 && !ids.contains(id)) ids << id;
        from = comma + 1;
    }
    return ids;
}

quint32 zstdFrameDictionary(const QByteArray &frame)
{
    return quint32(ZSTD_getDictID_fromFrame(frame.constData(), size_t(frame.size())));
}

QByteArray zstdCompress(const QByteArray &in, int level, quint32 dictionary)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    ZSTD_CCtx *ctx = contexts().c;
    Dictionary *d = dictionary ? find(dictionary) : nullptr;
    const ZSTD_CDict *cdict = d ? d->cdict(level) : nullptr;
    const size_t n =
        cdict ? ZSTD_compress_usingCDict(ctx, out.data(), size_t(out.size()), in.constData(), size_t(in.size()), cdict)
              : ZSTD_compressCCtx(ctx, out.data(), size_t(out.size()), in.constData(), size_t(in.size()), level);
    if (ZSTD_isError(n)) return {};
    out.resize(qsizetype(n));
    return out;
}

QByteArray zstdCompressParts(const QByteArray &in, const std::vector<qsizetype> &parts, int level, qsizetype minBlock)
{
    ZSTD_CCtx *ctx = contexts().c;
    ZSTD_CCtx_reset(ctx, ZSTD_reset_session_and_parameters);
    ZSTD_CCtx_setParameter(ctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setPledgedSrcSize(ctx, quint64(in.size()));
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))) + 1024, Qt::Uninitialized);
    ZSTD_outBuffer dst{out.data(), size_t(out.size()), 0};
    qsizetype from = 0;
    bool ok = true;
    auto feed = [&](qsizetype to, ZSTD_EndDirective how) {
        ZSTD_inBuffer src{in.constData() + from, size_t(to - from), 0};
        size_t left = 0;
        do {
            left = ZSTD_compressStream2(ctx, &dst, &src, how);
            if (ZSTD_isError(left) || (left != 0 && dst.pos == dst.size)) ok = false;
        } while (ok && left != 0);
        from = to;
    };
    for (qsizetype end : parts)
        if (ok && end > from && end < in.size() && end - from >= minBlock) feed(end, ZSTD_e_flush);
    if (ok) feed(in.size(), ZSTD_e_end);
    // Leave the context as the one-shot calls expect it.
    ZSTD_CCtx_reset(ctx, ZSTD_reset_session_and_parameters);
    if (!ok) return {};
    out.resize(qsizetype(dst.pos));
    return out;
}

std::optional<QByteArray> zstdDecompress(const QByteArray &in, qsizetype maxOut)
{
    if (in.isEmpty()) return std::nullopt;
    ZSTD_DCtx *ctx = contexts().d;
    ZSTD_DCtx_reset(ctx, ZSTD_reset_session_and_parameters);
    // The frame says which dictionary it needs; one this build does not hold cannot be decoded.
    if (const quint32 id = zstdFrameDictionary(in)) {
        const Dictionary *d = find(id);
        if (!d) return std::nullopt;
        ZSTD_DCtx_refDDict(ctx, d->ddict);
    }
    QByteArray out;
    ZSTD_inBuffer src{in.constData(), size_t(in.size()), 0};
    char buf[64 * 1024];
    bool ok = true;
    size_t last = 1;
    while (src.pos < src.size) {
        ZSTD_outBuffer dst{buf, sizeof buf, 0};
        last = ZSTD_decompressStream(ctx, &dst, &src);
        if (ZSTD_isError(last)) {
            ok = false;
            break;
        }
        if (out.size() + qsizetype(dst.pos) > maxOut) {
            ok = false;
            break;
        }
        out.append(buf, qsizetype(dst.pos));
        if (dst.pos == 0 && last != 0 && src.pos == src.size) break;
    }
    // Flush any output still held in the decoder.
    while (ok && last != 0) {
        ZSTD_outBuffer dst{buf, sizeof buf, 0};
        last = ZSTD_decompressStream(ctx, &dst, &src);
        if (ZSTD_isError(last)) {
            ok = false;
            break;
        }
        if (out.size() + qsizetype(dst.pos) > maxOut) {
            ok = false;
            break;
        }
        out.append(buf, qsizetype(dst.pos));
        if (dst.pos == 0) break;
    }
    // A context left mid-frame (an error, the cap) starts clean next time: the reset above.
    if (!ok || last != 0) return std::nullopt; // last != 0: truncated frame
    return out;
}

} // namespace kh
