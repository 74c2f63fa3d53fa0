#include "server/store/sqlite/record_table.h"

#include "core/records/ids.h"
#include "core/records/record_types.h"
#include "sql/sql.h"

#include <QScopeGuard>
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

namespace kh::store_detail {

namespace {

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

// Keys are joined by spaces. The id grammar (core/records/id_grammar.h) keeps spaces out of every id, so no id
// can add a key by carrying one; a key with a space is a bug, refused here rather than stored.
std::string joinAreas(const Keys &s)
{
    std::string out;
    for (const auto &a : s) {
        if (a.find(' ') != std::string::npos) throw sql::Error("area key with a space: " + a, SQLITE_MISUSE);
        if (!out.empty()) out += ' ';
        out += a;
    }
    return out;
}

std::string parentKey(pb::RecordType t, const std::string &id)
{
    return std::to_string(int(t)) + ":" + id;
}

// The records others hang under (domain::parents) have their keys asked for again and again in a push: those keys
// are cached. A member's, an item verification's, a clan membership's or a conflict's are asked for only when a
// conflict is recorded on one, and are read from the table then (five of a household's six records are members).
bool keysCached(pb::RecordType t)
{
    return t != pb::RECORD_TYPE_MEMBER && t != pb::RECORD_TYPE_ITEM_VERIFICATION &&
           t != pb::RECORD_TYPE_CLAN_MEMBERSHIP && t != pb::RECORD_TYPE_CONFLICT;
}

} // namespace

void RecordTable::reloadSeq()
{
    auto m = m_db.cached("SELECT coalesce(max(seq),0) FROM records");
    m->step();
    m_seq = quint64(m->int64(0));
}

Keys RecordTable::expand(const QStringList &areas)
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

QStringList RecordTable::idsUnder(const std::string &key, pb::RecordType type)
{
    auto s = m_db.cached("SELECT r.id FROM record_areas a JOIN records r ON r.seq=a.seq WHERE a.area=? AND r.type=?");
    s->bind(1, key, true).bind(2, int(type));
    QStringList out;
    while (s->step()) out << s->text(0);
    return out;
}

std::optional<Row> RecordTable::load(pb::RecordType t, const std::string &id)
{
    auto g = m_db.cached(
        "SELECT seq, state, areas, writer, base_seq, echo_ok, current_areas FROM records WHERE type=? AND id=?");
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
    const std::string current = g->blob(6);
    row.current = current.empty() ? row.areas : splitAreas(current); // rows written before the column: all it had
    return row;
}

std::optional<Keys> RecordTable::keysOf(pb::RecordType t, const std::string &id)
{
    const bool cached = keysCached(t);
    const std::string k = cached ? parentKey(t, id) : std::string();
    if (cached)
        if (auto it = m_keyCache.find(k); it != m_keyCache.end()) return it->second;
    auto s = m_db.cached("SELECT areas, current_areas FROM records WHERE type=? AND id=?");
    s->bind(1, int(t)).bind(2, id, true);
    if (!s->step()) return std::nullopt;
    const std::string current = s->blob(1);
    Keys keys = splitAreas(current.empty() ? s->blob(0) : current);
    if (cached) m_keyCache.emplace(k, keys);
    return keys;
}

void RecordTable::rekeyChildren(pb::RecordType type, const std::string &id, const Keys &oldAreas,
                                const Keys &parentAreas)
{
    std::vector<std::pair<pb::RecordType, std::string>> kids;
    for (const auto &area : oldAreas) {
        if (area.rfind("r", 0) == 0) continue;
        auto s = m_db.cached(
            "SELECT r.type, r.id, r.state FROM record_areas a JOIN records r ON r.seq=a.seq WHERE a.area=?");
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

void RecordTable::addHouseholdKeys()
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
        Keys now = row->areas, current = row->current;
        now.insert("h:" + id);
        current.insert("h:" + id);
        writeRow(row->rec, now, current, *row, 0, 0, false);
        rekeyChildren(pb::RECORD_TYPE_HOUSEHOLD, id, row->areas, now);
    }
    m_keyCache.clear();
}

void RecordTable::writeRow(const Record &rec, const Keys &areas, const Keys &current, const Row &old, quint64 writer,
                           quint64 baseSeq, bool echoOk)
{
    const quint64 seq = ++m_seq;
    if (old.seq) {
        auto d = m_db.cached("DELETE FROM records WHERE seq=?");
        d->bind(1, old.seq).run();
        for (const auto &a : old.areas) {
            auto da = m_db.cached("DELETE FROM record_areas WHERE area=? AND seq=?");
            da->bind(1, a, true).bind(2, old.seq).run();
        }
    }
    const std::string joined = joinAreas(areas);
    {
        auto p = m_db.cached("INSERT INTO records(seq,type,id,state,areas,writer,base_seq,echo_ok,current_areas) "
                             "VALUES(?,?,?,?,?,?,?,?,?)");
        p->bind(1, seq)
            .bind(2, int(rec.type))
            .bind(3, rec.id, true)
            .bind(4, rec.toState().SerializeAsString())
            .bind(5, joined, true)
            .bind(6, writer)
            .bind(7, baseSeq)
            .bind(8, echoOk ? 1 : 0)
            .bind(9, joinAreas(current), true)
            .run();
    }
    addAreas(rec.type, rec.id, seq, areas, current);
}

void RecordTable::addAreas(pb::RecordType type, const std::string &id, quint64 seq, const Keys &areas,
                           const Keys &current)
{
    // (One statement per row: a two-row VALUES list measured four times the cost of two single-row inserts.)
    for (const auto &a : areas) {
        auto ia = m_db.cached("INSERT INTO record_areas(area,seq) VALUES(?,?)");
        ia->bindStaticText(1, a).bind(2, seq).run();
    }
    if (keysCached(type)) m_keyCache.insert_or_assign(parentKey(type, id), current);
}

void RecordTable::forEach(const QStringList &areas, const std::function<void(const Record &)> &fn)
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

PullPage RecordTable::pull(quint64 device, const QStringList &areas, quint64 cursor, int limit, qsizetype maxBytes)
{
    PullPage page;
    sql::ReadTransaction snapshot_(m_db);
    reloadSeq(); // another process may have written since
    const quint64 snapshot = m_seq;
    page.cursor = std::max(snapshot, cursor);
    if (snapshot <= cursor) return page;
    // Each area key is an ordered index range; they are merged lazily, one statement stepping through each, so a
    // page reads about its own length of rows. (Reading the first limit+1 rows of every key and sorting them cost
    // a commune's eleven keys eleven pages of reads per page: two thirds of the server's time in a first sync.)
    // A device's own writes on top of a state it had already pulled would come back unchanged: they are
    // skipped here, without counting towards the page.
    const Keys keys = expand(areas);
    while (m_pullRanges.size() < keys.size())
        m_pullRanges.push_back(std::make_unique<sql::Stmt>(
            m_db, "SELECT a.seq, r.state FROM record_areas a JOIN records r ON r.seq=a.seq "
                  "WHERE a.area=? AND a.seq>? AND NOT (r.writer=? AND r.echo_ok) ORDER BY a.seq"));
    struct Range {
        sql::Stmt *s;
        quint64 seq;
    };
    std::vector<Range> open;
    auto resetAll = qScopeGuard([&] {
        for (auto &r : m_pullRanges) r->reset();
    });
    size_t k = 0;
    for (const auto &key : keys) {
        sql::Stmt *s = m_pullRanges[k++].get();
        s->bind(1, key, true).bind(2, cursor).bind(3, qint64(device));
        if (s->step()) open.push_back({s, quint64(s->int64(0))});
    }
    google::protobuf::io::StringOutputStream sink(&page.records);
    google::protobuf::io::CodedOutputStream outStream(&sink);
    qsizetype bytes = 0;
    while (!open.empty()) {
        const auto next =
            std::min_element(open.begin(), open.end(), [](const Range &a, const Range &b) { return a.seq < b.seq; });
        if (page.count == limit || bytes > maxBytes) {
            page.more = true;
            break;
        }
        const quint64 seq = next->seq;
        page.cursor = seq;
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(next->s->handle(), 1));
        const int n = sqlite3_column_bytes(next->s->handle(), 1);
        outStream.WriteTag(pb::SyncResponse::kRecordsFieldNumber << 3 | 2);
        outStream.WriteVarint32(quint32(n));
        outStream.WriteRaw(blob, n);
        bytes += n;
        ++page.count;
        // Every range at this seq moves on (a record under two of the keys is sent once).
        for (auto it = open.begin(); it != open.end();) {
            if (it->seq == seq && !it->s->step()) {
                it = open.erase(it);
                continue;
            }
            if (it->seq == seq) it->seq = quint64(it->s->int64(0));
            ++it;
        }
    }
    outStream.Trim();
    if (!page.more) page.cursor = snapshot;
    return page;
}

