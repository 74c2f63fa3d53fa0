#include "self_assessment.h"

#include "domain/domain.h"
#include "domain/text.h"
#include "labels.h"
#include "queries.h"

#include <QDate>

namespace kh::app {

QVariant CriteriaItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Item &i = m_items[size_t(index.row())];
    switch (role) {
    case Qt::UserRole + 1: return i.item.code;
    case Qt::UserRole + 2: return i.item.group;
    case Qt::DisplayRole:
    case Qt::UserRole + 3: return i.item.text;
    case Qt::UserRole + 4: return i.item.points;
    case Qt::UserRole + 5: return i.item.required;
    case Qt::UserRole + 6: return i.answered;
    case Qt::UserRole + 7: return i.met;
    default: return {};
    }
}

QHash<int, QByteArray> CriteriaItemsModel::roleNames() const
{
    return {{Qt::UserRole + 1, "code"}, {Qt::UserRole + 2, "group"}, {Qt::UserRole + 3, "text"}, {Qt::UserRole + 4, "points"},
            {Qt::UserRole + 5, "required"}, {Qt::UserRole + 6, "answered"}, {Qt::UserRole + 7, "met"}};
}

void CriteriaItemsModel::reset(std::vector<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void CriteriaItemsModel::setAnswer(int row, bool met)
{
    if (row < 0 || row >= int(m_items.size())) return;
    m_items[size_t(row)].answered = true;
    m_items[size_t(row)].met = met;
    emit dataChanged(index(row), index(row), {Qt::UserRole + 6, Qt::UserRole + 7});
}

SelfAssessment::SelfAssessment(QObject *parent) : QObject(parent) { load(); }

void SelfAssessment::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    load();
    emit workspaceChanged();
}

void SelfAssessment::setHouseholdId(const QString &id)
{
    if (id == m_household) return;
    m_household = id;
    load();
}

void SelfAssessment::setAsHousehold(bool v)
{
    if (v == m_asHousehold) return;
    m_asHousehold = v;
    emit loaded();
}

int SelfAssessment::year() const { return m_ws ? m_ws->year() : QDate::currentDate().year(); }

QString SelfAssessment::stageText() const { return Labels::stage(m_stage); }
QString SelfAssessment::criteriaTitle() const { return domain::familyCriteria(year()).title; }
QString SelfAssessment::criteriaNotes() const { return domain::familyCriteria(year()).notes; }

void SelfAssessment::load()
{
    m_saved.Clear();
    m_name.clear();
    if (m_ws && m_ws->isOpen() && !m_household.isEmpty()) {
        auto &s = m_ws->store();
        if (const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, m_household.toStdString()); h && !h->isDeleted())
            m_name = domain::title(pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Household>(*h));
        const auto id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year());
        if (const auto e = s.get(pb::RECORD_TYPE_EVALUATION, id); e && !e->isDeleted()) m_saved = valueOf<pb::Evaluation>(*e);
    }
    m_stage = domain::stageOf(m_saved);
    std::vector<CriteriaItemsModel::Item> items;
    for (const auto &ci : domain::familyCriteria(year()).items) {
        CriteriaItemsModel::Item it{ci, false, false};
        for (const auto &a : m_saved.self_assessment())
            if (q(a.code()) == ci.code) {
                it.answered = true;
                it.met = a.met();
            }
        items.push_back(it);
    }
    m_items.reset(std::move(items));
    emit loaded();
    emit answersChanged();
}

int SelfAssessment::answeredCount() const
{
    return int(std::count_if(m_items.items().begin(), m_items.items().end(), [](const auto &i) { return i.answered; }));
}

int SelfAssessment::metCount() const
{
    return int(std::count_if(m_items.items().begin(), m_items.items().end(), [](const auto &i) { return i.answered && i.met; }));
}

int SelfAssessment::pointsClaimed() const
{
    int p = 0;
    for (const auto &i : m_items.items()) p += i.answered && i.met ? i.item.points : 0;
    return p;
}

void SelfAssessment::setError(const QString &e)
{
    if (e == m_error) return;
    m_error = e;
    emit errorChanged();
}

bool SelfAssessment::write(const pb::Evaluation &before, const pb::Evaluation &now)
{
    const std::string id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year());
    const QString e = writeRecord(*m_ws, pb::RECORD_TYPE_EVALUATION, id, before, now);
    setError(e);
    if (!e.isEmpty()) return false;
    load();
    return true;
}

bool SelfAssessment::registerForYear()
{
    if (!m_ws || m_household.isEmpty()) return false;
    if (registered()) return true;
    pb::Evaluation now = m_saved;
    now.set_model(pb::LEARNING_MODEL_FAMILY);
    now.set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
    now.set_subject_id(m_household.toStdString());
    now.set_year(quint32(year()));
    now.set_registered_on(QDate::currentDate().toString(Qt::ISODate).toStdString());
    return write(m_saved, now);
}

void SelfAssessment::setAnswer(int row, bool met)
{
    if (!canEdit()) return;
    m_items.setAnswer(row, met);
    emit answersChanged();
}

bool SelfAssessment::submit()
{
    if (!m_ws || m_household.isEmpty()) return false;
    if (!canEdit()) {
        setError(tr("An officer has already verified this year's assessment; it can no longer be changed here."));
        return false;
    }
    if (!canSubmit()) {
        setError(tr("Answer every item first (%1 of %2 answered).").arg(answeredCount()).arg(m_items.items().size()));
        return false;
    }
    if (!registered() && !registerForYear()) return false;
    pb::Evaluation now = m_saved;
    now.set_criteria_set(domain::familyCriteria(year()).id.toStdString());
    now.set_declared_on(QDate::currentDate().toString(Qt::ISODate).toStdString());
    now.set_declared_by(m_asHousehold ? pb::ASSESSOR_SELF : pb::ASSESSOR_OFFICER);
    now.clear_self_assessment();
    for (const auto &i : m_items.items()) {
        auto *a = now.add_self_assessment();
        a->set_code(i.item.code.toStdString());
        a->set_met(i.met);
        if (i.met) a->set_points(quint32(i.item.points));
    }
    return write(m_saved, now);
}

} // namespace kh::app
