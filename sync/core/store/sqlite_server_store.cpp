#include "domain/learning.h"
#include "domain/text.h"
#include "server_audit.h"
#include "server_facts.h"
#include "server_store.h"
#include "sqlite.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <unordered_map>

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

using Keys = std::set<std::string>;

Keys splitAreas(const std::string &s)
{
    Keys out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(' ', start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.emplace(s, start, end - start);
        start = end + 1;
    }
    return out;
}

std::string joinAreas(const Keys &s)
{
    std::string out;
    for (const auto &a : s) {
        if (!out.empty()) out += ' ';
        out += a;
    }
    return out;
}

std::string parentKey(pb::RecordType t, const std::string &id) { return std::to_string(int(t)) + ":" + id; }

class ChangeSetRejected : public std::runtime_error {
public:
    ChangeSetRejected(pb::RejectReason r, const QString &m) : std::runtime_error(m.toStdString()), reason(r) {}
    pb::RejectReason reason;
};

// One change the account may not make: only that change is skipped.
class ChangeRefused : public std::runtime_error {
public:
    explicit ChangeRefused(const QString &m) : std::runtime_error(m.toStdString()) {}
};

struct Row {
    Record rec;
    quint64 seq = 0, writer = 0, baseSeq = 0;
    bool echoOk = false;
    Keys areas;
};

class SqliteServerStore final : public ServerStore {
public:
    SqliteServerStore(const QString &path, const ServerLimits &limits) : m_limits(limits)
    {
        m_db.open(path, true, true);
        if (limits.maxDatabaseBytes > 0) m_db.limitSize(limits.maxDatabaseBytes);
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
        const QString dev = meta("device");
        if (!dev.isEmpty()) {
            m_device = dev.toULongLong(nullptr, 16);
        } else {
            while (m_device == 0) m_device = QRandomGenerator::system()->generate64();
            setMeta("device", QStringLiteral("%1").arg(m_device, 16, 16, QLatin1Char('0')));
        }
        m_clock.reset(meta("hlc").toULongLong());
        reloadSeq();
        if (meta("household_keys").isEmpty()) {
            addHouseholdKeys();
            setMeta("household_keys", QStringLiteral("1"));
        }
        tx.commit();
    }

    quint64 deviceId() const override { return m_device; }

