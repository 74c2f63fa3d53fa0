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

// The text as one line safe for a terminal or a tab-separated listing: control characters (tab, line breaks,
// escape), Unicode line separators and bidi controls become \u{XXXX}. For administrators' output of what devices
// sent: no stored value can forge a line, a column or a terminal command.
QString printable(const QString &s);

// True when the text is in NFC; fast for the characters Vietnamese uses.
bool quickIsNfc(const QString &s);

// Decodes the code point at p[*i] (n bytes in all) and advances *i; -1 for anything that is not strict UTF-8
// (truncated, overlong, surrogate, above U+10FFFF). The one UTF-8 decoder the text rules share.
inline int decodeUtf8(const unsigned char *p, size_t n, size_t *i)
{
    const unsigned c = p[*i];
    if (c < 0x80) {
        ++*i;
        return int(c);
    }
    int len;
    unsigned cp;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else
        return -1;
    if (*i + size_t(len) > n) return -1;
    for (int k = 1; k < len; ++k) {
        if ((p[*i + size_t(k)] & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (p[*i + size_t(k)] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return -1;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
    *i += size_t(len);
    return int(cp);
}

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
