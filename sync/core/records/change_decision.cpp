#include "core/records/change_decision.h"

#include "core/access/access.h"
#include "core/funds/ledger_rules.h"
#include "core/learning/workflow_check.h"
#include "core/records/id_grammar.h"
#include "core/records/validation.h"
#include "core/text/text.h"

#include <map>
#include <string_view>

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
std::optional<ChangeDecision> checkShape(const pb::Change &c, bool trusted)
{
    if (!isKnownType(c.type()))
        return rejected(pb::REJECT_REASON_INVALID, QStringLiteral("unknown record type %1").arg(int(c.type())));
    if (c.id().empty() || c.id().size() > 128 ||
        !isValidUtf8(QByteArray::fromRawData(c.id().data(), qsizetype(c.id().size()))))
        return rejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1: invalid record id").arg(typeName(c.type())));
    if (!trusted)
        if (const QString e = checkIdGrammar(c.type(), c.id()); !e.isEmpty())
            return rejected(pb::REJECT_REASON_INVALID, typeName(c.type()) + QStringLiteral(": ") + e);
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
    for (const quint32 n : c.cleared()) // a conflict's evidence is never erased; only the resolution may be cleared
        if (n != pb::Conflict::kResolutionFieldNumber)
            return rejected(pb::REJECT_REASON_READ_ONLY,
                            what(c) + QStringLiteral(": only 'resolution' can be cleared"));
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
    if (c.type() == pb::RECORD_TYPE_ITEM_VERIFICATION && ctx.evaluationOf)
        if (const auto e = ctx.evaluationOf(static_cast<const pb::ItemVerification &>(merged).evaluation_id()))
            f.model = e->model();
    if (changeValues) {
        std::vector<const google::protobuf::FieldDescriptor *> fs;
        changeValues->GetReflection()->ListFields(*changeValues, &fs);
        for (const auto *fd : fs) f.fields.push_back(quint32(fd->number()));
    }
    f.fields.insert(f.fields.end(), c.cleared().begin(), c.cleared().end());
    f.inAreasBefore = !before || ctx.inAreas(*before);
    // A village's own key would be resolved through its stored commune: judge where it goes by its commune alone.
    if (c.type() == pb::RECORD_TYPE_VILLAGE) {
        Keys where = after;
        where.erase("v:" + c.id());
        f.inAreasAfter = ctx.inAreas(where);
    } else {
        f.inAreasAfter = ctx.inAreas(after);
    }
    return access::checkWrite(*ctx.who, f);
}

// Parses and checks the values a change sets. A rejection, or nothing.
std::optional<ChangeDecision> checkValues(const pb::Change &c, bool isCreate, const ChangeContext &ctx,
                                          std::unique_ptr<google::protobuf::Message> *values)
{
    *values = parse(c.type(), c.values());
    if (!*values)
        return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + malformed(c.type(), c.values()));
    const QString err =
        validateChange(c.type(), **values, {c.cleared().begin(), c.cleared().end()}, isCreate, ctx.thisYear);
    if (!err.isEmpty()) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + err);
    return std::nullopt;
}

std::vector<quint32> fieldsOf(const pb::Change &c, const google::protobuf::Message *changeValues)
{
    std::vector<quint32> out;
    if (changeValues) {
        std::vector<const google::protobuf::FieldDescriptor *> fs;
        changeValues->GetReflection()->ListFields(*changeValues, &fs);
        for (const auto *fd : fs) out.push_back(quint32(fd->number()));
    }
    out.insert(out.end(), c.cleared().begin(), c.cleared().end());
    return out;
}

// The yearly cycle's rules on an evaluation or item verdict, as stored and as merged (core/learning/workflow_check.h).
// Administrators and the server's own writes are trusted operators: they enter finished years from paper.
QString checkWorkflow(const pb::Change &c, const google::protobuf::Message *changeValues,
                      const google::protobuf::Message &merged, const std::optional<StoredRecord> &stored, bool isCreate,
                      const ChangeContext &ctx)
{
    if (ctx.trusted || !ctx.who || ctx.who->isAdmin()) return {};
    if (c.type() == pb::RECORD_TYPE_ITEM_VERIFICATION) {
        const auto &v = static_cast<const pb::ItemVerification &>(merged);
        return ctx.evaluationOf ? workflow::checkVerdictWrite(ctx.evaluationOf(v.evaluation_id()), c.deleted())
                                : QString();
    }
    if (c.type() != pb::RECORD_TYPE_EVALUATION) return {};
    workflow::EvaluationWrite w;
    if (!isCreate) {
        pb::Evaluation before;
        before.ParseFromString(stored->record.values());
        w.before = before;
    }
    w.after = &static_cast<const pb::Evaluation &>(merged);
    w.fields = fieldsOf(c, changeValues);
    w.deleted = c.deleted();
    w.role = ctx.who->role;
    return workflow::checkEvaluationWrite(w);
}

