#include "server/store/sqlite/sqlite_server_store.h"
#include "server/store/sqlite/server_schema.h"

#include "core/access/access.h"
#include "core/areas/lineage.h"
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
    m_path = QString::fromUtf8(sqlite3_db_filename(m_db.handle(), "main")); // empty in memory
    // checkpoint() copies the log into the file from another thread; a push does it only past 64 MiB (copying it at
    // SQLite's default 1,000 pages cost a 10,000-household push about a tenth of its time).
    m_db.exec("PRAGMA wal_autocheckpoint=4096");
    // A push's savepoints journal each page they first touch; in a temporary file that cost 8.6 % of a
    // 10,000-household push's samples (pwrite), 2.6 % in memory.
    m_db.exec("PRAGMA temp_store=MEMORY");
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
    m_epoch = meta("store_epoch").toStdString();
    if (m_epoch.empty()) {
        quint64 e = 0;
        while (e == 0) e = QRandomGenerator::system()->generate64();
        m_epoch = QStringLiteral("%1").arg(e, 16, 16, QLatin1Char('0')).toStdString();
        setMeta("store_epoch", QString::fromStdString(m_epoch));
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
    const auto migrations = store_detail::serverMigrations();
    const int latest = int(migrations.size());
    const int v = m_db.userVersion();
    if (v > latest)
        throw sql::Error("server database schema " + std::to_string(v) + " is newer than this server", SQLITE_MISMATCH);
    for (int i = v; i < latest; ++i) {
        sql::Transaction tx(m_db);
        m_db.exec(migrations[size_t(i)]);
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
    m_changeCtx.device = device;
    if (!claimInTx(device, who.user, nowMs)) {
        out.foreignDevice = true;
        return out;
    }
    quint64 lastSeq = 0;
    {
        auto d = m_db.cached("SELECT last_seq FROM devices WHERE device=?");
        d->bind(1, qint64(device));
        if (d->step()) lastSeq = quint64(d->int64(0));
    }
    const quint64 before = lastSeq;
    for (const pb::ChangeSet *cs : sets) {
        if (cs->seq() <= lastSeq) continue; // already applied or refused: acknowledged again below
        if (cs->seq() != lastSeq + 1) {
            // A change-set never arrived: nothing from here on is applied or acknowledged, and the device is told.
            pb::Rejection gap;
            gap.set_seq(cs->seq());
            gap.set_reason(pb::REJECT_REASON_SEQUENCE_GAP);
            gap.set_message(
                QStringLiteral("change-set %1 arrived after %2: change-sets %3..%4 never reached the server")
                    .arg(cs->seq())
                    .arg(lastSeq)
                    .arg(lastSeq + 1)
                    .arg(cs->seq() - 1)
                    .toStdString());
            out.rejected.push_back(gap);
            qCWarning(lcServerStore) << "device" << Qt::hex << device << Qt::dec << "gap after seq" << lastSeq << "to"
                                     << cs->seq();
            break;
        }
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

bool SqliteServerStore::claimInTx(quint64 device, const QString &user, qint64 nowMs)
{
    if (device == m_device) return false; // the server's own writes carry its id: no account may write as it
    auto s = m_db.cached("SELECT owner FROM devices WHERE device=?");
    s->bind(1, qint64(device));
    if (s->step()) {
        const QString owner = s->text(0);
        s->reset();
        if (!owner.isEmpty()) return owner == user;
        auto u = m_db.cached("UPDATE devices SET owner=? WHERE device=?");
        u->bind(1, user).bind(2, qint64(device)).run();
        return true;
    }
    s->reset();
    auto i = m_db.cached("INSERT INTO devices(device,last_seq,first_ms,last_ms,owner) VALUES(?,0,?,?,?)");
    i->bind(1, qint64(device)).bind(2, nowMs).bind(3, nowMs).bind(4, user).run();
    return true;
}

bool SqliteServerStore::claimDevice(quint64 device, const QString &user, qint64 nowMs)
{
    sql::Transaction tx(m_db);
    const bool ok = claimInTx(device, user, nowMs);
    tx.commit();
    return ok;
}

void SqliteServerStore::applyChangeSet(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out)
{
    const qint64 nowMs = m_ctx.nowMs;
    if (HybridClock::wallMs(cs.hlc()) > nowMs + m_limits.maxClockSkewMs)
        throw ChangeSetRejected(pb::REJECT_REASON_CLOCK_AHEAD,
                                QStringLiteral("the device clock is %1 minutes ahead of the server")
                                    .arg((HybridClock::wallMs(cs.hlc()) - nowMs) / 60000));
    if (cs.hlc() == 0) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("change-set without a clock"));
    if (const QString e = domain::checkChangeSet(cs); !e.isEmpty())
        throw ChangeSetRejected(pb::REJECT_REASON_INVALID, e);
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
    ctx.evaluationOf = [this](const std::string &id) -> std::optional<pb::Evaluation> {
        const auto row = m_records.load(pb::RECORD_TYPE_EVALUATION, id);
        if (!row || row->rec.isDeleted()) return std::nullopt;
        pb::Evaluation e;
        e.ParseFromString(row->rec.values());
        return e;
    };
    ctx.valuesOf = [this](pb::RecordType t, const std::string &id) -> std::optional<std::string> {
        const auto row = m_records.load(t, id);
        if (!row || row->rec.isDeleted()) return std::nullopt;
        return row->rec.values();
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
    // Does the device hold the version its write sits on? Only if it was sent that very version: a version is
    // sent once, when the device's cursor passes its seq, so the device holds it when its cursor has reached the
    // seq the version has now; or when it wrote that version itself on top of one it held. (A cursor that passed
    // an older seq of the record says nothing: that version was replaced before the device pulled past it.)
    const bool echoOk = was.seq == 0 || deviceCursor >= was.seq || (was.writer == device && was.echoOk);
    const quint64 base = was.writer == device ? was.baseSeq : was.seq; // kept for older readers of the column
    const bool moved = !d.isCreate && d.current != was.current;
    m_records.writeRow(d.merged, d.areas, d.current, was, device, base, echoOk);
    if (moved) m_records.rekeyChildren(d.merged.type, d.merged.id, was.areas, d.areas);
}

void SqliteServerStore::writeConflict(const Record &rec, const FieldConflict &fc, const domain::Keys &areas)
{
    Record c;
    c.type = pb::RECORD_TYPE_CONFLICT;
    c.id = domain::conflictId(rec, fc);
    if (m_records.load(c.type, c.id)) return; // the same loser was already recorded
    pb::Conflict conflict = domain::conflictOf(rec, fc);
    conflict.set_winner_name(writerName(fc.winner.stamp.device).toStdString());
    conflict.set_loser_name(writerName(fc.loser.stamp.device).toStdString());
    pb::Change ch;
    ch.set_values(conflict.SerializeAsString());
    bool changed = false;
    c.apply(ch, Stamp{m_clock.tick(), m_device}, &changed, nullptr);
    domain::Keys keys;
    for (const auto &a : areas)
        if (a.rfind("r", 0) != 0) keys.insert(a);
    m_records.writeRow(c, keys, keys, store_detail::Row{}, m_device, 0, false);
}

QString SqliteServerStore::writerName(quint64 device)
{
    if (device == m_device) return {};
    if (m_ctx.who && device == m_changeCtx.device && !m_ctx.who->name.isEmpty()) return m_ctx.who->name;
    auto s = m_db.cached("SELECT owner FROM devices WHERE device=?");
    s->bind(1, qint64(device));
    const QString owner = s->step() ? s->text(0) : QString();
    return owner.isEmpty() || !m_nameOf ? QString() : m_nameOf(owner);
}

void SqliteServerStore::checkpoint()
{
    if (m_path.isEmpty()) return; // in memory: no log
    if (!m_checkpointDb.handle()) m_checkpointDb.open(m_path, false, true);
    // PASSIVE: copies the frames no reader needs, waits for nobody; a writer goes on appending meanwhile.
    const int rc =
        sqlite3_wal_checkpoint_v2(m_checkpointDb.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY) throw sql::Error("checkpoint failed", rc);
}

PullPage SqliteServerStore::pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize)
{
    const int limit = std::clamp(pageSize <= 0 ? m_limits.maxPageRecords : pageSize, 1, m_limits.maxPageRecords);
    return m_records.pull(device, areas, cursor, limit, m_limits.maxPageBytes);
}

quint64 SqliteServerStore::countAfter(const QStringList &areas, quint64 cursor)
{
    return m_records.countAfter(areas, cursor);
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

std::map<QString, funds::Ledger> SqliteServerStore::fundLedgers(const QString &area)
{
    catchUpFacts();
    sql::ReadTransaction snapshot(m_db);
    return m_facts.fundLedgers(area);
}

int SqliteServerStore::catchUpFacts(int limit)
{
    sql::Transaction tx(m_db);
    m_records.reloadSeq();
    const quint64 from = meta("facts_seq").toULongLong();
    if (from >= m_records.seq()) return 0;
    const quint64 to = limit > 0 ? m_facts.chunkEnd(from, m_records.seq(), limit) : m_records.seq();
    const int n = m_facts.catchUp(from, to);
    setMeta("facts_seq", QString::number(to));
    tx.commit();
    return n;
}

QStringList SqliteServerStore::lineage(const QString &area)
{
    return domain::lineage(area, [this](pb::RecordType t, const std::string &id) -> std::optional<std::string> {
        const auto row = m_records.load(t, id);
        if (!row) return std::nullopt;
        return row->rec.values();
    });
}

std::vector<AuditEntry> SqliteServerStore::audit(const AuditQuery &q)
{
    return m_audit.query(q);
}

bool SqliteServerStore::areaExists(const QString &area)
{
    const auto r = domain::areaRecord(area);
    return r && bool(m_records.load(r->first, r->second));
}

std::unique_ptr<ServerStore> openSqliteServerStore(const QString &path, const ServerLimits &limits)
{
    return std::make_unique<SqliteServerStore>(path, limits);
}

} // namespace kh
