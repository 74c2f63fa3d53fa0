#include "core/text/text.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <string>

namespace kh {

bool quickIsNfc(const QString &s)
{
    // Below U+0300 and in Latin Extended Additional (precomposed Vietnamese) every character is its own NFC
    // form; anything else goes through the full normalisation check.
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x300 || (u >= 0x1EA0 && u <= 0x1EF9)) continue;
        return s.normalized(QString::NormalizationForm_C) == s;
    }
    return true;
}

QString cleanText(const QString &s)
{
    QString n = quickIsNfc(s) ? s : s.normalized(QString::NormalizationForm_C);
    // Ð/ð (U+00D0/U+00F0, Icelandic eth) are look-alike typos for Đ/đ in Vietnamese text.
    n.replace(QChar(0x00D0), QChar(0x0110)).replace(QChar(0x00F0), QChar(0x0111));
    return n.simplified();
}

bool isValidUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const size_t n = size_t(b.size());
    for (size_t i = 0; i < n;)
        if (decodeUtf8(p, n, &i) < 0) return false;
    return true;
}

namespace {
// Folding of every BMP character below U+2000, computed once: base letter lower-cased, 0 for marks.
const std::array<char16_t, 0x2000> &foldTable()
{
    static const std::array<char16_t, 0x2000> table = [] {
        std::array<char16_t, 0x2000> t{};
        for (char16_t u = 0; u < 0x2000; ++u) {
            const QChar c(u);
            const auto cat = c.category();
            if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
                continue;
            if (u == 0x0111 || u == 0x0110 || u == 0x00D0 || u == 0x00F0) {
                t[u] = u'd';
                continue;
            }
            const QString d = QString(c).normalized(QString::NormalizationForm_D);
            t[u] = d.isEmpty() ? u : d.at(0).toLower().unicode();
        }
        return t;
    }();
    return table;
}
} // namespace

void appendFoldedUtf8(std::string_view in, std::string *out)
{
    const auto &table = foldTable();
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const size_t n = in.size();
    bool space = out->empty() || out->back() == ' ';
    for (size_t i = 0; i < n;) {
        const size_t at = i;
        const int cp = decodeUtf8(p, n, &i);
        if (cp < 0 || cp >= 0x10000) {
            // Rare (outside the BMP, or malformed): take the slow path for the rest.
            const QString rest = foldForSearch(QString::fromUtf8(in.data() + at, qsizetype(n - at)));
            if (!rest.isEmpty() && !space) out->push_back(' ');
            out->append(rest.toStdString());
            return;
        }
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') {
            if (!space) out->push_back(' ');
            space = true;
            continue;
        }
        const char16_t f = cp < 0x2000 ? table[cp] : char16_t(cp);
        if (f == 0) continue;
        if (f < 0x80)
            out->push_back(char(f));
        else if (f < 0x800) {
            out->push_back(char(0xC0 | (f >> 6)));
            out->push_back(char(0x80 | (f & 0x3F)));
        } else {
            out->push_back(char(0xE0 | (f >> 12)));
            out->push_back(char(0x80 | ((f >> 6) & 0x3F)));
            out->push_back(char(0x80 | (f & 0x3F)));
        }
        space = false;
    }
}

QString foldForSearch(const QString &s)
{
    const auto &table = foldTable();
    QString out;
    out.reserve(s.size());
    bool space = true; // collapse runs of whitespace and trim
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x2000 && !c.isSpace()) {
            // Rare: fold the hard way.
            const QString d = QString(c).normalized(QString::NormalizationForm_D);
            for (QChar k : d)
                if (k.category() != QChar::Mark_NonSpacing && k.category() != QChar::Mark_SpacingCombining)
                    out += k.toLower();
            space = false;
            continue;
        }
        if (c.isSpace()) {
            if (!space) out += QLatin1Char(' ');
            space = true;
            continue;
        }
        const char16_t f = table[u];
        if (f == 0) continue; // a combining mark (NFD input)
        out += QChar(f);
        space = false;
    }
    if (out.endsWith(QLatin1Char(' '))) out.chop(1);
    return out;
}

