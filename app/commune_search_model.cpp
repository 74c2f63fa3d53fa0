#include "commune_search_model.h"

#include "core/areas/admin_units.h"
#include "core/text/text.h"
#include "labels.h"
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>

namespace kh::app {

CommuneSearchModel::CommuneSearchModel(QObject *parent) : QAbstractListModel(parent)
{
    const auto &cs = AdminUnits::builtin().communes();
    m_folded.reserve(cs.size());
    for (const auto &c : cs) m_folded.push_back(foldForSearch(c.fullName + QLatin1Char(' ') + c.code).toStdString());
}

void CommuneSearchModel::setQuery(const QString &q)
{
    if (q == m_query) return;
    m_query = q;
    std::vector<std::string> tokens;
    for (const QString &t : foldForSearch(q).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens.push_back(t.toStdString());
    std::vector<int> hits;
    if (!tokens.empty()) {
        for (int i = 0; i < int(m_folded.size()) && hits.size() < 50; ++i) {
            bool all = true;
            for (const auto &t : tokens) all = all && m_folded[size_t(i)].find(t) != std::string::npos;
            if (all) hits.push_back(i);
        }
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
    emit queryChanged();
}

QVariant CommuneSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto &c = AdminUnits::builtin().communes()[size_t(m_hits[size_t(index.row())])];
    switch (role) {
    case Qt::UserRole + 1: return c.code;
    case Qt::DisplayRole:
    case Qt::UserRole + 2: return c.fullName;
    case Qt::UserRole + 3: {
        const auto *p = AdminUnits::builtin().province(c.provinceCode);
        return p ? p->fullName : c.provinceCode;
    }
    default: return {};
    }
}

QHash<int, QByteArray> CommuneSearchModel::roleNames() const
{
    return {{Qt::UserRole + 1, "code"}, {Qt::UserRole + 2, "name"}, {Qt::UserRole + 3, "province"}};
}

QString CommuneSearchModel::nameOf(const QString &code) const
{
    const auto *c = AdminUnits::builtin().commune(code);
    return c ? c->fullName : code;
}

} // namespace kh::app
