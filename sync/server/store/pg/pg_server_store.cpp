// Long file: the counterpart of sqlite_server_store.cpp, one operation after another, plus the pipelined first
// run of a push and its careful rerun; split, the two runs of a push would live apart from the code they share.
#include "server/store/pg/pg_server_store.h"

#include "core/access/access.h"
#include "core/areas/lineage.h"
#include "core/areas/reference_records.h"
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/records/conflict_record.h"
#include "core/records/ids.h"
#include "core/time/clock.h"
#include "server/services/system_clock.h"
#include "server/store/pg/pg_schema.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcPgStore, "kh.server.pg", QtInfoMsg)

namespace kh {

using pg::Params;

class PgServerStore::ChangeSetRejected : public std::runtime_error {
public:
    ChangeSetRejected(pb::RejectReason r, const QString &m) : std::runtime_error(m.toStdString()), reason(r) {}
    pb::RejectReason reason;
};

namespace {
QString randomHex()
{
    quint64 v = 0;
    while (v == 0) v = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
}
} // namespace

PgServerStore::PgServerStore(const std::string &url, const ServerLimits &limits)
    : m_c(url), m_limits(limits), m_clock(SystemClock::systemNowMs)
{
    pg::migrate(m_c);
    pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        // The first server to start chooses the server's device id and the store's epoch; the others read them.
        m_c.query("INSERT INTO meta(key,value) VALUES('device',$1),('store_epoch',$2),('facts_pos','0'),('hlc','0') "
                  "ON CONFLICT(key) DO NOTHING",
                  Params().text(randomHex().toStdString()).text(randomHex().toStdString()));
        m_device = meta("device").toULongLong(nullptr, 16);
        m_epoch = meta("store_epoch").toStdString();
        m_clock.reset(meta("hlc").toULongLong());
        tx.commit();
    });
}

QString PgServerStore::meta(const char *key, bool lock)
{
    auto r = m_c.query(lock ? "SELECT value FROM meta WHERE key=$1 FOR UPDATE" : "SELECT value FROM meta WHERE key=$1",
                       Params().text(key));
    return r.rows() ? r.text(0, 0) : QString();
}

void PgServerStore::setMeta(const char *key, const QString &value)
{
    m_c.query("INSERT INTO meta(key,value) VALUES($1,$2) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
              Params().text(key).text(value.toStdString()));
}

// A push first runs pipelined: its writes (each change-set's new records in one statement, the audit and
// refusal rows, the device's sequence) go to PostgreSQL without waiting for their answers, which are read when
// something must be read (a record to merge, the refusals to report, the commit) or every
// Connection::kMaxPending statements. A change-set of new records then costs no round trip of its own, and the
// server prepares the next change-set while PostgreSQL writes this one. That first run takes no savepoint per
// change-set either: a savepoint that writes is a subtransaction with an xid of its own, and past 64 of them in
// one transaction every other session's snapshot overflows into pg_subtrans look-ups. So when something can only
// be undone change-set by change-set, the whole transaction is rolled back and the push runs again the careful
// way (savepoints, answers awaited, new records merged one by one): a change-set refused whole
// (ChangeSetRejected), or a new record that existed after all (another server created it a moment ago, or a
// derived id), known only when its batch's answer arrives. An error in the pipeline rolls the whole push back
// and is thrown as PostgreSQL named it.
namespace {
constexpr size_t kQueuedRecords = 1000; // new records per statement in a pipelined push
} // namespace

PushOutcome PgServerStore::push(quint64 device, const std::vector<const pb::ChangeSet *> &sets, quint64 deviceCursor,
                                qint64 nowMs, const access::Principal &who)
{
    try {
        return pg::retrying(m_c, [&] { return pushOnce(device, sets, deviceCursor, nowMs, who, true); });
    } catch (const pg::Error &e) {
        if (!pg::isNewRecordExists(e)) throw;
        qCDebug(lcPgStore) << "push from" << Qt::hex << device << Qt::dec << "meets a record that exists: unpipelined";
    } catch (const Unpipeline &) {
        qCDebug(lcPgStore) << "push from" << Qt::hex << device << Qt::dec << "has a change-set refused: unpipelined";
    }
    return pg::retrying(m_c, [&] { return pushOnce(device, sets, deviceCursor, nowMs, who, false); });
}

