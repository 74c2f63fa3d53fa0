// A person's account on the server: name, role, the areas granted, and whether it is disabled.
#pragma once

#include "records.pb.h"
#include "sync.pb.h"

#include <QStringList>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh {

struct Account {
    qint64 id = 0;
    QString username;
    QString displayName;
    pb::Role role = pb::ROLE_UNSPECIFIED;
    QStringList areas;
    QString household;
    bool disabled = false;
    qint64 createdMs = 0;
};

} // namespace kh
