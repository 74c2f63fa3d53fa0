#include "household_form.h"

#include "core/text/text.h"
#include "queries.h"

#include <QDate>
#include <QRegularExpression>

namespace kh::app {

namespace {
const QString kVillage = QStringLiteral("villageId"), kFamily = QStringLiteral("headFamilyName"),
              kMiddle = QStringLiteral("headMiddleName"), kGiven = QStringLiteral("headGivenName"),
              kAddress = QStringLiteral("address"), kPhone = QStringLiteral("phone"), kNotes = QStringLiteral("notes");

void setText(std::string *out, const QString &v) { *out = cleanText(v).toStdString(); }

// Edit distance on folded names, capped: "nguyen van hung" vs "nguyen van hunh" is 1.
int distance(const QString &a, const QString &b, int cap)
{
    if (std::abs(a.size() - b.size()) > cap) return cap + 1;
    std::vector<int> prev(size_t(b.size()) + 1), cur(prev.size());
    for (int j = 0; j <= b.size(); ++j) prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= b.size(); ++j) {
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[size_t(j)]);
        }
        if (best > cap) return cap + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString tooLong(const QString &v, int limit)
{
    return v.size() > limit ? HouseholdForm::tr("Too long: at most %1 characters").arg(limit) : QString();
}
} // namespace

HouseholdForm::HouseholdForm(QObject *parent) : FormBase(parent) { validate(); }

void HouseholdForm::setHouseholdId(const QString &id)
{
    if (id == m_id) return;
    m_id = id;
    load();
}

void HouseholdForm::load()
{
    m_f.clear();
    if (m_ws && m_ws->isOpen() && !m_id.isEmpty()) {
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, m_id.toStdString()); r && !r->isDeleted()) {
            const auto h = valueOf<pb::Household>(*r);
            m_f = {{kVillage, q(h.village_id())}, {kFamily, q(h.head_family_name())}, {kMiddle, q(h.head_middle_name())},
                   {kGiven, q(h.head_given_name())}, {kAddress, q(h.address())}, {kPhone, q(h.phone())}, {kNotes, q(h.notes())}};
        }
    }
    for (const QString &k : {kVillage, kFamily, kMiddle, kGiven, kAddress, kPhone, kNotes}) m_f.insert(k, m_f.value(k));
    m_saved = m_f;
    emit loaded();
    emit edited();
    validate();
}

void HouseholdForm::set(const QString &key, const QString &value)
{
    if (m_f.value(key) == value) return;
    m_f.insert(key, value);
    emit edited();
    validate();
}

QString HouseholdForm::villageName() const
{
    if (!m_ws || !m_ws->isOpen() || villageId().isEmpty()) return {};
    const auto r = m_ws->store().get(pb::RECORD_TYPE_VILLAGE, villageId().toStdString());
    return r ? q(valueOf<pb::Village>(*r).name()) : QString();
}

QString HouseholdForm::headName() const
{
    return joinName(cleanText(headFamilyName()), cleanText(headMiddleName()), cleanText(headGivenName()));
}

QString HouseholdForm::summary() const
{
    QStringList parts;
    for (const QString &p : {villageName(), m_saved.value(kAddress), m_saved.value(kPhone)})
        if (!p.isEmpty()) parts << p;
    return parts.join(QStringLiteral(" · "));
}

void HouseholdForm::validate()
{
    QVariantMap e;
    if (villageId().isEmpty()) e.insert(kVillage, tr("Choose the village"));
    if (cleanText(headGivenName()).isEmpty()) e.insert(kGiven, tr("Enter the given name of the head of household"));
    for (const QString &k : {kFamily, kMiddle, kGiven, kAddress})
        if (const QString t = tooLong(m_f.value(k), 300); !t.isEmpty()) e.insert(k, t);
    if (const QString t = tooLong(notes(), 4000); !t.isEmpty()) e.insert(kNotes, t);
    if (!phone().trimmed().isEmpty()) {
        QString why;
        if (!normalizePhone(phone(), &why))
            e.insert(kPhone, tr("Not a Vietnamese phone number: 10 digits starting with 03, 05, 07, 08 or 09"));
    }
    m_errors = e;
    findSimilar();
    emit validated();
}

void HouseholdForm::findSimilar()
{
    m_similar.clear();
    if (!isNew() || !m_ws || !m_ws->isOpen() || villageId().isEmpty() || cleanText(headGivenName()).isEmpty()) return;
    const QString mine = foldForSearch(headName());
    const std::string given = foldForSearch(cleanText(headGivenName())).toStdString();
    for (const auto &r : m_ws->households().rows()) {
        if (r.villageId != villageId() || r.givenFold != given) continue;
        if (distance(QString::fromStdString(r.nameFold), mine, 2) <= 2)
            m_similar << (r.address.isEmpty() ? r.name : r.name + QStringLiteral(" – ") + r.address);
    }
}