NameParts splitFullName(const QString &full)
{
    const QStringList w = cleanText(full).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    NameParts p;
    if (w.isEmpty()) return p;
    if (w.size() == 1) {
        p.given = w[0];
        return p;
    }
    p.family = w.first();
    p.given = w.last();
    p.middle = w.mid(1, w.size() - 2).join(QLatin1Char(' '));
    return p;
}

QString joinName(const QString &family, const QString &middle, const QString &given)
{
    QStringList parts;
    for (const QString &s : {family, middle, given})
        if (!s.isEmpty()) parts << s;
    return parts.join(QLatin1Char(' '));
}

std::optional<QString> normalizePhone(const QString &input, QString *why)
{
    QString d;
    for (QChar c : input) {
        if (c.isDigit())
            d += c;
        else if (c == QLatin1Char('+') && d.isEmpty())
            d += c;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        else {
            if (why) *why = QStringLiteral("phone number may contain only digits, spaces, '.', '-' and a leading '+'");
            return std::nullopt;
        }
    }
    if (d.startsWith(QLatin1String("+84")))
        d = QLatin1Char('0') + d.mid(3);
    else if (d.startsWith(QLatin1String("84")) && d.size() == 11)
        d = QLatin1Char('0') + d.mid(2);
    if (d.startsWith(QLatin1Char('+'))) {
        if (why) *why = QStringLiteral("only Vietnamese (+84) numbers are accepted");
        return std::nullopt;
    }
    // 11-digit mobile numbers converted in 2018.
    static const struct {
        const char *from;
        const char *to;
    } map[] = {{"0162", "032"}, {"0163", "033"}, {"0164", "034"}, {"0165", "035"}, {"0166", "036"}, {"0167", "037"},
               {"0168", "038"}, {"0169", "039"}, {"0120", "070"}, {"0121", "079"}, {"0122", "077"}, {"0126", "076"},
               {"0128", "078"}, {"0123", "083"}, {"0124", "084"}, {"0125", "085"}, {"0127", "081"}, {"0129", "082"},
               {"0186", "056"}, {"0188", "058"}, {"0199", "059"}};
    if (d.size() == 11) {
        for (const auto &m : map)
            if (d.startsWith(QLatin1String(m.from))) {
                d = QLatin1String(m.to) + d.mid(4);
                break;
            }
    }
    static const QRegularExpression mobile(QStringLiteral("^0[35789][0-9]{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02[0-9]{9}$"));
    if (mobile.match(d).hasMatch() || landline.match(d).hasMatch()) return d;
    if (why)
        *why = QStringLiteral(
            "not a Vietnamese phone number (10 digits starting 03/05/07/08/09, or an 11-digit landline starting 02)");
    return std::nullopt;
}

bool validCccd(const QString &cccd, int birthYear, QString *why)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    if (!re.match(cccd).hasMatch()) {
        if (why) *why = QStringLiteral("CCCD must be exactly 12 digits");
        return false;
    }
    const int century = cccd.at(3).digitValue();
    if (century > 3) {
        if (why) *why = QStringLiteral("CCCD digit 4 (century and sex) must be 0-3");
        return false;
    }
    if (birthYear > 0) {
        const int yy = cccd.mid(4, 2).toInt();
        const int year = (century <= 1 ? 1900 : 2000) + yy;
        if (year != birthYear) {
            if (why) *why = QStringLiteral("CCCD encodes birth year %1, not %2").arg(year).arg(birthYear);
            return false;
        }
    }
    return true;
}

QString printable(const QString &s)
{
    auto unsafe = [](char32_t c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 || (c >= 0x200e && c <= 0x200f) ||
               (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x061c;
    };
    const auto points = s.toUcs4();
    if (std::none_of(points.begin(), points.end(), unsafe)) return s;
    QString out;
    out.reserve(s.size() + 16);
    for (const char32_t c : points) {
        if (unsafe(c))
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace kh
