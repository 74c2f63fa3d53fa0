// LocalStore, the roll-up facts: one small row per village, household, member, clan, unit and evaluation,
// written in the same transaction as the record, so a dashboard over a ward of 50,000 households reads small
// rows instead of decoding 400,000 records.
#include "device/store/local_store.h"

#include "core/learning/rollup_fact.h"
#include "sql/sql.h"

#include <limits>

namespace kh {

std::optional<domain::Fact> LocalStore::tableFactOf(pb::RecordType type, const std::string &id,
                                                    const google::protobuf::Message *value)
{
    if (!value || !domain::hasFact(type) || factInRecordRow(type)) return std::nullopt;
    // A clan's commune is its first village's, found when the facts are read (the village may arrive later in a
    // pull); a household's is its village's, which a device's roll-up finds the same way. No lookup on a write.
    return domain::factOf(type, id, *value, [](const std::string &) { return QString(); });
}

void LocalStore::updateFact(pb::RecordType type, const std::string &id, const google::protobuf::Message *value)
{
    if (!domain::hasFact(type) || factInRecordRow(type)) return;
    writeFact(type, id, tableFactOf(type, id, value));
}

void LocalStore::writeFact(pb::RecordType type, const std::string &id, const std::optional<domain::Fact> &fact)
{
    if (!fact) {
        auto d = m_db.cached("DELETE FROM facts WHERE type=? AND id=?");
        d->bind(1, int(type)).bindStaticText(2, id).run();
        return;
    }
    auto u = m_db.cached("INSERT INTO facts(type,id,ref,commune,name,number,model,stage) VALUES(?,?,?,?,?,?,?,?) "
                         "ON CONFLICT(type,id) DO UPDATE SET ref=excluded.ref, commune=excluded.commune, "
                         "name=excluded.name, number=excluded.number, model=excluded.model, stage=excluded.stage");
    u->bind(1, int(type))
        .bindStaticText(2, id)
        .bindStaticText(3, fact->ref)
        .bind(4, fact->commune)
        .bind(5, fact->name)
        .bind(6, fact->number)
        .bind(7, fact->model)
        .bind(8, fact->stage)
        .run();
}

namespace {
// Each live record of the types listed, with its value decoded (migrations that fill a column or table).
void forEachLive(sql::Db &db, const char *types,
                 const std::function<void(const Record &, const google::protobuf::Message *)> &fn)
{
    sql::Stmt s(db, std::string("SELECT state FROM records WHERE deleted=0 AND type IN (") + types + ")");
    while (s.step()) {
        pb::RecordState st;
        Record r;
        if (!st.ParseFromString(s.blob(0)) || !Record::fromState(st, &r) || r.isDeleted()) continue;
        fn(r, domain::parse(r.type, r.values()).get());
    }
}
} // namespace

void LocalStore::rebuildFacts()
{
    m_db.exec("DELETE FROM facts");
    forEachLive(m_db, "3,6,20,23", [this](const Record &r, const auto *m) { updateFact(r.type, r.id, m); });
}

void LocalStore::rebuildRowNumbers()
{
    forEachLive(m_db, "4,5", [this](const Record &r, const auto *m) {
        const Derived d = derive(r.type, m);
        if (d.number == 0) return;
        auto u = m_db.cached("UPDATE records SET number=? WHERE type=? AND id=?");
        u->bind(1, d.number).bind(2, int(r.type)).bind(3, r.id, true).run();
    });
}

domain::RollupFacts LocalStore::rollupFacts()
{
    domain::RollupFacts out;
    for (const auto &r : list(pb::RECORD_TYPE_PROVINCE_TARGETS)) {
        pb::ProvinceTargets t;
        if (t.ParseFromString(r.values())) out.addTargets(t);
    }
    // Villages first (type 3), so a clan finds its first village's commune.
    auto s = m_db.cached("SELECT type,id,ref,commune,name,number,model,stage FROM facts ORDER BY type");
    std::unordered_map<std::string, QString> communeOfVillage;
    domain::Fact f;
    while (s->step()) {
        f.type = pb::RecordType(s->int64(0));
        f.id.assign(s->blobView(1)); // into the same strings each row: no allocation per fact
        f.ref.assign(s->blobView(2));
        const bool named = f.type == pb::RECORD_TYPE_VILLAGE || f.type == pb::RECORD_TYPE_LEARNING_UNIT ||
                           f.type == pb::RECORD_TYPE_CLAN;
        f.commune = named ? s->text(3) : QString();
        f.name = f.type == pb::RECORD_TYPE_VILLAGE ? s->text(4) : QString();
        f.number = int(s->int64(5));
        f.model = int(s->int64(6));
        f.stage = int(s->int64(7));
        if (f.type == pb::RECORD_TYPE_VILLAGE) communeOfVillage[f.id] = f.commune;
        if (f.type == pb::RECORD_TYPE_CLAN && !f.ref.empty()) f.commune = communeOfVillage[f.ref];
        out.add(f);
    }
    // Households and members: their rows' parent and number, from the parent index alone (it covers them).
    auto r = m_db.cached("SELECT type, id, parent, number FROM records INDEXED BY records_parent "
                         "WHERE type IN (4,5) AND deleted=0 AND parent<>''");
    f.commune.clear();
    f.name.clear();
    f.model = f.stage = 0;
    while (r->step()) {
        f.type = pb::RecordType(r->int64(0));
        f.id.assign(r->blobView(1));
        f.ref.assign(r->blobView(2));
        f.number = int(r->int64(3));
        out.add(f);
    }
    return out;
}

std::vector<LocalStore::EvaluationStage> LocalStore::evaluationStages(const EvaluationFilter &f)
{
    // The planner, without statistics, would take the primary key's `type` prefix: every year's evaluations.
    if (f.exceptFamilies && f.model == pb::LEARNING_MODEL_FAMILY) return {};
    // The models asked for as a range of the index's second column, so that only their entries are visited.
    auto s = m_db.cached("SELECT id, ref, model, stage FROM facts INDEXED BY facts_evaluations "
                         "WHERE type=20 AND number=?1 AND model BETWEEN ?2 AND ?3 AND (?4<0 OR stage=?4)");
    const int lowest = f.model ? f.model : f.exceptFamilies ? pb::LEARNING_MODEL_FAMILY + 1 : 0;
    const int highest = f.model ? f.model : std::numeric_limits<int>::max();
    s->bind(1, f.year).bind(2, lowest).bind(3, highest).bind(4, f.stage);
    std::vector<EvaluationStage> out;
    while (s->step()) out.push_back({s->blob(0), s->blob(1), int(s->int64(2)), int(s->int64(3))});
    return out;
}

std::vector<Record> LocalStore::evaluations(int year, int model)
{
    auto s = m_db.cached("SELECT r.state FROM facts f JOIN records r ON r.type=20 AND r.id=f.id "
                         "WHERE f.type=20 AND f.number=? AND f.model=? AND r.deleted=0");
    s->bind(1, year).bind(2, model);
    std::vector<Record> out;
    while (s->step()) {
        pb::RecordState st;
        Record r;
        if (st.ParseFromString(s->blob(0)) && Record::fromState(st, &r)) out.push_back(std::move(r));
    }
    return out;
}

} // namespace kh
