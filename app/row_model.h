// Base for the app's small lists (a household's members, villages, clans, conflicts, criteria items): rows
// are computed in C++ by the subclass, held as role → value, and reloaded when the workspace changes.
// The household list, which can hold tens of thousands of rows, has its own model.
#pragma once

#include "workspace.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QVariantHash>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Created from QML, it loads once, when all its properties are set (a queue's `workspace` and then its
// `stageFilter` would otherwise load every evaluation first and then the ones asked for).
class RowModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
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

    void classBegin() override { m_building = true; }
    void componentComplete() override
    {
        m_building = false;
        reload();
    }

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
    bool m_building = false; // QML is still setting properties: loading waits for componentComplete
};

} // namespace kh::app
