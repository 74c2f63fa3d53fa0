#include "labels.h"

namespace kh::app {

Labels *Labels::instance()
{
    static Labels *l = new Labels; // lives as long as the process; QML never owns it
    return l;
}

Labels *Labels::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

QStringList Labels::sexOptions()
{
    return {tr("Not given"), tr("Male"), tr("Female")};
}

QStringList Labels::relationOptions()
{
    return {tr("Not given"),
            tr("Head of household"),
            tr("Spouse"),
            tr("Child"),
            tr("Parent"),
            tr("Grandchild"),
            tr("Grandparent"),
            tr("Brother or sister"),
            tr("Son- or daughter-in-law"),
            tr("Other")};
}

QStringList Labels::schoolingOptions()
{
    return {tr("Not given"),       tr("No schooling"), tr("Preschool"),  tr("Primary school"), tr("Lower secondary"),
            tr("Upper secondary"), tr("Vocational"),   tr("University"), tr("Postgraduate")};
}

QStringList Labels::literacyOptions()
{
    //: Literacy levels of Vietnam's literacy programme (mức độ 1 = grade 3 equivalent)
    return {tr("Not given"), tr("Cannot read and write"), tr("Literate, level 1"), tr("Literate, level 2")};
}

QStringList Labels::povertyOptions()
{
    //: A household's place on the commune's poverty list (danh sách hộ nghèo, hộ cận nghèo) this year
    return {tr("Not given"), tr("Not on the list"), tr("Near-poor household"), tr("Poor household")};
}

QStringList Labels::villageKindOptions()
{
    //: Kinds of village-level places: thôn, ấp, bản, buôn, tổ dân phố
    return {tr("Not given"),
            tr("Village (thôn)"),
            tr("Hamlet (ấp)"),
            tr("Mountain village (bản)"),
            tr("Highland village (buôn)"),
            tr("Residential group"),
            tr("Other")};
}

QStringList Labels::statusFilterOptions()
{
    return {tr("All statuses"),  tr("Not registered"), tr("Registered"),
            tr("Self-declared"), tr("Verified"),       tr("Recognised")};
}

QString Labels::syncMark(int mark)
{
    switch (mark) {
    //: A record changed on this phone, not yet on the server
    case 1: return tr("Not sent");
    //: Two people changed the same field: someone must choose
    case 2: return tr("Conflict");
    //: The server did not accept the change
    case 3: return tr("Refused");
    default: return {};
    }
}

QString Labels::roleName(const QString &role)
{
    if (role == QLatin1String("household")) return tr("Household");
    if (role == QLatin1String("village-officer")) return tr("Village officer");
    if (role == QLatin1String("commune-staff")) return tr("Commune staff");
    if (role == QLatin1String("provincial-staff")) return tr("Provincial staff");
    if (role == QLatin1String("admin")) return tr("Administrator");
    return role;
}

namespace {
// The name begins with one of the words (names are Vietnamese whatever the UI's language).
bool namedWithKind(const QString &name, std::initializer_list<const char16_t *> kinds)
{
    for (const char16_t *k : kinds) {
        const QString kind = QString::fromUtf16(k) + QLatin1Char(' ');
        if (name.startsWith(kind, Qt::CaseInsensitive)) return true;
    }
    return false;
}
} // namespace

QString Labels::clanTitle(const QString &name)
{
    return namedWithKind(name, {u"Họ", u"Dòng họ"}) ? name : tr("Clan %1").arg(name);
}

QString Labels::villageTitle(const QString &name)
{
    return namedWithKind(name, {u"Thôn", u"Ấp", u"Bản", u"Buôn", u"Tổ dân phố", u"Tổ", u"Khu phố", u"Xóm", u"Làng",
                                u"Khóm", u"Sóc", u"Plei", u"Bon"})
               ? name
               : tr("Village %1").arg(name);
}

QString Labels::stage(domain::Stage s)
{
    switch (s) {
    case domain::Stage::None: return tr("Not registered");
    case domain::Stage::Registered: return tr("Registered");
    //: The household filled its self-assessment; an officer has not verified it yet
    case domain::Stage::Declared: return tr("Awaiting verification");
    case domain::Stage::Verified: return tr("Verified");
    case domain::Stage::Recognised: return tr("Recognised");
    case domain::Stage::NotRecognised: return tr("Not recognised");
    }
    return {};
}

} // namespace kh::app
