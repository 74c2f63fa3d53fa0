#pragma once

#include "records.pb.h"

#include <QStringList>

namespace kh {
namespace pb = khuyenhoc::v1;
}

namespace kh {

// One applied change in the audit log: who changed which fields of which record, when, from which device,
// through which change-set. Rows are never deleted, also when the record is.
struct AuditEntry {
    qint64 atMs = 0;
    QString user;
    quint64 device = 0;
    quint64 session = 0;
    quint64 changeSet = 0; // the device's change-set sequence number
    pb::RecordType type = pb::RECORD_TYPE_UNSPECIFIED;
    QString id;
    QString action;     // "create", "update", "delete"
    QStringList fields; // the fields it set or cleared
    QString values;     // the values it wrote, as JSON
};

} // namespace kh
