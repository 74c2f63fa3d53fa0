#include "evaluation_controller.h"

#include "core/areas/admin_units.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "device/account/device_account.h"
#include "device/tools/store_rollups.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"

#include <QDate>

namespace kh::app {

QString EvaluationController::modelTitle(pb::LearningModel m)
{
    switch (m) {
    case pb::LEARNING_MODEL_FAMILY: return tr("Learning family");
    case pb::LEARNING_MODEL_CLAN: return tr("Learning clan");
    case pb::LEARNING_MODEL_VILLAGE_COMMUNITY: return tr("Learning village community");
    case pb::LEARNING_MODEL_UNIT: return tr("Learning unit");
    case pb::LEARNING_MODEL_CITIZEN: return tr("Learning citizen");
    case pb::LEARNING_MODEL_COMMUNE_COMMUNITY: return tr("Learning commune community");
    default: return {};
    }
}

QString EvaluationController::subjectTitle(LocalStore &s, pb::RecordType type, const std::string &id)
{
    if (type == pb::RECORD_TYPE_COMMUNE) {
        const auto *c = AdminUnits::builtin().commune(q(id));
        return c ? c->fullName : q(id);
    }
    const auto r = s.get(type, id);
    if (!r || r->isDeleted()) return q(id);
    const auto m = domain::parse(type, r->values());
    return m ? domain::title(type, *m) : q(id);
}

EvaluationController::EvaluationController(QObject *parent) : QObject(parent) {}

void EvaluationController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    m_ws = w;
    load();
    emit workspaceChanged();
}

void EvaluationController::setEvaluationId(const QString &id)
{
    if (id == m_id) return;
    m_id = id;
    load();
}

QString EvaluationController::stageText() const
{
    return Labels::stage(m_stage);
}

bool EvaluationController::canAssess() const
{
    // Before anything is declared, or to correct an officer's own declaration made on this phone; a
    // household's declaration is the household's: an officer verifies it instead.
    return m_stage == domain::Stage::Registered || (m_stage == domain::Stage::Declared && m_declaredHere);
}

bool EvaluationController::canVerify() const
{
    return m_stage == domain::Stage::Declared && !m_declaredHere;
}

void EvaluationController::load()
{
    std::vector<CriteriaItemsModel::Item> items;
    m_title.clear();
    m_subject.clear();
    m_resultText.clear();
    m_whyNot.clear();
    m_ref.clear();
    m_decision.clear();
    m_stage = domain::Stage::None;
    m_passed = false;
    m_mayDecide = false;
    m_declaredHere = false;
    if (m_ws && m_ws->isOpen() && !m_id.isEmpty()) {
        auto &s = m_ws->store();
        if (const auto rec = s.get(pb::RECORD_TYPE_EVALUATION, m_id.toStdString()); rec && !rec->isDeleted()) {
            try {
                const auto sc = learning::score(s, m_id.toStdString());
                const auto &e = sc.evaluation;
                m_stage = domain::stageOf(e);
                m_mayDecide = DeviceAccount(s).mayDecide(e.model());
                // In words, never the set's key ("family@1"): its title, version and the text it follows.
                //: The criteria set of an evaluation: %1 its title, %2 its version number
                m_ref = tr("%1, version %2").arg(q(sc.set.title())).arg(sc.set.version());
                if (!sc.set.source().empty()) m_ref += QStringLiteral(" (%1)").arg(q(sc.set.source()));
                m_title = QStringLiteral("%1 %2").arg(modelTitle(e.model())).arg(e.year()); // the UI's language
                m_subject = subjectTitle(s, e.subject_type(), e.subject_id());
                const auto declared = rec->fields.find(pb::Evaluation::kDeclaredOnFieldNumber);
                m_declaredHere = e.declared_by() == pb::ASSESSOR_OFFICER && declared != rec->fields.end() &&
                                 declared->second.stamp.device == s.deviceId();
                m_passed = sc.result.passed;
                if (sc.set.rule() == pb::PASS_RULE_POINTS)
                    m_resultText = (sc.result.passed ? tr("Passes: %1 points") : tr("Does not pass yet: %1 points"))
                                       .arg(sc.result.total);
                else if (sc.set.rule() == pb::PASS_RULE_LEVELS)
                    m_resultText = sc.result.level > 0 ? q(sc.set.level_names(sc.result.level - 1))
                                                       : tr("Does not reach level 1 yet");
                else
                    m_resultText = sc.result.passed ? tr("Every criterion met") : tr("Some criteria not met yet");
                if (!sc.result.passed && m_stage != domain::Stage::Registered)
                    m_whyNot = Labels::shortfalls(sc.result.shortfalls);
                // Before an officer verifies, the result is only what the household (or officer) declared.
                if (m_stage == domain::Stage::Registered)
                    m_resultText = tr("%1 (nothing declared yet)").arg(m_resultText);
                else if (!verified())
                    m_resultText = tr("%1 (self-assessed, not verified yet)").arg(m_resultText);
                if (!e.decided_on().empty())
                    m_decision = tr("Decision %1 of %2")
                                     .arg(q(e.decision_number()),
                                          QLocale().toString(QDate::fromString(q(e.decided_on()), Qt::ISODate),
                                                             QLocale::ShortFormat));
                std::map<std::string, const pb::ItemAnswer *> answers;
                for (const auto &a : e.self_assessment()) answers[a.code()] = &a;
                const auto verdicts = learning::verdicts(s, m_id.toStdString());
                for (size_t i = 0; i < size_t(sc.set.criteria_size()); ++i) {
                    const auto &c = sc.set.criteria(int(i));
                    CriteriaItemsModel::Item it;
                    it.criterion = c;
                    it.answered = sc.result.items[i].answered;
                    it.met = sc.result.items[i].met;
                    it.computed = c.computation() != pb::COMPUTATION_UNSPECIFIED;
                    const domain::Computed &fromRecords = sc.result.items[i].computed;
                    it.explanation = Labels::computed(fromRecords);
                    if (fromRecords.known) it.recordsSay = fromRecords.met ? 1 : 0;
                    if (const auto a = answers.find(c.code()); a != answers.end())
                        it.declared = a->second->met() ? 1 : 0;
                    if (const auto v = verdicts.find(q(c.code())); v != verdicts.end()) {
                        it.verified = v->second.agree() ? 1 : 0;
                        it.verifyNote = q(v->second.note());
                    }
                    items.push_back(std::move(it));
                }
            } catch (const std::exception &e) {
                setError(userMessage(e, Doing::Opening));
            }
        }
    }
    m_items.reset(std::move(items));
    emit loaded();
}

