// Who may read and write what: the whole authorisation policy, in one place, as pure functions. The server
// calls them for every request (pull areas, report areas) and for every pushed change; devices call them to
// hide what their user may not do. docs/security.md has the same rules as a table.
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QStringList>
#include <google/protobuf/message.h>
#include <optional>
#include <vector>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh::access {

// The account behind a request, as the server's authentication established it.
struct Principal {
    QString user;                       // login name, for the audit log
    pb::Role role = pb::ROLE_UNSPECIFIED;
    QStringList areas;                  // grants: "h:<id>", "v:<id>", "c:<code>", "p:<code>"
    std::string household;              // ROLE_HOUSEHOLD: its household's record id
    quint64 session = 0;                // the device token's session id (0 for in-process tools)
    quint64 device = 0;                 // the device the token was issued to

    bool isAdmin() const { return role == pb::ROLE_ADMINISTRATOR; }
    // An administrator acting in-process (server tools, tests that are not about access).
    static Principal administrator(const QString &user = QStringLiteral("admin"));
};

QString roleName(pb::Role r);                      // "household", "village-officer", ...
std::optional<pb::Role> parseRole(const QString &name);

// Checks an account's definition: a household account has exactly one "h:" area and its household id, a
// village officer one or more "v:", commune staff exactly one "c:", provincial staff "c:" and "p:" areas,
// an administrator none. Returns an error or an empty string.
QString checkGrants(pb::Role role, const QStringList &areas, const QString &household);

// May `who` read area `area`? `lineage` is the area followed by the areas that contain it (a village's
// commune and province, a commune's province), as the server resolved them.
bool mayRead(const Principal &who, const QStringList &lineage);
// May `who` see the year-end report of an area (households and village officers may not).
bool mayReport(const Principal &who, const QStringList &lineage);

// May `role` record decisions (recognise, reopen) on evaluations of `model`? Commune staff decide every model
// but the commune learning community, which the level above decides (provincial staff); administrators all.
bool mayDecide(pb::Role role, pb::LearningModel model);

// One pushed change, as the server sees it just before writing it.
struct WriteFacts {
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    std::string id;
    bool isCreate = false;
    bool deleted = false;
    std::vector<quint32> fields;                           // fields the change sets or clears
    const google::protobuf::Message *merged = nullptr;     // the record with the change applied (before, for a delete)
    bool inAreasBefore = true;                             // the stored record lies in the principal's areas (true if new)
    bool inAreasAfter = true;                              // the record with the change lies in them
};
// Returns why the change is refused, or an empty string when it is allowed.
QString checkWrite(const Principal &who, const WriteFacts &change);

} // namespace kh::access
