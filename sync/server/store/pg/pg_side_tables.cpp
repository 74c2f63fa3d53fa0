#include "server/store/pg/pg_side_tables.h"

#include "core/areas/admin_units.h"
#include "core/records/record_types.h"
#include "server/store/audit_changes.h"

namespace kh::pg {

namespace {
std::string key(pb::RecordType t, const std::string &id)
{
    return std::to_string(int(t)) + ":" + id;
}

QString provinceOf(const QString &commune)
{
    const auto *info = AdminUnits::builtin().commune(commune);
    return info ? info->provinceCode : QString();
}
} // namespace

void PgAuditLog::begin()
{
    m_applied.Clear();
    m_actions.clear();
}

void PgAuditLog::add(const pb::Change &c, bool isCreate)
{
    *m_applied.add_changes() = c;
    m_actions += c.deleted() ? 'd' : isCreate ? 'c' : 'u';
}

void PgAuditLog::commit(const access::Principal &who, quint64 device, quint64 changeSet, qint64 nowMs, bool deferred)
{
    if (m_actions.empty()) return;
    if (deferred) {
        m_atMs.i64(nowMs);
        m_user.text(who.user.toStdString());
        m_device.i64(qint64(device));
        m_session.i64(qint64(who.session));
        m_changeSet.i64(qint64(changeSet));
        m_rowActions.text(m_actions);
        m_changes.bytes(m_applied.SerializeAsString());
        begin();
        if (m_atMs.size() >= 200) flush();
        return;
    }
    m_c.query("INSERT INTO audit(at_ms,username,device,session,change_set,actions,changes) "
              "VALUES($1,$2,$3,$4,$5,$6,$7)",
              Params()
                  .i64(nowMs)
                  .text(who.user.toStdString())
                  .i64(qint64(device))
                  .i64(qint64(who.session))
                  .i64(qint64(changeSet))
                  .text(m_actions)
                  .bytes(m_applied.SerializeAsString()));
    begin();
}

void PgAuditLog::flush()
{
    if (m_atMs.size() == 0) return;
    // unnest keeps the order given, so the ids (bigserial) follow the change-sets as one row at a time would.
    m_c.defer("INSERT INTO audit(at_ms,username,device,session,change_set,actions,changes) "
              "SELECT * FROM unnest($1::int8[],$2::text[],$3::int8[],$4::int8[],$5::int8[],$6::text[],$7::bytea[])",
              Params()
                  .array(m_atMs)
                  .array(m_user)
                  .array(m_device)
                  .array(m_session)
                  .array(m_changeSet)
                  .array(m_rowActions)
                  .array(m_changes));
    dropWaiting();
}

void PgAuditLog::dropWaiting()
{
    m_atMs = Array(Array::Of::Int8);
    m_user = Array(Array::Of::Text);
    m_device = Array(Array::Of::Int8);
    m_session = Array(Array::Of::Int8);
    m_changeSet = Array(Array::Of::Int8);
    m_rowActions = Array(Array::Of::Text);
    m_changes = Array(Array::Of::Bytea);
}

std::vector<AuditEntry> PgAuditLog::query(const AuditQuery &q)
{
    // Fixed parameters (an empty user or device 0 match all), so one prepared statement serves every query.
    auto r = m_c.query("SELECT at_ms,username,device,session,change_set,actions,changes FROM audit "
                       "WHERE at_ms>=$1 AND ($2='' OR username=$2) AND ($3=0 OR device=$3) ORDER BY id DESC",
                       Params().i64(q.sinceMs).text(q.user.toStdString()).i64(qint64(q.device)));
    const std::string wanted = q.recordId.toStdString();
    const size_t limit = size_t(std::clamp(q.limit, 1, 100000));
    std::vector<AuditEntry> out;
    for (int i = 0; i < r.rows() && out.size() < limit; ++i)
        appendAuditEntries({r.i64(i, 0), r.text(i, 1), quint64(r.i64(i, 2)), quint64(r.i64(i, 3)), quint64(r.i64(i, 4)),
                            r.str(i, 5), r.str(i, 6)},
                           wanted, limit, out);
    return out;
}

int PgFactsTable::catchUp(quint64 from, quint64 to)
{
    m_communes.clear();
    // Each source's fact before the facts that take their commune from it (domain::kServerFactOrder).
    auto r = m_c.query(std::string("SELECT type, id, state FROM records WHERE pos>$1 AND pos<$2 AND ") +
                           domain::kServerFactTypes + " ORDER BY " + domain::kServerFactOrder + ", pos",
                       Params().i64(qint64(from)).i64(qint64(to)));
    int n = 0;
    for (int i = 0; i < r.rows(); ++i) {
        ++n; // rows read, also one that does not parse: a step of `limit` rows reads `limit`
        pb::RecordState st;
        Record rec;
        const auto b = r.bytes(i, 2);
        if (!st.ParseFromArray(b.data(), int(b.size())) || !Record::fromState(st, &rec)) continue;
        const auto m = rec.isDeleted() ? nullptr : domain::parse(rec.type, rec.values());
        update(rec.type, rec.id, m.get());
    }
    m_communes.clear();
    return n;
}

quint64 PgFactsTable::chunkEnd(quint64 from, quint64 last, int limit)
{
    auto r = m_c.query(std::string("SELECT pos FROM records WHERE pos>$1 AND pos<=$2 AND ") + domain::kServerFactTypes +
                           " ORDER BY pos OFFSET $3 LIMIT 1",
                       Params().i64(qint64(from)).i64(qint64(last)).i64(limit - 1));
    return r.rows() ? quint64(r.i64(0, 0)) : last;
}

QString PgFactsTable::communeOf(pb::RecordType type, const std::string &id, int depth)
{
    const std::string k = key(type, id);
    if (const auto it = m_communes.find(k); it != m_communes.end()) return it->second;
    auto r = m_c.query("SELECT commune FROM facts WHERE type=$1 AND id=$2", Params().i32(int(type)).text(id));
    const QString c = r.rows() ? r.text(0, 0) : communeFromRecord(type, id, depth);
    m_communes.emplace(k, c);
    return c;
}

// A source not caught up yet (a chunk that ends before the source's later version): its commune from its record.
QString PgFactsTable::communeFromRecord(pb::RecordType type, const std::string &id, int depth)
{
    if (depth > 4) return {}; // a member's household's village is three steps: nothing sane goes deeper
    auto q = m_c.query("SELECT state FROM records WHERE type=$1 AND id=$2", Params().i32(int(type)).text(id));
    if (!q.rows()) return {};
    pb::RecordState st;
    Record rec;
    const auto b = q.bytes(0, 0);
    if (!st.ParseFromArray(b.data(), int(b.size())) || !Record::fromState(st, &rec) || rec.isDeleted()) return {};
    const auto m = domain::parse(type, rec.values());
    if (!m) return {};
    const auto fact = domain::factWithCommune(
        type, id, *m, [&](pb::RecordType t, const std::string &i) { return communeOf(t, i, depth + 1); });
    return fact ? fact->commune : QString();
}

// A member counts in its household's commune, an evaluation in its subject's, a fund entry in its fund's
// (domain::communeSource; `merged` null: deleted).
void PgFactsTable::update(pb::RecordType type, const std::string &id, const google::protobuf::Message *merged)
{
    const auto fact =
        merged ? domain::factWithCommune(type, id, *merged,
                                         [this](pb::RecordType t, const std::string &i) { return communeOf(t, i); })
               : std::nullopt;
    if (!fact) {
        m_c.defer("DELETE FROM facts WHERE type=$1 AND id=$2", Params().i32(int(type)).text(id));
        return;
    }
    const QString &commune = fact->commune;
    if (domain::isCommuneSource(type)) m_communes[key(type, id)] = commune;
    // Pipelined (a catch-up writes a fact per record; a look-up in communeOf reads them after the writes before
    // it): the catch-up's transaction, which holds back every pull's horizon, stays short.
    m_c.defer("INSERT INTO facts(type,id,commune,province,ref,name,number,model,stage) "
              "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT(type,id) DO UPDATE SET commune=excluded.commune, "
              "province=excluded.province, ref=excluded.ref, name=excluded.name, number=excluded.number, "
              "model=excluded.model, stage=excluded.stage",
              Params()
                  .i32(int(type))
                  .text(id)
                  .text(commune.toStdString())
                  .text(provinceOf(commune).toStdString())
                  .text(fact->ref)
                  .text(fact->name.toStdString())
                  .i32(fact->number)
                  .i32(fact->model)
                  .i32(fact->stage));
}

domain::RollupFacts PgFactsTable::read(const QString &area, const std::optional<pb::ProvinceTargets> &targets)
{
    domain::RollupFacts out;
    if (targets) out.addTargets(*targets);
    const bool province = area.startsWith(QLatin1String("p:"));
    const QString p = province ? area.mid(2) : provinceOf(area.mid(2));
    auto r = m_c.query("SELECT type,id,commune,ref,name,number,model,stage FROM facts "
                       "WHERE province=$1 AND ($2='' OR commune=$2) AND type<30", // not the funds' (fundLedgers)
                       Params().text(p.toStdString()).text(province ? std::string() : area.mid(2).toStdString()));
    domain::Fact f;
    for (int i = 0; i < r.rows(); ++i) {
        f.type = pb::RecordType(r.i64(i, 0));
        f.id = r.str(i, 1);
        const bool byCommune = f.type == pb::RECORD_TYPE_VILLAGE || f.type == pb::RECORD_TYPE_CLAN ||
                               f.type == pb::RECORD_TYPE_LEARNING_UNIT;
        f.commune = byCommune ? r.text(i, 2) : QString();
        f.ref = r.str(i, 3);
        f.name = f.type == pb::RECORD_TYPE_VILLAGE ? r.text(i, 4) : QString();
        f.number = int(r.i64(i, 5));
        f.model = int(r.i64(i, 6));
        f.stage = int(r.i64(i, 7));
        out.add(f);
    }
    return out;
}

std::map<QString, funds::Ledger> PgFactsTable::fundLedgers(const QString &area)
{
    std::map<QString, funds::Ledger> out;
    const bool province = area.startsWith(QLatin1String("p:"));
    const QString p = province ? area.mid(2) : provinceOf(area.mid(2));
    auto r = m_c.query("SELECT f.commune, r.state FROM facts f JOIN records r ON r.type=f.type AND r.id=f.id "
                       "WHERE f.province=$1 AND ($2='' OR f.commune=$2) AND f.type>=30",
                       Params().text(p.toStdString()).text(province ? std::string() : area.mid(2).toStdString()));
    for (int i = 0; i < r.rows(); ++i) {
        pb::RecordState st;
        Record rec;
        const auto b = r.bytes(i, 1);
        if (st.ParseFromArray(b.data(), int(b.size())) && Record::fromState(st, &rec)) out[r.text(i, 0)].add(rec);
    }
    return out;
}

} // namespace kh::pg
