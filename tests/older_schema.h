// A device database as an older app left it, made from a current one, for the tests of opening it (migration).
#pragma once

#include "sql/sql.h"

#include <QString>

namespace kh::test {

// Schema 5 (as it shipped): the parent index over every record, no `number` column, and the households' and
// members' facts in the facts table; schema 3: no facts table at all.
inline void backToSchema(const QString &path, int version)
{
    sql::Db db;
    db.open(path, false, true);
    db.exec("INSERT INTO facts SELECT type, id, parent, '', '', number, 0, 0 FROM records WHERE type IN (4, 5);"
            "DROP INDEX records_parent; ALTER TABLE records DROP COLUMN number;"
            "CREATE INDEX records_parent ON records(type, parent);");
    if (version == 3) db.exec("DROP TABLE facts");
    db.setUserVersion(version);
}

} // namespace kh::test
