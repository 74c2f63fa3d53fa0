// What the rules decide about one change a device pushed, given the record as the server stores it: whether
// it is well-formed and valid, the record merged with it (field by field, per stamp), the conflicts it makes,
// the areas the result belongs to, and whether the pushing account may make it. The server's store only
// persists what this decides (server/store); the same rules run on every device (core/records/validation.h,
// core/access/access.h).
#pragma once

#include "core/access/principal.h"
#include "core/areas/area_keys.h"
#include "core/records/record.h"

#include <optional>
#include <set>

namespace kh::domain {

using Keys = std::set<std::string>;

// A record as stored: its area keys now (`current`, from its value and its parents'), and every key its versions
// reached (`areas`: the devices that held it there still hear of it).
struct StoredRecord {
    Record record;
    Keys areas;
    Keys current;
};

// What the caller knows of the world around the change.
struct ChangeContext {
    const access::Principal *who = nullptr; // null or an administrator: no access check
    bool trusted = false;                   // the server's own write (reference data): read-only types allowed
    quint64 device = 0;                     // the pushing device: records it makes carry its id
    int thisYear = 0;                       // from the server's clock
    KeyLookup keysOf;                       // the current area keys of another record (a parent), nullopt if unknown
    // Do these keys lie in `who`'s areas? (access::covers over the principal's expanded grants)
    std::function<bool(const Keys &)> inAreas;
    // An evaluation as stored (an item verdict's model and state); nullopt if there is none.
    std::function<std::optional<pb::Evaluation>(const std::string &evaluationId)> evaluationOf;
    // Any record's value as stored (encoded), nullopt if there is none or it is deleted: the fund ledger's rules
    // look at the fund, the entry reversed, the award's beneficiary (core/funds/ledger_rules.h).
    std::function<std::optional<std::string>(pb::RecordType, const std::string &id)> valuesOf;
};

struct ChangeDecision {
    enum class Outcome {
        Apply,     // write `merged` with `areas` (and the conflicts)
        Unchanged, // nothing to write
        Refused,   // the account may not make this change: skip it alone (REJECT_REASON_FORBIDDEN)
        Rejected,  // the change is invalid: refuse its whole change-set with `reason`
    };
    Outcome outcome = Outcome::Unchanged;
    pb::RejectReason reason = pb::REJECT_REASON_UNSPECIFIED;
    QString message;
    bool isCreate = false;
    bool changed = false; // the record's value changed (else only conflicts are new)
    Record merged;
    Keys current; // the record's area keys after the change
    Keys areas;   // `current` plus every key it had (a move leaves its old areas told)
    std::vector<FieldConflict> conflicts;
};

// Decides one change written at `stamp`. `stored` is the record as stored, nullopt when the server has none.
ChangeDecision decideChange(const pb::Change &c, Stamp stamp, const std::optional<StoredRecord> &stored,
                            const ChangeContext &ctx);

// The common case of a push, cheaper: a change that creates a record the caller believes is new. The same checks
// as decideChange with no stored record, without merging into a Record (`merged` stays empty): on Apply the caller
// inserts the change as the record's first version. Anything but Apply, or a record that exists after all, goes
// to decideChange on the record as stored.
ChangeDecision decideCreate(const pb::Change &c, const ChangeContext &ctx);

// One change-set as a whole: each record is changed at most once in it (two changes of one record carry one
// stamp, and their fields would merge by their bytes). An error, or an empty string.
QString checkChangeSet(const pb::ChangeSet &cs);

} // namespace kh::domain