void EvaluationController::setError(const QString &e)
{
    if (e == m_error) return;
    m_error = e;
    emit errorChanged();
}

bool EvaluationController::run(const std::function<void()> &step)
{
    if (!m_ws || !m_ws->isOpen()) return false;
    try {
        step();
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return false;
    }
    setError({});
    m_ws->notifyChanged(pb::RECORD_TYPE_EVALUATION, m_id.toStdString());
    load();
    return true;
}

QString EvaluationController::idFor(int model, const QString &subjectId) const
{
    return q(domain::evaluationId(pb::LearningModel(model), subjectId.toStdString(),
                                  m_ws && m_ws->isOpen() ? m_ws->year() : 0));
}

bool EvaluationController::registerSubject(int model, const QString &subjectId)
{
    if (!m_ws || !pb::LearningModel_IsValid(model) || model == 0) return false;
    std::string id;
    const bool ok = run([&] {
        id = learning::registerSubject(m_ws->store(), pb::LearningModel(model), subjectId.toStdString(), m_ws->year(),
                                       DeviceAccount(m_ws->store()).actor());
    });
    if (ok) setEvaluationId(q(id));
    return ok;
}

bool EvaluationController::answer(const QString &code, bool met)
{
    return run([&] {
        learning::assess(m_ws->store(), m_id.toStdString(), {{code, met, -1, {}}}, pb::ASSESSOR_OFFICER,
                         DeviceAccount(m_ws->store()).actor());
    });
}

bool EvaluationController::verify(const QString &code, bool agree, const QString &note)
{
    return run([&] {
        learning::verifyItem(m_ws->store(), m_id.toStdString(), code, agree, -1, note, {},
                             DeviceAccount(m_ws->store()).actor());
    });
}

bool EvaluationController::completeVerification()
{
    return run([&] {
        learning::completeVerification(m_ws->store(), m_id.toStdString(), DeviceAccount(m_ws->store()).actor());
    });
}

bool EvaluationController::recognise(bool achieved, const QString &decision)
{
    return run([&] {
        learning::recognise(m_ws->store(), m_id.toStdString(), achieved, decision,
                            DeviceAccount(m_ws->store()).actor());
    });
}

bool EvaluationController::reopen(const QString &reason)
{
    return run(
        [&] { learning::reopen(m_ws->store(), m_id.toStdString(), reason, DeviceAccount(m_ws->store()).actor()); });
}

} // namespace kh::app
