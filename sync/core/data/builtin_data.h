// Data carried inside the program (data/ at the top of the repository, compiled in as Qt resources under
// :/kh/data): the national list of provinces and communes, the criteria sets, Vietnamese names.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kh {

// The bytes of a built-in file ("vn-admin-units/vn_units_simplified.json"); aborts if it is missing, which only
// a broken build can cause.
QByteArray readBuiltin(const QString &relativePath);
// The built-in files of a folder matching `pattern`, by name ("criteria", "*.json").
QStringList builtinFiles(const QString &folder, const QString &pattern);

} // namespace kh
