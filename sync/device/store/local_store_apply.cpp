// LocalStore, the half that applies the server's answers: acknowledgements, refusals (re-stamping those refused
// for a clock far ahead), the records received and the cursor, in one transaction per answer.
#include "device/store/local_store.h"

#include "core/records/record_types.h"
#include "sql/sql.h"

#include <set>

namespace kh {

namespace {
constexpr size_t kReceivedListed = 2000; // past this a sync's changes are "many": the app's lists rebuild
}

ApplyResult LocalStore::apply(const pb::SyncResponse &resp, const QStringList &areasAsked, qint64 localNowMs)
{
    std::vector<std::string> encoded;
    for (const auto &r : resp.records()) encoded.push_back(r.SerializeAsString());
    std::vector<std::string_view> views(encoded.begin(), encoded.end());
    return apply(resp, views, areasAsked, localNowMs);
}

ApplyResult LocalStore::apply(const pb::SyncResponse &resp, const std::vector<std::string_view> &records,
                              const QStringList &areasAsked, qint64 localNowMs)
{
    return apply(resp, prepare(records), areasAsked, localNowMs);
}

// Another store (a restore from a logical dump, a migration): the cursor sent meant nothing there. The records
// received are merged like any, and the pull starts over from 0. True when the epoch changed.
bool LocalStore::takeEpoch(const std::string &sent)
{
    const QString epoch = QString::fromStdString(sent);
    const QString known = meta("store_epoch");
    if (epoch.isEmpty() || epoch == known) return false;
    setMetaInTx("store_epoch", epoch);
    return !known.isEmpty();
}

std::vector<LocalStore::Incoming> LocalStore::prepare(const std::vector<std::string_view> &records)
{
    std::vector<Incoming> out(records.size());
    std::map<int, std::unique_ptr<google::protobuf::Message>> scratch; // one per record type, reused
    pb::RecordState st;
    std::string values;
    for (size_t i = 0; i < records.size(); ++i) {
        Incoming &in = out[i];
        in.encoded = records[i];
        if (!st.ParseFromArray(in.encoded.data(), int(in.encoded.size())) || st.id().empty())
            throw EditError("server sent a malformed record");
        in.type = st.type();
        in.id = st.id();
        in.maxHlc = st.deleted_hlc();
        for (const auto &g : st.groups()) in.maxHlc = std::max<quint64>(in.maxHlc, g.hlc());
        // The record is stored as the server sent it (when new); only the derived columns need its value.
        if (st.groups_size() == 1) {
            const auto &g = st.groups(0);
            values = g.values();
            in.deleted = Stamp{st.deleted_hlc(), st.deleted_device()} > Stamp{g.hlc(), g.device()};
        } else {
            Record r;
            if (!Record::fromState(st, &r)) throw EditError("server sent a malformed record " + st.id());
            values = r.values();
            in.deleted = r.isDeleted();
        }
        auto &m = scratch[in.type];
        if (!m) m.reset(domain::newMessage(in.type).release());
        if (!m || (m->Clear(), !m->ParseFromString(values))) continue;
        in.derived = derive(in.type, m.get());
        if (!in.deleted) in.fact = tableFactOf(in.type, in.id, m.get());
    }
    return out;
}

bool LocalStore::insertIfNew(const Incoming &in)
{
    auto s = m_db.cached("INSERT INTO records(type,id,state,deleted,parent,fold,number) VALUES(?,?,?,?,?,?,?) "
                         "ON CONFLICT(type,id) DO NOTHING");
    s->bind(1, int(in.type))
        .bindStaticText(2, in.id)
        .bindStatic(3, in.encoded)
        .bind(4, in.deleted ? 1 : 0)
        .bindStaticText(5, in.derived.parent)
        .bindStaticText(6, in.derived.fold)
        .bind(7, in.derived.number)
        .run();
    if (m_db.changes() != 1) return false;
    if (in.fact) writeFact(in.type, in.id, in.fact);
    return true;
}

bool LocalStore::mergeIncoming(const Incoming &in)
{
    pb::RecordState st;
    if (!st.ParseFromArray(in.encoded.data(), int(in.encoded.size())))
        throw EditError("server sent a malformed record " + in.id);
    Record incoming;
    if (!Record::fromState(st, &incoming)) throw EditError("server sent a malformed record " + st.id());
    auto local = getInTx(st.type(), st.id());
    if (!local) {
        putRecord(incoming, nullptr);
        return true;
    }
    if (!local->merge(incoming)) return false;
    putRecord(*local, nullptr);
    return true;
}

// Long: one transaction per answer: acknowledgements, refusals, records, clock, epoch and cursor together.
ApplyResult LocalStore::apply(const pb::SyncResponse &resp, const std::vector<Incoming> &records,
                              const QStringList &areasAsked, qint64 localNowMs)
{
    ApplyResult res;
    sql::Transaction tx(m_db);
    // Correct our clock when it is more than a minute away from the server's.
    if (resp.server_time_ms() > 0) {
        if (!m_clock.serverCorrected()) {
            m_clock.setServerCorrected(true);
            setMetaInTx("server_time_seen", QStringLiteral("1"));
        }
        const qint64 offset = qint64(resp.server_time_ms()) - localNowMs;
        if (std::llabs(offset - m_hlc.offsetMs()) > 60'000) {
            m_hlc.setOffsetMs(offset);
            setMetaInTx("clock_offset", QString::number(offset));
        }
    }
    bool clockRefused = false;
    std::set<quint64> counted;
    for (const auto &rj : resp.rejected()) {
        if (rj.seq() > resp.acked_seq()) continue;
        auto s = m_db.cached("SELECT body FROM outbox WHERE seq=?");
        s->bind(1, rj.seq());
        if (!s->step()) continue; // already handled by an earlier answer to the same push
        const std::string body = s->blob(0);
        s->reset();
        if (counted.insert(rj.seq()).second) ++res.rejected;
        if (!rj.record_id().empty()) {
            // One change refused (the account's role or areas), the rest of its change-set applied: kept for
            // review with the others refused from the same change-set.
            const QString line = QString::fromStdString(rj.message()); // the server's message names the record
            auto k = m_db.cached("INSERT INTO rejected(seq,reason,message,body,at_ms) VALUES(?,?,?,?,?) "
                                 "ON CONFLICT(seq) DO UPDATE SET message=message || char(10) || excluded.message");
            k->bind(1, rj.seq()).bind(2, int(rj.reason())).bind(3, line).bind(4, body).bind(5, localNowMs).run();
            continue;
        }
        if (rj.reason() == pb::REJECT_REASON_CLOCK_AHEAD) {
            if (!clockRefused) {
                clockRefused = true;
                m_hlc.reset(meta("remote_max_hlc", QStringLiteral("0")).toULongLong());
            }
            pb::ChangeSet cs;
            if (cs.ParseFromString(body)) {
                restamp(cs);
                ++res.restamped;
            }
            continue;
        }
        auto k = m_db.cached("INSERT OR REPLACE INTO rejected(seq,reason,message,body,at_ms) VALUES(?,?,?,?,?)");
        k->bind(1, rj.seq())
            .bind(2, int(rj.reason()))
            .bind(3, rj.message(), true)
            .bind(4, body)
            .bind(5, localNowMs)
            .run();
    }
    if (resp.acked_seq() > 0) {
        auto d = m_db.cached("DELETE FROM outbox WHERE seq<=?");
        d->bind(1, resp.acked_seq()).run();
        res.acked = m_db.changes();
    }
    quint64 maxHlc = 0;
    for (const Incoming &in : records) {
        ++res.received;
        maxHlc = std::max(maxHlc, in.maxHlc);
        if (insertIfNew(in) || mergeIncoming(in)) {
            ++res.changed;
            if (m_received.refs.size() < kReceivedListed)
                m_received.refs.push_back({in.type, in.id});
            else
                m_received.many = true;
        }
    }
    if (maxHlc > 0) {
        m_hlc.observe(maxHlc);
        if (maxHlc > meta("remote_max_hlc", QStringLiteral("0")).toULongLong())
            setMetaInTx("remote_max_hlc", QString::number(maxHlc));
    }
    setMetaInTx("hlc", QString::number(m_hlc.last()));
    res.epochReset = takeEpoch(resp.store_epoch());
    if (areasAsked == areas()) {
        setMetaInTx("cursor", res.epochReset ? QStringLiteral("0") : QString::number(resp.cursor()));
        setMetaInTx("cursor_areas", areasAsked.join(QLatin1Char(' ')));
    }
    tx.commit();
    return res;
}

} // namespace kh
