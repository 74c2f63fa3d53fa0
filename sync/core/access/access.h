// Who may read and write what: the whole authorisation policy, in one place, as pure functions. The server
// calls them for every request (pull areas, report areas) and for every pushed change; devices call them to
// hide what their user may not do. docs/security.md has the same rules as a table.
#pragma once

#include "core/access/principal.h"
#include "core/areas/area_keys.h"
#include "sync.pb.h"

#include <google/protobuf/message.h>
#include <optional>
#include <vector>

namespace kh::access {

QString roleName(pb::Role r); // "household", "village-officer", ...
std::optional<pb::Role> parseRole(const QString &name);

// Login names are NFC, lower case, 3..64 characters of letters, digits, '.', '-', '_'. Returns the name in that
// form, or an empty string when it cannot be one. The server, the app and the CLI all ask here.
QString normalizeUsername(const QString &name);

// Has the key the form of what it names: c:<5 digits>, p:<2 digits>, v:<village id>, h:<household id> (ids by
// their grammar, core/records/id_grammar.h)? Checked before any look-up.
bool isAreaKey(const QString &key);

// Checks an account's definition: a household account has exactly one "h:" area and its household id, a
// village officer one or more "v:", commune staff exactly one "c:", provincial staff "c:" and "p:" areas,
// an administrator none; every area well formed (isAreaKey). Returns an error or an empty string.
QString checkGrants(pb::Role role, const QStringList &areas, const QString &household);

// May `who` read area `area`? `lineage` is the area followed by the areas that contain it (a village's
// commune and province, a commune's province), as the server resolved them.
bool mayRead(const Principal &who, const QStringList &lineage);
// May `who` see the year-end report of an area (households and village officers may not).
bool mayReport(const Principal &who, const QStringList &lineage);

// May `role` record decisions (recognise, reopen) on evaluations of `model`? Commune staff decide every model
// but the commune learning community, which the level above decides (provincial staff); administrators all.
bool mayDecide(pb::Role role, pb::LearningModel model);

// Do a record's area keys lie in a principal's areas, given the keys its grants expand to (subscriptionKeys)?
// Reference keys never count. A village made in the same push is not among the expanded keys yet, so a
// village key also counts through the village's own keys (its commune).
bool covers(const std::set<std::string> &grantKeys, const std::set<std::string> &recordKeys,
            const domain::KeyLookup &keysOf);

// One pushed change, as the server sees it just before writing it.
struct WriteFacts {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    bool isCreate = false;
    bool deleted = false;
    std::vector<quint32> fields;                       // fields the change sets or clears
    const google::protobuf::Message *merged = nullptr; // the record with the change applied (before, for a delete)
    pb::LearningModel model = pb::LEARNING_MODEL_UNSPECIFIED; // evaluations and item verdicts: the evaluation's model
    bool inAreasBefore = true; // the stored record lies in the principal's areas (true if new)
    bool inAreasAfter = true;  // the record with the change lies in them
};
// Returns why the change is refused, or an empty string when it is allowed.
QString checkWrite(const Principal &who, const WriteFacts &change);

} // namespace kh::access
