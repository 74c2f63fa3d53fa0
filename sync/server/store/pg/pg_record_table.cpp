#include "server/store/pg/pg_record_table.h"

#include "core/records/ids.h"
#include "core/records/record_types.h"

#include <QElapsedTimer>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <thread>

namespace kh::pg {

namespace {
std::string parentKey(pb::RecordType t, const std::string &id)
{
    return std::to_string(int(t)) + ":" + id;
}

constexpr const char *kRowColumns = "SELECT pos, state, areas, writer, base_pos, echo_ok, current_areas FROM records "
                                    "WHERE type=$1 AND id=$2";
} // namespace

// Keys are joined by spaces; the id grammar keeps spaces out of every id, so a key with one is a bug.
std::string joinKeys(const Keys &s)
{
    std::string out;
    for (const auto &a : s) {
        if (a.find(' ') != std::string::npos) throw Error("area key with a space: " + a, "22000");
        if (!out.empty()) out += ' ';
        out += a;
    }
    return out;
}

Keys splitKeys(std::string_view s)
{
    Keys out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(' ', start);
        if (end == std::string_view::npos) end = s.size();
        if (end > start) out.emplace(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

void PgRecordTable::begin()
{
    m_queued.clear();
    m_posBase = 0;
    m_posN = 0;
    m_keyCache.clear();
}

quint64 PgRecordTable::horizon()
{
    auto r = m_c.query("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20");
    return quint64(r.i64(0, 0));
}

quint64 PgRecordTable::nextPos()
{
    if (m_posBase == 0) {
        auto r = m_c.query("SELECT pg_current_xact_id()::text::bigint << 20");
        m_posBase = quint64(r.i64(0, 0));
    }
    if (++m_posN >= (1u << 20)) throw Error("more than a million rows in one transaction", "54000");
    return m_posBase | m_posN;
}

std::optional<PgRow> PgRecordTable::load(pb::RecordType t, const std::string &id, bool lock)
{
    auto r = m_c.query(std::string(kRowColumns) + (lock ? " FOR UPDATE" : ""), Params().i32(int(t)).text(id));
    if (!r.rows()) return std::nullopt;
    PgRow row;
    pb::RecordState st;
    const auto state = r.bytes(0, 1);
    if (!st.ParseFromArray(state.data(), int(state.size())) || !Record::fromState(st, &row.rec))
        throw Error("corrupt record " + id, "XX001");
    row.pos = quint64(r.i64(0, 0));
    row.areas = splitKeys(r.bytes(0, 2));
    row.writer = quint64(r.i64(0, 3));
    row.basePos = quint64(r.i64(0, 4));
    row.echoOk = r.boolean(0, 5);
    row.current = splitKeys(r.bytes(0, 6));
    return row;
}

std::optional<Keys> PgRecordTable::keysOf(pb::RecordType t, const std::string &id)
{
    const std::string k = parentKey(t, id);
    if (auto it = m_keyCache.find(k); it != m_keyCache.end()) return it->second;
    auto r = m_c.query("SELECT current_areas FROM records WHERE type=$1 AND id=$2", Params().i32(int(t)).text(id));
    if (!r.rows()) return std::nullopt;
    Keys keys = splitKeys(r.bytes(0, 0));
    m_keyCache.emplace(k, keys);
    return keys;
}

Keys PgRecordTable::expand(const QStringList &areas)
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
    r.villagesOfCommune = [this](const QString &c) {
        return idsUnder("c:" + c.toStdString(), pb::RECORD_TYPE_VILLAGE);
    };
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

QStringList PgRecordTable::idsUnder(const std::string &key, pb::RecordType type)
{
    auto r = m_c.query("SELECT r.id FROM record_areas a JOIN records r ON r.pos=a.pos WHERE a.area=$1 AND r.type=$2",
                       Params().text(key).i32(int(type)));
    QStringList out;
    for (int i = 0; i < r.rows(); ++i) out << r.text(i, 0);
    return out;
}

void PgRecordTable::rekeyChildren(pb::RecordType type, const std::string &id, const Keys &oldAreas,
                                  const Keys &parentAreas)
{
    std::vector<std::pair<pb::RecordType, std::string>> kids;
    for (const auto &area : oldAreas) {
        if (area.rfind("r", 0) == 0) continue;
        auto r = m_c.query("SELECT r.type, r.id, r.state FROM record_areas a JOIN records r ON r.pos=a.pos "
                           "WHERE a.area=$1",
                           Params().text(area));
        for (int i = 0; i < r.rows(); ++i) {
            const auto t = pb::RecordType(r.i64(i, 0));
            if (t == pb::RECORD_TYPE_VILLAGE || t == pb::RECORD_TYPE_COMMUNE || t == pb::RECORD_TYPE_PROVINCE) continue;
            pb::RecordState st;
            Record rec;
            const auto state = r.bytes(i, 2);
            if (!st.ParseFromArray(state.data(), int(state.size())) || !Record::fromState(st, &rec)) continue;
            const auto m = domain::parse(t, rec.values());
            if (!m) continue;
            for (const auto &p : domain::parents(t, *m))
                if (p.type == type && p.id == id) kids.emplace_back(t, r.str(i, 1));
        }
    }
    std::sort(kids.begin(), kids.end());
    kids.erase(std::unique(kids.begin(), kids.end()), kids.end());
    for (const auto &[t, kid] : kids) {
        auto row = load(t, kid, true);
        if (!row) continue;
        Keys now = row->areas;
        for (const auto &a : parentAreas)
            if (a.rfind("r", 0) != 0) now.insert(a);
        Keys current = row->current;
        if (const auto m = domain::parse(t, row->rec.values()))
            if (auto k = domain::areaKeys(
                    t, kid, *m, [this](pb::RecordType pt, const std::string &pid) { return keysOf(pt, pid); }, nullptr))
                current = *k;
        if (now == row->areas && current == row->current) continue;
        writeRow(row->rec, now, current, *row, 0, 0, false);
        rekeyChildren(t, kid, row->areas, now);
    }
}

void PgRecordTable::writeRow(const Record &rec, const Keys &areas, const Keys &current, const PgRow &old,
                             quint64 writer, quint64 basePos, bool echoOk)
{
    const quint64 pos = nextPos();
    const std::string joined = joinKeys(areas);
    auto p = Params()
                 .i32(int(rec.type))
                 .text(rec.id)
                 .i64(qint64(pos))
                 .bytes(rec.toState().SerializeAsString())
                 .text(joined)
                 .text(joinKeys(current))
                 .i64(qint64(writer))
                 .i64(qint64(basePos))
                 .boolean(echoOk);
    if (old.pos) p.i64(qint64(old.pos)).text(joinKeys(old.areas));
    // One round trip: the row, its old area rows out (by the primary key: the row names them) and its new ones in.
    auto r = m_c.query(
        old.pos ? "WITH gone AS (DELETE FROM record_areas WHERE area = ANY(string_to_array($11,' ')) AND pos=$10), "
                  "w AS (UPDATE records SET pos=$3, state=$4, areas=$5, current_areas=$6, writer=$7, base_pos=$8, "
                  "echo_ok=$9 WHERE type=$1 AND id=$2 RETURNING pos), "
                  "a AS (INSERT INTO record_areas(area,pos) SELECT unnest(string_to_array($5,' ')), pos FROM w) "
                  "SELECT count(*) FROM w"
                : "WITH w AS (INSERT INTO records(type,id,pos,state,areas,current_areas,writer,base_pos,echo_ok) "
                  "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT(type,id) DO NOTHING RETURNING pos), "
                  "a AS (INSERT INTO record_areas(area,pos) SELECT unnest(string_to_array($5,' ')), pos FROM w) "
                  "SELECT count(*) FROM w",
        p);
    if (r.i64(0, 0) == 0) throw Error("record " + rec.id + " was changed by another server meanwhile", "40001");
    m_keyCache[parentKey(rec.type, rec.id)] = current;
}

void PgRecordTable::importRow(const std::string &state, pb::RecordType type, const std::string &id,
                              const std::string &areas, const std::string &current, quint64 writer)
{
    const quint64 pos = nextPos();
    m_c.query("INSERT INTO records(type,id,pos,state,areas,current_areas,writer,base_pos,echo_ok) "
              "VALUES($1,$2,$3,$4,$5,$6,$7,0,false)",
              Params()
                  .i32(int(type))
                  .text(id)
                  .i64(qint64(pos))
                  .bytes(state)
                  .text(areas)
                  .text(current.empty() ? areas : current)
                  .i64(qint64(writer)));
    m_c.query("INSERT INTO record_areas(area,pos) SELECT unnest(string_to_array($1,' ')), $2",
              Params().text(areas).i64(qint64(pos)));
}

bool PgRecordTable::insertNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas)
{
    pb::RecordState st;
    st.set_type(c.type());
    st.set_id(c.id());
    auto *g = st.add_groups();
    g->set_hlc(stamp.hlc);
    g->set_device(stamp.device);
    g->set_values(c.values());
    for (quint32 n : c.cleared()) g->add_cleared(n);
    const quint64 pos = nextPos();
    const std::string joined = joinKeys(areas);
    // Another server inserting the same id waits here until it commits; then nothing is inserted, and the
    // caller merges into its row instead. One round trip: the row and its area rows.
    auto r = m_c.query("WITH w AS (INSERT INTO records(type,id,pos,state,areas,current_areas,writer,base_pos,echo_ok) "
                       "VALUES($1,$2,$3,$4,$5,$5,$6,0,true) ON CONFLICT(type,id) DO NOTHING RETURNING pos), "
                       "a AS (INSERT INTO record_areas(area,pos) SELECT unnest(string_to_array($5,' ')), pos FROM w) "
                       "SELECT count(*) FROM w",
                       Params()
                           .i32(int(c.type()))
                           .text(c.id())
                           .i64(qint64(pos))
                           .bytes(st.SerializeAsString())
                           .text(joined)
                           .i64(qint64(writer)));
    if (r.i64(0, 0) == 0) return false;
    m_keyCache[parentKey(c.type(), c.id())] = areas;
    return true;
}

void PgRecordTable::queueNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas)
{
    pb::RecordState st;
    st.set_type(c.type());
    st.set_id(c.id());
    auto *g = st.add_groups();
    g->set_hlc(stamp.hlc);
    g->set_device(stamp.device);
    g->set_values(c.values());
    for (quint32 n : c.cleared()) g->add_cleared(n);
    m_queued.push_back({int(c.type()), c.id(), st.SerializeAsString(), joinKeys(areas), nextPos(), writer});
    m_keyCache[parentKey(c.type(), c.id())] = areas;
}

bool PgRecordTable::flushNew(bool deferred)
{
    if (m_queued.empty()) return true;
    // One statement for the whole batch, its rows as arrays; the area rows go in for every record, since a batch
    // in which one record existed already is rolled back whole.
    Array type(Array::Of::Int4), id(Array::Of::Text), pos(Array::Of::Int8), state(Array::Of::Bytea),
        areas(Array::Of::Text), writer(Array::Of::Int8), areaKey(Array::Of::Text), areaPos(Array::Of::Int8);
    for (const Queued &q : m_queued) {
        type.i32(q.type);
        id.text(q.id);
        pos.i64(qint64(q.pos));
        state.bytes(q.state);
        areas.text(q.areas);
        writer.i64(qint64(q.writer));
        for (const auto &k : splitKeys(q.areas)) {
            areaKey.text(k);
            areaPos.i64(qint64(q.pos));
        }
    }
    const int n = type.size();
    m_queued.clear();
    // Pipelined, a record that exists fails the statement (unique_violation), which the push answers by running
    // again unpipelined; a plain INSERT costs PostgreSQL ~40 % less than one with ON CONFLICT, whose
    // speculative insertion writes each row twice to the WAL.
    const std::string sql =
        std::string("WITH w AS (INSERT INTO records(type,id,pos,state,areas,current_areas,writer,base_pos,echo_ok) "
                    "SELECT type,id,pos,state,areas,areas,writer,0,true "
                    "FROM unnest($1::int4[],$2::text[],$3::int8[],$4::bytea[],$5::text[],$6::int8[]) AS v(type,id,pos,"
                    "state,areas,writer)") +
        (deferred ? "" : " ON CONFLICT(type,id) DO NOTHING") +
        " RETURNING 1), a AS (INSERT INTO record_areas(area,pos) SELECT * FROM unnest($7::text[],$8::int8[])) "
        "SELECT count(*) FROM w";
    const auto p =
        Params().array(type).array(id).array(pos).array(state).array(areas).array(writer).array(areaKey).array(areaPos);
    if (deferred) {
        m_c.defer(sql, p, [n](const Result &r) {
            if (r.i64(0, 0) != n) throw NewRecordExists();
        });
        return true;
    }
    return m_c.query(sql, p).i64(0, 0) == n;
}

void PgRecordTable::forEach(const QStringList &areas, const std::function<void(const Record &)> &fn)
{
    // "C" collation: the order of bytes, as SQLite sorts, so dumps of both backends compare equal.
    std::string q = "SELECT state FROM records";
    if (!areas.isEmpty()) q += " WHERE pos IN (SELECT pos FROM record_areas WHERE area = ANY(string_to_array($1,' ')))";
    q += " ORDER BY type, id COLLATE \"C\"";
    Params p;
    if (!areas.isEmpty()) p.text(joinKeys(expand(areas)));
    auto r = m_c.query(q, p);
    for (int i = 0; i < r.rows(); ++i) {
        pb::RecordState st;
        Record rec;
        const auto b = r.bytes(i, 0);
        if (st.ParseFromArray(b.data(), int(b.size())) && Record::fromState(st, &rec)) fn(rec);
    }
}

namespace {
// The statement that reads a page. Each key's positions come from its own ordered index range (area, pos > cursor)
// and a Merge Append interleaves them, then a nested loop looks up the records of the first `limit` positions
// only: a page costs about `limit` index entries and look-ups however much lies beyond it. The LIMIT in each
// branch, and generic plans (pg_connection.cpp), keep the planner from sorting each key's whole range first
// when its statistics are missing or say a key is small. A record the device wrote itself comes without its
// state (it holds it): filtering it out before the LIMIT would let a branch's LIMIT end on rows filtered away,
// and the page would skip that key's next rows. A key count is rounded up to a power of two (the extra keys are
// '', which no row has), so a handful of prepared statements serve every device. Past kMergedKeys (a province:
// thousands of villages) the keys go as one array: its positions are gathered and sorted, a cost that grows
// with what lies beyond the cursor, which is what an area that large costs anyway.
constexpr size_t kMergedKeys = 64;

std::string pullStatement(size_t keys)
{
    std::string positions;
    if (keys <= kMergedKeys) {
        positions = "SELECT pos FROM (";
        for (size_t i = 0; i < keys; ++i)
            positions += std::string(i ? " UNION ALL " : "") + "(SELECT pos FROM record_areas WHERE area=$" +
                         std::to_string(i + 4) + " AND pos>$1 ORDER BY pos LIMIT $3)";
        positions += ") m ORDER BY pos LIMIT $3";
    } else {
        positions = "SELECT DISTINCT pos FROM record_areas WHERE area = ANY(string_to_array($4,' ')) AND pos>$1 "
                    "ORDER BY pos LIMIT $3";
    }
    // OFFSET 0 keeps the record look-up a nested loop over the positions kept, whatever the statistics say.
    return "SELECT h.horizon, u.pos, u.state FROM "
           "(SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20 AS horizon) h LEFT JOIN LATERAL "
           "(SELECT p.pos, r.state FROM (" +
           positions +
           ") p CROSS JOIN LATERAL (SELECT CASE WHEN writer=$2 AND echo_ok THEN NULL ELSE state END AS state "
           "FROM records WHERE records.pos=p.pos OFFSET 0) r) u ON true ORDER BY u.pos";
}
} // namespace

// A statement reads at most a page's worth of positions; when most are the device's own writes (the pull after
// a long push), the page goes on with the next statement rather than answering an almost empty `more`.
PullPage PgRecordTable::pull(quint64 device, const QStringList &areas, quint64 cursor, int limit, qsizetype maxBytes,
                             int waitMs)
{
    constexpr int kMaxStatements = 16;
    const Keys keys = expand(areas);
    QElapsedTimer waited;
    waited.start();
    PullPage page;
    page.cursor = cursor;
    for (int statements = 1;; ++statements) {
        switch (pullOnce(device, keys, limit, maxBytes, &page)) {
        case PullEnd::Full:
        case PullEnd::CaughtUp: return page;
        case PullEnd::Read:
            if (statements < kMaxStatements) continue;
            page.more = true;
            return page;
        case PullEnd::Blocked:
            // What was read below the open transaction goes now; with nothing read, wait a little for it.
            if (page.count > 0 || waited.elapsed() >= waitMs) {
                page.more = true; // a committed change waits behind an open transaction: ask again
                return page;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }
}

quint64 PgRecordTable::countAfter(const QStringList &areas, quint64 cursor)
{
    auto r = m_c.query("SELECT count(*) FROM record_areas WHERE area = ANY(string_to_array($1,' ')) AND pos > $2",
                       Params().text(joinKeys(expand(areas))).i64(qint64(cursor)));
    return quint64(r.i64(0, 0));
}

// Long: one statement's rows walked in order, with the four ways a row can end it (horizon, limit, bytes, the
// statement's own limit) and the two ways it is skipped (a second key of one record, the device's own write).
PgRecordTable::PullEnd PgRecordTable::pullOnce(quint64 device, const Keys &keys, int limit, qsizetype maxBytes,
                                               PullPage *page)
{
    const int fetched = limit + 1; // one more than a page: tells whether more lies beyond it
    const quint64 cursor = page->cursor;
    auto p = Params().i64(qint64(cursor)).i64(qint64(device)).i64(fetched);
    size_t width = keys.size();
    if (width <= kMergedKeys) {
        width = 4;
        while (width < keys.size()) width *= 2;
        for (const auto &k : keys) p.text(k);
        for (size_t i = keys.size(); i < width; ++i) p.text("");
    } else {
        p.text(joinKeys(keys));
    }
    // One statement: the horizon and the rows come from the same snapshot.
    auto r = m_c.query(pullStatement(width), p);
    const quint64 horizon = quint64(r.i64(0, 0));
    google::protobuf::io::StringOutputStream sink(&page->records); // appends
    google::protobuf::io::CodedOutputStream out(&sink);
    qsizetype bytes = qsizetype(page->records.size());
    quint64 last = cursor;
    int seen = 0;
    PullEnd end = PullEnd::CaughtUp;
    for (int i = 0; i < r.rows() && !r.isNull(i, 1); ++i, ++seen) {
        const quint64 pos = quint64(r.i64(i, 1));
        if (pos >= horizon) {
            end = PullEnd::Blocked;
            break;
        }
        if (pos == last) continue; // the same record under a second key
        if (r.isNull(i, 2)) {      // the device's own write, which it holds already
            last = pos;
            continue;
        }
        if (page->count == limit || bytes > maxBytes) {
            end = PullEnd::Full;
            break;
        }
        const auto state = r.bytes(i, 2);
        out.WriteTag(pb::SyncResponse::kRecordsFieldNumber << 3 | 2);
        out.WriteVarint32(quint32(state.size()));
        out.WriteRaw(state.data(), int(state.size()));
        bytes += qsizetype(state.size());
        ++page->count;
        last = pos;
    }
    // Every row the statement could give was used, and it could give no more: what lies past `last` is unread.
    if (end == PullEnd::CaughtUp && seen == fetched) end = PullEnd::Read;
    out.Trim();
    page->more = end == PullEnd::Full;
    // Caught up: every position below the horizon is settled and read. Otherwise up to the last row read.
    page->cursor = end == PullEnd::CaughtUp ? std::max(cursor, horizon > 0 ? horizon - 1 : 0) : last;
    return end;
}

} // namespace kh::pg
