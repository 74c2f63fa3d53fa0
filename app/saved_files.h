// Where the app saves files for people to print or send on (reports, receipts), and how it says so: the phone's
// Documents folder when there is one, else the app's own folder.
#pragma once

#include "core/report/report.h"

#include <QString>

namespace kh::app {

// The folder (made when missing) and a path in it for `fileName`.
QString savedFilePath(const QString &fileName);
// "Saved as X in the Documents folder" / "… in the app's folder", in the user's language.
QString savedFileText(const QString &path);
// Writes a report as `stem.format` ("csv", "xlsx" or "pdf") there: its path, or empty when nothing was written.
QString saveReport(const report::Report &r, const QString &stem, const QString &format);
// Opens the file (or, when `folder`, its folder) with the phone's own viewer, from which it is printed or sent.
bool openSavedFile(const QString &path, bool folder = false);

} // namespace kh::app
