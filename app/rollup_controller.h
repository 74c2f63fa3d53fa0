#pragma once

#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "row_model.h"
#include "workspace.h"
#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// The year's roll-up for the communes on this phone, every model against its national target, from the
// figures the workspace computes on another thread after the records change (RollupCache). Rows (a QVariantList of maps): model, recognised, total, percent,
// target, meetsTarget, text ("130/303 · 43% · chỉ tiêu 70%").
class RollupController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed) // the figures are being computed
public:
    explicit RollupController(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QVariantList rows() const { return m_rows; }
    bool loading() const { return m_loading; }
signals:
    void workspaceChanged();
    void changed();

private:
    void reload();
    QPointer<Workspace> m_ws;
    QVariantList m_rows;
    bool m_loading = false;
};

} // namespace kh::app