void PgServerStore::write(const std::string &sql, const pg::Params &params)
{
    if (m_pipelined)
        m_c.defer(sql, params);
    else if (params.size())
        m_c.query(sql, params);
    else
        m_c.exec(sql);
}

// Long: one transaction in the order it runs (the device's lock, each change-set under a savepoint, the
// device's sequence, the refusals to report).
PushOutcome PgServerStore::pushOnce(quint64 device, const std::vector<const pb::ChangeSet *> &sets,
                                    quint64 deviceCursor, qint64 nowMs, const access::Principal &who, bool pipelined)
{
    PushOutcome out;
    pg::Transaction tx(m_c);
    m_records.begin();
    m_audit.dropWaiting(); // from a try that failed
    struct Reset {
        PushContext &ctx;
        bool &pipelined;
        ~Reset()
        {
            ctx = PushContext{};
            pipelined = false;
        }
    } reset{m_ctx, m_pipelined};
    m_ctx.who = &who;
    m_ctx.nowMs = nowMs;
    quint64 lastSeq = 0;
    // The device's row first: a second server given the same change-sets waits here, then finds them applied.
    if (!claimInTx(device, who.user, nowMs, &lastSeq)) {
        out.foreignDevice = true;
        return out;
    }
    if (!who.isAdmin()) m_ctx.grantKeys = m_records.expand(who.areas);
    m_changeCtx = contextFor(false);
    m_changeCtx.device = device;
    const quint64 before = lastSeq;
    m_pipelined = pipelined;
    for (const pb::ChangeSet *cs : sets) {
        if (cs->seq() <= lastSeq) continue; // already applied or refused: acknowledged again below
        if (cs->seq() != lastSeq + 1) {
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
            break;
        }
        if (!m_pipelined) m_c.exec("SAVEPOINT cs");
        try {
            applyChangeSetBatched(device, deviceCursor, *cs, out);
            if (!m_pipelined) m_c.exec("RELEASE cs");
            ++out.applied;
        } catch (const ChangeSetRejected &r) {
            if (m_pipelined) throw Unpipeline{}; // no savepoint to go back to: run again with them
            m_c.exec("ROLLBACK TO cs");
            m_c.exec("RELEASE cs");
            m_records.clearKeyCache();
            m_records.dropQueued();
            write("INSERT INTO rejections(device,seq,reason,message) VALUES($1,$2,$3,$4) ON CONFLICT(device,seq) "
                  "DO UPDATE SET reason=excluded.reason, message=excluded.message",
                  Params().i64(qint64(device)).i64(qint64(cs->seq())).i32(int(r.reason)).text(r.what()));
        }
        lastSeq = cs->seq();
    }
    if (m_pipelined) { // what the change-sets left queued
        m_records.flushNew(true);
        m_audit.flush();
    }
    write("UPDATE devices SET last_seq=$2, last_ms=$3 WHERE device=$1",
          Params().i64(qint64(device)).i64(qint64(lastSeq)).i64(nowMs));
    out.ackedSeq = sets.empty() ? 0 : lastSeq;
    if (!sets.empty()) reportRefusals(device, std::min<quint64>(sets.front()->seq(), before + 1), lastSeq, out);
    tx.commit(); // durable once this returns (synchronous_commit on)
    return out;
}

bool PgServerStore::claimInTx(quint64 device, const QString &user, qint64 nowMs, quint64 *lastSeq)
{
    if (device == m_device) return false; // the server's own writes carry its id: no account may write as it
    m_c.query("INSERT INTO devices(device,last_seq,first_ms,last_ms,owner) VALUES($1,0,$2,$2,$3) "
              "ON CONFLICT(device) DO NOTHING",
              Params().i64(qint64(device)).i64(nowMs).text(user.toStdString()));
    auto r = m_c.query("SELECT last_seq, owner FROM devices WHERE device=$1 FOR UPDATE", Params().i64(qint64(device)));
    if (lastSeq) *lastSeq = quint64(r.i64(0, 0));
    const QString owner = r.text(0, 1);
    if (!owner.isEmpty()) return owner == user;
    m_c.query("UPDATE devices SET owner=$2 WHERE device=$1", Params().i64(qint64(device)).text(user.toStdString()));
    return true;
}

