#pragma once

#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "row_model.h"
#include "workspace.h"
#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// The year's roll-up for the communes on this phone, every model against its target (the province's own when
// set), from the figures the workspace computes on another thread after the records change (RollupCache). Rows
// (a QVariantList of maps): model, recognised, total, percent, target (the one that counts), meetsTarget,
// lagging (neither when there is no target or nothing to count), text ("130/303 · 43% · chỉ tiêu 70%").
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
    // The rate's targets in words: "target 70%", or "national target 70% · province 75%" when the province set
    // its own (the one it is judged by).
    static QString targetText(const domain::Rate &x);
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
