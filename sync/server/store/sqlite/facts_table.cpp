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

int FactsTable::catchUp(quint64 fromSeq, quint64 toSeq)
{
    m_communes.clear();
    sql::Stmt s(m_db, std::string("SELECT type, id, state FROM records WHERE seq>? AND seq<=? AND ") +
                          domain::kServerFactTypes + " ORDER BY " + domain::kServerFactOrder + ", seq");
    s.bind(1, fromSeq).bind(2, toSeq);
    int n = 0;
    while (s.step()) {
        ++n; // rows read, also one that does not parse: a step of `limit` rows reads `limit`
        pb::RecordState st;
        Record r;
        if (!st.ParseFromString(s.blob(2)) || !Record::fromState(st, &r)) continue;
        const auto m = r.isDeleted() ? nullptr : domain::parse(r.type, r.values());
        update(r.type, r.id, m.get());
    }
    m_communes.clear();
    return n;
}

quint64 FactsTable::chunkEnd(quint64 fromSeq, quint64 last, int limit)
{
    sql::Stmt s(m_db, std::string("SELECT seq FROM records WHERE seq>? AND seq<=? AND ") + domain::kServerFactTypes +
                          " ORDER BY seq LIMIT 1 OFFSET ?");
    s.bind(1, fromSeq).bind(2, last).bind(3, qint64(limit - 1));
    return s.step() ? quint64(s.int64(0)) : last;
}

QString FactsTable::communeOf(pb::RecordType type, const std::string &id, int depth)
{
    const std::string k = key(type, id);
    if (const auto it = m_communes.find(k); it != m_communes.end()) return it->second;
    std::optional<QString> known;
    {
        auto s = m_db.cached("SELECT commune FROM facts WHERE type=? AND id=?");
        s->bind(1, int(type)).bind(2, id, true);
        if (s->step()) known = s->text(0);
    }
    const QString c = known ? *known : communeFromRecord(type, id, depth);
    m_communes.emplace(k, c);
    return c;
}

QString FactsTable::communeFromRecord(pb::RecordType type, const std::string &id, int depth)
{
    if (depth > 4) return {}; // a member's household's village is three steps: nothing sane goes deeper
    std::string state;
    {
        auto s = m_db.cached("SELECT state FROM records WHERE type=? AND id=?");
        s->bind(1, int(type)).bind(2, id, true);
        if (!s->step()) return {};
        state = s->blob(0);
    }
    pb::RecordState st;
    Record r;
    if (!st.ParseFromString(state) || !Record::fromState(st, &r) || r.isDeleted()) return {};
    const auto m = domain::parse(type, r.values());
    if (!m) return {};
    const auto fact = domain::factWithCommune(
        type, id, *m, [&](pb::RecordType t, const std::string &i) { return communeOf(t, i, depth + 1); });
    return fact ? fact->commune : QString();
}

// A member counts in its household's commune, an evaluation in its subject's, a fund entry in its fund's
// (domain::communeSource; `merged` null: deleted).
void FactsTable::update(pb::RecordType type, const std::string &id, const google::protobuf::Message *merged)
{
    const auto fact =
        merged ? domain::factWithCommune(type, id, *merged,
                                         [this](pb::RecordType t, const std::string &i) { return communeOf(t, i); })
               : std::nullopt;
    if (!fact) {
        auto d = m_db.cached("DELETE FROM facts WHERE type=? AND id=?");
        d->bind(1, int(type)).bind(2, id, true).run();
        return;
    }
    const QString &commune = fact->commune;
    if (domain::isCommuneSource(type)) m_communes[key(type, id)] = commune;
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
        province ? "SELECT type,id,commune,ref,name,number,model,stage FROM facts WHERE province=? AND type<30"
                 : "SELECT type,id,commune,ref,name,number,model,stage FROM facts WHERE province=? AND commune=? "
                   "AND type<30"); // not the funds' facts (fundLedgers)
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

std::map<QString, funds::Ledger> FactsTable::fundLedgers(const QString &area)
{
    std::map<QString, funds::Ledger> out;
    const bool province = area.startsWith(QLatin1String("p:"));
    sql::Stmt s(m_db,
                std::string("SELECT f.commune, r.state FROM facts f JOIN records r ON r.type=f.type AND r.id=f.id "
                            "WHERE f.province=? AND f.type>=30") +
                    (province ? "" : " AND f.commune=?"));
    s.bind(1, province ? area.mid(2) : provinceOf(area.mid(2)));
    if (!province) s.bind(2, area.mid(2));
    while (s.step()) {
        pb::RecordState st;
        Record r;
        const auto state = s.blobView(1);
        if (st.ParseFromArray(state.data(), int(state.size())) && Record::fromState(st, &r)) out[s.text(0)].add(r);
    }
    return out;
}

} // namespace kh::store_detail
