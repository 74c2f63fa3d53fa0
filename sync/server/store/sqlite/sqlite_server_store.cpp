#include "server/store/sqlite/sqlite_server_store.h"

#include "core/access/access.h"
#include "core/areas/reference_records.h"
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/records/conflict_record.h"
#include "core/records/ids.h"
#include "core/time/clock.h"
#include "server/services/system_clock.h"
#include "sql/sql.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcServerStore, "kh.server.store", QtInfoMsg)

namespace kh {

namespace {

// Numbered migrations: index i takes the schema from version i to i+1. Never edit one that has shipped.
//
// records: one row per record, its rowid being the server sequence number of its latest write (a record
//   moves to a new seq each time it changes, so "seq > cursor" is exactly "changed since").
// record_areas: which area keys each current record version reaches; pulls scan it by (area, seq).
const char *const kMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE records(seq INTEGER PRIMARY KEY, type INTEGER NOT NULL, id TEXT NOT NULL,
                            state BLOB NOT NULL, areas TEXT NOT NULL, writer INTEGER NOT NULL,
                            base_seq INTEGER NOT NULL, echo_ok INTEGER NOT NULL);
       CREATE UNIQUE INDEX records_key ON records(type, id);
       CREATE TABLE record_areas(area TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(area, seq)) WITHOUT ROWID;
       CREATE TABLE devices(device INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL, first_ms INTEGER NOT NULL,
                            last_ms INTEGER NOT NULL);
       CREATE TABLE rejections(device INTEGER NOT NULL, seq INTEGER NOT NULL, reason INTEGER NOT NULL,
                               message TEXT NOT NULL, PRIMARY KEY(device, seq)) WITHOUT ROWID;)",
    // 1 -> 2: accounts. The audit log (one row per applied change-set: its applied changes, encoded as a
    // ChangeSet, and what each did, 'c'reate / 'u'pdate / 'd'elete; kept when the records are deleted) and the
    // single changes refused for the account's role or areas (their change-set was applied without them).
    R"(CREATE TABLE audit(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, user TEXT NOT NULL, device INTEGER NOT NULL,
                          session INTEGER NOT NULL, change_set INTEGER NOT NULL, actions TEXT NOT NULL, changes BLOB NOT NULL);
       CREATE TABLE refused_changes(device INTEGER NOT NULL, seq INTEGER NOT NULL, type INTEGER NOT NULL,
                                    record_id TEXT NOT NULL, message TEXT NOT NULL,
                                    PRIMARY KEY(device, seq, type, record_id)) WITHOUT ROWID;)",
    // 2 -> 3: the roll-up facts (domain::Fact), one row per village, household, member, clan, unit and
    // evaluation, written with the record: reports read these small rows instead of decoding every record.
    R"(CREATE TABLE facts(type INTEGER NOT NULL, id TEXT NOT NULL, commune TEXT NOT NULL, province TEXT NOT NULL,
                          ref TEXT NOT NULL, name TEXT NOT NULL, number INTEGER NOT NULL, model INTEGER NOT NULL,
                          stage INTEGER NOT NULL, PRIMARY KEY(type, id)) WITHOUT ROWID;
       CREATE INDEX facts_area ON facts(province, commune);)",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

} // namespace

// A change-set refused as a whole: its savepoint is rolled back and the refusal kept for its device.
class SqliteServerStore::ChangeSetRejected : public std::runtime_error {
public:
    ChangeSetRejected(pb::RejectReason r, const QString &m) : std::runtime_error(m.toStdString()), reason(r) {}
    pb::RejectReason reason;
};

SqliteServerStore::SqliteServerStore(const QString &path, const ServerLimits &limits)
    : m_limits(limits), m_clock(SystemClock::systemNowMs)
{
    m_db.open(path, true, true);
    if (limits.maxDatabaseBytes > 0) m_db.limitSize(limits.maxDatabaseBytes);
    migrate();
    sql::Transaction tx(m_db);
    const QString dev = meta("device");
    if (!dev.isEmpty()) {
        m_device = dev.toULongLong(nullptr, 16);
    } else {
        while (m_device == 0) m_device = QRandomGenerator::system()->generate64();
        setMeta("device", QStringLiteral("%1").arg(m_device, 16, 16, QLatin1Char('0')));
    }
    m_clock.reset(meta("hlc").toULongLong());
    m_records.reloadSeq();
    if (meta("household_keys").isEmpty()) {
        m_records.addHouseholdKeys();
        setMeta("household_keys", QStringLiteral("1"));
    }
    tx.commit();
}

