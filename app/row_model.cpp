#include "row_model.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

RowModel::RowModel(const QList<QByteArray> &roles, QObject *parent) : QAbstractListModel(parent), m_roles(roles) {}

void RowModel::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) connect(m_ws, &Workspace::changed, this, &RowModel::reload);
    reload();
    emit workspaceChanged();
}

void RowModel::reload()
{
    if (m_building) return;
    QList<QVariantHash> rows;
    if (m_ws && m_ws->isOpen()) {
        try {
            rows = load(*m_ws);
        } catch (const std::exception &e) {
            qCWarning(lcApp) << metaObject()->className() << "failed to load:" << e.what();
        }
    }
    const bool sameCount = rows.size() == m_rows.size();
    if (sameCount) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty()) emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int RowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int k = role == Qt::DisplayRole ? 0 : role - Qt::UserRole - 1;
    if (k < 0 || k >= m_roles.size()) return {};
    return m_rows[index.row()].value(QString::fromLatin1(m_roles[k]));
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int k = 0; k < m_roles.size(); ++k) names.insert(Qt::UserRole + 1 + k, m_roles[k]);
    return names;
}

QVariant RowModel::get(int row, const QString &role) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value(role) : QVariant();
}

} // namespace kh::app
