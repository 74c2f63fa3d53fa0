#include "server/store/sqlite/audit_log.h"

#include "core/records/record_text.h"
#include "sql/sql.h"

#include <google/protobuf/util/json_util.h>

namespace kh::store_detail {

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

void AuditLog::begin()
{
    m_applied.Clear();
    m_actions.clear();
}

void AuditLog::add(const pb::Change &c, bool isCreate)
{
    *m_applied.add_changes() = c;
    m_actions += c.deleted() ? 'd' : isCreate ? 'c' : 'u';
}

void AuditLog::commit(const access::Principal &who, quint64 device, quint64 changeSet, qint64 nowMs)
{
    if (m_actions.empty()) return;
    auto a =
        m_db.cached("INSERT INTO audit(at_ms,user,device,session,change_set,actions,changes) VALUES(?,?,?,?,?,?,?)");
    a->bind(1, nowMs)
        .bind(2, who.user)
        .bind(3, qint64(device))
        .bind(4, qint64(who.session))
        .bind(5, changeSet)
        .bind(6, m_actions, true)
        .bind(7, m_applied.SerializeAsString())
        .run();
    begin();
}

std::vector<AuditEntry> AuditLog::query(const AuditQuery &q)
{
    std::string sql = "SELECT at_ms,user,device,session,change_set,actions,changes FROM audit WHERE at_ms>=?";
    if (!q.user.isEmpty()) sql += " AND user=?";
    if (q.device) sql += " AND device=?";
    sql += " ORDER BY id DESC";
    sql::Stmt s(m_db, sql);
    int i = 1;
    s.bind(i++, q.sinceMs);
    if (!q.user.isEmpty()) s.bind(i++, q.user);
    if (q.device) s.bind(i++, qint64(q.device));
    const std::string wanted = q.recordId.toStdString();
    const size_t limit = size_t(std::clamp(q.limit, 1, 100000));
    std::vector<AuditEntry> out;
    while (out.size() < limit && s.step()) {
        const std::string actions = s.blob(5);
        pb::ChangeSet cs;
        if (!cs.ParseFromString(s.blob(6))) continue;
        for (int k = cs.changes_size() - 1; k >= 0 && out.size() < limit; --k) { // newest first
            const pb::Change &c = cs.changes(k);
            if (!wanted.empty() && c.id() != wanted) continue;
            AuditEntry e;
            e.atMs = s.int64(0);
            e.user = s.text(1);
            e.device = quint64(s.int64(2));
            e.session = quint64(s.int64(3));
            e.changeSet = quint64(s.int64(4));
            e.type = c.type();
            e.id = QString::fromStdString(c.id());
            const char a = size_t(k) < actions.size() ? actions[size_t(k)] : 'u';
            e.action = a == 'c'   ? QStringLiteral("create")
                       : a == 'd' ? QStringLiteral("delete")
                                  : QStringLiteral("update");
            const auto m = c.deleted() ? nullptr : domain::parse(e.type, c.values());
            e.fields = fieldNames(m.get(), c.cleared(), m ? m->GetDescriptor() : nullptr);
            if (m) {
                std::string json;
                google::protobuf::util::JsonPrintOptions o;
                o.preserve_proto_field_names = true;
                if (google::protobuf::util::MessageToJsonString(*m, &json, o).ok())
                    e.values = QString::fromStdString(json);
            }
            out.push_back(std::move(e));
        }
    }
    return out;
}

} // namespace kh::store_detail
