// One evaluation in the app, for any learning model: its items with what was declared, what an officer
// verified and what the records say; and the steps an officer or commune staff take on it (self-assess on
// the subject's behalf, verify item by item, complete the verification, recognise, reopen). Every step goes
// through kh::learning, which refuses illegal ones; the refusal is shown in words.
//
// EvaluationListModel lists the year's evaluations at a stage: the officers' verification queue
// (self-declared) and commune staff's recognition list (verified).
#pragma once

#include "criteria_items_model.h"
#include "row_model.h"
#include "device/workflow/learning.h"
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
    Q_PROPERTY(bool passed READ passed NOTIFY loaded)
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
    bool passed() const { return m_passed; }
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
    Q_INVOKABLE bool answer(const QString &code, bool met);             // an officer on the subject's behalf
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
    QString m_id, m_title, m_subject, m_resultText, m_ref, m_decision, m_error;
    domain::Stage m_stage = domain::Stage::None;
    bool m_passed = false;
    bool m_mayDecide = false;
    bool m_declaredHere = false; // an officer's self-assessment written on this device: another must verify it
    CriteriaItemsModel m_items;
};

// The year's evaluations at one stage, of one model or all. Roles: evaluationId, subjectName, modelTitle,
// stage, stageText, place (village or commune), result (in words), summary (model · place · result).
class EvaluationListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int stageFilter READ stageFilter WRITE setStageFilter NOTIFY filterChanged)
    Q_PROPERTY(int modelFilter READ modelFilter WRITE setModelFilter NOTIFY filterChanged)
public:
    explicit EvaluationListModel(QObject *parent = nullptr);
    int stageFilter() const { return m_stage; }
    void setStageFilter(int s);
    int modelFilter() const { return m_model; }
    void setModelFilter(int m);
    // Commune staff: recognise every listed evaluation whose verified result passes, under one decision.
    // Returns how many were recognised.
    Q_INVOKABLE int recogniseAllPassing(const QString &decision);
signals:
    void filterChanged();
protected:
    QList<QVariantHash> load(Workspace &ws) override;
private:
    int m_stage = -1; // Labels::Stage, -1 any
    int m_model = 0;  // pb::LearningModel, 0 any
};

} // namespace kh::app

namespace kh::app {

// The year's roll-up for the communes on this phone, every model against its national target, computed
// from the records each time they change. Rows (a QVariantList of maps): model, recognised, total, percent,
// target, meetsTarget, text ("130/303 · 43% · chỉ tiêu 70%").
class RollupController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QVariantList rows READ rows NOTIFY changed)
public:
    explicit RollupController(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QVariantList rows() const { return m_rows; }
signals:
    void workspaceChanged();
    void changed();
private:
    void reload();
    QPointer<Workspace> m_ws;
    QVariantList m_rows;
};

} // namespace kh::app

namespace kh::app {

// How many of this year's evaluations are at one stage (every model): the start page's counts, kept cheap
// (families from the household index, the few other subjects by SQL) because it recounts on every change.
class StageCount : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int stage READ stage WRITE setStage NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
public:
    explicit StageCount(QObject *parent = nullptr) : QObject(parent) {}
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    int stage() const { return m_stage; }
    void setStage(int s);
    int count() const { return m_count; }
signals:
    void workspaceChanged();
    void changed();
private:
    void recount();
    QPointer<Workspace> m_ws;
    int m_stage = 0, m_count = 0;
    int m_others = -1; // subjects other than households at the stage; -1: count again
};

} // namespace kh::app
