// Long file: the device store's core (opening, edits and their outbox, reads); answers, drafts and facts live in
// local_store_apply.cpp, local_store_drafts.cpp and local_store_facts.cpp.
#include "device/store/local_store.h"

#include "core/areas/admin_units.h"
#include "core/areas/area_keys.h"
#include "core/records/record_text.h"
#include "core/records/validation.h"
#include "core/text/text.h"
#include "sql/sql.h"

#include <set>

#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcStore, "kh.store", QtInfoMsg)

namespace kh {

namespace {

// Numbered migrations: index i takes the schema from version i to i+1. Never edit one that has shipped.
const char *const kMigrations[] = {
    // 0 -> 1: records, outbox, meta.
    R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
       CREATE TABLE records(type INTEGER NOT NULL, id TEXT NOT NULL, state BLOB NOT NULL,
                            deleted INTEGER NOT NULL, parent TEXT NOT NULL DEFAULT '', fold TEXT NOT NULL DEFAULT '',
                            PRIMARY KEY(type, id)) WITHOUT ROWID;
       CREATE INDEX records_parent ON records(type, parent);
       CREATE TABLE outbox(seq INTEGER PRIMARY KEY, hlc INTEGER NOT NULL, body BLOB NOT NULL);)",
    // 1 -> 2: rejected change-sets kept for review, and the sync history behind the sync receipt.
    R"(CREATE TABLE rejected(seq INTEGER PRIMARY KEY, reason INTEGER NOT NULL, message TEXT NOT NULL,
                             body BLOB NOT NULL, at_ms INTEGER NOT NULL);
       CREATE TABLE sync_log(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, sent INTEGER NOT NULL,
                             received INTEGER NOT NULL, conflicts INTEGER NOT NULL, rejected INTEGER NOT NULL,
                             error TEXT NOT NULL DEFAULT '');)",
    // 2 -> 3: drafts of forms, kept as the person types (nothing typed is lost when the phone kills the app).
    R"(CREATE TABLE drafts(form TEXT NOT NULL, key TEXT NOT NULL, body TEXT NOT NULL, at_ms INTEGER NOT NULL,
                           PRIMARY KEY(form, key)) WITHOUT ROWID;)",
    // 3 -> 4: the roll-up facts (domain::Fact), one small row per village, household, member, clan, unit and
    // evaluation, kept up to date with every record written, so the dashboard reads them instead of decoding
    // every record. Filled from the records by migrate() when an older database is opened.
    R"(CREATE TABLE facts(type INTEGER NOT NULL, id TEXT NOT NULL, ref TEXT NOT NULL, commune TEXT NOT NULL,
                          name TEXT NOT NULL, number INTEGER NOT NULL, model INTEGER NOT NULL,
                          stage INTEGER NOT NULL, PRIMARY KEY(type, id)) WITHOUT ROWID;)",
    // 4 -> 5: a year's evaluations by model and stage (the start page's counts, the verification queue) without
    // reading every year's (150,000 at 50,000 households with two past years).
    R"(CREATE INDEX facts_evaluations ON facts(number, model, stage) WHERE type=20;)",
    // 5 -> 6: households' and members' facts are their records' rows: the parent (village, household) and a
    // number (a member's birth year, copied from its fact; migrate() works it out from the records when the
    // facts were built by this program), read from the parent index alone, which covers them (a partial index
    // WHERE deleted=0 would not: SQLite reads each row to test `deleted`). A first sync of a ward wrote each of
    // its 300,000 records twice.
    R"(ALTER TABLE records ADD COLUMN number INTEGER NOT NULL DEFAULT 0;
       UPDATE records SET number=f.number FROM facts f
        WHERE records.type=5 AND f.type=5 AND f.id=records.id AND f.number<>0;
       DROP INDEX records_parent;
       CREATE INDEX records_parent ON records(type, deleted, parent, number);
       DELETE FROM facts WHERE type IN (4, 5);)",
};
static_assert(std::size(kMigrations) == LocalStore::kSchemaVersion);

QString hex64(quint64 v)
{
    return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
}

