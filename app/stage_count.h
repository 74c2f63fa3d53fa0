#pragma once

#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "row_model.h"
#include "workspace.h"
#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// How many of this year's evaluations are at one stage (every model): the start page's counts, kept cheap
// (families from the household index, the few other subjects by SQL) because it recounts on every change.
class StageCount : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int stage READ stage WRITE setStage NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    // The households are still being read (just after the app opened): the count is not known yet.
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
public:
    explicit StageCount(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    int stage() const { return m_stage; }
    void setStage(int s);
    int count() const { return m_count; }
    bool loading() const { return m_loading; }
    void classBegin() override { m_building = true; }
    void componentComplete() override
    {
        m_building = false; // counted once, with every property set
        recount();
    }
signals:
    void workspaceChanged();
    void changed();

private:
    void recount();
    QPointer<Workspace> m_ws;
    int m_stage = 0, m_count = 0;
    int m_others = -1; // subjects other than households at the stage; -1: count again
    bool m_loading = false;
    bool m_building = false;
};

} // namespace kh::app
