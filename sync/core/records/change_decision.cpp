#include "core/records/change_decision.h"

#include "core/access/access.h"
#include "core/records/validation.h"
#include "core/text/text.h"

#include <map>

namespace kh::domain {

namespace {

using Outcome = ChangeDecision::Outcome;

ChangeDecision rejected(pb::RejectReason reason, const QString &message)
{
    ChangeDecision d;
    d.outcome = Outcome::Rejected;
    d.reason = reason;
    d.message = message;
    return d;
}

QString what(const pb::Change &c)
{
    return typeName(c.type()) + QStringLiteral(" '") + QString::fromStdString(c.id()) + QLatin1Char('\'');
}

// The checks that need nothing but the change itself.
std::optional<ChangeDecision> checkShape(const pb::Change &c)
{
    if (!isKnownType(c.type()))
        return rejected(pb::REJECT_REASON_INVALID, QStringLiteral("unknown record type %1").arg(int(c.type())));
    if (c.id().empty() || c.id().size() > 128 ||
        !isValidUtf8(QByteArray::fromRawData(c.id().data(), qsizetype(c.id().size()))))
        return rejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1: invalid record id").arg(typeName(c.type())));
    if (c.values().size() > kMaxRecordBytes)
        return rejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1 '%2': value larger than %3 bytes")
                                                       .arg(typeName(c.type()), QString::fromStdString(c.id()))
                                                       .arg(kMaxRecordBytes));
    return std::nullopt;
}

// Devices write their own records and mark conflicts resolved; everything else is the server's.
std::optional<ChangeDecision> checkWritable(const pb::Change &c, bool isCreate, bool trusted)
{
    if (trusted) return std::nullopt;
    if (!deviceWritable(c.type()) && c.type() != pb::RECORD_TYPE_CONFLICT)
        return rejected(pb::REJECT_REASON_READ_ONLY, what(c) + QStringLiteral(": reference data is read-only"));
    if (c.type() != pb::RECORD_TYPE_CONFLICT) return std::nullopt;
    std::map<quint32, std::string> parts;
    if (isCreate || c.deleted() || !splitFields(c.values(), &parts))
        return rejected(pb::REJECT_REASON_READ_ONLY, what(c) + QStringLiteral(": conflicts are created by the server"));
    for (const auto &[n, raw] : parts)
        if (n != pb::Conflict::kResolvedFieldNumber && n != pb::Conflict::kResolutionFieldNumber)
            return rejected(pb::REJECT_REASON_READ_ONLY,
                            what(c) + QStringLiteral(": only 'resolved' and 'resolution' can be changed"));
    return std::nullopt;
}

// The one call into the access policy for a pushed change. Returns why it is refused, or an empty string.
QString authorize(const pb::Change &c, const google::protobuf::Message *changeValues, bool isCreate,
                  const google::protobuf::Message &merged, const Keys *before, const Keys &after,
                  const ChangeContext &ctx)
{
    if (!ctx.who || ctx.who->isAdmin()) return {};
    access::WriteFacts f;
    f.type = c.type();
    f.id = c.id();
    f.isCreate = isCreate;
    f.deleted = c.deleted();
    f.merged = &merged;
    if (c.type() == pb::RECORD_TYPE_ITEM_VERIFICATION && ctx.modelOfEvaluation)
        f.model = ctx.modelOfEvaluation(static_cast<const pb::ItemVerification &>(merged).evaluation_id());
    if (changeValues) {
        std::vector<const google::protobuf::FieldDescriptor *> fs;
        changeValues->GetReflection()->ListFields(*changeValues, &fs);
        for (const auto *fd : fs) f.fields.push_back(quint32(fd->number()));
    }
    f.fields.insert(f.fields.end(), c.cleared().begin(), c.cleared().end());
    f.inAreasBefore = !before || ctx.inAreas(*before);
    f.inAreasAfter = ctx.inAreas(after);
    return access::checkWrite(*ctx.who, f);
}

} // namespace

ChangeDecision decideChange(const pb::Change &c, Stamp stamp, const std::optional<StoredRecord> &stored,
                            const ChangeContext &ctx)
{
    if (auto bad = checkShape(c)) return *bad;
    ChangeDecision d;
    d.merged = stored ? stored->record : Record{};
    d.merged.type = c.type();
    d.merged.id = c.id();
    d.isCreate = !d.merged.exists();
    if (auto bad = checkWritable(c, d.isCreate, ctx.trusted)) return *bad;
    std::unique_ptr<google::protobuf::Message> values;
    if (c.deleted()) {
        if (d.isCreate)
            return rejected(pb::REJECT_REASON_UNKNOWN_REFERENCE,
                            what(c) + QStringLiteral(": deleting a record the server does not have"));
    } else {
        values = parse(c.type(), c.values());
        if (!values) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": malformed values"));
        const QString err =
            validateChange(c.type(), *values, {c.cleared().begin(), c.cleared().end()}, d.isCreate, ctx.thisYear);
        if (!err.isEmpty()) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + err);
    }
    if (!d.merged.apply(c, stamp, &d.changed, &d.conflicts))
        return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": malformed values"));
    if (!d.changed && d.conflicts.empty()) return d; // Unchanged
    // A new record's merged value is the change's value: no need to decode it again.
    const bool valuesAreMerged = d.isCreate && values && c.cleared().empty();
    auto merged = valuesAreMerged ? std::move(values) : parse(c.type(), d.merged.values());
    const google::protobuf::Message *changeValues = valuesAreMerged ? merged.get() : values.get();
    if (!merged) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": malformed values"));
    QString why;
    const auto keys = areaKeys(c.type(), c.id(), *merged, ctx.keysOf, &why);
    if (!keys) return rejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what(c) + QStringLiteral(": ") + why);
    if (const QString refused =
            authorize(c, changeValues, d.isCreate, *merged, d.isCreate ? nullptr : &stored->areas, *keys, ctx);
        !refused.isEmpty()) {
        d.outcome = Outcome::Refused;
        d.message = refused;
        return d;
    }
    // A record that moves keeps its old areas too, so devices there learn that it left.
    if (stored) d.areas = stored->areas;
    d.areas.insert(keys->begin(), keys->end());
    d.outcome = Outcome::Apply;
    return d;
}

ChangeDecision decideCreate(const pb::Change &c, const ChangeContext &ctx)
{
    if (auto bad = checkShape(c)) return *bad;
    if (c.deleted() || c.values().empty())
        return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": not a create"));
    if (auto bad = checkWritable(c, true, ctx.trusted)) return *bad;
    // One message per type per thread, reused: a push creates thousands of records.
    thread_local std::map<int, std::unique_ptr<google::protobuf::Message>> scratch;
    auto &m = scratch[c.type()];
    if (!m) m = newMessage(c.type());
    m->Clear();
    if (!m->ParseFromString(c.values()))
        return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": malformed values"));
    const QString err = validateChange(c.type(), *m, {c.cleared().begin(), c.cleared().end()}, true, ctx.thisYear);
    if (!err.isEmpty()) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + err);
    QString why;
    const auto keys = areaKeys(c.type(), c.id(), *m, ctx.keysOf, &why);
    if (!keys) return rejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what(c) + QStringLiteral(": ") + why);
    ChangeDecision d;
    d.isCreate = true;
    d.changed = true;
    if (const QString refused = authorize(c, m.get(), true, *m, nullptr, *keys, ctx); !refused.isEmpty()) {
        d.outcome = Outcome::Refused;
        d.message = refused;
        return d;
    }
    d.areas = *keys;
    d.outcome = Outcome::Apply;
    return d;
}

} // namespace kh::domain
