#include "server/store/sqlite/facts_table.h"

#include "core/areas/admin_units.h"
#include "core/records/record_types.h"
#include "sql/sql.h"

namespace kh::store_detail {

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

int FactsTable::catchUp(quint64 fromSeq)
{
    m_communes.clear();
    sql::Stmt s(m_db, "SELECT type, id, state FROM records WHERE seq>? AND type IN (3,4,5,6,23,20) "
                      "ORDER BY CASE type WHEN 5 THEN 7 WHEN 20 THEN 8 ELSE type END, seq");
    s.bind(1, fromSeq);
    int n = 0;
    while (s.step()) {
        pb::RecordState st;
        Record r;
        if (!st.ParseFromString(s.blob(2)) || !Record::fromState(st, &r)) continue;
        const auto m = r.isDeleted() ? nullptr : domain::parse(r.type, r.values());
        update(r.type, r.id, m.get());
        ++n;
    }
    m_communes.clear();
    return n;
}

QString FactsTable::communeOf(pb::RecordType type, const std::string &id)
{
    const std::string k = key(type, id);
    if (const auto it = m_communes.find(k); it != m_communes.end()) return it->second;
    auto s = m_db.cached("SELECT commune FROM facts WHERE type=? AND id=?");
    s->bind(1, int(type)).bind(2, id, true);
    const QString c = s->step() ? s->text(0) : QString();
    m_communes.emplace(k, c);
    return c;
}

// A member counts in its household's commune, an evaluation in its subject's (`merged` null: deleted).
void FactsTable::update(pb::RecordType type, const std::string &id, const google::protobuf::Message *merged)
{
    const auto fact =
        merged ? domain::factOf(type, id, *merged,
                                [this](const std::string &v) { return communeOf(pb::RECORD_TYPE_VILLAGE, v); })
               : std::nullopt;
    if (!fact) {
        auto d = m_db.cached("DELETE FROM facts WHERE type=? AND id=?");
        d->bind(1, int(type)).bind(2, id, true).run();
        return;
    }
    QString commune = fact->commune;
    if (type == pb::RECORD_TYPE_MEMBER) {
        commune = communeOf(pb::RECORD_TYPE_HOUSEHOLD, fact->ref);
    } else if (type == pb::RECORD_TYPE_EVALUATION) {
        const auto subjectType = static_cast<const pb::Evaluation &>(*merged).subject_type();
        commune = subjectType == pb::RECORD_TYPE_COMMUNE ? QString::fromStdString(fact->ref)
                                                         : communeOf(subjectType, fact->ref);
    }
    if (type == pb::RECORD_TYPE_VILLAGE || type == pb::RECORD_TYPE_HOUSEHOLD) m_communes[key(type, id)] = commune;
    auto u = m_db.cached(
        "INSERT INTO facts(type,id,commune,province,ref,name,number,model,stage) VALUES(?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(type,id) DO UPDATE SET commune=excluded.commune, province=excluded.province, ref=excluded.ref, "
        "name=excluded.name, number=excluded.number, model=excluded.model, stage=excluded.stage");
    u->bind(1, int(type))
        .bind(2, id, true)
        .bind(3, commune)
        .bind(4, provinceOf(commune))
        .bind(5, fact->ref, true)
        .bind(6, fact->name)
        .bind(7, fact->number)
        .bind(8, fact->model)
        .bind(9, fact->stage)
        .run();
}

domain::RollupFacts FactsTable::read(const QString &area, const std::optional<pb::ProvinceTargets> &targets)
{
    domain::RollupFacts out;
    if (targets) out.addTargets(*targets);
    const bool province = area.startsWith(QLatin1String("p:"));
    // Both use the index (province, commune).
    auto s = m_db.cached(
        province ? "SELECT type,id,commune,ref,name,number,model,stage FROM facts WHERE province=?"
                 : "SELECT type,id,commune,ref,name,number,model,stage FROM facts WHERE province=? AND commune=?");
    s->bind(1, province ? area.mid(2) : provinceOf(area.mid(2)));
    if (!province) s->bind(2, area.mid(2));
    domain::Fact f;
    while (s->step()) {
        f.type = pb::RecordType(s->int64(0));
        f.id = s->blob(1);
        // Only villages, clans and units are counted by their own commune; the rest need no text decoding.
        const bool byCommune = f.type == pb::RECORD_TYPE_VILLAGE || f.type == pb::RECORD_TYPE_CLAN ||
                               f.type == pb::RECORD_TYPE_LEARNING_UNIT;
        f.commune = byCommune ? s->text(2) : QString();
        f.ref = s->blob(3);
        f.name = f.type == pb::RECORD_TYPE_VILLAGE ? s->text(4) : QString();
        f.number = int(s->int64(5));
        f.model = int(s->int64(6));
        f.stage = int(s->int64(7));
        out.add(f);
    }
    return out;
}

} // namespace kh::store_detail