// What the merged record must be: an id that fits it, every field valid together, the cycle in order. A
// rejection (invalid) or a refusal (a rule of the cycle), or nothing. `mergedIsValidated`: the merged record is
// the change's own values, already checked field by field as a create (a new record): only the rules across
// fields are left (the profile showed every create validated twice).
std::optional<ChangeDecision> checkRecord(const pb::Change &c, const google::protobuf::Message *changeValues,
                                          const google::protobuf::Message &merged,
                                          const std::optional<StoredRecord> &stored, bool isCreate,
                                          bool mergedIsValidated, const ChangeContext &ctx)
{
    if (!ctx.trusted && !c.deleted()) {
        if (const QString e = checkIdFits(c.type(), c.id(), merged, isCreate ? ctx.device : 0); !e.isEmpty())
            return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + e);
        if (c.type() != pb::RECORD_TYPE_CONFLICT)
            if (const QString e = mergedIsValidated ? validateAcrossFields(c.type(), merged)
                                                    : validateWhole(c.type(), merged, ctx.thisYear);
                !e.isEmpty())
                return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + e);
    }
    QString e = checkWorkflow(c, changeValues, merged, stored, isCreate, ctx);
    if (e.isEmpty() && !ctx.trusted && funds::isFundType(c.type())) {
        // Money is never edited or merged away, whoever writes: administrators too.
        funds::LedgerWrite w;
        w.type = c.type();
        w.id = c.id();
        std::unique_ptr<google::protobuf::Message> before;
        if (stored && stored->record.exists() && !stored->record.isDeleted())
            before = parse(c.type(), stored->record.values());
        w.before = before.get();
        w.after = &merged;
        w.fields = fieldsOf(c, changeValues);
        w.isCreate = isCreate;
        w.deleted = c.deleted();
        w.valuesOf = ctx.valuesOf;
        e = funds::checkLedgerWrite(w);
    }
    if (!e.isEmpty()) {
        ChangeDecision d;
        d.outcome = ChangeDecision::Outcome::Refused;
        d.message = what(c) + QStringLiteral(": ") + e;
        return d;
    }
    return std::nullopt;
}

} // namespace

ChangeDecision decideChange(const pb::Change &c, Stamp stamp, const std::optional<StoredRecord> &stored,
                            const ChangeContext &ctx)
{
    if (auto bad = checkShape(c, ctx.trusted)) return *bad;
    ChangeDecision d;
    d.merged = stored ? stored->record : Record{};
    d.merged.type = c.type();
    d.merged.id = c.id();
    d.isCreate = !d.merged.exists();
    if (auto bad = checkWritable(c, d.isCreate, ctx.trusted)) return *bad;
    std::unique_ptr<google::protobuf::Message> values;
    if (c.deleted() && d.isCreate)
        return rejected(pb::REJECT_REASON_UNKNOWN_REFERENCE,
                        what(c) + QStringLiteral(": deleting a record the server does not have"));
    if (!c.deleted())
        if (auto bad = checkValues(c, d.isCreate, ctx, &values)) return *bad;
    if (!d.merged.apply(c, stamp, &d.changed, &d.conflicts))
        return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": ") + malformed(c.type(), c.values()));
    if (!d.changed && d.conflicts.empty()) return d; // Unchanged
    // A new record's merged value is the change's value: no need to decode it again. A delete is judged on the
    // value it deletes.
    const bool valuesAreMerged = d.isCreate && values && c.cleared().empty();
    auto merged = valuesAreMerged ? std::move(values)
                                  : parse(c.type(), c.deleted() ? stored->record.values() : d.merged.values());
    const google::protobuf::Message *changeValues = valuesAreMerged ? merged.get() : values.get();
    if (!merged) return rejected(pb::REJECT_REASON_INVALID, what(c) + QStringLiteral(": malformed values"));
    QString why;
    const auto keys = areaKeys(c.type(), c.id(), *merged, ctx.keysOf, &why);
    if (!keys) return rejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what(c) + QStringLiteral(": ") + why);
    // Access is judged on the keys the record has now, before and after: never on a key it once had.
    const Keys *before = d.isCreate ? nullptr : (stored->current.empty() ? &stored->areas : &stored->current);
    if (const QString refused = authorize(c, changeValues, d.isCreate, *merged, before, *keys, ctx);
        !refused.isEmpty()) {
        d.outcome = Outcome::Refused;
        d.message = refused;
        return d;
    }
    if (auto bad = checkRecord(c, changeValues, *merged, stored, d.isCreate, valuesAreMerged, ctx)) return *bad;
    // A record that moves keeps its old areas too, so devices there learn that it left.
    if (stored) d.areas = stored->areas;
    d.areas.insert(keys->begin(), keys->end());
    d.current = *keys;
    d.outcome = Outcome::Apply;
    return d;
}

ChangeDecision decideCreate(const pb::Change &c, const ChangeContext &ctx)
{
    if (auto bad = checkShape(c, ctx.trusted)) return *bad;
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
    if (auto bad = checkRecord(c, m.get(), *m, std::nullopt, true, true, ctx)) return *bad;
    d.areas = *keys;
    d.current = *keys;
    d.outcome = Outcome::Apply;
    return d;
}

QString checkChangeSet(const pb::ChangeSet &cs)
{
    std::set<std::pair<int, std::string_view>> seen; // views into `cs`, which outlives the set
    for (const auto &c : cs.changes())
        if (!seen.emplace(int(c.type()), std::string_view(c.id())).second)
            return QStringLiteral("%1 '%2': changed twice in one change-set; send one change per record")
                .arg(typeName(c.type()), QString::fromStdString(c.id()).left(80));
    return {};
}

} // namespace kh::domain
