#include "member_form.h"

#include "core/text/text.h"
#include "queries.h"
#include <QDate>
#include <QRegularExpression>

namespace kh::app {

MemberForm::MemberForm(QObject *parent) : FormBase(parent)
{
    validate();
}

void MemberForm::setMemberId(const QString &id)
{
    if (id == m_id) return;
    m_id = id;
    load();
}

void MemberForm::setHouseholdId(const QString &id)
{
    if (id == m_household) return;
    m_household = id;
    if (isNew()) {
        load(); // the family name to start with, and this household's draft
        return;
    }
    emit loaded();
    validate();
}

void MemberForm::load()
{
    m_m.Clear();
    if (m_ws && m_ws->isOpen() && !m_id.isEmpty()) {
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_MEMBER, m_id.toStdString()); r && !r->isDeleted()) {
            m_m = valueOf<pb::Member>(*r);
            m_household = q(m_m.household_id());
        }
    }
    if (isNew() && !m_household.isEmpty()) {
        m_m.set_household_id(m_household.toStdString());
        if (m_ws && m_ws->isOpen())
            if (const auto h = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, m_household.toStdString()))
                if (const auto family = valueOf<pb::Household>(*h).head_family_name(); !family.empty())
                    m_m.set_family_name(family);
    }
    m_saved = m_m;
    m_text = {{QStringLiteral("familyName"), q(m_m.family_name())},
              {QStringLiteral("middleName"), q(m_m.middle_name())},
              {QStringLiteral("givenName"), q(m_m.given_name())},
              {QStringLiteral("cccd"), q(m_m.cccd())}};
    m_birthYear = m_m.birth_year() ? QString::number(m_m.birth_year()) : QString();
    QStringList acts;
    for (const auto &a : m_m.learning_activities()) acts << q(a);
    m_activities = acts.join(QStringLiteral(", "));
    emit loaded();
    emit edited();
    validate();
}

QString MemberForm::fullName() const
{
    return joinName(cleanText(familyName()), cleanText(middleName()), cleanText(givenName()));
}

void MemberForm::changed()
{
    emit edited();
    validate();
}

void MemberForm::setText(const QString &key, const QString &v)
{
    if (m_text.value(key) == v) return;
    m_text.insert(key, v);
    changed();
}
void MemberForm::setFamilyName(const QString &v)
{
    setText(QStringLiteral("familyName"), v);
}
void MemberForm::setMiddleName(const QString &v)
{
    setText(QStringLiteral("middleName"), v);
}
void MemberForm::setGivenName(const QString &v)
{
    setText(QStringLiteral("givenName"), v);
}
void MemberForm::setCccd(const QString &v)
{
    setText(QStringLiteral("cccd"), v);
}

void MemberForm::compose()
{
    auto put = [this](const char *key, std::string *field, auto clear) {
        const QString t = cleanText(m_text.value(QLatin1String(key)));
        if (t.isEmpty())
            clear();
        else
            *field = t.toStdString();
    };
    put("familyName", m_m.mutable_family_name(), [this] { m_m.clear_family_name(); });
    put("middleName", m_m.mutable_middle_name(), [this] { m_m.clear_middle_name(); });
    put("givenName", m_m.mutable_given_name(), [this] { m_m.clear_given_name(); });
    const QString id = m_text.value(QStringLiteral("cccd")).remove(QLatin1Char(' '));
    if (id.isEmpty())
        m_m.clear_cccd();
    else
        m_m.set_cccd(id.toStdString());
}

