// The household list: every household on the device, sorted the Vietnamese way by the head's given name,
// filtered as the officer types (diacritics and case ignored, "d" finds "đ"), by village and by this year's
// learning-family stage. Rows are held in C++; QML only sees the visible ones through the view.
#pragma once

#include "labels.h"
#include "workspace.h"

#include <QAbstractListModel>
#include <QCollatorSortKey>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class HouseholdListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString villageId READ villageId WRITE setVillageId NOTIFY villageIdChanged)
    Q_PROPERTY(StatusFilter statusFilter READ statusFilter WRITE setStatusFilter NOTIFY statusFilterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    // The households are still being read (just after the app opened): no rows yet, and none is not "none".
    Q_PROPERTY(bool loading READ loading NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // record id
        NameRole,                  // head's full name, "Nguyễn Văn Hùng"
        AddressRole,               // address as typed
        VillageRole,               // village name
        VillageIdRole,
        PhoneRole,
        StageRole,     // Labels::Stage as int
        StageTextRole, // the stage in words
        DetailRole,    // "Thôn Phú Lộc · Số 12, xóm 3": village and address
        SyncMarkRole,  // SyncMarks::Mark of the household, its members and evaluations
        SyncMarkTextRole,
    };
    enum class StatusFilter { All, NotRegistered, Registered, Declared, Verified, Recognised };
    Q_ENUM(StatusFilter)

    explicit HouseholdListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString query() const { return m_query; }
    void setQuery(const QString &q);
    QString villageId() const { return m_village; }
    void setVillageId(const QString &v);
    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter s);
    int count() const { return int(m_visible.size()); }
    int totalCount() const { return m_total; }
    bool loading() const { return m_loading; }

    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE void reload();

signals:
    void workspaceChanged();
    void queryChanged();
    void villageIdChanged();
    void statusFilterChanged();
    void countChanged();

private:
    const HouseholdIndex::Row &row(int visibleRow) const;
    void refilter();
    bool matches(const HouseholdIndex::Row &r, const std::vector<std::string> &tokens) const;

    QPointer<Workspace> m_ws;
    QString m_query, m_village;
    StatusFilter m_status = StatusFilter::All;
    std::vector<int> m_visible;        // indexes into the workspace's household index
    std::vector<QString> m_visibleIds; // the same rows by id, to update views with the smallest change
    int m_total = 0;
    bool m_loading = false;
    QHash<QString, QString> m_villageNames;
};

} // namespace kh::app
