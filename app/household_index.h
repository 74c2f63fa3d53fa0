// Every household on the device in the form lists need it: head's name, village, address, folded search
// text, Vietnamese sort key and this year's stage, sorted the Vietnamese way by given name. Built once from
// the store (10,000 households: ~60 ms) and then kept up to date one record at a time as the officer saves,
// so opening the list, searching and saving never re-read the whole database. A sync rebuilds it.
#pragma once

#include "core/learning/stage.h"
#include "device/store/local_store.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
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

    const std::vector<Row> &rows(); // sorted; builds on first use
    // By village id; kept up to date with the rows (a save changes one village's counts, not a recount).
    const QHash<QString, VillageCounts> &villageCounts();
    // One household or its evaluation changed (saved here): re-reads just that household.
    void update(pb::RecordType type, const std::string &id);
    void invalidate() { m_built = false; }
    int builds() const { return m_builds; } // how often it read every household (a test's measure of work)
    // The year whose stages it shows; changing it rebuilds on next use (a phone whose clock was corrected).
    int year() const { return m_year; }
    void setYear(int year)
    {
        if (year == m_year) return;
        m_year = year;
        m_built = false;
    }

private:
    void build();
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
};

} // namespace kh::app
