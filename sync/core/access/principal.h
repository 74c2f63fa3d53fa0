// The account behind a request, as the server's authentication established it (or, on a device, the account
// signed in on it).
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QStringList>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh::access {

struct Principal {
    QString user; // login name, for the audit log
    QString name; // the account's display name, for people to read (conflicts name who wrote each side)
    pb::Role role = pb::ROLE_UNSPECIFIED;
    QStringList areas;     // grants: "h:<id>", "v:<id>", "c:<code>", "p:<code>"
    std::string household; // ROLE_HOUSEHOLD: its household's record id
    quint64 session = 0;   // the device token's session id (0 for in-process tools)
    quint64 device = 0;    // the device the token was issued to

    bool isAdmin() const { return role == pb::ROLE_ADMINISTRATOR; }
    // An administrator acting in-process (server tools, tests that are not about access).
    static Principal administrator(const QString &user = QStringLiteral("admin"))
    {
        Principal p;
        p.user = user;
        p.role = pb::ROLE_ADMINISTRATOR;
        return p;
    }
};

} // namespace kh::access