void SqliteServerStore::migrate()
{
    static_assert(std::size(kMigrations) == kSchemaVersion);
    const int v = m_db.userVersion();
    if (v > kSchemaVersion)
        throw sql::Error("server database schema " + std::to_string(v) + " is newer than this server", SQLITE_MISMATCH);
    for (int i = v; i < kSchemaVersion; ++i) {
        sql::Transaction tx(m_db);
        m_db.exec(kMigrations[i]);
        m_db.setUserVersion(i + 1);
        tx.commit();
    }
}

QString SqliteServerStore::meta(const char *key)
{
    auto s = m_db.cached("SELECT value FROM meta WHERE key=?");
    s->bind(1, std::string(key), true);
    return s->step() ? s->text(0) : QString();
}

void SqliteServerStore::setMeta(const char *key, const QString &value)
{
    auto s = m_db.cached("INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    s->bind(1, std::string(key), true).bind(2, value).run();
}

PushOutcome SqliteServerStore::push(quint64 device, const std::vector<const pb::ChangeSet *> &sets,
                                    quint64 deviceCursor, qint64 nowMs, const access::Principal &who)
{
    PushOutcome out;
    sql::Transaction tx(m_db);
    m_records.reloadSeq(); // an administrator's command may have written since (another process)
    m_records.clearKeyCache();
    struct Reset {
        PushContext &ctx;
        ~Reset() { ctx = PushContext{}; }
    } reset{m_ctx};
    m_ctx.who = &who;
    m_ctx.nowMs = nowMs;
    if (!who.isAdmin()) m_ctx.grantKeys = m_records.expand(who.areas);
    m_changeCtx = contextFor(false);
    quint64 lastSeq = 0;
    {
        auto d = m_db.cached("SELECT last_seq FROM devices WHERE device=?");
        d->bind(1, qint64(device));
        if (d->step()) lastSeq = quint64(d->int64(0));
    }
    const quint64 before = lastSeq;
    for (const pb::ChangeSet *cs : sets) {
        if (cs->seq() <= lastSeq) continue; // already applied or refused: acknowledged again below
        m_db.cached("SAVEPOINT cs")->run();
        try {
            applyChangeSet(device, deviceCursor, *cs, out);
            m_db.cached("RELEASE cs")->run();
            ++out.applied;
        } catch (const ChangeSetRejected &r) {
            m_db.cached("ROLLBACK TO cs")->run();
            m_db.cached("RELEASE cs")->run();
            m_records.clearKeyCache();
            m_records.reloadSeq();
            auto k = m_db.cached("INSERT OR REPLACE INTO rejections(device,seq,reason,message) VALUES(?,?,?,?)");
            k->bind(1, qint64(device))
                .bind(2, cs->seq())
                .bind(3, int(r.reason))
                .bind(4, QString::fromUtf8(r.what()))
                .run();
        }
        if (cs->seq() != lastSeq + 1)
            qCWarning(lcServerStore) << "device" << Qt::hex << device << Qt::dec << "skipped from seq" << lastSeq
                                     << "to" << cs->seq();
        lastSeq = cs->seq();
    }
    {
        auto u = m_db.cached("INSERT INTO devices(device,last_seq,first_ms,last_ms) VALUES(?,?,?,?) "
                             "ON CONFLICT(device) DO UPDATE SET last_seq=excluded.last_seq, last_ms=excluded.last_ms");
        u->bind(1, qint64(device)).bind(2, lastSeq).bind(3, nowMs).bind(4, nowMs).run();
    }
    setMeta("hlc", QString::number(m_clock.last()));
    tx.commit(); // synchronous=FULL: durable once this returns
    m_records.clearKeyCache();
    out.ackedSeq = sets.empty() ? 0 : lastSeq;
    if (!sets.empty()) reportRefusals(device, std::min<quint64>(sets.front()->seq(), before + 1), lastSeq, out);
    return out;
}

void SqliteServerStore::applyChangeSet(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out)
{
    const qint64 nowMs = m_ctx.nowMs;
    if (HybridClock::wallMs(cs.hlc()) > nowMs + m_limits.maxClockSkewMs)
        throw ChangeSetRejected(pb::REJECT_REASON_CLOCK_AHEAD,
                                QStringLiteral("the device clock is %1 minutes ahead of the server")
                                    .arg((HybridClock::wallMs(cs.hlc()) - nowMs) / 60000));
    if (cs.hlc() == 0) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("change-set without a clock"));
    m_clock.observe(cs.hlc());
    m_audit.begin();
    std::vector<std::tuple<int, std::string, QString>> refused;
    for (const auto &c : cs.changes()) {
        QString why;
        if (const auto conflicts = applyChange(device, deviceCursor, c, Stamp{cs.hlc(), device}, &why))
            out.conflicts += *conflicts;
        else
            refused.emplace_back(int(c.type()), c.id(), why); // nothing of it written: the rest goes on
    }
    for (const auto &[type, id, message] : refused) {
        auto k =
            m_db.cached("INSERT OR REPLACE INTO refused_changes(device,seq,type,record_id,message) VALUES(?,?,?,?,?)");
        k->bind(1, qint64(device)).bind(2, cs.seq()).bind(3, type).bind(4, id, true).bind(5, message).run();
    }
    if (m_ctx.who) m_audit.commit(*m_ctx.who, device, cs.seq(), nowMs);
}

