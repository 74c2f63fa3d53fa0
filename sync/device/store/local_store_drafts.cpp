// LocalStore, the half the app reads to say what is not finished: drafts of forms, and the records the outbox
// and the refused change-sets touch, record by record.
#include "device/store/local_store.h"

#include "sql/sql.h"

#include <set>

namespace kh {

namespace {

// Adds each record a change-set touches to `out`, once, in order.
void addRecords(const std::string &body, std::set<RecordRef> *seen, std::vector<RecordRef> *out)
{
    pb::ChangeSet cs;
    if (!cs.ParseFromString(body)) throw sql::Error("corrupt change-set", SQLITE_CORRUPT);
    for (const auto &c : cs.changes()) {
        RecordRef r{c.type(), c.id()};
        if (seen->insert(r).second) out->push_back(std::move(r));
    }
}

} // namespace

std::vector<RecordRef> LocalStore::pendingRecords(quint64 afterSeq, quint64 *lastSeq)
{
    auto s = m_db.cached("SELECT seq, body FROM outbox WHERE seq>? ORDER BY seq");
    s->bind(1, afterSeq);
    std::set<RecordRef> seen;
    std::vector<RecordRef> out;
    quint64 last = afterSeq;
    while (s->step()) {
        last = quint64(s->int64(0));
        addRecords(s->blob(1), &seen, &out);
    }
    if (lastSeq) *lastSeq = last;
    return out;
}

std::vector<RecordRef> LocalStore::rejectedRecords()
{
    auto s = m_db.cached("SELECT body FROM rejected ORDER BY seq");
    std::set<RecordRef> seen;
    std::vector<RecordRef> out;
    while (s->step()) addRecords(s->blob(0), &seen, &out);
    return out;
}

void LocalStore::saveDraft(const std::string &form, const std::string &key, const QString &body)
{
    sql::Transaction tx(m_db);
    auto s = m_db.cached("INSERT INTO drafts(form,key,body,at_ms) VALUES(?,?,?,?) ON CONFLICT(form,key) DO UPDATE "
                         "SET body=excluded.body, at_ms=excluded.at_ms");
    s->bind(1, form, true).bind(2, key, true).bind(3, body).bind(4, m_clock.nowMs()).run();
    tx.commit();
}

std::optional<Draft> LocalStore::draft(const std::string &form, const std::string &key)
{
    auto s = m_db.cached("SELECT body, at_ms FROM drafts WHERE form=? AND key=?");
    s->bind(1, form, true).bind(2, key, true);
    if (!s->step()) return std::nullopt;
    return Draft{form, key, s->text(0), s->int64(1)};
}

void LocalStore::dropDraft(const std::string &form, const std::string &key)
{
    sql::Transaction tx(m_db);
    auto s = m_db.cached("DELETE FROM drafts WHERE form=? AND key=?");
    s->bind(1, form, true).bind(2, key, true).run();
    tx.commit();
}

std::vector<Draft> LocalStore::drafts()
{
    auto s = m_db.cached("SELECT form, key, body, at_ms FROM drafts ORDER BY at_ms DESC, form, key");
    std::vector<Draft> out;
    while (s->step()) out.push_back({s->text(0).toStdString(), s->text(1).toStdString(), s->text(2), s->int64(3)});
    return out;
}

} // namespace kh
