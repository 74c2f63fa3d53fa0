#include "household_index.h"

#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "queries.h"

#include <QLoggingCategory>
#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

HouseholdIndex::HouseholdIndex(LocalStore &store, int year)
    : m_store(store), m_year(year), m_collator(vietnameseCollator())
{}

HouseholdIndex::~HouseholdIndex()
{
    if (m_reading.valid()) m_reading.wait();
}

void HouseholdIndex::readInBackground(const QString &path, std::function<void(int serial)> done)
{
    static std::atomic<int> serials{0};
    if (m_reading.valid()) m_reading.wait(); // one read at a time; its rows are replaced by this one's
    m_built = false;
    m_readStale = false;
    m_savedWhileReading.clear();
    m_readSerial = ++serials;
    m_reading = std::async(std::launch::async, [path, year = m_year, serial = m_readSerial, done = std::move(done)] {
        std::optional<std::vector<Row>> rows;
        try {
            LocalStore reader;
            reader.openForReading(path);
            reader.readSnapshot([&] { rows = readAll(reader, year); });
        } catch (const std::exception &e) {
            qCWarning(lcApp) << "reading the households in the background failed (read again when shown):" << e.what();
            rows.reset();
        }
        done(serial);
        return rows;
    });
}

bool HouseholdIndex::finishRead(int serial)
{
    if (serial != m_readSerial) return false;
    // `done` ran just before the job handed its rows over: the wait, if any, is that hand-over.
    if (m_reading.valid()) take();
    return true;
}

void HouseholdIndex::take()
{
    auto rows = m_reading.get(); // m_reading is no longer valid()
    if (!rows || m_readStale) return;
    adopt(std::move(*rows));
    // What the officer saved while it read: the read may or may not have seen it, so it is read again.
    auto saved = std::move(m_savedWhileReading);
    m_savedWhileReading.clear();
    for (const auto &[type, id] : saved) update(type, id);
}

bool HouseholdIndex::before(const Row &a, const Row &b)
{
    const int c = a.key.compare(b.key);
    return c != 0 ? c < 0 : a.id < b.id;
}

const std::vector<HouseholdIndex::Row> &HouseholdIndex::rows()
{
    if (!m_built && m_reading.valid()) take(); // waits for it
    if (!m_built) build();
    return m_rows;
}

const QHash<QString, HouseholdIndex::VillageCounts> &HouseholdIndex::villageCounts()
{
    rows();
    return m_counts;
}

void HouseholdIndex::tally(const Row &r, int sign)
{
    VillageCounts &c = m_counts[r.villageId];
    c.households += sign;
    if (r.stage != domain::Stage::None) c.registered += sign;
    if (r.stage >= domain::Stage::Declared) c.declared += sign;
    if (r.stage >= domain::Stage::Verified) c.verified += sign;
    if (r.stage == domain::Stage::Recognised) c.recognised += sign;
}

namespace {
HouseholdIndex::Row makeRow(const std::string &id, const pb::Household &h, FamilyYear year, const QCollator &collator)
{
    const QString family = q(h.head_family_name()), middle = q(h.head_middle_name()), given = q(h.head_given_name());
    const QString name = joinName(family, middle, given);
    return {q(id),
            name,
            q(h.address()),
            q(h.village_id()),
            q(h.phone()),
            domain::searchText(pb::RECORD_TYPE_HOUSEHOLD, h),
            foldForSearch(name).toStdString(),
            foldForSearch(given).toStdString(),
            collator.sortKey(personSortText(family, middle, given)),
            year.stage,
            year.points};
}
} // namespace

std::vector<HouseholdIndex::Row> HouseholdIndex::readAll(LocalStore &store, int year)
{
    const QCollator collator = vietnameseCollator(); // its own: this may run on another thread
    const auto stages = familyStages(store, year);
    std::vector<Row> rows;
    const auto records = store.list(pb::RECORD_TYPE_HOUSEHOLD);
    rows.reserve(records.size());
    pb::Household h;
    for (const auto &r : records) {
        h.Clear();
        h.ParseFromString(r.values());
        const auto st = stages.find(r.id);
        rows.push_back(makeRow(r.id, h, st == stages.end() ? FamilyYear{} : st->second, collator));
    }
    std::sort(rows.begin(), rows.end(), before);
    return rows;
}

void HouseholdIndex::build()
{
    adopt(readAll(m_store, m_year));
}

void HouseholdIndex::adopt(std::vector<Row> rows)
{
    ++m_builds;
    m_rows = std::move(rows);
    // Room for the households officers add: a Row is copied, not moved, when the vector grows (QCollatorSortKey's
    // move may throw), and copying 50,000 of them was a third of a save.
    m_rows.reserve(m_rows.size() + m_rows.size() / 8 + 64);
    m_counts.clear();
    for (const auto &r : m_rows) tally(r, 1);
    m_built = true;
}

std::optional<HouseholdIndex::Row> HouseholdIndex::read(const std::string &householdId)
{
    const auto r = m_store.get(pb::RECORD_TYPE_HOUSEHOLD, householdId);
    if (!r || r->isDeleted()) return std::nullopt;
    FamilyYear year;
    if (const auto e = m_store.get(pb::RECORD_TYPE_EVALUATION,
                                   domain::evaluationId(pb::LEARNING_MODEL_FAMILY, householdId, m_year));
        e && !e->isDeleted())
        year = familyYearOf(valueOf<pb::Evaluation>(*e));
    return makeRow(householdId, valueOf<pb::Household>(*r), year, m_collator);
}

void HouseholdIndex::update(pb::RecordType type, const std::string &id)
{
    if (m_reading.valid()) {
        m_savedWhileReading.emplace_back(type, id);
        return;
    }
    if (!m_built) return; // built fresh on next use
    std::string household = id;
    if (type == pb::RECORD_TYPE_EVALUATION) {
        const auto e = m_store.get(type, id);
        if (!e) return;
        const auto ev = valueOf<pb::Evaluation>(*e);
        if (ev.model() != pb::LEARNING_MODEL_FAMILY || int(ev.year()) != m_year) return;
        household = ev.subject_id();
    } else if (type != pb::RECORD_TYPE_HOUSEHOLD) {
        return;
    }
    const QString qid = q(household);
    const auto old = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == qid; });
    if (old != m_rows.end()) {
        tally(*old, -1);
        m_rows.erase(old);
    }
    if (auto row = read(household)) {
        tally(*row, 1);
        m_rows.insert(std::upper_bound(m_rows.begin(), m_rows.end(), *row, before), std::move(*row));
    }
}

} // namespace kh::app