void SqliteServerStore::reportRefusals(quint64 device, quint64 from, quint64 to, PushOutcome &out)
{
    auto r =
        m_db.cached("SELECT seq, reason, message FROM rejections WHERE device=? AND seq>=? AND seq<=? ORDER BY seq");
    r->bind(1, qint64(device)).bind(2, from).bind(3, to);
    while (r->step()) {
        pb::Rejection rj;
        rj.set_seq(quint64(r->int64(0)));
        rj.set_reason(pb::RejectReason(r->int64(1)));
        rj.set_message(r->text(2).toStdString());
        out.rejected.push_back(rj);
    }
    auto f = m_db.cached(
        "SELECT seq, type, record_id, message FROM refused_changes WHERE device=? AND seq>=? AND seq<=? ORDER BY seq");
    f->bind(1, qint64(device)).bind(2, from).bind(3, to);
    while (f->step()) {
        pb::Rejection rj;
        rj.set_seq(quint64(f->int64(0)));
        rj.set_reason(pb::REJECT_REASON_FORBIDDEN);
        rj.set_type(pb::RecordType(f->int64(1)));
        rj.set_record_id(f->blob(2));
        rj.set_message(f->text(3).toStdString());
        out.rejected.push_back(rj);
    }
}

domain::ChangeContext SqliteServerStore::contextFor(bool trusted)
{
    domain::ChangeContext ctx;
    ctx.who = m_ctx.who;
    ctx.trusted = trusted;
    ctx.thisYear = Clock::dateOf(m_ctx.nowMs ? m_ctx.nowMs : m_clock.nowMs()).year();
    ctx.keysOf = [this](pb::RecordType t, const std::string &id) { return m_records.keysOf(t, id); };
    ctx.inAreas = [this, keysOf = ctx.keysOf](const domain::Keys &keys) {
        return access::covers(m_ctx.grantKeys, keys, keysOf);
    };
    ctx.modelOfEvaluation = [this](const std::string &id) {
        const auto e = m_records.value<pb::Evaluation>(pb::RECORD_TYPE_EVALUATION, id);
        return e ? e->model() : pb::LEARNING_MODEL_UNSPECIFIED;
    };
    return ctx;
}

std::optional<int> SqliteServerStore::applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c,
                                                  Stamp stamp, QString *refused, bool trusted)
{
    const domain::ChangeContext &ctx = trusted ? m_trustedCtx : m_changeCtx;
    // The common case: a record nobody has yet. Insert it directly; if it exists after all, decide again on it.
    if ((trusted || domain::deviceWritable(c.type())) && !c.deleted()) {
        const auto d = domain::decideCreate(c, ctx);
        if (d.outcome == domain::ChangeDecision::Outcome::Apply && m_records.insertNew(c, stamp, device, d.areas)) {
            if (m_ctx.who) m_audit.add(c, true);
            return 0;
        }
    }
    const auto row = m_records.load(c.type(), c.id());
    const auto d = domain::decideChange(c, stamp, row ? std::optional(row->stored()) : std::nullopt, ctx);
    switch (d.outcome) {
    case domain::ChangeDecision::Outcome::Rejected: throw ChangeSetRejected(d.reason, d.message);
    case domain::ChangeDecision::Outcome::Refused: *refused = d.message; return std::nullopt;
    case domain::ChangeDecision::Outcome::Unchanged: return 0;
    case domain::ChangeDecision::Outcome::Apply: break;
    }
    if (d.changed) {
        persist(d, row ? &*row : nullptr, device, deviceCursor);
        if (m_ctx.who) m_audit.add(c, d.isCreate); // (not the server's own writes: reference data)
    }
    for (const auto &fc : d.conflicts) writeConflict(d.merged, fc, d.areas);
    return int(d.conflicts.size());
}

