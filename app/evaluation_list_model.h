#pragma once

#include "criteria_items_model.h"
#include "device/workflow/learning.h"
#include "row_model.h"
#include "workspace.h"
#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

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
    // What recogniseAllPassing would do, for the question asked first ("Recognise 19 households under decision
    // …?"), from one scoring of the list: `names` of the subjects whose verified result passes; `what`, how many
    // of them with what they are ("19 households", "2 clans", "21 evaluations" when the models mix); `notPassing`,
    // the verified ones left out, each with why ("Nguyễn Văn An: Item 2.2: 4 points, below 5").
    Q_INVOKABLE QVariantMap recognitionPreview();
    // Commune staff: recognise every listed evaluation whose verified result passes, under one decision, and
    // offer to undo it (Workspace::undo) while it has not been sent. Returns how many were recognised.
    Q_INVOKABLE int recogniseAllPassing(const QString &decision);
signals:
    void filterChanged();

protected:
    QList<QVariantHash> load(Workspace &ws) override;

private:
    struct Scored {
        std::vector<std::string> passing;
        std::vector<int> passingRows;                                        // their rows in the list
        std::vector<pb::LearningModel> models;                               // of the passing ones
        std::vector<std::pair<int, std::vector<domain::Shortfall>>> failing; // row, why
    };
    Scored scoreVerified();
    int m_stage = -1; // Labels::Stage, -1 any
    int m_model = 0;  // pb::LearningModel, 0 any
};

} // namespace kh::app