bool PgServerStore::claimDevice(quint64 device, const QString &user, qint64 nowMs)
{
    if (device == m_device) return false;
    return pg::retrying(m_c, [&] {
        // Most requests come from a device already bound: a read answers them without a write.
        auto r = m_c.query("SELECT owner FROM devices WHERE device=$1", Params().i64(qint64(device)));
        if (r.rows() && !r.text(0, 0).isEmpty()) return r.text(0, 0) == user;
        pg::Transaction tx(m_c);
        const bool ok = claimInTx(device, user, nowMs, nullptr);
        tx.commit();
        return ok;
    });
}

void PgServerStore::flushQueued()
{
    if (m_batch && !m_records.flushNew(m_pipelined)) throw BatchConflict{};
}

void PgServerStore::applyChangeSetBatched(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs,
                                          PushOutcome &out)
{
    const int conflicts = out.conflicts;
    struct Batch {
        bool &on;
        explicit Batch(bool &b) : on(b) { on = true; }
        ~Batch() { on = false; }
    };
    try {
        Batch batch(m_batch);
        applyChangeSet(device, deviceCursor, cs, out);
        return;
    } catch (const BatchConflict &) {}
    // A record it creates exists already (another server made it a moment ago, or a derived id): start the
    // change-set over, merging record by record.
    m_records.dropQueued();
    out.conflicts = conflicts;
    m_c.exec("ROLLBACK TO cs");
    m_records.clearKeyCache();
    applyChangeSet(device, deviceCursor, cs, out);
}

void PgServerStore::applyChangeSet(quint64 device, quint64 deviceCursor, const pb::ChangeSet &cs, PushOutcome &out)
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
            refused.emplace_back(int(c.type()), c.id(), why);
    }
    // Pipelined, new records wait for those of the next change-sets (fewer, larger statements) until something
    // reads records (flushQueued) or the push ends.
    if (!m_pipelined || m_records.queued() >= kQueuedRecords) flushQueued();
    for (const auto &[type, id, message] : refused)
        write("INSERT INTO refused_changes(device,seq,type,record_id,message) VALUES($1,$2,$3,$4,$5) "
              "ON CONFLICT(device,seq,type,record_id) DO UPDATE SET message=excluded.message",
              Params().i64(qint64(device)).i64(qint64(cs.seq())).i32(type).text(id).text(message.toStdString()));
    if (m_ctx.who) m_audit.commit(*m_ctx.who, device, cs.seq(), nowMs, m_pipelined);
}

void PgServerStore::reportRefusals(quint64 device, quint64 from, quint64 to, PushOutcome &out)
{
    const auto p = Params().i64(qint64(device)).i64(qint64(from)).i64(qint64(to));
    auto r = m_c.query("SELECT seq, reason, message FROM rejections WHERE device=$1 AND seq>=$2 AND seq<=$3 "
                       "ORDER BY seq",
                       p);
    for (int i = 0; i < r.rows(); ++i) {
        pb::Rejection rj;
        rj.set_seq(quint64(r.i64(i, 0)));
        rj.set_reason(pb::RejectReason(r.i64(i, 1)));
        rj.set_message(r.str(i, 2));
        out.rejected.push_back(rj);
    }
    auto f = m_c.query("SELECT seq, type, record_id, message FROM refused_changes WHERE device=$1 AND seq>=$2 AND "
                       "seq<=$3 ORDER BY seq",
                       p);
    for (int i = 0; i < f.rows(); ++i) {
        pb::Rejection rj;
        rj.set_seq(quint64(f.i64(i, 0)));
        rj.set_reason(pb::REJECT_REASON_FORBIDDEN);
        rj.set_type(pb::RecordType(f.i64(i, 1)));
        rj.set_record_id(f.str(i, 2));
        rj.set_message(f.str(i, 3));
        out.rejected.push_back(rj);
    }
}

domain::ChangeContext PgServerStore::contextFor(bool trusted)
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
        flushQueued();
        const auto row = m_records.load(pb::RECORD_TYPE_EVALUATION, id);
        if (!row || row->rec.isDeleted()) return std::nullopt;
        pb::Evaluation e;
        e.ParseFromString(row->rec.values());
        return e;
    };
    ctx.valuesOf = [this](pb::RecordType t, const std::string &id) -> std::optional<std::string> {
        flushQueued();
        const auto row = m_records.load(t, id);
        if (!row || row->rec.isDeleted()) return std::nullopt;
        return row->rec.values();
    };
    return ctx;
}