QString HouseholdForm::save()
{
    if (!beginSave()) return {};
    pb::Household before, now;
    if (!isNew())
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, m_id.toStdString())) before = valueOf<pb::Household>(*r);
    // Start from the stored record so fields this form does not show (or that sync changed) are kept as is.
    now = before;
    auto put = [](std::string *field, const QString &v, auto clear) {
        const QString t = cleanText(v);
        if (t.isEmpty()) clear();
        else *field = t.toStdString();
    };
    now.set_village_id(villageId().toStdString());
    put(now.mutable_head_family_name(), headFamilyName(), [&] { now.clear_head_family_name(); });
    put(now.mutable_head_middle_name(), headMiddleName(), [&] { now.clear_head_middle_name(); });
    setText(now.mutable_head_given_name(), headGivenName());
    put(now.mutable_address(), address(), [&] { now.clear_address(); });
    if (const auto p = normalizePhone(phone(), nullptr); p && !phone().trimmed().isEmpty()) now.set_phone(p->toStdString());
    else now.clear_phone();
    const QString n = notes().normalized(QString::NormalizationForm_C).trimmed();
    if (n.isEmpty()) now.clear_notes();
    else now.set_notes(n.toStdString());

    const std::string id = isNew() ? m_ws->store().newId() : m_id.toStdString();
    if (!writeChanges(pb::RECORD_TYPE_HOUSEHOLD, id, isNew() ? pb::Household() : before, now)) return {};
    m_id = q(id);
    load();
    return m_id;
}

bool HouseholdForm::remove()
{
    if (!m_ws || isNew()) return false;
    return deleteRecord(pb::RECORD_TYPE_HOUSEHOLD, m_id.toStdString());
}

// ---- MemberForm

MemberForm::MemberForm(QObject *parent) : FormBase(parent) { validate(); }

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
    if (isNew()) m_m.set_household_id(id.toStdString());
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
    if (isNew() && !m_household.isEmpty()) m_m.set_household_id(m_household.toStdString());
    m_saved = m_m;
    m_text = {{QStringLiteral("familyName"), q(m_m.family_name())}, {QStringLiteral("middleName"), q(m_m.middle_name())},
              {QStringLiteral("givenName"), q(m_m.given_name())}, {QStringLiteral("cccd"), q(m_m.cccd())}};
    m_birthYear = m_m.birth_year() ? QString::number(m_m.birth_year()) : QString();
    QStringList acts;
    for (const auto &a : m_m.learning_activities()) acts << q(a);
    m_activities = acts.join(QStringLiteral(", "));
    emit loaded();
    emit edited();
    validate();
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
void MemberForm::setFamilyName(const QString &v) { setText(QStringLiteral("familyName"), v); }
void MemberForm::setMiddleName(const QString &v) { setText(QStringLiteral("middleName"), v); }
void MemberForm::setGivenName(const QString &v) { setText(QStringLiteral("givenName"), v); }
void MemberForm::setCccd(const QString &v) { setText(QStringLiteral("cccd"), v); }

void MemberForm::compose()
{
    auto put = [this](const char *key, std::string *field, auto clear) {
        const QString t = cleanText(m_text.value(QLatin1String(key)));
        if (t.isEmpty()) clear();
        else *field = t.toStdString();
    };
    put("familyName", m_m.mutable_family_name(), [this] { m_m.clear_family_name(); });
    put("middleName", m_m.mutable_middle_name(), [this] { m_m.clear_middle_name(); });
    put("givenName", m_m.mutable_given_name(), [this] { m_m.clear_given_name(); });
    const QString id = m_text.value(QStringLiteral("cccd")).remove(QLatin1Char(' '));
    if (id.isEmpty()) m_m.clear_cccd();
    else m_m.set_cccd(id.toStdString());
}

#define KH_ENUM_SETTER(Name, field, Enum)                            \
    void MemberForm::set##Name(int v)                                \
    {                                                                \
        if (v == int(m_m.field())) return;                           \
        if (v <= 0 || !pb::Enum##_IsValid(v)) m_m.clear_##field();   \
        else m_m.set_##field(pb::Enum(v));                           \
        changed();                                                   \
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

void MemberForm::setBirthYear(const QString &v)
{
    if (v == m_birthYear) return;
    m_birthYear = v;
    bool ok = false;
    const int y = v.trimmed().toInt(&ok);
    if (v.trimmed().isEmpty()) m_m.clear_birth_year();
    else if (ok && y > 0) m_m.set_birth_year(quint32(y));
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
    if (m_m.learning_activities_size() > 100) e.insert(QStringLiteral("learningActivities"), tr("At most 100 activities"));
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
    return deleteRecord(pb::RECORD_TYPE_MEMBER, m_id.toStdString());
}

} // namespace kh::app
