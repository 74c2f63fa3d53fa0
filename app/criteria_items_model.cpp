#include "criteria_items_model.h"

namespace kh::app {

QVariant CriteriaItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Item &i = m_items[size_t(index.row())];
    switch (role) {
    case Code: return QString::fromStdString(i.criterion.code());
    case Group: return QString::fromStdString(i.criterion.group());
    case Qt::DisplayRole:
    case Question:
    case Text: return QString::fromStdString(i.criterion.text());
    case Points: return int(i.criterion.points());
    case Required: return i.criterion.required();
    case Answered: return i.answered;
    case Met: return i.met;
    case Declared: return i.declared;
    case Verified: return i.verified;
    case Computed: return i.computed;
    case Explanation: return i.explanation;
    case RecordsSay: return i.recordsSay;
    case RecordsDisagree: return i.recordsSay >= 0 && i.declared >= 0 && i.recordsSay != i.declared;
    case VerifyNote: return i.verifyNote;
    default: return {};
    }
}

QHash<int, QByteArray> CriteriaItemsModel::roleNames() const
{
    return {{Code, "code"},
            {Group, "group"},
            {Text, "text"},
            {Points, "points"},
            {Required, "required"},
            {Answered, "answered"},
            {Met, "met"},
            {Declared, "declared"},
            {Verified, "verified"},
            {Computed, "computed"},
            {Explanation, "explanation"},
            {RecordsSay, "recordsSay"},
            {RecordsDisagree, "recordsDisagree"},
            {VerifyNote, "verifyNote"},
            {Question, "question"}};
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
    emit dataChanged(index(row), index(row), {Answered, Met});
}

} // namespace kh::app