std::optional<int> PgServerStore::applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c, Stamp stamp,
                                              QString *refused, bool trusted)
{
    const domain::ChangeContext &ctx = trusted ? m_trustedCtx : m_changeCtx;
    if ((trusted || domain::deviceWritable(c.type())) && !c.deleted()) {
        const auto d = domain::decideCreate(c, ctx);
        if (d.outcome == domain::ChangeDecision::Outcome::Apply && m_batch) {
            m_records.queueNew(c, stamp, device, d.areas); // inserted with the others of its change-set
            if (m_ctx.who) m_audit.add(c, true);
            return 0;
        }
        if (d.outcome == domain::ChangeDecision::Outcome::Apply && m_records.insertNew(c, stamp, device, d.areas)) {
            if (m_ctx.who) m_audit.add(c, true);
            return 0;
        }
    }
    flushQueued();
    // Locked until the push commits: another server merging into the same record waits, then merges into ours.
    const auto row = m_records.load(c.type(), c.id(), true);
    const auto d = domain::decideChange(c, stamp, row ? std::optional(row->stored()) : std::nullopt, ctx);
    switch (d.outcome) {
    case domain::ChangeDecision::Outcome::Rejected: throw ChangeSetRejected(d.reason, d.message);
    case domain::ChangeDecision::Outcome::Refused: *refused = d.message; return std::nullopt;
    case domain::ChangeDecision::Outcome::Unchanged: return 0;
    case domain::ChangeDecision::Outcome::Apply: break;
    }
    if (d.changed) {
        persist(d, row ? &*row : nullptr, device, deviceCursor);
        if (m_ctx.who) m_audit.add(c, d.isCreate);
    }
    for (const auto &fc : d.conflicts) writeConflict(d.merged, fc, d.areas);
    return int(d.conflicts.size());
}

void PgServerStore::persist(const domain::ChangeDecision &d, const pg::PgRow *row, quint64 device, quint64 deviceCursor)
{
    const pg::PgRow none;
    const pg::PgRow &was = row ? *row : none;
    // As in SqliteServerStore::persist: the device holds the version its write sits on only if its cursor has
    // reached that version's position, or it wrote that version itself on top of one it held.
    const bool echoOk = was.pos == 0 || deviceCursor >= was.pos || (was.writer == device && was.echoOk);
    const quint64 base = was.writer == device ? was.basePos : was.pos;
    const bool moved = !d.isCreate && d.current != was.current;
    m_records.writeRow(d.merged, d.areas, d.current, was, device, base, echoOk);
    if (moved) m_records.rekeyChildren(d.merged.type, d.merged.id, was.areas, d.areas);
}

void PgServerStore::writeConflict(const Record &rec, const FieldConflict &fc, const domain::Keys &areas)
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
    m_records.writeRow(c, keys, keys, pg::PgRow{}, m_device, 0, false);
}

QString PgServerStore::writerName(quint64 device)
{
    if (device == m_device) return {};
    if (m_ctx.who && device == m_changeCtx.device && !m_ctx.who->name.isEmpty()) return m_ctx.who->name;
    auto r = m_c.query("SELECT owner FROM devices WHERE device=$1", Params().i64(qint64(device)));
    const QString owner = r.rows() ? r.text(0, 0) : QString();
    return owner.isEmpty() || !m_nameOf ? QString() : m_nameOf(owner);
}

PullPage PgServerStore::pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize)
{
    const int limit = std::clamp(pageSize <= 0 ? m_limits.maxPageRecords : pageSize, 1, m_limits.maxPageRecords);
    return pg::retrying(m_c, [&] {
        m_records.begin();
        return m_records.pull(device, areas, cursor, limit, m_limits.maxPageBytes, 200);
    });
}

quint64 PgServerStore::countAfter(const QStringList &areas, quint64 cursor)
{
    return pg::retrying(m_c, [&] {
        m_records.begin();
        return m_records.countAfter(areas, cursor);
    });
}

bool PgServerStore::putServerRecord(pb::RecordType t, const std::string &id, const google::protobuf::Message &m)
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

// The server's own writes (reference data, criteria, targets) run once at a time across every server: they
// hold the seeding lock, and the clock of the server's writes is kept in the database for all of them.
template <typename F>
auto PgServerStore::asServer(F fn)
{
    return pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        pg::lock(m_c, pg::Lock::Seed);
        m_records.begin();
        m_clock.observe(meta("hlc", true).toULongLong());
        m_trustedCtx = contextFor(true);
        auto result = fn();
        setMeta("hlc", QString::number(m_clock.last()));
        tx.commit();
        return result;
    });
}

