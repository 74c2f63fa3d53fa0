#include "domain/text.h"
#include "server_store.h"
#include "sqlite.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcServerStore, "kh.server.store", QtInfoMsg)

namespace kh {

namespace {

const char *const kMigrations[] = {
    // 0 -> 1
    R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE records(seq INTEGER NOT NULL UNIQUE, type INTEGER NOT NULL, id TEXT NOT NULL,
                            state BLOB NOT NULL, areas TEXT NOT NULL, writer INTEGER NOT NULL,
                            base_seq INTEGER NOT NULL, echo_ok INTEGER NOT NULL, PRIMARY KEY(type, id));
       CREATE TABLE record_areas(area TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(area, seq)) WITHOUT ROWID;
       CREATE TABLE devices(device INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL, first_ms INTEGER NOT NULL,
                            last_ms INTEGER NOT NULL);
       CREATE TABLE rejections(device INTEGER NOT NULL, seq INTEGER NOT NULL, reason INTEGER NOT NULL,
                               message TEXT NOT NULL, PRIMARY KEY(device, seq)) WITHOUT ROWID;
       CREATE TABLE children(parent TEXT NOT NULL, type INTEGER NOT NULL, id TEXT NOT NULL,
                             PRIMARY KEY(parent, type, id)) WITHOUT ROWID;)",
};
constexpr int kSchemaVersion = int(std::size(kMigrations));

std::set<std::string> splitAreas(const QString &s)
{
    std::set<std::string> out;
    for (const QString &a : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) out.insert(a.toStdString());
    return out;
}

QString joinAreas(const std::set<std::string> &s)
{
    QStringList l;
    for (const auto &a : s) l << QString::fromStdString(a);
    return l.join(QLatin1Char(' '));
}

class ChangeSetRejected : public std::runtime_error {
public:
    ChangeSetRejected(pb::RejectReason r, const QString &m) : std::runtime_error(m.toStdString()), reason(r) {}
    pb::RejectReason reason;
};

class SqliteServerStore final : public ServerStore {
public:
    SqliteServerStore(const QString &path, const ServerLimits &limits) : m_limits(limits)
    {
        m_db.open(path, true, true);
        const int v = m_db.userVersion();
        if (v > kSchemaVersion)
            throw sql::Error("server database schema " + std::to_string(v) + " is newer than this server", SQLITE_MISMATCH);
        for (int i = v; i < kSchemaVersion; ++i) {
            sql::Transaction tx(m_db);
            m_db.exec(kMigrations[i]);
            m_db.setUserVersion(i + 1);
            tx.commit();
        }
        sql::Transaction tx(m_db);
        sql::Stmt s(m_db, "SELECT value FROM meta WHERE key='device'");
        if (s.step()) {
            m_device = s.text(0).toULongLong(nullptr, 16);
        } else {
            while (m_device == 0) m_device = QRandomGenerator::system()->generate64();
            sql::Stmt i(m_db, "INSERT INTO meta(key,value) VALUES('device',?)");
            i.bind(1, QStringLiteral("%1").arg(m_device, 16, 16, QLatin1Char('0'))).run();
        }
        s.reset();
        sql::Stmt m(m_db, "SELECT coalesce(max(seq),0) FROM records");
        m.step();
        m_seq = quint64(m.int64(0));
        sql::Stmt h(m_db, "SELECT value FROM meta WHERE key='hlc'");
        if (h.step()) m_clock.reset(h.text(0).toULongLong());
        tx.commit();
        m_getRecord = std::make_unique<sql::Stmt>(m_db, "SELECT seq, state, areas, writer, base_seq, echo_ok FROM records WHERE type=? AND id=?");
        m_getAreas = std::make_unique<sql::Stmt>(m_db, "SELECT areas, state FROM records WHERE type=? AND id=?");
        m_putRecord = std::make_unique<sql::Stmt>(m_db,
            "INSERT INTO records(seq,type,id,state,areas,writer,base_seq,echo_ok) VALUES(?,?,?,?,?,?,?,?) "
            "ON CONFLICT(type,id) DO UPDATE SET seq=excluded.seq, state=excluded.state, areas=excluded.areas, "
            "writer=excluded.writer, base_seq=excluded.base_seq, echo_ok=excluded.echo_ok");
        m_delArea = std::make_unique<sql::Stmt>(m_db, "DELETE FROM record_areas WHERE area=? AND seq=?");
        m_addArea = std::make_unique<sql::Stmt>(m_db, "INSERT INTO record_areas(area,seq) VALUES(?,?)");
        m_addChild = std::make_unique<sql::Stmt>(m_db, "INSERT OR IGNORE INTO children(parent,type,id) VALUES(?,?,?)");
    }