void SqliteServerStore::persist(const domain::ChangeDecision &d, const store_detail::Row *row, quint64 device,
                                quint64 deviceCursor)
{
    const store_detail::Row none;
    const store_detail::Row &was = row ? *row : none;
    // The state this device's writes sit on is the record as it was before its run of writes. If the device had
    // pulled that state when it pushed, its copy equals ours and need not be sent back.
    const quint64 base = was.writer == device ? was.baseSeq : was.seq;
    const bool echoOk = (was.writer == device && was.echoOk) || deviceCursor >= base;
    const bool moved = !d.isCreate && d.areas != was.areas;
    m_records.writeRow(d.merged, d.areas, was.seq, was.areas, device, base, echoOk);
    if (moved) m_records.rekeyChildren(d.merged.type, d.merged.id, was.areas, d.areas);
}

void SqliteServerStore::writeConflict(const Record &rec, const FieldConflict &fc, const domain::Keys &areas)
{
    Record c;
    c.type = pb::RECORD_TYPE_CONFLICT;
    c.id = domain::conflictId(rec, fc);
    if (m_records.load(c.type, c.id)) return; // the same loser was already recorded
    pb::Change ch;
    ch.set_values(domain::conflictOf(rec, fc).SerializeAsString());
    bool changed = false;
    c.apply(ch, Stamp{m_clock.tick(), m_device}, &changed, nullptr);
    domain::Keys keys;
    for (const auto &a : areas)
        if (a.rfind("r", 0) != 0) keys.insert(a);
    m_records.writeRow(c, keys, 0, {}, m_device, 0, false);
}

PullPage SqliteServerStore::pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize)
{
    const int limit = std::clamp(pageSize <= 0 ? m_limits.maxPageRecords : pageSize, 1, m_limits.maxPageRecords);
    return m_records.pull(device, areas, cursor, limit, m_limits.maxPageBytes);
}

bool SqliteServerStore::putServerRecord(pb::RecordType t, const std::string &id, const google::protobuf::Message &m)
{
    pb::Change c;
    c.set_type(t);
    c.set_id(id);
    c.set_values(m.SerializeAsString());
    const auto row = m_records.load(t, id);
    if (row && row->rec.values() == c.values()) return false;
    if (row) row->rec.addBases(&c);
    QString refused;
    applyChange(m_device, 0, c, Stamp{m_clock.tick(), m_device}, &refused, true);
    return true;
}

template <typename F>
auto SqliteServerStore::asServer(F fn)
{
    sql::Transaction tx(m_db);
    m_records.reloadSeq(); // an administrator's command may have written since (another process)
    m_records.clearKeyCache();
    m_trustedCtx = contextFor(true);
    auto result = fn();
    setMeta("hlc", QString::number(m_clock.last()));
    tx.commit();
    m_records.clearKeyCache();
    return result;
}

bool SqliteServerStore::publishCriteriaSet(const pb::CriteriaSet &set)
{
    if (const QString e = domain::checkCriteriaSet(set); !e.isEmpty())
        throw std::runtime_error("criteria set: " + e.toStdString());
    return asServer(
        [&] { return putServerRecord(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(set), set); });
}

bool SqliteServerStore::setProvinceTargets(const pb::ProvinceTargets &t)
{
    if (!AdminUnits::builtin().province(QString::fromStdString(t.province_code())))
        throw std::runtime_error("targets: no province " + t.province_code());
    if (const QString e = domain::checkProvinceTargets(t); !e.isEmpty())
        throw std::runtime_error("targets: " + e.toStdString());
    return asServer([&] {
        return putServerRecord(pb::RECORD_TYPE_PROVINCE_TARGETS, domain::provinceTargetsId(t.province_code()), t);
    });
}

