// Synthetic but realistic data for a commune: villages, households with members whose names follow real
// Vietnamese family-name shares, ages, schooling and literacy that fit each other, and (when asked) each
// household's learning-family evaluations. Deterministic per seed. Pure: the caller gives the ids and takes
// the edits (a device's store seeds through device/tools/seed.h, the server's demo commune through its own
// store).
#pragma once

#include "core/records/edit.h"

#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace kh {

struct SeedOptions {
    QString communeCode;
    int households = 100;
    int villages = 5;
    quint32 seed = 1;
    int fixedMembers = 0;                      // > 0: exactly this many members per household (benchmarks)
    int householdsPerWrite = 50;               // households per local transaction (one change-set each)
    std::vector<std::string> useVillages = {}; // seed into these existing villages instead of creating new ones
    int progressYear = 0; // > 0: also a learning-family evaluation per household for this year, at stages
                          // from "registered" to "recognised", further along in some villages than others
    int pastYears = 0;    // with progressYear: also this many finished years before it (for trends)
};

struct SeedResult {
    std::vector<std::string> villageIds;
    int households = 0;
    int members = 0;
};

// Generates the commune. `newId` gives each new record its id; `write` takes each batch of edits (the villages,
// then `householdsPerWrite` households at a time). `thisYear` is the year ages are counted in.
SeedResult generateCommune(const SeedOptions &options, int thisYear, const std::function<std::string()> &newId,
                           const std::function<void(const std::vector<Edit> &)> &write);

} // namespace kh