    quint64 deviceId() const override { return m_device; }

    PushOutcome push(quint64 device, const std::vector<const pb::ChangeSet *> &sets, quint64 deviceCursor, qint64 nowMs) override
    {
        PushOutcome out;
        sql::Transaction tx(m_db);
        quint64 lastSeq = 0;
        {
            sql::Stmt d(m_db, "SELECT last_seq FROM devices WHERE device=?");
            d.bind(1, qint64(device));
            if (d.step()) lastSeq = quint64(d.int64(0));
        }
        const quint64 before = lastSeq;
        for (const pb::ChangeSet *cs : sets) {
            if (cs->seq() <= lastSeq) continue; // already applied or refused: acknowledged again below
            m_db.exec("SAVEPOINT cs");
            try {
                if (HybridClock::wallMs(cs->hlc()) > nowMs + m_limits.maxClockSkewMs)
                    throw ChangeSetRejected(pb::REJECT_REASON_CLOCK_AHEAD,
                        QStringLiteral("the device clock is %1 minutes ahead of the server")
                            .arg((HybridClock::wallMs(cs->hlc()) - nowMs) / 60000));
                if (cs->hlc() == 0) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("change-set without a clock"));
                m_clock.observe(cs->hlc());
                for (const auto &c : cs->changes()) out.conflicts += applyChange(device, deviceCursor, c, Stamp{cs->hlc(), device}, nowMs);
                m_db.exec("RELEASE cs");
                ++out.applied;
            } catch (const ChangeSetRejected &r) {
                m_db.exec("ROLLBACK TO cs");
                m_db.exec("RELEASE cs");
                reloadSeq();
                sql::Stmt k(m_db, "INSERT OR REPLACE INTO rejections(device,seq,reason,message) VALUES(?,?,?,?)");
                k.bind(1, qint64(device)).bind(2, cs->seq()).bind(3, int(r.reason)).bind(4, QString::fromUtf8(r.what())).run();
            }
            if (cs->seq() != lastSeq + 1)
                qCWarning(lcServerStore) << "device" << Qt::hex << device << Qt::dec << "skipped from seq" << lastSeq << "to" << cs->seq();
            lastSeq = cs->seq();
        }
        sql::Stmt u(m_db, "INSERT INTO devices(device,last_seq,first_ms,last_ms) VALUES(?,?,?,?) "
                          "ON CONFLICT(device) DO UPDATE SET last_seq=excluded.last_seq, last_ms=excluded.last_ms");
        u.bind(1, qint64(device)).bind(2, lastSeq).bind(3, nowMs).bind(4, nowMs).run();
        saveClock();
        tx.commit(); // synchronous=FULL: durable once this returns
        out.ackedSeq = sets.empty() ? 0 : lastSeq;
        // Report refusals among the acknowledged change-sets, including those refused by an earlier request.
        if (!sets.empty()) {
            const quint64 lo = sets.front()->seq();
            sql::Stmt r(m_db, "SELECT seq, reason, message FROM rejections WHERE device=? AND seq>=? AND seq<=? ORDER BY seq");
            r.bind(1, qint64(device)).bind(2, std::min(lo, before + 1)).bind(3, lastSeq);
            while (r.step()) {
                pb::Rejection rj;
                rj.set_seq(quint64(r.int64(0)));
                rj.set_reason(pb::RejectReason(r.int64(1)));
                rj.set_message(r.text(2).toStdString());
                out.rejected.push_back(rj);
            }
        }
        return out;
    }

