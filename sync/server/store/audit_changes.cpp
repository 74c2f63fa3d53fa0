#include "server/store/audit_changes.h"

#include "core/records/record_text.h"
#include "sync.pb.h"

#include <google/protobuf/util/json_util.h>

namespace kh {

namespace {
// The names of the fields a change sets, then of those it clears.
QStringList fieldNames(const google::protobuf::Message *values, const google::protobuf::RepeatedField<quint32> &cleared,
                       const google::protobuf::Descriptor *d)
{
    QStringList names;
    if (values) {
        std::vector<const google::protobuf::FieldDescriptor *> fs;
        values->GetReflection()->ListFields(*values, &fs);
        for (const auto *f : fs) names << QString::fromStdString(f->name());
    }
    for (quint32 n : cleared) {
        const auto *f = d ? d->FindFieldByNumber(int(n)) : nullptr;
        names << (f ? QString::fromStdString(f->name()) : QString::number(n));
    }
    return names;
}
} // namespace

void appendAuditEntries(const AuditRow &row, const std::string &wanted, size_t limit, std::vector<AuditEntry> &out)
{
    pb::ChangeSet cs;
    if (!cs.ParseFromString(row.changes)) return;
    for (int k = cs.changes_size() - 1; k >= 0 && out.size() < limit; --k) { // newest first
        const pb::Change &c = cs.changes(k);
        if (!wanted.empty() && c.id() != wanted) continue;
        AuditEntry e;
        e.atMs = row.atMs;
        e.user = row.user;
        e.device = row.device;
        e.session = row.session;
        e.changeSet = row.changeSet;
        e.type = c.type();
        e.id = QString::fromStdString(c.id());
        const char a = size_t(k) < row.actions.size() ? row.actions[size_t(k)] : 'u';
        e.action = a == 'c' ? QStringLiteral("create") : a == 'd' ? QStringLiteral("delete") : QStringLiteral("update");
        const auto m = c.deleted() ? nullptr : domain::parse(e.type, c.values());
        e.fields = fieldNames(m.get(), c.cleared(), m ? m->GetDescriptor() : nullptr);
        if (m) {
            std::string json;
            google::protobuf::util::JsonPrintOptions o;
            o.preserve_proto_field_names = true;
            if (google::protobuf::util::MessageToJsonString(*m, &json, o).ok()) e.values = QString::fromStdString(json);
        }
        out.push_back(std::move(e));
    }
}

} // namespace kh