quint64 RecordTable::countAfter(const QStringList &areas, quint64 cursor)
{
    sql::ReadTransaction snapshot_(m_db);
    quint64 n = 0;
    for (const auto &key : expand(areas)) {
        auto s = m_db.cached("SELECT count(*) FROM record_areas WHERE area=? AND seq>?");
        s->bind(1, key, true).bind(2, cursor);
        if (s->step()) n += quint64(s->int64(0));
    }
    return n;
}

bool RecordTable::insertNew(const pb::Change &c, Stamp stamp, quint64 writer, const Keys &areas)
{
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
        // A new record's areas and current keys are the same: ?5 twice. (The bound bytes outlive run().)
        const std::string state = st.SerializeAsString(), joined = joinAreas(areas);
        auto p = m_db.cached("INSERT INTO records(seq,type,id,state,areas,writer,base_seq,echo_ok,current_areas) "
                             "VALUES(?1,?2,?3,?4,?5,?6,0,1,?5) ON CONFLICT(type,id) DO NOTHING");
        p->bind(1, seq)
            .bind(2, int(c.type()))
            .bindStaticText(3, c.id())
            .bindStatic(4, state)
            .bindStaticText(5, joined)
            .bind(6, writer)
            .run();
    }
    if (m_db.changes() == 0) return false;
    m_seq = seq;
    addAreas(c.type(), c.id(), seq, areas, areas);
    return true;
}

} // namespace kh::store_detail
