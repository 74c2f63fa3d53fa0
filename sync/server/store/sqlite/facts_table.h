// The report's roll-up facts in the server database (table `facts`): one row per village, household, member,
// clan, unit and evaluation (domain::Fact), and per fund record of the books a report reads (domain::fundFactOf),
// brought up to date from the records written since the last catch-up, so a provincial report reads small rows
// instead of decoding every record. Used by
// SqliteServerStore inside its transactions.
#pragma once

#include "core/funds/ledger.h"
#include "core/learning/rollup_facts.h"
#include "sql/db.h"

#include <optional>
#include <unordered_map>

namespace kh::store_detail {

class FactsTable {
public:
    explicit FactsTable(sql::Db &db) : m_db(db) {}

    // Makes the facts of every record version with fromSeq < seq <= toSeq equal to the record (the caller holds a
    // write transaction). The places come first, then members, then evaluations, so a child finds its
    // parent's fact; a household that moved re-wrote its children after itself. A record whose source is not
    // caught up yet (a chunk that ends before the source's later version) takes the source's commune from the
    // source's record. Returns the records read.
    int catchUp(quint64 fromSeq, quint64 toSeq);
    // Where a chunk of at most `limit` fact records after `fromSeq` ends: the seq of the limit-th, or `last`.
    quint64 chunkEnd(quint64 fromSeq, quint64 last, int limit);

    // The facts of a commune ("c:C") or a province ("p:P"), with the province's own targets if it set any.
    domain::RollupFacts read(const QString &area, const std::optional<pb::ProvinceTargets> &targets);
    // The books of each commune of a commune ("c:C") or a province ("p:P"), by commune code: its funds and what
    // hangs under them (entries, programmes, awards), read through the facts.
    std::map<QString, funds::Ledger> fundLedgers(const QString &area);

private:
    void update(pb::RecordType type, const std::string &id, const google::protobuf::Message *merged);
    QString communeOf(pb::RecordType type, const std::string &id, int depth = 0);
    QString communeFromRecord(pb::RecordType type, const std::string &id, int depth);

    sql::Db &m_db;
    // Communes of the villages and households met in this catch-up: their members and evaluations follow.
    std::unordered_map<std::string, QString> m_communes;
};

} // namespace kh::store_detail
