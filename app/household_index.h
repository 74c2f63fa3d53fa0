// Every household on the device in the form lists need it: head's name, village, address, folded search
// text, Vietnamese sort key and this year's stage, sorted the Vietnamese way by given name. Built once from
// the store (10,000 households: ~60 ms) and then kept up to date one record at a time as the officer saves,
// so opening the list, searching and saving never re-read the whole database. A sync rebuilds it. At start it
// is read on another thread (50,000 households: ~300 ms here, seconds on a cheap phone) while the first page
// is drawn.
#pragma once

#include "core/learning/stage.h"
#include "device/store/local_store.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <functional>
#include <future>
#include <optional>

namespace kh::app {

class HouseholdIndex {
public:
    struct Row {
        QString id, name, address, villageId, phone;
        std::string fold;      // folded name, address and phone, for search
        std::string nameFold;  // folded head name only, for "looks like an existing household"
        std::string givenFold; // folded given name only
        QCollatorSortKey key;
        domain::Stage stage;
        int points; // declared in this year's self-assessment
    };

    // A village's households and how far they are this year (cumulative: a recognised household was also
    // registered, declared and verified).
    struct VillageCounts {
        int households = 0, registered = 0, declared = 0, verified = 0, recognised = 0;
    };

    HouseholdIndex(LocalStore &store, int year);
    ~HouseholdIndex(); // waits for a background read
    HouseholdIndex(const HouseholdIndex &) = delete;
    HouseholdIndex &operator=(const HouseholdIndex &) = delete;

    // Reads every household on another thread, from its own read-only connection to the database at `path`.
    // `done(serial)` runs on that thread as the read ends (just before its rows are handed over); finishRead()
    // (or the next rows(), which waits for them) takes them and re-reads the households saved meanwhile. While
    // it reads, reading() is true: lists that must not wait say they are loading.
    void readInBackground(const QString &path, std::function<void(int serial)> done);
    bool reading() const { return m_reading.valid(); }
    // The read `serial` said it was done: its rows are taken now, unless a list that could not wait took them
    // first. True when `serial` is this index's latest read (the lists that showed "loading" can redraw);
    // false for an earlier read's late word (another index's, or one replaced since).
    bool finishRead(int serial);

    const std::vector<Row> &rows(); // sorted; builds on first use
    // By village id; kept up to date with the rows (a save changes one village's counts, not a recount).
    const QHash<QString, VillageCounts> &villageCounts();
    // One household or its evaluation changed (saved here): re-reads just that household.
    void update(pb::RecordType type, const std::string &id);
    void invalidate()
    {
        m_built = false;
        m_readStale = true; // a background read under way started before this change
    }
    int builds() const { return m_builds; } // how often it read every household (a test's measure of work)
    // The year whose stages it shows; changing it rebuilds on next use (a phone whose clock was corrected).
    int year() const { return m_year; }
    void setYear(int year)
    {
        if (year == m_year) return;
        m_year = year;
        invalidate();
    }

private:
    // Every household of the store, sorted: the whole read, on whichever thread owns `store`.
    static std::vector<Row> readAll(LocalStore &store, int year);
    void build();
    void take();
    void adopt(std::vector<Row> rows);
    std::optional<Row> read(const std::string &householdId);
    static bool before(const Row &a, const Row &b);
    void tally(const Row &r, int sign);

    LocalStore &m_store;
    int m_year;
    QCollator m_collator;
    std::vector<Row> m_rows;
    QHash<QString, VillageCounts> m_counts;
    bool m_built = false;
    int m_builds = 0;
    std::future<std::optional<std::vector<Row>>> m_reading; // a background read, until taken
    std::vector<std::pair<pb::RecordType, std::string>> m_savedWhileReading;
    bool m_readStale = false; // everything changed while it read: its rows are thrown away
    int m_readSerial = 0;     // the latest read's (unique in the process)
};

} // namespace kh::app