    void pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize, pb::SyncResponse *out) override
    {
        const std::set<std::string> keys = expand(areas);
        const int limit = std::clamp(pageSize <= 0 ? m_limits.maxPageRecords : pageSize, 1, m_limits.maxPageRecords);
        const quint64 snapshot = m_seq;
        out->set_cursor(snapshot > cursor ? snapshot : cursor);
        out->set_more(false);
        if (keys.empty() || snapshot <= cursor) return;
        std::string q = "SELECT r.seq, r.state, r.writer, r.echo_ok FROM records r WHERE r.seq IN "
                        "(SELECT DISTINCT seq FROM record_areas WHERE seq>? AND area IN (";
        for (size_t i = 0; i < keys.size(); ++i) q += i ? ",?" : "?";
        q += ") ORDER BY seq LIMIT ?) ORDER BY r.seq";
        sql::Stmt s(m_db, q);
        int i = 1;
        s.bind(i++, cursor);
        for (const auto &k : keys) s.bind(i++, k, true);
        s.bind(i++, limit + 1);
        int rows = 0;
        qsizetype bytes = 0;
        while (s.step()) {
            const quint64 seq = quint64(s.int64(0));
            if (rows == limit || bytes > m_limits.maxPageBytes) {
                out->set_more(true);
                break;
            }
            ++rows;
            out->set_cursor(seq);
            // The device's own writes on top of a state it already had would come back unchanged: skip them.
            if (quint64(s.int64(2)) == device && s.int64(3) != 0) continue;
            const std::string state = s.blob(1);
            bytes += qsizetype(state.size());
            if (!out->add_records()->ParseFromString(state)) throw sql::Error("corrupt record at seq " + std::to_string(seq), SQLITE_CORRUPT);
        }
        if (!out->more()) out->set_cursor(snapshot);
    }

    int seedReference(const AdminUnits &units, qint64 nowMs) override
    {
        sql::Transaction tx(m_db);
        int written = 0;
        auto put = [&](pb::RecordType t, const std::string &id, const google::protobuf::Message &m) {
            pb::Change c;
            c.set_type(t);
            c.set_id(id);
            c.set_values(m.SerializeAsString());
            Record rec = load(t, id).value_or(Record{});
            if (rec.exists() && rec.values() == c.values()) return;
            c.clear_base();
            if (rec.exists()) {
                std::map<quint32, std::string> parts;
                splitFields(c.values(), &parts);
                for (const auto &[n, raw] : parts)
                    if (auto it = rec.fields.find(n); it != rec.fields.end()) {
                        auto *b = c.add_base();
                        b->set_field(n); b->set_hlc(it->second.stamp.hlc); b->set_device(it->second.stamp.device);
                    }
            }
            applyChange(m_device, 0, c, Stamp{m_clock.tick(), m_device}, nowMs, true);
            ++written;
        };
        for (const auto &p : units.provinces()) {
            pb::Province m;
            m.set_code(p.code.toStdString()); m.set_name(p.name.toStdString());
            m.set_full_name(p.fullName.toStdString()); m.set_code_list(domain::kCodeList);
            put(pb::RECORD_TYPE_PROVINCE, domain::provinceId(p.code), m);
        }
        for (const auto &c : units.communes()) {
            pb::Commune m;
            m.set_code(c.code.toStdString()); m.set_province_code(c.provinceCode.toStdString());
            m.set_name(c.name.toStdString()); m.set_full_name(c.fullName.toStdString());
            m.set_code_list(domain::kCodeList);
            put(pb::RECORD_TYPE_COMMUNE, domain::communeId(c.code), m);
        }
        saveClock();
        tx.commit();
        return written;
    }

    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn) override
    {
        const std::set<std::string> keys = expand(areas);
        std::string q = "SELECT state FROM records";
        if (!areas.isEmpty()) {
            q += " WHERE seq IN (SELECT seq FROM record_areas WHERE area IN (";
            for (size_t i = 0; i < keys.size(); ++i) q += i ? ",?" : "?";
            q += "))";
        }
        q += " ORDER BY type, id";
        sql::Stmt s(m_db, q);
        int i = 1;
        if (!areas.isEmpty())
            for (const auto &k : keys) s.bind(i++, k, true);
        while (s.step()) {
            pb::RecordState st;
            Record r;
            if (st.ParseFromString(s.blob(0)) && Record::fromState(st, &r)) fn(r);
        }
    }

    bool areaExists(const QString &area) override
    {
        const QString code = area.mid(2);
        if (area.startsWith(QLatin1String("c:"))) return bool(load(pb::RECORD_TYPE_COMMUNE, domain::communeId(code)));
        if (area.startsWith(QLatin1String("p:"))) return bool(load(pb::RECORD_TYPE_PROVINCE, domain::provinceId(code)));
        if (area.startsWith(QLatin1String("v:"))) return bool(load(pb::RECORD_TYPE_VILLAGE, code.toStdString()));
        return false;
    }