std::string base36(quint64 v)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string s;
    do {
        s.insert(s.begin(), digits[v % 36]);
        v /= 36;
    } while (v);
    return s;
}

} // namespace

LocalStore::~LocalStore()
{
    try {
        if (m_db.handle() && !m_readOnly) m_db.exec("PRAGMA optimize");
    } catch (const std::exception &e) {
        qCDebug(lcStore) << "PRAGMA optimize failed:" << e.what();
    }
}

namespace {
bool vacuum(sql::Db &db)
{
    try {
        db.exec("VACUUM");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return true;
    } catch (const std::exception &e) {
        qCInfo(lcStore) << "compacting the database failed (nothing lost):" << e.what();
        return false;
    }
}
} // namespace

bool LocalStore::compact()
{
    return vacuum(m_db);
}

bool LocalStore::compactFile(const QString &path)
{
    try {
        sql::Db db;
        db.open(path, false, true);
        return vacuum(db);
    } catch (const std::exception &e) {
        qCInfo(lcStore) << "compacting the database failed (nothing lost):" << e.what();
        return false;
    }
}

QString LocalStore::deviceHex() const
{
    return hex64(m_device);
}

bool LocalStore::isStorageFull(const std::exception &e)
{
    const auto *s = dynamic_cast<const sql::Error *>(&e);
    return s && s->storageFull();
}

void LocalStore::create(const QString &path)
{
    if (QFile::exists(path)) throw EditError("database already exists: " + path.toStdString());
    m_db.open(path, true, true);
    m_path = path;
    migrate();
    sql::Transaction tx(m_db);
    quint64 dev = 0;
    while (dev == 0) dev = QRandomGenerator::system()->generate64();
    setMetaInTx("device", hex64(dev));
    setMetaInTx("next_id", QStringLiteral("1"));
    setMetaInTx("next_seq", QStringLiteral("1"));
    tx.commit();
    loadMeta();
}

void LocalStore::open(const QString &path)
{
    if (!QFile::exists(path)) throw EditError("no database at " + path.toStdString() + " (create it with 'init')");
    m_db.open(path, false, true);
    m_path = path;
    migrate();
    loadMeta();
}

void LocalStore::openForReading(const QString &path)
{
    m_db.openReadOnly(path);
    m_path = path;
    m_readOnly = true;
    if (const int v = m_db.userVersion(); v != kSchemaVersion)
        throw EditError("database schema version " + std::to_string(v) + " is not this program's (" +
                        std::to_string(kSchemaVersion) + ")");
    loadMeta();
}

void LocalStore::readSnapshot(const std::function<void()> &fn)
{
    m_db.exec("BEGIN");
    try {
        fn();
    } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
    }
    m_db.exec("COMMIT");
}

void LocalStore::migrate()
{
    const int v = m_db.userVersion();
    if (v > kSchemaVersion)
        throw EditError("database schema version " + std::to_string(v) + " is newer than this program (" +
                        std::to_string(kSchemaVersion) + "): update the app");
    for (int i = v; i < kSchemaVersion; ++i) {
        sql::Transaction tx(m_db);
        m_db.exec(kMigrations[i]);
        if (i + 1 == kFactsVersion) rebuildFacts();
        // A database from before the facts got them from this program's rebuildFacts: none for members.
        if (i + 1 == kRowFactsVersion && v < kFactsVersion) rebuildRowNumbers();
        m_db.setUserVersion(i + 1);
        tx.commit();
        qCDebug(lcStore) << "migrated device database to version" << i + 1;
    }
}

void LocalStore::loadMeta()
{
    m_device = meta("device").toULongLong(nullptr, 16);
    m_hlc.reset(meta("hlc", QStringLiteral("0")).toULongLong());
    m_hlc.setOffsetMs(meta("clock_offset", QStringLiteral("0")).toLongLong());
    m_clock.setServerCorrected(!meta("server_time_seen").isEmpty());
    m_nextId = meta("next_id", QStringLiteral("1")).toULongLong();
}

QString LocalStore::meta(const std::string &key, const QString &fallback)
{
    auto s = m_db.cached("SELECT value FROM meta WHERE key=?");
    s->bind(1, key, true);
    return s->step() ? s->text(0) : fallback;
}

