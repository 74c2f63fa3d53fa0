#include "household_list_model.h"

#include "domain/text.h"
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
    if (!m_ws || !m_ws->isOpen() || m_loadedRevision == m_ws->revision()) return;
    m_loadedRevision = m_ws->revision();
    std::vector<Row> rows;
    try {
        auto &s = m_ws->store();
        const auto stages = familyStages(s, m_ws->year());
        m_villageNames = villageNames(s);
        const QCollator collator = vietnameseCollator();
        const auto records = s.list(pb::RECORD_TYPE_HOUSEHOLD);
        rows.reserve(records.size());
        pb::Household h;
        for (const auto &r : records) {
            h.Clear();
            h.ParseFromString(r.values());
            const QString family = q(h.head_family_name()), middle = q(h.head_middle_name()), given = q(h.head_given_name());
            const auto st = stages.find(r.id);
            rows.push_back({q(r.id), joinName(family, middle, given), q(h.address()), q(h.village_id()), q(h.phone()),
                            domain::searchText(pb::RECORD_TYPE_HOUSEHOLD, h),
                            collator.sortKey(personSortText(family, middle, given)),
                            st == stages.end() ? domain::Stage::None : st->second});
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            const int c = a.key.compare(b.key);
            return c != 0 ? c < 0 : a.id < b.id;
        });
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "loading households failed:" << e.what();
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_visible.clear();
    endResetModel();
    refilter();
}

bool HouseholdListModel::matches(const Row &r, const std::vector<std::string> &tokens) const
{
    if (!m_village.isEmpty() && r.villageId != m_village) return false;
    using D = domain::Stage;
    switch (m_status) {
    case StatusFilter::All: break;
    case StatusFilter::NotRegistered: if (r.stage != D::None) return false; break;
    case StatusFilter::Registered: if (r.stage != D::Registered) return false; break;
    case StatusFilter::Declared: if (r.stage != D::Declared) return false; break;
    case StatusFilter::Verified: if (r.stage != D::Verified) return false; break;
    case StatusFilter::Recognised: if (r.stage != D::Recognised) return false; break;
    }
    for (const auto &t : tokens)
        if (r.fold.find(t) == std::string::npos) return false;
    return true;
}

void HouseholdListModel::refilter()
{
    std::vector<std::string> tokens;
    for (const QString &t : foldForSearch(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) tokens.push_back(t.toStdString());
    std::vector<int> visible;
    visible.reserve(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (matches(m_rows[size_t(i)], tokens)) visible.push_back(i);
    if (visible == m_visible) return;
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
    emit countChanged();
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
    const Row &r = m_rows[size_t(m_visible[size_t(index.row())])];
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
    case DetailRole: {
        const QString v = m_villageNames.value(r.villageId);
        return r.address.isEmpty() ? v : v.isEmpty() ? r.address : v + QStringLiteral(" · ") + r.address;
    }
    default: return {};
    }
}

QHash<int, QByteArray> HouseholdListModel::roleNames() const
{
    return {{IdRole, "householdId"}, {NameRole, "name"}, {AddressRole, "address"}, {VillageRole, "village"},
            {VillageIdRole, "villageId"}, {PhoneRole, "phone"}, {StageRole, "stage"}, {StageTextRole, "stageText"}, {DetailRole, "summary"}};
}

QString HouseholdListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_visible.size()) ? m_rows[size_t(m_visible[size_t(row)])].id : QString();
}

} // namespace kh::app
