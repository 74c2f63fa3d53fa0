#include "evaluation_list_model.h"

#include "core/areas/admin_units.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "device/account/device_account.h"
#include "device/tools/store_rollups.h"
#include "evaluation_controller.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"
#include <QDate>
#include <set>

namespace kh::app {

EvaluationListModel::EvaluationListModel(QObject *parent)
    : RowModel({"evaluationId", "subjectName", "modelTitle", "stage", "stageText", "place", "result", "summary"},
               parent)
{}

void EvaluationListModel::setStageFilter(int s)
{
    if (s == m_stage) return;
    m_stage = s;
    reload();
    emit filterChanged();
}

void EvaluationListModel::setModelFilter(int m)
{
    if (m == m_model) return;
    m_model = m;
    reload();
    emit filterChanged();
}

QList<QVariantHash> EvaluationListModel::load(Workspace &ws)
{
    // Kept cheap, since it reloads on every change: learning families come from the household index (no
    // database read); the few other subjects are picked out by their roll-up facts (year, model, stage) and
    // only those are read. No scoring here: the summary is the declared points or the stage.
    auto &s = ws.store();
    const auto names = villageNames(s);
    struct Entry {
        QString id, subject;
        pb::LearningModel model;
        domain::Stage stage;
        QString place, result;
        int rank; // the place's in Vietnamese order; 0 for subjects without a village, which come first
    };
    std::vector<Entry> entries;
    // The other subjects (clans, units, citizens...): only the evaluations at the stage asked for are read.
    if (m_model != pb::LEARNING_MODEL_FAMILY) {
        for (const auto &f : s.evaluationStages({ws.year(), m_model, m_stage, true})) {
            if (!pb::LearningModel_IsValid(f.model)) continue;
            const auto r = s.get(pb::RECORD_TYPE_EVALUATION, f.id);
            if (!r || r->isDeleted()) continue;
            const auto e = valueOf<pb::Evaluation>(*r);
            entries.push_back({q(f.id), EvaluationController::subjectTitle(s, e.subject_type(), e.subject_id()),
                               e.model(), domain::stageOf(e), QString(), QString(), 0});
        }
    }
    const QCollator c = vietnameseCollator();
    std::sort(entries.begin(), entries.end(),
              [&](const Entry &a, const Entry &b) { return c.compare(a.subject, b.subject) < 0; });
    // Households come in the index's order (Vietnamese, by given name) and keep it within each village; the
    // villages are put in order by name.
    if (!m_model || m_model == pb::LEARNING_MODEL_FAMILY) {
        QStringList places;
        for (auto it = names.cbegin(); it != names.cend(); ++it) places << it.value();
        std::sort(places.begin(), places.end(),
                  [&](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
        QHash<QString, int> rankOfVillage; // village id → rank of its name
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            rankOfVillage.insert(it.key(), int(places.indexOf(it.value())) + 1);
        const size_t first = entries.size();
        const QString points = tr("%1 points");
        for (const auto &h : ws.households().rows()) {
            if (h.stage == domain::Stage::None || (m_stage >= 0 && int(h.stage) != m_stage)) continue;
            entries.push_back({q(domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h.id.toStdString(), ws.year())),
                               h.name, pb::LEARNING_MODEL_FAMILY, h.stage, names.value(h.villageId),
                               h.stage >= domain::Stage::Declared ? points.arg(h.points) : QString(),
                               rankOfVillage.value(h.villageId)});
        }
        std::stable_sort(entries.begin() + qsizetype(first), entries.end(),
                         [](const Entry &a, const Entry &b) { return a.rank < b.rank; });
    }
    QList<QVariantHash> rows;
    rows.reserve(qsizetype(entries.size()));
    QHash<int, QString> modelTitles;
    for (const auto &e : entries) {
        auto title = modelTitles.find(int(e.model));
        if (title == modelTitles.end())
            title = modelTitles.insert(int(e.model), EvaluationController::modelTitle(e.model));
        QStringList parts{*title};
        if (!e.place.isEmpty()) parts << e.place;
        if (!e.result.isEmpty()) parts << e.result;
        rows.append({{QStringLiteral("evaluationId"), e.id},
                     {QStringLiteral("subjectName"), e.subject},
                     {QStringLiteral("modelTitle"), *title},
                     {QStringLiteral("stage"), int(e.stage)},
                     {QStringLiteral("stageText"), Labels::stage(e.stage)},
                     {QStringLiteral("place"), e.place},
                     {QStringLiteral("result"), e.result},
                     {QStringLiteral("summary"), parts.join(QStringLiteral(" · "))}});
    }
    return rows;
}

EvaluationListModel::Scored EvaluationListModel::scoreVerified()
{
    Scored out;
    if (!workspace()) return out;
    for (int i = 0; i < count(); ++i) {
        const std::string id = get(i, QStringLiteral("evaluationId")).toString().toStdString();
        try {
            const auto scored = learning::score(workspace()->store(), id);
            if (domain::stageOf(scored.evaluation) != domain::Stage::Verified) continue;
            if (scored.result.passed) {
                out.passing.push_back(id);
                out.passingRows.push_back(i);
                out.models.push_back(scored.evaluation.model());
            } else {
                out.failing.emplace_back(i, scored.result.shortfalls);
            }
        } catch (const std::exception &) {
            continue; // left in the list, with its own page saying why
        }
    }
    return out;
}

QVariantMap EvaluationListModel::recognitionPreview()
{
    const Scored scored = scoreVerified();
    QStringList names, notPassing;
    for (const int row : scored.passingRows) names << get(row, QStringLiteral("subjectName")).toString();
    for (const auto &[row, why] : scored.failing)
        notPassing << QStringLiteral("%1: %2").arg(get(row, QStringLiteral("subjectName")).toString(),
                                                   Labels::shortfalls(why));
    const int n = int(scored.passing.size());
    const std::set<pb::LearningModel> models(scored.models.begin(), scored.models.end());
    QString what = tr("%Ln evaluation(s)", nullptr, n);
    if (models.size() == 1) {
        switch (*models.begin()) {
        case pb::LEARNING_MODEL_FAMILY: what = tr("%Ln household(s)", nullptr, n); break;
        case pb::LEARNING_MODEL_CLAN: what = tr("%Ln clan(s)", nullptr, n); break;
        case pb::LEARNING_MODEL_CITIZEN: what = tr("%Ln person(s)", nullptr, n); break;
        default: break;
        }
    }
    return {
        {QStringLiteral("names"), names}, {QStringLiteral("what"), what}, {QStringLiteral("notPassing"), notPassing}};
}

int EvaluationListModel::recogniseAllPassing(const QString &decision)
{
    if (!workspace() || decision.trimmed().isEmpty()) return 0;
    auto &s = workspace()->store();
    std::vector<Record> before; // as they were, for Undo
    for (const auto &id : scoreVerified().passing) {
        const auto was = s.get(pb::RECORD_TYPE_EVALUATION, id);
        try {
            learning::recognise(s, id, true, decision, DeviceAccount(s).actor());
            if (was) before.push_back(*was);
        } catch (const std::exception &) {
            continue; // left in the list, with its own page saying why
        }
    }
    const int done = int(before.size());
    if (done) {
        //: Shown after recognising many at once, with an Undo button
        workspace()->offerUndo(tr("%Ln recognised under decision %1", nullptr, done).arg(decision.trimmed()),
                               std::move(before));
        workspace()->notifyChanged(); // many households changed stage: rebuild the lists
    }
    return done;
}

} // namespace kh::app
