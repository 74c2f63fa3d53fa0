// Report files for people: an XLSX workbook (libxlsxwriter) with one sheet per model, and a printable A4 PDF
// laid out like a statistics form (national motto, title, area, year, the table per model, signature block),
// in Vietnamese. The PDF needs a QGuiApplication (fonts); the CLI starts one on the offscreen platform.
#pragma once

#include "core/report/report.h"

namespace kh::report {

// Both laid out by `layout` (the built-in one: data/report/year-end.json).
bool writeXlsx(const Report &r, const QString &path, QString *error, const Layout &layout = builtinLayout());
bool writePdf(const Report &r, const QString &path, QString *error, const Layout &layout = builtinLayout());
// The report in `format` ("csv" — toCsv's bytes —, "xlsx" or "pdf"); false with `error` set otherwise.
bool writeReport(const Report &r, const QString &format, const QString &path, QString *error);

} // namespace kh::report