void LocalStore::setMetaInTx(const std::string &key, const QString &value)
{
    auto s = m_db.cached("INSERT INTO meta(key,value) VALUES(?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    s->bind(1, key, true).bind(2, value).run();
}

void LocalStore::setMeta(const std::string &key, const QString &value)
{
    sql::Transaction tx(m_db);
    setMetaInTx(key, value);
    tx.commit();
}

std::string LocalStore::newId()
{
    // Persisted with the next write(); an id handed out but never written may be handed out again.
    return deviceHex().toStdString() + "-" + base36(m_nextId++);
}

std::optional<Record> LocalStore::getInTx(pb::RecordType type, const std::string &id)
{
    auto s = m_db.cached("SELECT state FROM records WHERE type=? AND id=?");
    s->bind(1, int(type)).bind(2, id, true);
    if (!s->step()) return std::nullopt;
    pb::RecordState st;
    Record r;
    if (!st.ParseFromString(s->blob(0)) || !Record::fromState(st, &r))
        throw sql::Error("corrupt record " + id, SQLITE_CORRUPT);
    return r;
}

std::optional<Record> LocalStore::get(pb::RecordType type, const std::string &id)
{
    return getInTx(type, id);
}

// The columns lists and search read: the first parent's id and the folded search text.
LocalStore::Derived LocalStore::derive(pb::RecordType type, const google::protobuf::Message *value)
{
    Derived d;
    if (!value) return d;
    const auto ps = domain::parents(type, *value);
    if (!ps.empty()) d.parent = ps.front().id;
    d.fold = domain::searchText(type, *value);
    if (factInRecordRow(type)) {
        // The fact's ref is the record's parent (a household's village, a member's household); its commune is
        // found when the facts are read, as for the facts in the table.
        const auto fact = domain::factOf(type, {}, *value, [](const std::string &) { return QString(); });
        if (fact) d.number = fact->number;
    }
    return d;
}

void LocalStore::putRecord(const Record &r, const google::protobuf::Message *value)
{
    std::unique_ptr<google::protobuf::Message> parsed;
    if (!value) {
        parsed = domain::parse(r.type, r.values());
        value = parsed.get();
    }
    const Derived d = derive(r.type, value);
    updateFact(r.type, r.id, r.isDeleted() ? nullptr : value);
    auto s = m_db.cached("INSERT INTO records(type,id,state,deleted,parent,fold,number) VALUES(?,?,?,?,?,?,?) "
                         "ON CONFLICT(type,id) DO UPDATE SET state=excluded.state, deleted=excluded.deleted, "
                         "parent=excluded.parent, fold=excluded.fold, number=excluded.number");
    s->bind(1, int(r.type))
        .bind(2, r.id, true)
        .bind(3, r.toState().SerializeAsString())
        .bind(4, r.isDeleted() ? 1 : 0)
        .bind(5, d.parent, true)
        .bind(6, d.fold, true)
        .bind(7, d.number)
        .run();
}

void LocalStore::checkReferences(pb::RecordType type, const google::protobuf::Message &merged)
{
    for (const auto &p : domain::parents(type, merged)) {
        if (p.type == pb::RECORD_TYPE_COMMUNE) {
            if (!AdminUnits::builtin().commune(QString::fromStdString(p.id).mid(1)))
                throw EditError("commune code '" + p.id.substr(1) + "' is not in the national list");
            continue;
        }
        const auto r = getInTx(p.type, p.id);
        if (!r || r->isDeleted())
            throw EditError(domain::typeName(p.type).toStdString() + " '" + p.id + "' does not exist");
    }
}

quint64 LocalStore::write(const std::vector<Edit> &edits)
{
    if (edits.empty()) throw EditError("nothing to write");
    sql::Transaction tx(m_db);
    const quint64 hlc = m_hlc.tick();
    const Stamp stamp{hlc, m_device};
    pb::ChangeSet cs;
    cs.set_hlc(hlc);
    for (const Edit &e : edits) {
        const QString what =
            domain::typeName(e.type) + QStringLiteral(" '") + QString::fromStdString(e.id) + QLatin1Char('\'');
        if (!domain::deviceWritable(e.type) && e.type != pb::RECORD_TYPE_CONFLICT)
            throw EditError(what.toStdString() + ": this kind of record cannot be changed on a device");
        Record rec = getInTx(e.type, e.id).value_or(Record{});
        rec.type = e.type;
        rec.id = e.id;
        const bool isCreate = !rec.exists() || rec.isDeleted();
        pb::Change *c = cs.add_changes();
        c->set_type(e.type);
        c->set_id(e.id);
        if (e.remove) {
            if (!rec.exists() || rec.isDeleted()) throw EditError(what.toStdString() + " does not exist");
            c->set_deleted(true);
        } else {
            std::unique_ptr<google::protobuf::Message> values(e.values ? e.values->New()
                                                                       : domain::newMessage(e.type).release());
            if (e.values) values->CopyFrom(*e.values);
            domain::normalizeStrings(values.get());
            const QString err =
                domain::validateChange(e.type, *values, e.cleared, isCreate && !rec.exists(), m_clock.year());
            if (!err.isEmpty()) throw EditError((what + QStringLiteral(": ") + err).toStdString());
            c->set_values(values->SerializeAsString());
            if (c->values().size() > domain::kMaxRecordBytes)
                throw EditError(what.toStdString() + ": the record is too large to sync");
            for (quint32 n : e.cleared) c->add_cleared(n);
            rec.addBases(c);
        }
        bool changed = false;
        if (!rec.apply(*c, stamp, &changed, nullptr)) throw EditError(what.toStdString() + ": malformed values");
        if (!e.remove) {
            auto merged = domain::parse(e.type, rec.values());
            if (!merged) throw EditError(what.toStdString() + ": malformed values");
            const QString err = domain::validateWhole(e.type, *merged, m_clock.year());
            if (!err.isEmpty() && e.type != pb::RECORD_TYPE_CONFLICT)
                throw EditError((what + QStringLiteral(": ") + err).toStdString());
            checkReferences(e.type, *merged);
            putRecord(rec, merged.get());
        } else {
            putRecord(rec, nullptr);
        }
    }
    const quint64 seq = appendOutbox(&cs);
    setMetaInTx("next_id", QString::number(m_nextId));
    setMetaInTx("hlc", QString::number(m_hlc.last()));
    tx.commit();
    return seq;
}

std::vector<Record> LocalStore::list(pb::RecordType type, const std::string &parent, const QString &query)
{
    // Children through the parent index: without statistics SQLite's planner prefers the primary key's type
    // prefix, which read all 250,000 members of a ward to find the five of one household.
    std::string q = parent.empty() ? "SELECT state FROM records WHERE type=? AND deleted=0"
                                   : "SELECT state FROM records INDEXED BY records_parent WHERE type=? AND deleted=0";
    if (!parent.empty()) q += " AND parent=?";
    if (!query.isEmpty()) q += " AND instr(fold, ?) > 0";
    sql::Stmt s(m_db, q);
    int i = 1;
    s.bind(i++, int(type));
    if (!parent.empty()) s.bind(i++, parent, true);
    if (!query.isEmpty()) s.bind(i++, foldForSearch(query));
    std::vector<Record> out;
    while (s.step()) {
        pb::RecordState st;
        Record r;
        if (st.ParseFromString(s.blob(0)) && Record::fromState(st, &r)) out.push_back(std::move(r));
    }
    return out;
}

std::vector<Record> LocalStore::all()
{
    auto s = m_db.cached("SELECT state FROM records ORDER BY type, id");
    std::vector<Record> out;
    while (s->step()) {
        pb::RecordState st;
        Record r;
        if (st.ParseFromString(s->blob(0)) && Record::fromState(st, &r)) out.push_back(std::move(r));
    }
    return out;
}

int LocalStore::pendingCount()
{
    auto s = m_db.cached("SELECT count(*) FROM outbox");
    s->step();
    return int(s->int64(0));
}

quint64 LocalStore::firstPendingSeq()
{
    auto s = m_db.cached("SELECT coalesce(min(seq),0) FROM outbox");
    s->step();
    return quint64(s->int64(0));
}

std::vector<pb::ChangeSet> LocalStore::pending(qsizetype maxBytes, quint64 afterSeq)
{
    auto s = m_db.cached("SELECT body FROM outbox WHERE seq>? ORDER BY seq");
    s->bind(1, afterSeq);
    std::vector<pb::ChangeSet> out;
    qsizetype total = 0;
    while (s->step()) {
        const std::string body = s->blob(0);
        if (!out.empty() && total + qsizetype(body.size()) > maxBytes) break;
        pb::ChangeSet cs;
        if (!cs.ParseFromString(body)) throw sql::Error("corrupt outbox entry", SQLITE_CORRUPT);
        total += qsizetype(body.size());
        out.push_back(std::move(cs));
    }
    return out;
}

void LocalStore::restamp(const pb::ChangeSet &old)
{
    // The server refused this change-set because our clock ran far ahead. Give its fields a corrected stamp
    // wherever they still carry the refused one, and queue it again under a new sequence number.
    const quint64 hlc = m_hlc.tick();
    const Stamp was{old.hlc(), m_device}, now{hlc, m_device};
    pb::ChangeSet cs = old;
    cs.set_hlc(hlc);
    for (const auto &c : old.changes()) {
        auto rec = getInTx(c.type(), c.id());
        if (!rec) continue;
        for (auto &[n, f] : rec->fields)
            if (f.stamp == was) f.stamp = now;
        if (rec->deleted == was) rec->deleted = now;
        putRecord(*rec, nullptr);
    }
    appendOutbox(&cs);
}

quint64 LocalStore::appendOutbox(pb::ChangeSet *cs)
{
    const quint64 seq = meta("next_seq", QStringLiteral("1")).toULongLong();
    cs->set_seq(seq);
    auto o = m_db.cached("INSERT INTO outbox(seq,hlc,body) VALUES(?,?,?)");
    o->bind(1, seq).bind(2, cs->hlc()).bind(3, cs->SerializeAsString()).run();
    setMetaInTx("next_seq", QString::number(seq + 1));
    return seq;
}

QStringList LocalStore::areas()
{
    return meta("areas").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void LocalStore::setAreas(const QStringList &a)
{
    QStringList sorted = a;
    sorted.sort();
    sorted.removeDuplicates();
    setMeta("areas", sorted.join(QLatin1Char(' ')));
}

quint64 LocalStore::cursorFor(const QStringList &a)
{
    if (meta("cursor_areas") != a.join(QLatin1Char(' '))) return 0;
    return meta("cursor", QStringLiteral("0")).toULongLong();
}

std::vector<RejectedChange> LocalStore::rejected()
{
    auto s = m_db.cached("SELECT seq, reason, message, at_ms FROM rejected ORDER BY seq");
    std::vector<RejectedChange> out;
    while (s->step()) out.push_back({quint64(s->int64(0)), int(s->int64(1)), s->text(2), s->int64(3)});
    return out;
}

void LocalStore::logSync(const SyncLogEntry &e)
{
    sql::Transaction tx(m_db);
    auto s = m_db.cached("INSERT INTO sync_log(at_ms,sent,received,conflicts,rejected,error) VALUES(?,?,?,?,?,?)");
    s->bind(1, e.atMs)
        .bind(2, e.sent)
        .bind(3, e.received)
        .bind(4, e.conflicts)
        .bind(5, e.rejected)
        .bind(6, e.error)
        .run();
    tx.commit();
}

std::optional<SyncLogEntry> LocalStore::lastSync(bool successfulOnly)
{
    sql::Stmt s(m_db,
                successfulOnly
                    ? "SELECT at_ms,sent,received,conflicts,rejected,error FROM sync_log WHERE error='' ORDER BY id "
                      "DESC LIMIT 1"
                    : "SELECT at_ms,sent,received,conflicts,rejected,error FROM sync_log ORDER BY id DESC LIMIT 1");
    if (!s.step()) return std::nullopt;
    return SyncLogEntry{s.int64(0), int(s.int64(1)), int(s.int64(2)), int(s.int64(3)), int(s.int64(4)), s.text(5)};
}

} // namespace kh
