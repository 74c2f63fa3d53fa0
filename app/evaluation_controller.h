// One evaluation in the app, for any learning model: its items with what was declared, what an officer
// verified and what the records say; and the steps an officer or commune staff take on it (self-assess on
// the subject's behalf, verify item by item, complete the verification, recognise, reopen). Every step goes
// through kh::learning, which refuses illegal ones; the refusal is shown in words.
//
// EvaluationListModel lists the year's evaluations at a stage: the officers' verification queue
// (self-declared) and commune staff's recognition list (verified).
#pragma once

#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "row_model.h"
#include "workspace.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class EvaluationController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString evaluationId READ evaluationId WRITE setEvaluationId NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString subjectName READ subjectName NOTIFY loaded)
    Q_PROPERTY(int stage READ stage NOTIFY loaded)
    Q_PROPERTY(QString stageText READ stageText NOTIFY loaded)
    Q_PROPERTY(QString resultText READ resultText NOTIFY loaded)
    // Why it does not pass, item by item ("Item 2.2: 4 points, below 5"); empty when it passes or nothing is
    // declared yet.
    Q_PROPERTY(QString whyNotText READ whyNotText NOTIFY loaded)
    Q_PROPERTY(bool passed READ passed NOTIFY loaded)
    // An officer has verified the answers (or the commune decided): the result is more than a self-assessment.
    Q_PROPERTY(bool verified READ verified NOTIFY loaded)
    Q_PROPERTY(QString criteriaRef READ criteriaRef NOTIFY loaded)
    Q_PROPERTY(bool canAssess READ canAssess NOTIFY loaded)
    Q_PROPERTY(bool canVerify READ canVerify NOTIFY loaded)
    Q_PROPERTY(bool canRecognise READ canRecognise NOTIFY loaded)
    Q_PROPERTY(bool decided READ decided NOTIFY loaded)
    Q_PROPERTY(bool canReopen READ canReopen NOTIFY loaded)
    Q_PROPERTY(QString decisionText READ decisionText NOTIFY loaded)
    Q_PROPERTY(kh::app::CriteriaItemsModel *items READ items CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit EvaluationController(QObject *parent = nullptr);

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString evaluationId() const { return m_id; }
    void setEvaluationId(const QString &id);
    QString title() const { return m_title; }
    QString subjectName() const { return m_subject; }
    int stage() const { return int(m_stage); }
    QString stageText() const;
    QString resultText() const { return m_resultText; }
    QString whyNotText() const { return m_whyNot; }
    bool passed() const { return m_passed; }
    bool verified() const { return m_stage >= domain::Stage::Verified; }
    QString criteriaRef() const { return m_ref; }
    bool canAssess() const;
    bool canVerify() const;
    // Decisions are offered only to those who may take them (DeviceAccount::mayDecide: access::mayDecide).
    bool canRecognise() const { return m_stage == domain::Stage::Verified && m_mayDecide; }
    bool decided() const { return m_stage == domain::Stage::Recognised || m_stage == domain::Stage::NotRecognised; }
    bool canReopen() const { return decided() && m_mayDecide; }
    QString decisionText() const { return m_decision; }
    CriteriaItemsModel *items() { return &m_items; }
    QString error() const { return m_error; }

    // Registers a subject (its record id) for this year in a model (pb::LearningModel) and loads it.
    Q_INVOKABLE bool registerSubject(int model, const QString &subjectId);
    // The subject's evaluation id for this year, whether or not it exists yet.
    Q_INVOKABLE QString idFor(int model, const QString &subjectId) const;
    Q_INVOKABLE bool answer(const QString &code, bool met); // an officer on the subject's behalf
    Q_INVOKABLE bool verify(const QString &code, bool agree, const QString &note);
    Q_INVOKABLE bool completeVerification();
    Q_INVOKABLE bool recognise(bool achieved, const QString &decision);
    Q_INVOKABLE bool reopen(const QString &reason);

    // Words for a learning model, as the criteria sets name them.
    static QString modelTitle(pb::LearningModel m);
    static QString subjectTitle(LocalStore &s, pb::RecordType type, const std::string &id);

signals:
    void workspaceChanged();
    void loaded();
    void errorChanged();

private:
    void load();
    bool run(const std::function<void()> &step);
    void setError(const QString &e);

    QPointer<Workspace> m_ws;
    QString m_id, m_title, m_subject, m_resultText, m_whyNot, m_ref, m_decision, m_error;
    domain::Stage m_stage = domain::Stage::None;
    bool m_passed = false;
    bool m_mayDecide = false;
    bool m_declaredHere = false; // an officer's self-assessment written on this device: another must verify it
    CriteriaItemsModel m_items;
};

} // namespace kh::app
