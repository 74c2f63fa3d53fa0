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

QString Labels::shortfall(const domain::Shortfall &s)
{
    using S = domain::Shortfall;
    switch (s.kind) {
    case S::Incomplete: return tr("Not every item assessed yet (%Ln left)", nullptr, s.value);
    //: %1: the points; %2: the minimum total
    case S::TotalBelow: return tr("%1 points in all, at least %2 needed").arg(s.value).arg(s.needed);
    //: %1: an item's number ("2.2"); %2: its points; %3: the minimum per item
    case S::ItemBelowMinimum: return tr("Item %1: %2 points, below %3").arg(s.code).arg(s.value).arg(s.needed);
    case S::RequiredNotMet: return tr("Required item %1 not met").arg(s.code);
    case S::ItemNotMet: return tr("Item %1 not met").arg(s.code);
    case S::BelowLevel1: return tr("Not every criterion of level 1 met");
    case S::NoPassRule: return tr("The criteria set has no rule to pass by");
    }
    return {};
}

QString Labels::shortfalls(const std::vector<domain::Shortfall> &all)
{
    QStringList out;
    for (const auto &s : all) out << shortfall(s);
    return out.join(QStringLiteral("; "));
}

QString Labels::computed(const domain::Computed &c)
{
    //: A criteria item answered from the household's members: the item is met
    const QString met = tr("met");
    //: A criteria item answered from the household's members: the item is not met
    const QString notMet = tr("not met yet");
    const QString verdict = c.met ? met : notMet;
    const int n = c.inScope;
    switch (c.what) {
    case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        if (n == 0) return tr("No children of compulsory-school age (6–14) — %1").arg(met);
        if (c.met && n > 1) return tr("%n child(ren) of school age, all at school — %1", nullptr, n).arg(met);
        return tr("%n child(ren) of school age, %1 at school — %2", nullptr, n).arg(c.good).arg(verdict);
    case pb::COMPUTATION_ADULTS_LITERATE:
        if (n == 0) return tr("Nobody aged 19–60 — %1").arg(met);
        if (!c.known) return tr("%n person(s) aged 19–60, literacy not recorded for %1", nullptr, n).arg(c.unknown);
        return tr("%n person(s) aged 19–60, %1 literate — %2", nullptr, n).arg(c.good).arg(verdict);
    case pb::COMPUTATION_ADULTS_LEARNING:
        if (n == 0) return tr("Nobody aged 19–60 — %1").arg(met);
        return tr("%n person(s) aged 19–60, %1 learning something this year — %2", nullptr, n).arg(c.good).arg(verdict);
    case pb::COMPUTATION_SHARE_LEARNING_FAMILIES:
        if (!c.known) return tr("No figures yet");
        return tr("%1/%2 households are learning families (%3%, %4% needed) — %5")
            .arg(c.good)
            .arg(c.inScope)
            .arg(c.percent)
            .arg(c.minPercent)
            .arg(verdict);
    case pb::COMPUTATION_SHARE_LEARNING_CITIZENS:
        if (!c.known) return tr("No figures yet");
        return tr("%1/%2 members are learning citizens (%3%, %4% needed) — %5")
            .arg(c.good)
            .arg(c.inScope)
            .arg(c.percent)
            .arg(c.minPercent)
            .arg(verdict);
    default: return {};
    }
}

QString Labels::donorKind(int kind)
{
    switch (kind) {
    case pb::DONOR_KIND_PERSON: return tr("Individual");
    case pb::DONOR_KIND_HOUSEHOLD: return tr("Household");
    case pb::DONOR_KIND_CLAN: return tr("Clan");
    case pb::DONOR_KIND_ORGANISATION: return tr("Organisation or association");
    case pb::DONOR_KIND_BUSINESS: return tr("Business");
    case pb::DONOR_KIND_AGENCY: return tr("Agency or school");
    default: return tr("Other");
    }
}

QString Labels::awardCategory(int category)
{
    switch (category) {
    case pb::AWARD_CATEGORY_POOR: return tr("Poor household");
    case pb::AWARD_CATEGORY_NEAR_POOR: return tr("Near-poor household");
    case pb::AWARD_CATEGORY_ORPHAN: return tr("Orphan");
    case pb::AWARD_CATEGORY_DISABLED: return tr("Disability");
    case pb::AWARD_CATEGORY_ETHNIC_MINORITY: return tr("Ethnic minority");
    case pb::AWARD_CATEGORY_GOOD_STUDENT: return tr("Good student");
    case pb::AWARD_CATEGORY_GOOD_TEACHER: return tr("Good teacher");
    case pb::AWARD_CATEGORY_HARDSHIP: return tr("Hardship");
    default: return tr("Other");
    }
}

} // namespace kh::app
