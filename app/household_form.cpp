#include "household_form.h"

#include "core/text/text.h"
#include "labels.h"
#include "queries.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace kh::app {

namespace {
const QString kVillage = QStringLiteral("villageId"), kFamily = QStringLiteral("headFamilyName"),
              kMiddle = QStringLiteral("headMiddleName"), kGiven = QStringLiteral("headGivenName"),
              kAddress = QStringLiteral("address"), kPhone = QStringLiteral("phone"), kNotes = QStringLiteral("notes"),
              kBirth = QStringLiteral("headBirthYear"), kSex = QStringLiteral("headSex"),
              kPoverty = QStringLiteral("poverty");

void setText(std::string *out, const QString &v)
{
    *out = cleanText(v).toStdString();
}

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
            cur[size_t(j)] = std::min(
                {prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, cur[size_t(j)]);
        }
        if (best > cap) return cap + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

} // namespace

HouseholdForm::HouseholdForm(QObject *parent) : FormBase(parent)
{
    validate();
}

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
            m_f = {{kVillage, q(h.village_id())},
                   {kFamily, q(h.head_family_name())},
                   {kMiddle, q(h.head_middle_name())},
                   {kGiven, q(h.head_given_name())},
                   {kAddress, q(h.address())},
                   {kPhone, q(h.phone())},
                   {kNotes, q(h.notes())},
                   {kPoverty, h.poverty() > 0 ? QString::number(int(h.poverty())) : QString()}};
        }
    }
    for (const QString &k : {kVillage, kFamily, kMiddle, kGiven, kAddress, kPhone, kNotes, kBirth, kSex, kPoverty})
        m_f.insert(k, m_f.value(k));
    // A new household in the only village there is.
    if (isNew() && m_ws && m_ws->isOpen()) {
        const auto villages = m_ws->store().list(pb::RECORD_TYPE_VILLAGE);
        if (villages.size() == 1) m_f.insert(kVillage, q(villages.front().id));
    }
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
    // On the poverty list: what the scholarship proposals go by, so the officer sees it at a glance.
    if (const int poverty = m_saved.value(kPoverty).toInt(); poverty >= pb::POVERTY_NEAR_POOR)
        parts << Labels::povertyOptions().value(poverty);
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
    if (isNew()) {
        bool ok = true;
        const int y = headBirthYear().trimmed().toInt(&ok);
        const int thisYear = m_ws && m_ws->isOpen() ? m_ws->year() : 0;
        if (!headBirthYear().trimmed().isEmpty() && (!ok || y < 1900 || y > thisYear))
            e.insert(kBirth,
                     QCoreApplication::translate("kh::app::MemberForm", "Birth year must be a year between 1900 and %1")
                         .arg(thisYear));
    }
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
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_HOUSEHOLD, m_id.toStdString()))
            before = valueOf<pb::Household>(*r);
    // Start from the stored record so fields this form does not show (or that sync changed) are kept as is.
    now = before;
    auto put = [](std::string *field, const QString &v, auto clear) {
        const QString t = cleanText(v);
        if (t.isEmpty())
            clear();
        else
            *field = t.toStdString();
    };
    now.set_village_id(villageId().toStdString());
    put(now.mutable_head_family_name(), headFamilyName(), [&] { now.clear_head_family_name(); });
    put(now.mutable_head_middle_name(), headMiddleName(), [&] { now.clear_head_middle_name(); });
    setText(now.mutable_head_given_name(), headGivenName());
    put(now.mutable_address(), address(), [&] { now.clear_address(); });
    if (const auto p = normalizePhone(phone(), nullptr); p && !phone().trimmed().isEmpty())
        now.set_phone(p->toStdString());
    else
        now.clear_phone();
    const QString n = notes().normalized(QString::NormalizationForm_C).trimmed();
    if (n.isEmpty())
        now.clear_notes();
    else
        now.set_notes(n.toStdString());

    // Written only when chosen here: a value from a newer app (unknown to this one) is kept as stored.
    if (poverty() != int(before.poverty())) {
        if (pb::Poverty_IsValid(poverty()) && poverty() > 0)
            now.set_poverty(pb::Poverty(poverty()));
        else
            now.clear_poverty();
    }

    const std::string id = isNew() ? m_ws->store().newId() : m_id.toStdString();
    const auto head = isNew() ? headAsMember(id) : std::vector<Edit>();
    if (!writeChanges(pb::RECORD_TYPE_HOUSEHOLD, id, isNew() ? pb::Household() : before, now, head)) return {};
    m_id = q(id);
    load();
    return m_id;
}

std::vector<Edit> HouseholdForm::headAsMember(const std::string &householdId) const
{
    auto m = std::make_shared<pb::Member>();
    m->set_household_id(householdId);
    setText(m->mutable_given_name(), headGivenName());
    if (const QString f = cleanText(headFamilyName()); !f.isEmpty()) m->set_family_name(f.toStdString());
    if (const QString mid = cleanText(headMiddleName()); !mid.isEmpty()) m->set_middle_name(mid.toStdString());
    m->set_relation(pb::RELATION_HEAD);
    if (const int y = headBirthYear().trimmed().toInt(); y > 0) m->set_birth_year(quint32(y));
    if (pb::Sex_IsValid(headSex()) && headSex() > 0) m->set_sex(pb::Sex(headSex()));
    return {{pb::RECORD_TYPE_MEMBER, m_ws->store().newId(), m, {}, false}};
}

bool HouseholdForm::remove()
{
    if (!m_ws || isNew()) return false;
    //: Shown after deleting a household, with an Undo button
    return deleteRecord(pb::RECORD_TYPE_HOUSEHOLD, m_id.toStdString(), tr("Household %1 deleted").arg(headName()));
}

} // namespace kh::app
