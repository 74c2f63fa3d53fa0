// Vietnamese text rules (../docs/data-model.md, "Text"): NFC on every input path, diacritic-free folding
// for search, name splitting, and the phone / CCCD formats.
#pragma once

#include <QString>
#include <optional>
#include <string>
#include <string_view>

namespace kh {

// Normalises to NFC, trims surrounding whitespace, collapses inner whitespace to one space, and turns the
// look-alike typos Ð/ð (U+00D0/U+00F0) into Đ/đ.
QString cleanText(const QString &s);

// True when the text is in NFC; fast for the characters Vietnamese uses.
bool quickIsNfc(const QString &s);

// True when the bytes are valid UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(const QByteArray &bytes);

// Folds for search: NFD, drops combining marks, maps đ/Đ/Ð/ð to d, lower-cases. "Nguyễn Văn Đức" ->
// "nguyen van duc". Also equalises old and new tone placement ("Hoà" and "Hòa" both fold to "hoa").
QString foldForSearch(const QString &s);
// The same folding from UTF-8 to UTF-8, appended to `out` (a space first if `out` does not end with one);
// the fast path for indexing many records.
void appendFoldedUtf8(std::string_view in, std::string *out);

struct NameParts {
    QString family;
    QString middle;
    QString given;
};
// Splits "Nguyễn Văn Hùng" into family "Nguyễn", middle "Văn", given "Hùng". One word is a given name.
// Compound family names ("Hoàng Phủ") cannot be told apart from middle names: pass the parts explicitly.
NameParts splitFullName(const QString &full);
QString joinName(const QString &family, const QString &middle, const QString &given);

// Normalises a Vietnamese mobile or landline number to its 0-prefixed national form, converting the
// 11-digit mobile prefixes retired in 2018. Returns nullopt and sets *why when it is not a valid number.
std::optional<QString> normalizePhone(const QString &input, QString *why);

// Validates a 12-digit personal ID (CCCD): digits only, century/sex digit 0-3 for births since 1900.
// When birthYear is given, the two year digits and the century must match it.
bool validCccd(const QString &cccd, int birthYear, QString *why);

} // namespace kh
