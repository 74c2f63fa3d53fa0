// A household's year as a learning family: registering for the title and filling the self-assessment, item
// by item, against the criteria set for the year. Used by the household self-service mode (the household
// fills it on its own or the officer's phone) and by officers filling it on a household's behalf. The result
// is stored as declared and awaits an officer's verification.
#pragma once

#include "core/learning/stage.h"
#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "workspace.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <map>

namespace kh::app {

class SelfAssessment : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY loaded)
    Q_PROPERTY(bool asHousehold READ asHousehold WRITE setAsHousehold NOTIFY loaded)
    Q_PROPERTY(QString householdName READ householdName NOTIFY loaded)
    Q_PROPERTY(int year READ year NOTIFY loaded)
    Q_PROPERTY(int stage READ stage NOTIFY loaded)
    Q_PROPERTY(QString stageText READ stageText NOTIFY loaded)
    Q_PROPERTY(bool registered READ registered NOTIFY loaded)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY loaded)
    Q_PROPERTY(QString criteriaTitle READ criteriaTitle CONSTANT)
    Q_PROPERTY(QString criteriaNotes READ criteriaNotes CONSTANT)
    Q_PROPERTY(kh::app::CriteriaItemsModel *items READ items CONSTANT)
    Q_PROPERTY(int itemCount READ itemCount CONSTANT)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(int metCount READ metCount NOTIFY answersChanged)
    Q_PROPERTY(int pointsClaimed READ pointsClaimed NOTIFY answersChanged)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY answersChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    // Answers given but not sent yet are kept on the phone as a draft, answer by answer, and come back after the
    // app was closed or killed; hasDraft says the answers shown are such a draft.
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY answersChanged)
    // The first question without an answer (where "Begin" or "Continue" starts); the item count when all are.
    Q_PROPERTY(int firstUnanswered READ firstUnanswered NOTIFY answersChanged)
public:
    explicit SelfAssessment(QObject *parent = nullptr);

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString householdId() const { return m_household; }
    void setHouseholdId(const QString &id);
    bool asHousehold() const { return m_asHousehold; }
    void setAsHousehold(bool v);
    QString householdName() const { return m_name; }
    int year() const;
    int stage() const { return int(m_stage); }
    QString stageText() const;
    bool registered() const { return m_stage != domain::Stage::None; }
    // A self-assessment can be (re)filled until an officer verified it.
    bool canEdit() const
    {
        return m_stage == domain::Stage::None || m_stage == domain::Stage::Registered ||
               m_stage == domain::Stage::Declared;
    }
    QString criteriaTitle() const;
    QString criteriaNotes() const;
    CriteriaItemsModel *items() { return &m_items; }
    int itemCount() const { return m_set.criteria_size(); }
    int answeredCount() const;
    int metCount() const;
    int pointsClaimed() const;
    bool canSubmit() const { return canEdit() && answeredCount() == int(m_items.items().size()); }
    QString error() const { return m_error; }
    bool hasDraft() const { return m_hasDraft; }
    int firstUnanswered() const;

    Q_INVOKABLE bool registerForYear();
    Q_INVOKABLE void setAnswer(int row, bool met);
    Q_INVOKABLE bool submit();
    // Drops the answers not sent yet: back to what is stored.
    Q_INVOKABLE void discardDraft();

signals:
    void workspaceChanged();
    void loaded();
    void answersChanged();
    void errorChanged();

private:
    void load();
    bool run(const std::function<void()> &step);
    void setError(const QString &e);
    void writeDraft();
    std::map<QString, bool> readDraft();

    QPointer<Workspace> m_ws;
    QString m_household, m_name, m_error;
    bool m_asHousehold = true;
    bool m_hasDraft = false;
    domain::Stage m_stage = domain::Stage::None;
    pb::Evaluation m_saved;
    pb::CriteriaSet m_set;
    CriteriaItemsModel m_items;
};

} // namespace kh::app
