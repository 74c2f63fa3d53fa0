// What deleting a record takes with it: one rule, used by the app, the CLI and any other writer.
//
//   household   its members, its clan links, and the open evaluations (with their item verdicts) of the
//               household and of its members
//   member      its open evaluations (learning citizen) and their verdicts
//   clan        its links to households, its open evaluations and their verdicts
//   village     refused while households live in it; else its open evaluations and their verdicts
//   unit        its open evaluations and their verdicts
//   evaluation  its item verdicts
//
// A decided evaluation (recognised or not, with its decision number) is kept: it is the record of an official
// decision. It no longer counts anywhere, because figures count subjects that exist, and the year's issued
// reports were archived when they were issued.
#pragma once

#include "core/records/edit.h"
#include "core/records/record.h"

#include <vector>

namespace kh::domain {

// The records that hang under the one being deleted, as the caller found them (live ones only).
struct Dependents {
    std::vector<Record> members;     // of a household
    std::vector<Record> memberships; // clan links of a household or a clan
    std::vector<Record> evaluations; // of the record (and, for a household, of its members)
    std::vector<Record> verdicts;    // item verdicts of those evaluations
    int households = 0;              // of a village
};

// The edits that delete `target` and what goes with it. Throws EditError when the deletion is refused.
std::vector<Edit> deletionOf(const Record &target, const Dependents &dependents);

// Is this evaluation decided (and so kept when its subject goes)?
bool isDecided(const Record &evaluation);

} // namespace kh::domain
