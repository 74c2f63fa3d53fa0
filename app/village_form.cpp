#include "village_form.h"

#include "core/areas/admin_units.h"
#include "core/records/ids.h"
#include "core/text/text.h"
#include "queries.h"

namespace kh::app {

VillageForm::VillageForm(QObject *parent) : FormBase(parent)
{
    validate();
}

void VillageForm::setVillageId(const QString &id)
{
    if (id == m_id) return;
    m_id = id;
    load();
}

void VillageForm::load()
{
    m_communes = m_ws ? m_ws->communeCodes() : QStringList();
    pb::Village v;
    if (m_ws && m_ws->isOpen() && !m_id.isEmpty())
        if (const auto r = m_ws->store().get(pb::RECORD_TYPE_VILLAGE, m_id.toStdString())) v = valueOf<pb::Village>(*r);
    m_savedBytes = v.SerializeAsString();
    m_name = q(v.name());
    m_kind = v.kind() ? int(v.kind()) : int(pb::VILLAGE_KIND_THON);
    m_commune = v.commune_code().empty() ? m_communes.value(0) : q(v.commune_code());
    if (!m_communes.contains(m_commune) && !m_commune.isEmpty()) m_communes << m_commune;
    m_notes = q(v.notes());
    emit loaded();
    emit edited();
    validate();
}

QStringList VillageForm::communeOptions() const
{
    QStringList out;
    for (const QString &c : m_communes) {
        const auto *info = AdminUnits::builtin().commune(c);
        out << (info ? info->fullName : c);
    }
    return out;
}

void VillageForm::setName(const QString &v)
{
    if (v != m_name) {
        m_name = v;
        emit edited();
        validate();
    }
}
void VillageForm::setKind(int v)
{
    if (v != m_kind) {
        m_kind = v;
        emit edited();
        validate();
    }
}
void VillageForm::setNotes(const QString &v)
{
    if (v != m_notes) {
        m_notes = v;
        emit edited();
        validate();
    }
}
void VillageForm::setCommuneIndex(int i)
{
    if (i < 0 || i >= m_communes.size() || m_communes[i] == m_commune) return;
    m_commune = m_communes[i];
    emit edited();
    validate();
}

void VillageForm::validate()
{
    QVariantMap e;
    if (cleanText(m_name).isEmpty())
        e.insert(QStringLiteral("name"), tr("Enter the village's name"));
    else if (m_name.size() > 300)
        e.insert(QStringLiteral("name"), tr("Too long: at most %1 characters").arg(300));
    if (m_commune.isEmpty()) e.insert(QStringLiteral("commune"), tr("Choose the commune"));
    m_errors = e;
    emit validated();
}

QString VillageForm::save()
{
    if (!beginSave()) return {};
    pb::Village before, now;
    before.ParseFromString(m_savedBytes);
    now = before;
    now.set_name(cleanText(m_name).toStdString());
    now.set_commune_code(m_commune.toStdString());
    now.set_code_list(domain::kCodeList);
    if (m_kind > 0 && pb::VillageKind_IsValid(m_kind)) now.set_kind(pb::VillageKind(m_kind));
    const QString n = m_notes.normalized(QString::NormalizationForm_C).trimmed();
    if (n.isEmpty())
        now.clear_notes();
    else
        now.set_notes(n.toStdString());
    const std::string id = isNew() ? m_ws->store().newId() : m_id.toStdString();
    if (!writeChanges(pb::RECORD_TYPE_VILLAGE, id, before, now)) return {};
    m_id = q(id);
    load();
    return m_id;
}

} // namespace kh::app
