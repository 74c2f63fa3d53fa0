#include "server/store/sqlite/audit_log.h"

#include "server/store/audit_changes.h"
#include "sql/sql.h"

namespace kh::store_detail {

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
    while (out.size() < limit && s.step())
        appendAuditEntries({s.int64(0), s.text(1), quint64(s.int64(2)), quint64(s.int64(3)), quint64(s.int64(4)),
                            s.blob(5), s.blob(6)},
                           wanted, limit, out);
    return out;
}

} // namespace kh::store_detail
