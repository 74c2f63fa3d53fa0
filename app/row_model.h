// Base for the app's small lists (a household's members, villages, clans, conflicts, criteria items): rows
// are computed in C++ by the subclass, held as role → value, and reloaded when the workspace changes.
// The household list, which can hold tens of thousands of rows, has its own model.
#pragma once

#include "workspace.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantHash>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class RowModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowModel(const QList<QByteArray> &roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    int count() const { return int(m_rows.size()); }

    // The value of a role in a row, by role name ("id"); for QML actions on a row.
    Q_INVOKABLE QVariant get(int row, const QString &role) const;
    Q_INVOKABLE void reload();

signals:
    void workspaceChanged();
    void countChanged();

protected:
    // One row per entry, keyed by role name. Called with an open workspace.
    virtual QList<QVariantHash> load(Workspace &ws) = 0;

private:
    QPointer<Workspace> m_ws;
    QList<QByteArray> m_roles;
    QList<QVariantHash> m_rows;
};

} // namespace kh::app