    PushOutcome push(quint64 device, const std::vector<const pb::ChangeSet *> &sets, quint64 deviceCursor, qint64 nowMs,
                     const access::Principal &who) override
    {
        PushOutcome out;
        sql::Transaction tx(m_db);
        reloadSeq(); // an administrator's command may have written since (another process)
        m_keyCache.clear();
        struct Reset {
            PushContext &ctx;
            ~Reset() { ctx = PushContext{}; }
        } reset{m_ctx};
        m_ctx.who = &who;
        m_ctx.device = device;
        m_ctx.nowMs = nowMs;
        if (!who.isAdmin()) m_ctx.grantKeys = expand(who.areas);
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
                if (HybridClock::wallMs(cs->hlc()) > nowMs + m_limits.maxClockSkewMs)
                    throw ChangeSetRejected(pb::REJECT_REASON_CLOCK_AHEAD,
                        QStringLiteral("the device clock is %1 minutes ahead of the server")
                            .arg((HybridClock::wallMs(cs->hlc()) - nowMs) / 60000));
                if (cs->hlc() == 0) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("change-set without a clock"));
                m_clock.observe(cs->hlc());
                m_ctx.changeSet = cs->seq();
                m_audit.begin();
                std::vector<std::tuple<int, std::string, QString>> refused;
                for (const auto &c : cs->changes()) {
                    try {
                        out.conflicts += applyChange(device, deviceCursor, c, Stamp{cs->hlc(), device});
                    } catch (const ChangeRefused &r) {
                        // Refused before anything of it was written: the rest of the change-set goes on.
                        refused.emplace_back(int(c.type()), c.id(), QString::fromUtf8(r.what()));
                    }
                }
                for (const auto &[type, id, message] : refused) {
                    auto k = m_db.cached("INSERT OR REPLACE INTO refused_changes(device,seq,type,record_id,message) VALUES(?,?,?,?,?)");
                    k->bind(1, qint64(device)).bind(2, cs->seq()).bind(3, type).bind(4, id, true).bind(5, message).run();
                }
                if (m_ctx.who) m_audit.commit(*m_ctx.who, device, cs->seq(), nowMs);
                m_db.cached("RELEASE cs")->run();
                ++out.applied;
            } catch (const ChangeSetRejected &r) {
                m_db.cached("ROLLBACK TO cs")->run();
                m_db.cached("RELEASE cs")->run();
                m_keyCache.clear();
                reloadSeq();
                auto k = m_db.cached("INSERT OR REPLACE INTO rejections(device,seq,reason,message) VALUES(?,?,?,?)");
                k->bind(1, qint64(device)).bind(2, cs->seq()).bind(3, int(r.reason)).bind(4, QString::fromUtf8(r.what())).run();
            }
            if (cs->seq() != lastSeq + 1)
                qCWarning(lcServerStore) << "device" << Qt::hex << device << Qt::dec << "skipped from seq" << lastSeq << "to" << cs->seq();
            lastSeq = cs->seq();
        }
        {
            auto u = m_db.cached("INSERT INTO devices(device,last_seq,first_ms,last_ms) VALUES(?,?,?,?) "
                                 "ON CONFLICT(device) DO UPDATE SET last_seq=excluded.last_seq, last_ms=excluded.last_ms");
            u->bind(1, qint64(device)).bind(2, lastSeq).bind(3, nowMs).bind(4, nowMs).run();
        }
        setMeta("hlc", QString::number(m_clock.last()));
        tx.commit(); // synchronous=FULL: durable once this returns
        m_keyCache.clear();
        out.ackedSeq = sets.empty() ? 0 : lastSeq;
        // Report refusals among the acknowledged change-sets, including those refused by an earlier request.
        if (!sets.empty()) {
            auto r = m_db.cached("SELECT seq, reason, message FROM rejections WHERE device=? AND seq>=? AND seq<=? ORDER BY seq");
            r->bind(1, qint64(device)).bind(2, std::min<quint64>(sets.front()->seq(), before + 1)).bind(3, lastSeq);
            while (r->step()) {
                pb::Rejection rj;
                rj.set_seq(quint64(r->int64(0)));
                rj.set_reason(pb::RejectReason(r->int64(1)));
                rj.set_message(r->text(2).toStdString());
                out.rejected.push_back(rj);
            }
            auto f = m_db.cached("SELECT seq, type, record_id, message FROM refused_changes WHERE device=? AND seq>=? AND seq<=? ORDER BY seq");
            f->bind(1, qint64(device)).bind(2, std::min<quint64>(sets.front()->seq(), before + 1)).bind(3, lastSeq);
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
        return out;
    }

    PullPage pull(quint64 device, const QStringList &areas, quint64 cursor, int pageSize) override
    {
        PullPage page;
        sql::ReadTransaction snapshot_(m_db);
        reloadSeq(); // (see push)
        const int limit = std::clamp(pageSize <= 0 ? m_limits.maxPageRecords : pageSize, 1, m_limits.maxPageRecords);
        const quint64 snapshot = m_seq;
        page.cursor = std::max(snapshot, cursor);
        if (snapshot <= cursor) return page;
        // Each area key is an ordered index range; merge the first limit+1 of each.
        std::vector<quint64> seqs;
        // A device's own writes on top of a state it had already pulled would come back unchanged: they are
        // skipped here, without counting towards the page.
        for (const auto &key : expand(areas)) {
            auto s = m_db.cached("SELECT a.seq FROM record_areas a JOIN records r ON r.seq=a.seq "
                                 "WHERE a.area=? AND a.seq>? AND NOT (r.writer=? AND r.echo_ok) ORDER BY a.seq LIMIT ?");
            s->bind(1, key, true).bind(2, cursor).bind(3, qint64(device)).bind(4, limit + 1);
            while (s->step()) seqs.push_back(quint64(s->int64(0)));
        }
        std::sort(seqs.begin(), seqs.end());
        seqs.erase(std::unique(seqs.begin(), seqs.end()), seqs.end());
        google::protobuf::io::StringOutputStream sink(&page.records);
        google::protobuf::io::CodedOutputStream outStream(&sink);
        auto get = m_db.cached("SELECT state FROM records WHERE seq=?");
        qsizetype bytes = 0;
        for (size_t i = 0; i < seqs.size(); ++i) {
            if (int(i) == limit || bytes > m_limits.maxPageBytes) {
                page.more = true;
                break;
            }
            page.cursor = seqs[i];
            get->bind(1, seqs[i]);
            if (!get->step()) { get->reset(); continue; }
            const auto *blob = static_cast<const char *>(sqlite3_column_blob(get->handle(), 0));
            const int n = sqlite3_column_bytes(get->handle(), 0);
            outStream.WriteTag(pb::SyncResponse::kRecordsFieldNumber << 3 | 2);
            outStream.WriteVarint32(quint32(n));
            outStream.WriteRaw(blob, n);
            bytes += n;
            ++page.count;
            get->reset();
        }
        outStream.Trim();
        if (!page.more) page.cursor = snapshot;
        return page;
    }

    // A record written by the server itself (reference data); false when it already holds these values.
    bool putServerRecord(pb::RecordType t, const std::string &id, const google::protobuf::Message &m)
    {
        pb::Change c;
        c.set_type(t);
        c.set_id(id);
        c.set_values(m.SerializeAsString());
        const auto row = load(t, id);
        if (row && row->rec.values() == c.values()) return false;
        if (row) row->rec.addBases(&c);
        applyChange(m_device, 0, c, Stamp{m_clock.tick(), m_device}, true);
        return true;
    }

    bool publishCriteriaSet(const pb::CriteriaSet &set) override
    {
        if (const QString e = domain::checkCriteriaSet(set); !e.isEmpty()) throw std::runtime_error("criteria set: " + e.toStdString());
        sql::Transaction tx(m_db);
        reloadSeq(); // an administrator's command may have written since (another process)
        m_keyCache.clear();
        const bool written = putServerRecord(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(set), set);
        setMeta("hlc", QString::number(m_clock.last()));
        tx.commit();
        m_keyCache.clear();
        return written;
    }

    bool setProvinceTargets(const pb::ProvinceTargets &t) override
    {
        if (!AdminUnits::builtin().province(QString::fromStdString(t.province_code())))
            throw std::runtime_error("targets: no province " + t.province_code());
        std::set<int> models;
        for (const auto &x : t.targets()) {
            if (x.percent() < 1 || x.percent() > 100) throw std::runtime_error("targets: a percent must be 1..100");
            if (x.model() == pb::LEARNING_MODEL_UNSPECIFIED || !models.insert(int(x.model())).second)
                throw std::runtime_error("targets: one target per learning model");
        }
        sql::Transaction tx(m_db);
        reloadSeq(); // an administrator's command may have written since (another process)
        m_keyCache.clear();
        const bool written = putServerRecord(pb::RECORD_TYPE_PROVINCE_TARGETS, "T" + t.province_code(), t);
        setMeta("hlc", QString::number(m_clock.last()));
        tx.commit();
        m_keyCache.clear();
        return written;
    }

    int seedReference(const AdminUnits &units, qint64) override
    {
        sql::Transaction tx(m_db);
        reloadSeq(); // an administrator's command may have written since (another process)
        m_keyCache.clear();
        int written = 0;
        auto put = [&](pb::RecordType t, const std::string &id, const google::protobuf::Message &m) {
            written += putServerRecord(t, id, m) ? 1 : 0;
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
        // The national criteria sets (data/criteria/): every device receives them, read-only.
        for (const auto &cs : domain::builtinCriteriaSets()) put(pb::RECORD_TYPE_CRITERIA_SET, domain::criteriaSetRecordId(cs), cs);
        setMeta("hlc", QString::number(m_clock.last()));
        tx.commit();
        m_keyCache.clear();
        return written;
    }

    void forEach(const QStringList &areas, const std::function<void(const Record &)> &fn) override
    {
        std::string q = "SELECT state FROM records";
        const Keys keys = areas.isEmpty() ? Keys{} : expand(areas);
        if (!areas.isEmpty()) {
            q += " WHERE seq IN (SELECT seq FROM record_areas WHERE area IN (";
            for (size_t i = 0; i < keys.size(); ++i) q += i ? ",?" : "?";
            q += "))";
        }
        q += " ORDER BY type, id";
        sql::Stmt s(m_db, q);
        int i = 1;
        for (const auto &k : keys) s.bind(i++, k, true);
        while (s.step()) {
            pb::RecordState st;
            Record r;
            if (st.ParseFromString(s.blob(0)) && Record::fromState(st, &r)) fn(r);
        }
    }

    domain::RollupFacts rollupFacts(const QString &area) override
    {
        catchUpFacts(); // what arrived since the last catch-up
        sql::ReadTransaction snapshot(m_db);
        QString province = area.mid(2);
        if (!area.startsWith(QLatin1String("p:"))) {
            const auto *info = AdminUnits::builtin().commune(area.mid(2));
            province = info ? info->provinceCode : QString();
        }
        return m_facts.read(area, value<pb::ProvinceTargets>(pb::RECORD_TYPE_PROVINCE_TARGETS, "T" + province.toStdString()));
    }

    QStringList lineage(const QString &area) override
    {
        QStringList out{area};
        QString village, commune;
        if (area.startsWith(QLatin1String("h:"))) {
            const auto h = value<pb::Household>(pb::RECORD_TYPE_HOUSEHOLD, area.mid(2).toStdString());
            if (!h) return out;
            village = QString::fromStdString(h->village_id());
            out << QStringLiteral("v:") + village;
        } else if (area.startsWith(QLatin1String("v:"))) {
            village = area.mid(2);
        } else if (area.startsWith(QLatin1String("c:"))) {
            commune = area.mid(2);
        }
        if (!village.isEmpty()) {
            const auto v = value<pb::Village>(pb::RECORD_TYPE_VILLAGE, village.toStdString());
            if (!v) return out;
            commune = QString::fromStdString(v->commune_code());
            out << QStringLiteral("c:") + commune;
        }
        if (!commune.isEmpty()) {
            const auto c = value<pb::Commune>(pb::RECORD_TYPE_COMMUNE, domain::communeId(commune));
            if (c) out << QStringLiteral("p:") + QString::fromStdString(c->province_code());
        }
        return out;
    }

    std::vector<AuditEntry> audit(const AuditQuery &q) override { return m_audit.query(q); }

    bool areaExists(const QString &area) override
    {
        const QString code = area.mid(2);
        if (area.startsWith(QLatin1String("c:"))) return bool(load(pb::RECORD_TYPE_COMMUNE, domain::communeId(code)));
        if (area.startsWith(QLatin1String("p:"))) return bool(load(pb::RECORD_TYPE_PROVINCE, domain::provinceId(code)));
        if (area.startsWith(QLatin1String("v:"))) return bool(load(pb::RECORD_TYPE_VILLAGE, code.toStdString()));
        if (area.startsWith(QLatin1String("h:"))) return bool(load(pb::RECORD_TYPE_HOUSEHOLD, code.toStdString()));
        return false;
    }

private:

    QString meta(const char *key)
    {
        auto s = m_db.cached("SELECT value FROM meta WHERE key=?");
        s->bind(1, std::string(key), true);
        return s->step() ? s->text(0) : QString();
    }
    void setMeta(const char *key, const QString &value)
    {
        auto s = m_db.cached("INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        s->bind(1, std::string(key), true).bind(2, value).run();
    }

    void reloadSeq()
    {
        auto m = m_db.cached("SELECT coalesce(max(seq),0) FROM records");
        m->step();
        m_seq = quint64(m->int64(0));
    }

    template <typename M>
    std::optional<M> value(pb::RecordType t, const std::string &id)
    {
        const auto row = load(t, id);
        if (!row) return std::nullopt;
        M m;
        if (!m.ParseFromString(row->rec.values())) return std::nullopt;
        return m;
    }

    Keys expand(const QStringList &areas)
    {
        domain::AreaResolver r;
        r.communeOfVillage = [this](const QString &v) {
            const auto m = value<pb::Village>(pb::RECORD_TYPE_VILLAGE, v.toStdString());
            return m ? QString::fromStdString(m->commune_code()) : QString();
        };
        r.provinceOfCommune = [this](const QString &c) {
            const auto m = value<pb::Commune>(pb::RECORD_TYPE_COMMUNE, domain::communeId(c));
            return m ? QString::fromStdString(m->province_code()) : QString();
        };
        r.villagesOfCommune = [this](const QString &c) { return idsUnder("c:" + c.toStdString(), pb::RECORD_TYPE_VILLAGE); };
        r.communesOfProvince = [this](const QString &p) {
            QStringList codes;
            for (const QString &id : idsUnder("p:" + p.toStdString(), pb::RECORD_TYPE_COMMUNE)) codes << id.mid(1);
            return codes;
        };
        r.villageOfHousehold = [this](const QString &h) {
            const auto m = value<pb::Household>(pb::RECORD_TYPE_HOUSEHOLD, h.toStdString());
            return m ? QString::fromStdString(m->village_id()) : QString();
        };
        return domain::subscriptionKeys(areas, r);
    }

    QStringList idsUnder(const std::string &key, pb::RecordType type)
    {
        auto s = m_db.cached("SELECT r.id FROM record_areas a JOIN records r ON r.seq=a.seq WHERE a.area=? AND r.type=?");
        s->bind(1, key, true).bind(2, int(type));
        QStringList out;
        while (s->step()) out << s->text(0);
        return out;
    }

    std::optional<Row> load(pb::RecordType t, const std::string &id)
    {
        auto g = m_db.cached("SELECT seq, state, areas, writer, base_seq, echo_ok FROM records WHERE type=? AND id=?");
        g->bind(1, int(t)).bind(2, id, true);
        if (!g->step()) return std::nullopt;
        Row row;
        pb::RecordState st;
        if (!st.ParseFromString(g->blob(1)) || !Record::fromState(st, &row.rec))
            throw sql::Error("corrupt record " + id, SQLITE_CORRUPT);
        row.seq = quint64(g->int64(0));
        row.areas = splitAreas(g->blob(2));
        row.writer = quint64(g->int64(3));
        row.baseSeq = quint64(g->int64(4));
        row.echoOk = g->int64(5) != 0;
        return row;
    }

    std::optional<Keys> keysOf(pb::RecordType t, const std::string &id)
    {
        const std::string k = parentKey(t, id);
        if (auto it = m_keyCache.find(k); it != m_keyCache.end()) return it->second;
        auto s = m_db.cached("SELECT areas FROM records WHERE type=? AND id=?");
        s->bind(1, int(t)).bind(2, id, true);
        if (!s->step()) return std::nullopt;
        Keys keys = splitAreas(s->blob(0));
        m_keyCache.emplace(k, keys);
        return keys;
    }

    // Returns the number of conflicts recorded. Throws ChangeSetRejected.
    int applyChange(quint64 device, quint64 deviceCursor, const pb::Change &c, Stamp stamp, bool trusted = false)
    {
        if (!domain::isKnownType(c.type()))
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("unknown record type %1").arg(int(c.type())));
        if (c.id().empty() || c.id().size() > 128 || !isValidUtf8(QByteArray::fromRawData(c.id().data(), qsizetype(c.id().size()))))
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1: invalid record id").arg(domain::typeName(c.type())));
        if (c.values().size() > domain::kMaxRecordBytes)
            throw ChangeSetRejected(pb::REJECT_REASON_INVALID, QStringLiteral("%1 '%2': value larger than %3 bytes")
                                        .arg(domain::typeName(c.type()), QString::fromStdString(c.id())).arg(domain::kMaxRecordBytes));
        // The common case: a record nobody has yet. Insert it directly; if it exists after all, merge below.
        if ((trusted || domain::deviceWritable(c.type())) && !c.deleted() && tryInsertNew(device, c, stamp)) return 0;
        const QString what = domain::typeName(c.type()) + QStringLiteral(" '") + QString::fromStdString(c.id()) + QLatin1Char('\'');
        if (!trusted && !domain::deviceWritable(c.type()) && c.type() != pb::RECORD_TYPE_CONFLICT)
            throw ChangeSetRejected(pb::REJECT_REASON_READ_ONLY, what + QStringLiteral(": reference data is read-only"));

        Row row = load(c.type(), c.id()).value_or(Row{});
        Record &rec = row.rec;
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
        std::unique_ptr<google::protobuf::Message> values;
        if (c.deleted()) {
            if (isCreate) throw ChangeSetRejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what + QStringLiteral(": deleting a record the server does not have"));
        } else {
            values = domain::parse(c.type(), c.values());
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

        Keys areas = row.areas;
        // A new record's merged value is the change's value: no need to decode it again.
        const bool valuesAreMerged = isCreate && values && c.cleared().empty();
        auto merged = valuesAreMerged ? std::move(values) : domain::parse(rec.type, rec.values());
        const google::protobuf::Message *changeValues = valuesAreMerged ? merged.get() : values.get();
        {
            if (!merged) throw ChangeSetRejected(pb::REJECT_REASON_INVALID, what + QStringLiteral(": malformed values"));
            QString why;
            const auto keys = domain::areaKeys(rec.type, rec.id, *merged,
                                               [this](pb::RecordType t, const std::string &id) { return keysOf(t, id); }, &why);
            if (!keys) throw ChangeSetRejected(pb::REJECT_REASON_UNKNOWN_REFERENCE, what + QStringLiteral(": ") + why);
            authorize(c, changeValues, isCreate, *merged, isCreate ? nullptr : &row.areas, *keys);
            // A record that moves keeps its old areas too, so devices there learn that it left.
            areas.insert(keys->begin(), keys->end());
        }
        if (changed) {
            // The state this device's writes sit on is the record as it was before its run of writes. If the
            // device had pulled that state when it pushed, its copy equals ours and need not be sent back.
            const quint64 base = row.writer == device ? row.baseSeq : row.seq;
            const bool echoOk = (row.writer == device && row.echoOk) || deviceCursor >= base;
            const bool moved = !isCreate && areas != row.areas;
            writeRow(rec, areas, row.seq, row.areas, device, base, echoOk);
            if (moved) rekeyChildren(rec.type, rec.id, row.areas, areas);
            writeAudit(c, isCreate);
        }
        for (const auto &fc : conflicts) writeConflict(rec, fc, areas);
        return int(conflicts.size());
    }

    // A household that moved to another village takes its members, clan links and conflicts along: they
    // gain the new areas (and a new seq) so devices there receive them. Moves are rare, so the children are
    // found by reading the records of the areas the parent came from rather than by keeping an index.
    void rekeyChildren(pb::RecordType type, const std::string &id, const Keys &oldAreas, const Keys &parentAreas)
    {
        std::vector<std::pair<pb::RecordType, std::string>> kids;
        for (const auto &area : oldAreas) {
            if (area.rfind("r", 0) == 0) continue;
            auto s = m_db.cached("SELECT r.type, r.id, r.state FROM record_areas a JOIN records r ON r.seq=a.seq WHERE a.area=?");
            s->bind(1, area, true);
            while (s->step()) {
                const auto t = pb::RecordType(s->int64(0));
                if (t == pb::RECORD_TYPE_VILLAGE || t == pb::RECORD_TYPE_COMMUNE || t == pb::RECORD_TYPE_PROVINCE) continue;
                pb::RecordState st;
                Record r;
                if (!st.ParseFromString(s->blob(2)) || !Record::fromState(st, &r)) continue;
                const auto m = domain::parse(t, r.values());
                if (!m) continue;
                for (const auto &p : domain::parents(t, *m))
                    if (p.type == type && p.id == id) kids.emplace_back(t, s->text(1).toStdString());
            }
        }
        std::sort(kids.begin(), kids.end());
        kids.erase(std::unique(kids.begin(), kids.end()), kids.end());
        for (const auto &[t, kid] : kids) {
            auto row = load(t, kid);
            if (!row) continue;
            Keys now = row->areas;
            for (const auto &a : parentAreas)
                if (a.rfind("r", 0) != 0) now.insert(a);
            if (now == row->areas) continue;
            writeRow(row->rec, now, row->seq, row->areas, 0, 0, false);
            rekeyChildren(t, kid, row->areas, now);
        }
    }

    // Inserts a change as a new record when it is a valid create and no record has its id. Returns false (and
    // writes nothing) when the record exists or the change is not a complete create; the caller then takes
    // the general path, which also produces the right refusal.
    bool tryInsertNew(quint64 device, const pb::Change &c, Stamp stamp)
    {
        auto &m = m_scratch[c.type()];
        if (!m) m.reset(domain::newMessage(c.type()).release());
        m->Clear();
        if (!m->ParseFromString(c.values())) return false;
        std::vector<quint32> cleared(c.cleared().begin(), c.cleared().end());
        if (!domain::validateChange(c.type(), *m, cleared, true).isEmpty()) return false;
        const auto keys = domain::areaKeys(c.type(), c.id(), *m,
                                           [this](pb::RecordType t, const std::string &id) { return keysOf(t, id); }, nullptr);
        if (!keys) return false;
        authorize(c, m.get(), true, *m, nullptr, *keys);
        pb::RecordState st;
        st.set_type(c.type());
        st.set_id(c.id());
        auto *g = st.add_groups();
        g->set_hlc(stamp.hlc);
        g->set_device(stamp.device);
        g->set_values(c.values());
        for (quint32 n : c.cleared()) g->add_cleared(n);
        const quint64 seq = m_seq + 1;
        {
            auto p = m_db.cached("INSERT INTO records(seq,type,id,state,areas,writer,base_seq,echo_ok) VALUES(?,?,?,?,?,?,0,1) "
                                 "ON CONFLICT(type,id) DO NOTHING");
            p->bind(1, seq).bind(2, int(c.type())).bind(3, c.id(), true).bind(4, st.SerializeAsString())
                .bind(5, joinAreas(*keys), true).bind(6, device).run();
        }
        if (m_db.changes() == 0) return false;
        m_seq = seq;
        addAreas(c.type(), c.id(), seq, *keys);
        writeAudit(c, true);
        return true;
    }

    // Do the record's area keys lie in the pushing account's areas? A village made in this push is not in
    // the keys expanded at its start, so a village key also counts through the village's commune.
    bool covered(const Keys &keys)
    {
        for (const auto &k : keys) {
            if (k.rfind("r", 0) == 0) continue;
            if (m_ctx.grantKeys.count(k)) return true;
            if (k.rfind("v:", 0) == 0)
                if (const auto vk = keysOf(pb::RECORD_TYPE_VILLAGE, k.substr(2)))
                    for (const auto &x : *vk)
                        if (x.rfind("c:", 0) == 0 && m_ctx.grantKeys.count(x)) return true;
        }
        return false;
    }

    // The one call into the access policy for pushed changes. Throws ChangeRefused.
    void authorize(const pb::Change &c, const google::protobuf::Message *changeValues, bool isCreate,
                   const google::protobuf::Message &merged, const Keys *before, const Keys &after)
    {
        if (!m_ctx.who || m_ctx.who->isAdmin()) return;
        access::WriteFacts f;
        f.type = c.type();
        f.id = c.id();
        f.isCreate = isCreate;
        f.deleted = c.deleted();
        f.merged = &merged;
        if (changeValues) {
            std::vector<const google::protobuf::FieldDescriptor *> fs;
            changeValues->GetReflection()->ListFields(*changeValues, &fs);
            for (const auto *fd : fs) f.fields.push_back(quint32(fd->number()));
        }
        f.fields.insert(f.fields.end(), c.cleared().begin(), c.cleared().end());
        f.inAreasBefore = !before || covered(*before);
        f.inAreasAfter = covered(after);
        const QString why = access::checkWrite(*m_ctx.who, f);
        if (!why.isEmpty()) throw ChangeRefused(why);
    }

    void writeAudit(const pb::Change &c, bool isCreate)
    {
        if (m_ctx.who) m_audit.add(c, isCreate); // (not the server's own writes: reference data)
    }

    int catchUpFacts() override
    {
        sql::Transaction tx(m_db);
        reloadSeq();
        const quint64 from = meta("facts_seq").toULongLong();
        if (from >= m_seq) return 0;
        const int n = m_facts.catchUp(from);
        setMeta("facts_seq", QString::number(m_seq));
        tx.commit();
        return n;
    }

    // Databases made before household accounts lack the h:H keys: give every household its own key, and
    // its members, evaluations and links with it.
    void addHouseholdKeys()
    {
        std::vector<std::string> ids;
        {
            auto s = m_db.cached("SELECT id FROM records WHERE type=?");
            s->bind(1, int(pb::RECORD_TYPE_HOUSEHOLD));
            while (s->step()) ids.push_back(s->blob(0));
        }
        for (const auto &id : ids) {
            auto row = load(pb::RECORD_TYPE_HOUSEHOLD, id);
            if (!row || row->areas.count("h:" + id)) continue;
            Keys now = row->areas;
            now.insert("h:" + id);
            writeRow(row->rec, now, row->seq, row->areas, 0, 0, false);
            rekeyChildren(pb::RECORD_TYPE_HOUSEHOLD, id, row->areas, now);
        }
        m_keyCache.clear();
    }

    void writeRow(const Record &rec, const Keys &areas, quint64 oldSeq, const Keys &oldAreas, quint64 writer,
                  quint64 baseSeq, bool echoOk)
    {
        const quint64 seq = ++m_seq;
        if (oldSeq) {
            auto d = m_db.cached("DELETE FROM records WHERE seq=?");
            d->bind(1, oldSeq).run();
            for (const auto &a : oldAreas) {
                auto da = m_db.cached("DELETE FROM record_areas WHERE area=? AND seq=?");
                da->bind(1, a, true).bind(2, oldSeq).run();
            }
        }
        const std::string joined = joinAreas(areas);
        {
            auto p = m_db.cached("INSERT INTO records(seq,type,id,state,areas,writer,base_seq,echo_ok) VALUES(?,?,?,?,?,?,?,?)");
            p->bind(1, seq).bind(2, int(rec.type)).bind(3, rec.id, true).bind(4, rec.toState().SerializeAsString())
                .bind(5, joined, true).bind(6, writer).bind(7, baseSeq).bind(8, echoOk ? 1 : 0).run();
        }
        addAreas(rec.type, rec.id, seq, areas);
    }

    // Indexes a record version under its area keys, and remembers the keys for its children in this push.
    void addAreas(pb::RecordType type, const std::string &id, quint64 seq, const Keys &areas)
    {
        for (const auto &a : areas) {
            auto ia = m_db.cached("INSERT INTO record_areas(area,seq) VALUES(?,?)");
            ia->bind(1, a, true).bind(2, seq).run();
        }
        m_keyCache[parentKey(type, id)] = areas;
    }

    void writeConflict(const Record &rec, const FieldConflict &fc, const Keys &areas)
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
        Keys keys;
        for (const auto &a : areas)
            if (a.rfind("r", 0) != 0) keys.insert(a);
        writeRow(c, keys, 0, {}, m_device, 0, false);
    }

    sql::Db m_db;
    ServerLimits m_limits;
    quint64 m_device = 0;
    quint64 m_seq = 0;
    HybridClock m_clock;
    std::unordered_map<std::string, Keys> m_keyCache; // area keys of records read or written in this transaction
    std::map<int, std::unique_ptr<google::protobuf::Message>> m_scratch; // reused per record type when decoding
    // The push being applied: who, and the area keys their grants reach (for non-administrators).
    struct PushContext {
        const access::Principal *who = nullptr;
        Keys grantKeys;
        quint64 device = 0;
        quint64 changeSet = 0;
        qint64 nowMs = 0;
    } m_ctx;
    store_detail::AuditLog m_audit{m_db};
    store_detail::FactsTable m_facts{m_db};
};

} // namespace

std::unique_ptr<ServerStore> openSqliteServerStore(const QString &path, const ServerLimits &limits)
{
    return std::make_unique<SqliteServerStore>(path, limits);
}

} // namespace kh