bool PgServerStore::publishCriteriaSet(const pb::CriteriaSet &set)
{
    if (const QString e = domain::checkCriteriaSet(set); !e.isEmpty())
        throw std::runtime_error("criteria set: " + e.toStdString());
    return asServer(
        [&] { return putServerRecord(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(set), set); });
}

bool PgServerStore::setProvinceTargets(const pb::ProvinceTargets &t)
{
    if (!AdminUnits::builtin().province(QString::fromStdString(t.province_code())))
        throw std::runtime_error("targets: no province " + t.province_code());
    if (const QString e = domain::checkProvinceTargets(t); !e.isEmpty())
        throw std::runtime_error("targets: " + e.toStdString());
    return asServer([&] {
        return putServerRecord(pb::RECORD_TYPE_PROVINCE_TARGETS, domain::provinceTargetsId(t.province_code()), t);
    });
}

int PgServerStore::seedReference(const AdminUnits &units, qint64)
{
    return asServer([&] {
        int written = 0;
        for (const auto &p : units.provinces())
            written += putServerRecord(pb::RECORD_TYPE_PROVINCE, domain::provinceId(p.code), domain::provinceRecord(p));
        for (const auto &c : units.communes())
            written += putServerRecord(pb::RECORD_TYPE_COMMUNE, domain::communeId(c.code), domain::communeRecord(c));
        for (const auto &cs : domain::builtinCriteriaSets())
            written += putServerRecord(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(cs), cs);
        return written;
    });
}

void PgServerStore::forEach(const QStringList &areas, const std::function<void(const Record &)> &fn)
{
    m_records.forEach(areas, fn);
}

domain::RollupFacts PgServerStore::rollupFacts(const QString &area)
{
    catchUpFacts();
    QString province = area.mid(2);
    if (!area.startsWith(QLatin1String("p:"))) {
        const auto *info = AdminUnits::builtin().commune(area.mid(2));
        province = info ? info->provinceCode : QString();
    }
    return pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        auto facts =
            m_facts.read(area, m_records.value<pb::ProvinceTargets>(pb::RECORD_TYPE_PROVINCE_TARGETS,
                                                                    domain::provinceTargetsId(province.toStdString())));
        tx.commit();
        return facts;
    });
}

std::map<QString, funds::Ledger> PgServerStore::fundLedgers(const QString &area)
{
    catchUpFacts();
    return pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        auto books = m_facts.fundLedgers(area);
        tx.commit();
        return books;
    });
}

void PgServerStore::exclusively(const std::string &job, const std::function<void()> &fn)
{
    // A session lock (the job commits many transactions), keyed by the job's name; released also when `fn` throws.
    m_c.query("SELECT pg_advisory_lock(hashtext($1))", Params().text("kh:" + job));
    struct Unlock {
        pg::Connection &c;
        std::string key;
        ~Unlock()
        {
            try {
                c.query("SELECT pg_advisory_unlock(hashtext($1))", Params().text(key));
            } catch (...) { // a broken connection has lost its session locks with it
            }
        }
    } unlock{m_c, "kh:" + job};
    fn();
}

int PgServerStore::catchUpFacts(int limit)
{
    return pg::retrying(m_c, [&] {
        pg::Transaction tx(m_c);
        pg::lock(m_c, pg::Lock::Facts); // one server at a time; the others find it done
        const quint64 from = meta("facts_pos", true).toULongLong();
        const quint64 horizon = m_records.horizon();
        if (horizon == 0 || horizon - 1 <= from) return 0;
        // The positions below the horizon, all of them or the first `limit` fact records'.
        const quint64 last = limit > 0 ? m_facts.chunkEnd(from, horizon - 1, limit) : horizon - 1;
        const int n = m_facts.catchUp(from, last + 1);
        setMeta("facts_pos", QString::number(last));
        tx.commit();
        return n;
    });
}

QStringList PgServerStore::lineage(const QString &area)
{
    return domain::lineage(area, [this](pb::RecordType t, const std::string &id) -> std::optional<std::string> {
        const auto row = m_records.load(t, id);
        if (!row) return std::nullopt;
        return row->rec.values();
    });
}

std::vector<AuditEntry> PgServerStore::audit(const AuditQuery &q)
{
    return m_audit.query(q);
}

bool PgServerStore::areaExists(const QString &area)
{
    const auto r = domain::areaRecord(area);
    return r && bool(m_records.load(r->first, r->second));
}

} // namespace kh
