#include "core/records/record.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/wire_format_lite.h>

namespace kh {

using google::protobuf::internal::WireFormatLite;

namespace {
// One write has one stamp, so equal stamps normally mean equal values; should two values ever carry the same
// stamp (a cloned device database), the bytes decide, so replicas still agree.
bool beats(const Stamp &s, const std::string &raw, const FieldValue &cur)
{
    return cur.stamp < s || (cur.stamp == s && cur.raw < raw);
}
} // namespace

bool splitFields(const std::string &encoded, std::map<quint32, std::string> *out)
{
    google::protobuf::io::CodedInputStream in(reinterpret_cast<const quint8 *>(encoded.data()), int(encoded.size()));
    in.SetRecursionLimit(8);
    while (true) {
        const int start = in.CurrentPosition();
        const quint32 tag = in.ReadTag();
        if (tag == 0) return in.CurrentPosition() == int(encoded.size());
        const quint32 number = WireFormatLite::GetTagFieldNumber(tag);
        if (number == 0) return false;
        switch (WireFormatLite::GetTagWireType(tag)) {
        case WireFormatLite::WIRETYPE_VARINT: {
            uint64_t v;
            if (!in.ReadVarint64(&v)) return false;
            break;
        }
        case WireFormatLite::WIRETYPE_FIXED64: {
            uint64_t v;
            if (!in.ReadLittleEndian64(&v)) return false;
            break;
        }
        case WireFormatLite::WIRETYPE_FIXED32: {
            uint32_t v;
            if (!in.ReadLittleEndian32(&v)) return false;
            break;
        }
        case WireFormatLite::WIRETYPE_LENGTH_DELIMITED: {
            uint32_t len;
            if (!in.ReadVarint32(&len) || !in.Skip(int(len))) return false;
            break;
        }
        default: return false; // groups are not used by our schemas
        }
        (*out)[number].append(encoded, size_t(start), size_t(in.CurrentPosition() - start));
    }
}

bool Record::isDeleted() const
{
    if (deleted.isNull()) return false;
    for (const auto &[n, f] : fields)
        if (f.stamp > deleted) return false;
    return true;
}

Stamp Record::latest() const
{
    Stamp s = deleted;
    for (const auto &[n, f] : fields) s = std::max(s, f.stamp);
    return s;
}

std::string Record::values() const
{
    std::string out;
    for (const auto &[n, f] : fields) out += f.raw;
    return out;
}

bool Record::fromState(const pb::RecordState &state, Record *out)
{
    out->type = state.type();
    out->id = state.id();
    out->fields.clear();
    out->deleted = Stamp{state.deleted_hlc(), state.deleted_device()};
    for (const auto &g : state.groups()) {
        const Stamp s{g.hlc(), g.device()};
        std::map<quint32, std::string> parts;
        if (!splitFields(g.values(), &parts)) return false;
        for (auto &[n, raw] : parts) {
            auto &f = out->fields[n];
            if (beats(s, raw, f)) f = FieldValue{std::move(raw), s};
        }
        for (quint32 n : g.cleared()) {
            auto &f = out->fields[n];
            if (f.stamp < s) f = FieldValue{{}, s};
        }
    }
    return true;
}

pb::RecordState Record::toState() const
{
    pb::RecordState st;
    st.set_type(type);
    st.set_id(id);
    if (!deleted.isNull()) {
        st.set_deleted_hlc(deleted.hlc);
        st.set_deleted_device(deleted.device);
    }
    std::map<Stamp, pb::FieldGroup *> groups; // ordered by stamp, so the encoding is canonical
    std::map<Stamp, std::vector<std::pair<quint32, const FieldValue *>>> byStamp;
    for (const auto &[n, f] : fields) byStamp[f.stamp].emplace_back(n, &f);
    for (const auto &[s, list] : byStamp) {
        auto *g = st.add_groups();
        g->set_hlc(s.hlc);
        g->set_device(s.device);
        std::string values;
        for (const auto &[n, f] : list) {
            if (f->raw.empty())
                g->add_cleared(n);
            else
                values += f->raw;
        }
        g->set_values(std::move(values));
    }
    return st;
}

bool Record::apply(const pb::Change &change, Stamp stamp, bool *changed, std::vector<FieldConflict> *conflicts)
{
    *changed = false;
    if (change.deleted()) {
        if (deleted < stamp) {
            deleted = stamp;
            *changed = true;
        }
        return true;
    }
    std::map<quint32, std::string> incoming;
    if (!splitFields(change.values(), &incoming)) return false;
    for (quint32 n : change.cleared()) incoming.emplace(n, std::string());
    for (auto &[n, raw] : incoming) {
        auto it = fields.find(n);
        const FieldValue cur = it == fields.end() ? FieldValue{} : it->second;
        if (conflicts && !cur.stamp.isNull() && cur.stamp != stamp && cur.raw != raw) {
            Stamp base;
            for (const auto &b : change.base())
                if (b.field() == n) base = Stamp{b.hlc(), b.device()};
            if (base != cur.stamp) {
                FieldValue mine{raw, stamp};
                conflicts->push_back(stamp > cur.stamp ? FieldConflict{n, mine, cur} : FieldConflict{n, cur, mine});
            }
        }
        if (beats(stamp, raw, cur)) {
            fields[n] = FieldValue{std::move(raw), stamp};
            *changed = true;
        }
    }
    return true;
}

void Record::addBases(pb::Change *change) const
{
    std::map<quint32, std::string> parts;
    splitFields(change->values(), &parts);
    for (quint32 n : change->cleared()) parts.emplace(n, std::string());
    for (const auto &[n, raw] : parts) {
        const auto it = fields.find(n);
        if (it == fields.end() || it->second.stamp.isNull()) continue;
        auto *b = change->add_base();
        b->set_field(n);
        b->set_hlc(it->second.stamp.hlc);
        b->set_device(it->second.stamp.device);
    }
}

bool Record::merge(const Record &other)
{
    bool changed = false;
    for (const auto &[n, f] : other.fields) {
        auto &mine = fields[n];
        if (beats(f.stamp, f.raw, mine)) {
            mine = f;
            changed = true;
        }
    }
    if (deleted < other.deleted) {
        deleted = other.deleted;
        changed = true;
    }
    return changed;
}

} // namespace kh
