#include "core/wire/field_split.h"

#include <string>
#include <vector>

// Layout of a split message:
//   byte 1 (format); varint 0 (then the streams below) or 1 (then the message whole, not a message at all)
//   varint size, the tag stream: for each field of a message in order, its tag as it was written; for a
//     length-delimited field a byte more, 1 when it is a nested message (its fields follow, then 0), 0 when not
//   varint n, then per path 1..n: varint parent (0: the root message), varint tag value, varint size
//   the paths' values, in order: for each field at that path, its value as it was written (a varint's bytes,
//     8 or 4 fixed bytes, or the length's varint and the bytes of a field kept as it is; measured: lengths
//     beside their strings compress better than in a stream of their own)
// A nested message's length is written back canonically, so a field is nested only when its length was.

namespace kh {

namespace {

constexpr int kMaxDepth = 3; // SyncResponse > RecordState > FieldGroup > the record's values (kept as they are)
constexpr char kFormat = 1;

void putVarint(std::string &out, quint64 v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

int varintSize(quint64 v)
{
    int n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

// Reads a varint at `p` (before `end`); false when it runs past the end or past 10 bytes.
bool getVarint(const char *&p, const char *end, quint64 *v)
{
    quint64 r = 0;
    for (int shift = 0; shift < 70 && p < end; shift += 7) {
        const auto b = quint8(*p++);
        r |= quint64(b & 0x7f) << shift;
        if (b < 0x80) {
            *v = r;
            return true;
        }
    }
    return false;
}

// Whether `[p, end)` is a sequence of well-formed fields (tags with a field number and a wire type of 0, 1, 2
// or 5, values within the bytes).
bool isMessage(const char *p, const char *end)
{
    while (p < end) {
        quint64 tag = 0, v = 0;
        if (!getVarint(p, end, &tag) || tag > 0xffffffffu || (tag >> 3) == 0) return false;
        switch (tag & 7) {
        case 0:
            if (!getVarint(p, end, &v)) return false;
            break;
        case 1:
            if (end - p < 8) return false;
            p += 8;
            break;
        case 5:
            if (end - p < 4) return false;
            p += 4;
            break;
        case 2:
            if (!getVarint(p, end, &v) || v > quint64(end - p)) return false;
            p += v;
            break;
        default: return false;
        }
    }
    return true;
}

struct Splitter {
    struct Path {
        int parent;
        quint32 tag;
        std::string bytes;
    };
    std::string tags;
    std::vector<Path> paths{{-1, 0, {}}}; // 0: the root message
    std::vector<std::vector<std::pair<quint32, int>>> children{{}};

    int child(int parent, quint32 tag)
    {
        for (const auto &[t, i] : children[size_t(parent)])
            if (t == tag) return i;
        const int i = int(paths.size());
        paths.push_back({parent, tag, {}});
        children.emplace_back();
        children[size_t(parent)].emplace_back(tag, i);
        return i;
    }

    // `[p, end)` is a message (isMessage).
    void message(const char *p, const char *end, int path, int depth)
    {
        while (p < end) {
            const char *start = p;
            quint64 tag = 0, v = 0;
            getVarint(p, end, &tag);
            tags.append(start, size_t(p - start));
            const int at = child(path, quint32(tag));
            std::string &out = paths[size_t(at)].bytes;
            const char *value = p;
            switch (tag & 7) {
            case 0:
                getVarint(p, end, &v);
                out.append(value, size_t(p - value));
                break;
            case 1:
                out.append(p, 8);
                p += 8;
                break;
            case 5:
                out.append(p, 4);
                p += 4;
                break;
            default: {
                getVarint(p, end, &v);
                const bool canonical = varintSize(v) == p - value;
                if (depth < kMaxDepth && canonical && isMessage(p, p + v)) {
                    tags.push_back(1);
                    message(p, p + v, at, depth + 1);
                    tags.push_back(0);
                } else {
                    tags.push_back(0);
                    out.append(value, size_t(p + v - value));
                }
                p += v;
            }
            }
        }
    }
};

struct Joiner {
    struct Path {
        const char *p = nullptr, *end = nullptr;
        std::vector<std::pair<quint32, int>> children;
    };
    const char *t = nullptr, *tagsEnd = nullptr;
    std::vector<Path> paths;
    qsizetype maxOut = 0;

    int child(int parent, quint32 tag) const
    {
        for (const auto &[tg, i] : paths[size_t(parent)].children)
            if (tg == tag) return i;
        return -1;
    }

    // Appends the fields of one message (until its end mark, or the end of the tags at the root) to `out`.
    bool message(std::string &out, int path, int depth)
    {
        while (true) {
            if (t == tagsEnd) return depth == 0;
            const char *start = t;
            quint64 tag = 0, v = 0;
            if (!getVarint(t, tagsEnd, &tag)) return false;
            if (tag == 0) return depth > 0; // the end of a nested message
            const int at = child(path, quint32(tag));
            if (at < 0 || tag > 0xffffffffu) return false;
            out.append(start, size_t(t - start));
            Path &s = paths[size_t(at)];
            const char *value = s.p;
            switch (tag & 7) {
            case 0:
                if (!getVarint(s.p, s.end, &v)) return false;
                break;
            case 1:
            case 5: {
                const qsizetype n = (tag & 7) == 1 ? 8 : 4;
                if (s.end - s.p < n) return false;
                s.p += n;
                break;
            }
            case 2: {
                if (t == tagsEnd) return false;
                const char nested = *t++;
                if (nested == 1) {
                    if (depth >= kMaxDepth) return false;
                    std::string inner;
                    if (!message(inner, at, depth + 1)) return false;
                    putVarint(out, inner.size());
                    out += inner;
                    if (qsizetype(out.size()) > maxOut) return false;
                    continue;
                }
                if (nested != 0 || !getVarint(s.p, s.end, &v) || v > quint64(s.end - s.p)) return false;
                s.p += v;
                break;
            }
            default: return false;
            }
            out.append(value, size_t(s.p - value));
            if (qsizetype(out.size()) > maxOut) return false;
        }
    }
};

} // namespace

QByteArray splitFields(const QByteArray &message, std::vector<qsizetype> *parts)
{
    if (parts) parts->clear();
    const char *p = message.constData(), *end = p + message.size();
    std::string out(1, kFormat);
    if (!isMessage(p, end)) {
        putVarint(out, 1);
        out.append(p, size_t(message.size()));
        if (parts) parts->push_back(qsizetype(out.size()));
        return QByteArray(out.data(), qsizetype(out.size()));
    }
    Splitter s;
    s.message(p, end, 0, 0);
    putVarint(out, 0);
    putVarint(out, s.tags.size());
    out += s.tags;
    putVarint(out, s.paths.size() - 1);
    for (size_t i = 1; i < s.paths.size(); ++i) {
        putVarint(out, quint64(s.paths[i].parent));
        putVarint(out, s.paths[i].tag);
        putVarint(out, s.paths[i].bytes.size());
    }
    if (parts) parts->push_back(qsizetype(out.size()));
    for (size_t i = 1; i < s.paths.size(); ++i) {
        out += s.paths[i].bytes;
        if (parts && !s.paths[i].bytes.empty()) parts->push_back(qsizetype(out.size()));
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

std::optional<QByteArray> joinFields(const QByteArray &split, qsizetype maxOut)
{
    const char *p = split.constData(), *end = p + split.size();
    quint64 whole = 0, tagsSize = 0, n = 0;
    if (p == end || *p++ != kFormat || !getVarint(p, end, &whole) || whole > 1) return std::nullopt;
    if (whole == 1) {
        if (end - p > maxOut) return std::nullopt;
        return QByteArray(p, qsizetype(end - p));
    }
    if (!getVarint(p, end, &tagsSize) || tagsSize > quint64(end - p)) return std::nullopt;
    Joiner j;
    j.t = p;
    j.tagsEnd = p + tagsSize;
    j.maxOut = maxOut;
    p += tagsSize;
    // Every path takes at least three bytes to describe, which bounds n by the input's size.
    if (!getVarint(p, end, &n) || n > quint64(end - p) / 3) return std::nullopt;
    j.paths.resize(size_t(n) + 1);
    std::vector<quint64> sizes(size_t(n) + 1, 0);
    for (size_t i = 1; i <= n; ++i) {
        quint64 parent = 0, tag = 0;
        if (!getVarint(p, end, &parent) || !getVarint(p, end, &tag) || !getVarint(p, end, &sizes[i]) || parent >= i ||
            tag > 0xffffffffu || j.child(int(parent), quint32(tag)) >= 0)
            return std::nullopt;
        j.paths[size_t(parent)].children.emplace_back(quint32(tag), int(i));
    }
    for (size_t i = 1; i <= n; ++i) {
        if (sizes[i] > quint64(end - p)) return std::nullopt;
        j.paths[i].p = p;
        j.paths[i].end = p + sizes[i];
        p += sizes[i];
    }
    std::string out;
    if (p != end || !j.message(out, 0, 0)) return std::nullopt;
    // Every value was used: what is left over was not produced by splitFields.
    for (size_t i = 1; i <= n; ++i)
        if (j.paths[i].p != j.paths[i].end) return std::nullopt;
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace kh