int SqliteServerStore::seedReference(const AdminUnits &units, qint64)
{
    return asServer([&] {
        int written = 0;
        for (const auto &p : units.provinces())
            written += putServerRecord(pb::RECORD_TYPE_PROVINCE, domain::provinceId(p.code), domain::provinceRecord(p))
                           ? 1
                           : 0;
        for (const auto &c : units.communes())
            written +=
                putServerRecord(pb::RECORD_TYPE_COMMUNE, domain::communeId(c.code), domain::communeRecord(c)) ? 1 : 0;
        // The national criteria sets (data/criteria/): every device receives them, read-only.
        for (const auto &cs : domain::builtinCriteriaSets())
            written += putServerRecord(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(cs), cs) ? 1 : 0;
        return written;
    });
}

void SqliteServerStore::forEach(const QStringList &areas, const std::function<void(const Record &)> &fn)
{
    m_records.forEach(areas, fn);
}

domain::RollupFacts SqliteServerStore::rollupFacts(const QString &area)
{
    catchUpFacts(); // what arrived since the last catch-up
    sql::ReadTransaction snapshot(m_db);
    QString province = area.mid(2);
    if (!area.startsWith(QLatin1String("p:"))) {
        const auto *info = AdminUnits::builtin().commune(area.mid(2));
        province = info ? info->provinceCode : QString();
    }
    return m_facts.read(area, m_records.value<pb::ProvinceTargets>(pb::RECORD_TYPE_PROVINCE_TARGETS,
                                                                   domain::provinceTargetsId(province.toStdString())));
}

int SqliteServerStore::catchUpFacts()
{
    sql::Transaction tx(m_db);
    m_records.reloadSeq();
    const quint64 from = meta("facts_seq").toULongLong();
    if (from >= m_records.seq()) return 0;
    const int n = m_facts.catchUp(from);
    setMeta("facts_seq", QString::number(m_records.seq()));
    tx.commit();
    return n;
}

QStringList SqliteServerStore::lineage(const QString &area)
{
    QStringList out{area};
    QString village, commune;
    if (area.startsWith(QLatin1String("h:"))) {
        const auto h = m_records.value<pb::Household>(pb::RECORD_TYPE_HOUSEHOLD, area.mid(2).toStdString());
        if (!h) return out;
        village = QString::fromStdString(h->village_id());
        out << QStringLiteral("v:") + village;
    } else if (area.startsWith(QLatin1String("v:"))) {
        village = area.mid(2);
    } else if (area.startsWith(QLatin1String("c:"))) {
        commune = area.mid(2);
    }
    if (!village.isEmpty()) {
        const auto v = m_records.value<pb::Village>(pb::RECORD_TYPE_VILLAGE, village.toStdString());
        if (!v) return out;
        commune = QString::fromStdString(v->commune_code());
        out << QStringLiteral("c:") + commune;
    }
    if (!commune.isEmpty()) {
        const auto c = m_records.value<pb::Commune>(pb::RECORD_TYPE_COMMUNE, domain::communeId(commune));
        if (c) out << QStringLiteral("p:") + QString::fromStdString(c->province_code());
    }
    return out;
}

std::vector<AuditEntry> SqliteServerStore::audit(const AuditQuery &q)
{
    return m_audit.query(q);
}

bool SqliteServerStore::areaExists(const QString &area)
{
    const QString code = area.mid(2);
    if (area.startsWith(QLatin1String("c:")))
        return bool(m_records.load(pb::RECORD_TYPE_COMMUNE, domain::communeId(code)));
    if (area.startsWith(QLatin1String("p:")))
        return bool(m_records.load(pb::RECORD_TYPE_PROVINCE, domain::provinceId(code)));
    if (area.startsWith(QLatin1String("v:"))) return bool(m_records.load(pb::RECORD_TYPE_VILLAGE, code.toStdString()));
    if (area.startsWith(QLatin1String("h:")))
        return bool(m_records.load(pb::RECORD_TYPE_HOUSEHOLD, code.toStdString()));
    return false;
}

std::unique_ptr<ServerStore> openSqliteServerStore(const QString &path, const ServerLimits &limits)
{
    return std::make_unique<SqliteServerStore>(path, limits);
}

} // namespace kh
