#include "core/wire/zstd_codec.h"

#include <zstd.h>

namespace kh {

QByteArray zstdCompress(const QByteArray &in, int level)
{
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(in.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(out.data(), size_t(out.size()), in.constData(), size_t(in.size()), level);
    if (ZSTD_isError(n)) return {};
    out.resize(qsizetype(n));
    return out;
}

std::optional<QByteArray> zstdDecompress(const QByteArray &in, qsizetype maxOut)
{
    ZSTD_DCtx *ctx = ZSTD_createDCtx();
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
    ZSTD_freeDCtx(ctx);
    if (!ok || last != 0 || in.isEmpty()) return std::nullopt; // last != 0: truncated frame
    return out;
}

} // namespace kh