#define KH_ENUM_SETTER(Name, field, Enum)                                                                              \
    void MemberForm::set##Name(int v)                                                                                  \
    {                                                                                                                  \
        if (v == int(m_m.field())) return;                                                                             \
        if (v <= 0 || !pb::Enum##_IsValid(v))                                                                          \
            m_m.clear_##field();                                                                                       \
        else                                                                                                           \
            m_m.set_##field(pb::Enum(v));                                                                              \
        changed();                                                                                                     \
    }
KH_ENUM_SETTER(Sex, sex, Sex)
KH_ENUM_SETTER(Relation, relation, Relation)
KH_ENUM_SETTER(Schooling, schooling, Schooling)
KH_ENUM_SETTER(Literacy, literacy, Literacy)
#undef KH_ENUM_SETTER

void MemberForm::setStudyingNow(bool v)
{
    if (m_m.has_studying_now() && v == m_m.studying_now()) return;
    m_m.set_studying_now(v);
    changed();
}

// Ticked or not; a box never ticked stays unset (nothing said), as on the paper form, and one unticked again goes
// back to what was stored ("no" stays "no").
#define KH_FLAG_SETTER(Name, field)                                                                                    \
    void MemberForm::set##Name(bool v)                                                                                 \
    {                                                                                                                  \
        if (v == m_m.field()) return;                                                                                  \
        if (v || m_saved.has_##field())                                                                                \
            m_m.set_##field(v);                                                                                        \
        else                                                                                                           \
            m_m.clear_##field();                                                                                       \
        changed();                                                                                                     \
    }
KH_FLAG_SETTER(Orphan, orphan)
KH_FLAG_SETTER(Disabled, disabled)
#undef KH_FLAG_SETTER

void MemberForm::setBirthYear(const QString &v)
{
    if (v == m_birthYear) return;
    m_birthYear = v;
    bool ok = false;
    const int y = v.trimmed().toInt(&ok);
    if (v.trimmed().isEmpty())
        m_m.clear_birth_year();
    else if (ok && y > 0)
        m_m.set_birth_year(quint32(y));
    changed();
}

void MemberForm::setLearningActivities(const QString &v)
{
    if (v == m_activities) return;
    m_activities = v;
    m_m.clear_learning_activities();
    for (const QString &a : v.split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts))
        if (const QString t = cleanText(a); !t.isEmpty()) m_m.add_learning_activities(t.toStdString());
    changed();
}

void MemberForm::validate()
{
    compose();
    QVariantMap e;
    const int thisYear = m_ws && m_ws->isOpen() ? m_ws->year() : 0;
    if (m_m.given_name().empty()) e.insert(QStringLiteral("givenName"), tr("Enter the given name"));
    const QString by = m_birthYear.trimmed();
    bool ok = true;
    const int y = by.toInt(&ok);
    if (!by.isEmpty() && (!ok || y < 1900 || y > thisYear))
        e.insert(QStringLiteral("birthYear"), tr("Birth year must be a year between 1900 and %1").arg(thisYear));
    if (!m_m.cccd().empty() && !validCccd(q(m_m.cccd()), ok ? y : 0, nullptr))
        e.insert(QStringLiteral("cccd"), tr("A citizen ID (CCCD) has 12 digits and matches the birth year"));
    if (m_m.learning_activities_size() > 100)
        e.insert(QStringLiteral("learningActivities"), tr("At most 100 activities"));
    for (const QString &key : {QStringLiteral("familyName"), QStringLiteral("middleName"), QStringLiteral("givenName")})
        if (const QString t = tooLong(m_text.value(key), 300); !t.isEmpty()) e.insert(key, t);
    if (m_household.isEmpty()) e.insert(QStringLiteral("household"), tr("The member must belong to a household"));
    m_errors = e;
    emit validated();
}

QString MemberForm::save()
{
    if (!beginSave()) return {};
    const std::string id = isNew() ? m_ws->store().newId() : m_id.toStdString();
    if (!writeChanges(pb::RECORD_TYPE_MEMBER, id, isNew() ? pb::Member() : m_saved, m_m)) return {};
    m_id = q(id);
    load();
    return m_id;
}

bool MemberForm::remove()
{
    if (!m_ws || isNew()) return false;
    const QString name = fullName();
    //: Shown after removing a member, with an Undo button
    return deleteRecord(pb::RECORD_TYPE_MEMBER, m_id.toStdString(), tr("%1 removed from the household").arg(name));
}

} // namespace kh::app
