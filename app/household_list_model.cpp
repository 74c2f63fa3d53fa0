#include "household_list_model.h"

#include "core/text/text.h"
#include "queries.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

HouseholdListModel::HouseholdListModel(QObject *parent) : QAbstractListModel(parent) {}

void HouseholdListModel::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    if (m_ws) connect(m_ws, &Workspace::changed, this, &HouseholdListModel::reload);
    reload();
    emit workspaceChanged();
}

void HouseholdListModel::reload()
{
    if (!m_ws || !m_ws->isOpen()) return;
    try {
        m_villageNames = villageNames(m_ws->store());
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "loading village names failed:" << e.what();
    }
    refilter();
}

const HouseholdIndex::Row &HouseholdListModel::row(int visibleRow) const
{
    return m_ws->households().rows()[size_t(m_visible[size_t(visibleRow)])];
}

bool HouseholdListModel::matches(const HouseholdIndex::Row &r, const std::vector<std::string> &tokens) const
{
    if (!m_village.isEmpty() && r.villageId != m_village) return false;
    using D = domain::Stage;
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::NotRegistered:
        if (r.stage != D::None) return false;
        break;
    case StatusFilter::Registered:
        if (r.stage != D::Registered) return false;
        break;
    case StatusFilter::Declared:
        if (r.stage != D::Declared) return false;
        break;
    case StatusFilter::Verified:
        if (r.stage != D::Verified) return false;
        break;
    case StatusFilter::Recognised:
        if (r.stage != D::Recognised) return false;
        break;
    }
    for (const auto &t : tokens)
        if (r.fold.find(t) == std::string::npos) return false;
    return true;
}

void HouseholdListModel::refilter()
{
    if (!m_ws || !m_ws->isOpen()) return;
    std::vector<std::string> tokens;
    for (const QString &t : foldForSearch(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens.push_back(t.toStdString());
    static const std::vector<HouseholdIndex::Row> none;
    const bool loading = m_ws->householdsLoading();
    const auto &rows = loading ? none : m_ws->households().rows(); // never waits for the background read
    std::vector<int> visible;
    std::vector<QString> ids;
    visible.reserve(rows.size());
    for (int i = 0; i < int(rows.size()); ++i)
        if (matches(rows[size_t(i)], tokens)) {
            visible.push_back(i);
            ids.push_back(rows[size_t(i)].id);
        }
    const bool totalChanged = m_total != int(rows.size()) || m_loading != loading;
    m_total = int(rows.size());
    m_loading = loading;
    // The smallest change a view can take: rows kept at both ends, the middle removed and inserted. Saving one
    // household inserts one row; a search keystroke removes a few ranges' worth at once.
    const size_t oldN = m_visibleIds.size(), newN = ids.size();
    size_t head = 0;
    while (head < oldN && head < newN && m_visibleIds[head] == ids[head]) ++head;
    size_t tail = 0;
    while (tail < oldN - head && tail < newN - head && m_visibleIds[oldN - 1 - tail] == ids[newN - 1 - tail]) ++tail;
    if (head + tail < oldN) {
        beginRemoveRows({}, int(head), int(oldN - tail - 1));
        // Kept rows point at their places in the index as it is now (inserts and deletes shift them).
        std::vector<int> kept(visible.begin(), visible.begin() + qsizetype(head));
        kept.insert(kept.end(), visible.end() - qsizetype(tail), visible.end());
        m_visible = std::move(kept);
        m_visibleIds.erase(m_visibleIds.begin() + qsizetype(head), m_visibleIds.end() - qsizetype(tail));
        endRemoveRows();
    } else {
        m_visible.assign(visible.begin(), visible.begin() + qsizetype(head));
        m_visible.insert(m_visible.end(), visible.end() - qsizetype(tail), visible.end());
    }
    if (head + tail < newN) {
        beginInsertRows({}, int(head), int(newN - tail - 1));
        m_visibleIds.insert(m_visibleIds.begin() + qsizetype(head), ids.begin() + qsizetype(head),
                            ids.end() - qsizetype(tail));
        m_visible.insert(m_visible.begin() + qsizetype(head), visible.begin() + qsizetype(head),
                         visible.end() - qsizetype(tail));
        endInsertRows();
    }
    m_visible = std::move(visible);
    if (!m_visible.empty())
        emit dataChanged(index(0), index(int(m_visible.size()) - 1)); // a stage or address may have changed
    if (oldN != newN || totalChanged) emit countChanged();
}

void HouseholdListModel::setQuery(const QString &q)
{
    if (q == m_query) return;
    m_query = q;
    refilter();
    emit queryChanged();
}

void HouseholdListModel::setVillageId(const QString &v)
{
    if (v == m_village) return;
    m_village = v;
    refilter();
    emit villageIdChanged();
}

void HouseholdListModel::setStatusFilter(StatusFilter s)
{
    if (s == m_status) return;
    m_status = s;
    refilter();
    emit statusFilterChanged();
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const HouseholdIndex::Row &r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case IdRole: return r.id;
    case AddressRole: return r.address;
    case VillageRole: return m_villageNames.value(r.villageId);
    case VillageIdRole: return r.villageId;
    case PhoneRole: return r.phone;
    case StageRole: return int(r.stage);
    case StageTextRole: return Labels::stage(r.stage);
    case SyncMarkRole: return m_ws ? m_ws->syncMarks().ofHousehold(r.id) : 0;
    case SyncMarkTextRole: return m_ws ? Labels::syncMark(m_ws->syncMarks().ofHousehold(r.id)) : QString();
    case DetailRole: {
        const QString v = m_villageNames.value(r.villageId);
        return r.address.isEmpty() ? v : v.isEmpty() ? r.address : v + QStringLiteral(" · ") + r.address;
    }
    default: return {};
    }
}

QHash<int, QByteArray> HouseholdListModel::roleNames() const
{
    return {{IdRole, "householdId"},
            {NameRole, "name"},
            {AddressRole, "address"},
            {VillageRole, "village"},
            {VillageIdRole, "villageId"},
            {PhoneRole, "phone"},
            {StageRole, "stage"},
            {StageTextRole, "stageText"},
            {DetailRole, "summary"},
            {SyncMarkRole, "syncMark"},
            {SyncMarkTextRole, "syncMarkText"}};
}

QString HouseholdListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? this->row(row).id : QString();
}

} // namespace kh::app
