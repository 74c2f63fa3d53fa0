// Imports households from a CSV file (UTF-8, with or without BOM; comma or semicolon separated), as commune
// staff keep them in spreadsheets today. All rows are checked first; if any row is wrong, every problem is
// reported with its row number and field and nothing is imported, so fixing the file and running the import
// again can never create duplicates.
#pragma once

#include "device/store/local_store.h"

namespace kh {

struct CsvImportResult {
    int imported = 0;
    QStringList errors; // "row 4: phone: not a Vietnamese phone number ..."
};

// Columns (header row, names in English or Vietnamese): village (id or name), head (full name) or
// head_family/head_middle/head_given, address, phone, notes. `defaultVillage` is used when there is no
// village column. A row that looks like a household already in that village is an error unless
// allowDuplicates.
CsvImportResult importHouseholdsCsv(LocalStore &store, const QByteArray &file, const std::string &defaultVillage,
                                    bool allowDuplicates);

// RFC 4180 parsing; exposed for tests. Returns false with *why on unbalanced quotes.
bool parseCsv(const QString &text, QChar sep, std::vector<QStringList> *rows, QString *why);

} // namespace kh