private:
    std::set<std::string> expand(const QStringList &areas)
    {
        auto communeOfVillage = [this](const QString &v) -> QString {
            const auto r = load(pb::RECORD_TYPE_VILLAGE, v.toStdString());
            if (!r) return {};
            auto m = domain::parse(r->type, r->values());
            return m ? QString::fromStdString(static_cast<pb::Village &>(*m).commune_code()) : QString();
        };
        auto provinceOfCommune = [this](const QString &c) -> QString {
            const auto r = load(pb::RECORD_TYPE_COMMUNE, domain::communeId(c));
            if (!r) return {};
            auto m = domain::parse(r->type, r->values());
            return m ? QString::fromStdString(static_cast<pb::Commune &>(*m).province_code()) : QString();
        };
        return domain::subscriptionKeys(areas, communeOfVillage, provinceOfCommune);
    }

    void saveClock()
    {
        sql::Stmt s(m_db, "INSERT INTO meta(key,value) VALUES('hlc',?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        s.bind(1, QString::number(m_clock.last())).run();
    }

    void reloadSeq()
    {
        sql::Stmt m(m_db, "SELECT coalesce(max(seq),0) FROM records");
        m.step();
        m_seq = quint64(m.int64(0));
    }

    std::optional<Record> load(pb::RecordType t, const std::string &id)
    {
        auto &s = *m_getRecord;
        s.bind(1, int(t)).bind(2, id, true);
        std::optional<Record> out;
        if (s.step()) {
            pb::RecordState st;
            Record r;
            if (!st.ParseFromString(s.blob(1)) || !Record::fromState(st, &r)) {
                s.reset();
                throw sql::Error("corrupt record " + id, SQLITE_CORRUPT);
            }
            out = std::move(r);
        }
        s.reset();
        return out;
    }

    std::optional<std::set<std::string>> keysOf(pb::RecordType t, const std::string &id)
    {
        auto &s = *m_getAreas;
        s.bind(1, int(t)).bind(2, id, true);
        std::optional<std::set<std::string>> out;
        if (s.step()) out = splitAreas(s.text(0));
        s.reset();
        return out;
    }

    // Returns the number of conflicts recorded. Throws ChangeSetRejected.
    // `deviceCursor` is the pull cursor the device sent with this push: what it had seen when it pushed.
    int applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c, Stamp stamp, qint64 nowMs, bool trusted = false)
    {
        const QString what = domain::typeName(c.type()) + QStringLiteral(" '") + QString::fromStdString(c.id()) + QLatin1Char('\'');
        if (!domain::newMessage(c.type()))
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("unknown record type %1").arg(int(c.type())));
        if (c.id().empty() || c.id().size() > 128 || !isValidUtf8(QByteArray::fromStdString(c.id())))
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1: invalid record id").arg(domain::typeName(c.type())));
        if (!trusted && !domain::deviceWritable(c.type()) && c.type() != pb::RECORD_TYPE_CONFLICT)
            throw ChangeSetRejected(pb::REJECT_REASON_READ_ONLY, what + QStringLiteral(": reference data is read-only"));

        // Read the current row.
        auto &g = *m_getRecord;
        g.bind(1, int(c.type())).bind(2, c.id(), true);
        Record rec;
        quint64 oldSeq = 0, writer = 0, baseSeq = 0;
        bool echoOk = false;
        std::set<std::string> oldAreas;
        if (g.step()) {
            pb::RecordState st;
            if (!st.ParseFromString(g.blob(1)) || !Record::fromState(st, &rec)) { g.reset(); throw sql::Error("corrupt record", SQLITE_CORRUPT); }
            oldSeq = quint64(g.int64(0));
            oldAreas = splitAreas(g.text(2));
            writer = quint64(g.int64(3));
            baseSeq = quint64(g.int64(4));
            echoOk = g.int64(5) != 0;
        }
        g.reset();
        rec.type = c.type();
        rec.id = c.id();
        const bool isCreate = !rec.exists();

        if (c.type() == pb::RECORD_TYPE_CONFLICT && !trusted) {
            std::map<quint32, std::string> parts;
            if (isCreate || c.deleted() || !splitFields(c.values(), &parts))
                throw ChangeSetRejected(pb::REJECT_REASON_READ_ONLY, what + QStringLiteral(": conflicts are created by the server"));
            for (const auto &[n, raw] : parts)
                if (n != pb::Conflict::kResolvedFieldNumber && n != pb::Conflict::kResolutionFieldNumber)
                    throw ChangeSetRejected(pb::REJECT_REASON_READ_ONLY, what + QStringLiteral(": only 'resolved' and 'resolution' can be changed"));
        }
        if (c.deleted()) {
            if (isCreate) throw ChangeSetRejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what + QStringLiteral(": deleting a record the server does not have"));
        } else {
            auto values = domain::parse(c.type(), c.values());
            if (!values) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, what + QStringLiteral(": malformed values"));
            std::vector<quint32> cleared(c.cleared().begin(), c.cleared().end());
            const QString err = domain::validateChange(c.type(), *values, cleared, isCreate);
            if (!err.isEmpty()) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, what + QStringLiteral(": ") + err);
        }

        std::vector<FieldConflict> conflicts;
        bool changed = false;
        if (!rec.apply(c, stamp, &changed, &conflicts))
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, what + QStringLiteral(": malformed values"));
        if (!changed && conflicts.empty()) return 0;

        std::set<std::string> areas = oldAreas;
        std::vector<domain::Parent> parents;
        {
            auto merged = domain::parse(rec.type, rec.values());
            if (!merged) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, what + QStringLiteral(": malformed values"));
            QString why;
            const auto keys = domain::areaKeys(rec.type, rec.id, *merged,
                                               [this](pb::RecordType t, const std::string &id) { return keysOf(t, id); }, &why);
            if (!keys) throw ChangeSetRejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what + QStringLiteral(": ") + why);
            // A record that moves keeps its old areas too, so devices there learn that it left.
            areas.insert(keys->begin(), keys->end());
            parents = domain::parents(rec.type, *merged);
        }
        if (changed) {
            // The state this device's writes sit on is the record as it was before its run of writes. If the
            // device had pulled that state when it pushed, its copy equals ours and need not be sent back.
            const quint64 newBase = writer == device ? baseSeq : oldSeq;
            const bool saw = deviceCursor >= newBase;
            writeRow(rec, areas, oldSeq, oldAreas, device, newBase, (writer == device && echoOk) || saw);
            for (const auto &p : parents) m_addChild->bind(1, parentKey(p.type, p.id), true).bind(2, int(rec.type)).bind(3, rec.id, true).run();
            if (areas != oldAreas && !isCreate) rekeyChildren(rec.type, rec.id, areas);
        }
        for (const auto &fc : conflicts) writeConflict(rec, fc, areas, nowMs);
        return int(conflicts.size());
    }

    static std::string parentKey(pb::RecordType t, const std::string &id) { return std::to_string(int(t)) + ":" + id; }

    // A household that moved to another village takes its members, clan links and conflicts along: they
    // gain the new areas (and a new seq) so devices there receive them.
    void rekeyChildren(pb::RecordType type, const std::string &id, const std::set<std::string> &parentAreas)
    {
        std::vector<std::pair<pb::RecordType, std::string>> kids;
        {
            sql::Stmt s(m_db, "SELECT type, id FROM children WHERE parent=?");
            s.bind(1, parentKey(type, id), true);
            while (s.step()) kids.emplace_back(pb::RecordType(s.int64(0)), s.text(1).toStdString());
        }
        for (const auto &[t, kid] : kids) {
            auto &g = *m_getRecord;
            g.bind(1, int(t)).bind(2, kid, true);
            if (!g.step()) { g.reset(); continue; }
            pb::RecordState st;
            Record rec;
            const bool ok = st.ParseFromString(g.blob(1)) && Record::fromState(st, &rec);
            const quint64 seq = quint64(g.int64(0));
            const std::set<std::string> old = splitAreas(g.text(2));
            g.reset();
            if (!ok) throw sql::Error("corrupt record " + kid, SQLITE_CORRUPT);
            std::set<std::string> now = old;
            for (const auto &a : parentAreas)
                if (a.rfind("r", 0) != 0) now.insert(a);
            if (now == old) continue;
            writeRow(rec, now, seq, old, 0, 0, false);
            rekeyChildren(t, kid, now);
        }
    }

    void writeRow(const Record &rec, const std::set<std::string> &areas, quint64 oldSeq,
                  const std::set<std::string> &oldAreas, quint64 writer, quint64 baseSeq, bool echoOk)
    {
        const quint64 seq = ++m_seq;
        for (const auto &a : oldAreas) m_delArea->bind(1, a, true).bind(2, oldSeq).run();
        m_putRecord->bind(1, seq).bind(2, int(rec.type)).bind(3, rec.id, true).bind(4, rec.toState().SerializeAsString())
            .bind(5, joinAreas(areas)).bind(6, writer).bind(7, baseSeq).bind(8, echoOk ? 1 : 0).run();
        for (const auto &a : areas) m_addArea->bind(1, a, true).bind(2, seq).run();
    }

    void writeConflict(const Record &rec, const FieldConflict &fc, const std::set<std::string> &areas, qint64)
    {
        Record c;
        c.type = pb::RECORD_TYPE_CONFLICT;
        c.id = domain::conflictId(rec, fc);
        if (load(c.type, c.id)) return; // the same loser was already recorded
        pb::Conflict m;
        m.set_record_type(rec.type);
        m.set_record_id(rec.id);
        m.set_field(fc.field);
        m.set_winner_value(fc.winner.raw);
        m.set_winner_hlc(fc.winner.stamp.hlc);
        m.set_winner_device(fc.winner.stamp.device);
        m.set_loser_value(fc.loser.raw);
        m.set_loser_hlc(fc.loser.stamp.hlc);
        m.set_loser_device(fc.loser.stamp.device);
        m.set_resolved(false);
        pb::Change ch;
        ch.set_values(m.SerializeAsString());
        bool changed = false;
        c.apply(ch, Stamp{m_clock.tick(), m_device}, &changed, nullptr);
        std::set<std::string> keys;
        for (const auto &a : areas) if (a.rfind("r", 0) != 0) keys.insert(a);
        writeRow(c, keys, 0, {}, m_device, 0, false);
        m_addChild->bind(1, parentKey(rec.type, rec.id), true).bind(2, int(c.type)).bind(3, c.id, true).run();
    }

    sql::Db m_db;
    ServerLimits m_limits;
    quint64 m_device = 0;
    quint64 m_seq = 0;
    HybridClock m_clock;
    std::unique_ptr<sql::Stmt> m_getRecord, m_getAreas, m_putRecord, m_delArea, m_addArea, m_addChild;
};

} // namespace

std::unique_ptr<ServerStore> openSqliteServerStore(const QString &path, const ServerLimits &limits)
{
    return std::make_unique<SqliteServerStore>(path, limits);
}

} // namespace kh
