#include "self_assessment.h"

#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "device/account/device_account.h"
#include "evaluation_controller.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

SelfAssessment::SelfAssessment(QObject *parent) : QObject(parent)
{
    load();
}

void SelfAssessment::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    // A sync or an officer's step changed the evaluation: show it as stored now (a draft's answers stay).
    if (m_ws) connect(m_ws, &Workspace::changed, this, &SelfAssessment::load);
    load();
    emit workspaceChanged();
}

void SelfAssessment::setHouseholdId(const QString &id)
{
    if (id == m_household) return;
    m_household = id;
    load();
}

void SelfAssessment::setAsHousehold(bool v)
{
    if (v == m_asHousehold) return;
    m_asHousehold = v;
    emit loaded();
}

int SelfAssessment::year() const
{
    return m_ws && m_ws->isOpen() ? m_ws->year() : 0;
}

QString SelfAssessment::stageText() const
{
    return Labels::stage(m_stage);
}
QString SelfAssessment::criteriaTitle() const
{
    // The title in the UI language; the set's own (Vietnamese, like its criteria) says the same.
    return EvaluationController::modelTitle(pb::LEARNING_MODEL_FAMILY);
}
QString SelfAssessment::criteriaNotes() const
{
    return q(m_set.notes());
}

namespace {
const std::string kDraftForm = "self-assessment";
} // namespace

std::map<QString, bool> SelfAssessment::readDraft()
{
    std::map<QString, bool> out;
    if (!m_ws || !m_ws->isOpen() || m_household.isEmpty()) return out;
    try {
        if (const auto d = m_ws->store().draft(kDraftForm, m_household.toStdString())) {
            const QJsonObject answers = QJsonDocument::fromJson(d->body.toUtf8()).object();
            for (auto it = answers.begin(); it != answers.end(); ++it) out[it.key()] = it.value().toBool();
        }
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot read the self-assessment draft:" << e.what();
    }
    return out;
}

void SelfAssessment::writeDraft()
{
    if (!m_ws || !m_ws->isOpen() || m_household.isEmpty()) return;
    QJsonObject answers;
    for (const auto &i : m_items.items())
        if (i.answered) answers.insert(q(i.criterion.code()), i.met);
    try {
        m_ws->store().saveDraft(kDraftForm, m_household.toStdString(),
                                QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
        m_hasDraft = true;
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot keep the self-assessment draft:" << e.what();
    }
}

void SelfAssessment::discardDraft()
{
    if (m_ws && m_ws->isOpen() && !m_household.isEmpty()) {
        try {
            m_ws->store().dropDraft(kDraftForm, m_household.toStdString());
        } catch (const std::exception &e) {
            qCWarning(lcApp) << "cannot drop the self-assessment draft:" << e.what();
        }
    }
    load();
}

int SelfAssessment::firstUnanswered() const
{
    const auto &items = m_items.items();
    const auto it = std::find_if(items.begin(), items.end(), [](const auto &i) { return !i.answered; });
    return int(it - items.begin());
}

void SelfAssessment::load()
{
    m_saved.Clear();
    m_name.clear();
    m_hasDraft = false;
    std::vector<CriteriaItemsModel::Item> items;
    if (m_ws && m_ws->isOpen()) {
        auto &s = m_ws->store();
        const auto id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year());
        if (!m_household.isEmpty()) {
            if (const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, m_household.toStdString()); h && !h->isDeleted())
                m_name = domain::title(pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Household>(*h));
            if (const auto e = s.get(pb::RECORD_TYPE_EVALUATION, id); e && !e->isDeleted())
                m_saved = valueOf<pb::Evaluation>(*e);
        }
        // The set the evaluation pins, or the one that applies to this household this year.
        const auto sets = learning::criteriaSets(s);
        const pb::CriteriaSet *set =
            m_saved.criteria_set().empty() ? nullptr : domain::findCriteriaSet(sets, q(m_saved.criteria_set()));
        if (!set)
            set = domain::chooseCriteriaSet(
                sets, pb::LEARNING_MODEL_FAMILY, year(),
                learning::provinceOf(s, pb::RECORD_TYPE_HOUSEHOLD, m_household.toStdString()));
        m_set = set ? *set : pb::CriteriaSet();
        pb::Evaluation forComputing = m_saved;
        forComputing.set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
        forComputing.set_subject_id(m_household.toStdString());
        forComputing.set_year(quint32(year()));
        const auto computed = m_household.isEmpty() ? std::map<QString, domain::Computed>()
                                                    : learning::computedItems(s, m_set, forComputing);
        const bool editable = domain::stageOf(m_saved) <= domain::Stage::Declared;
        const auto draft = editable ? readDraft() : std::map<QString, bool>();
        m_hasDraft = !draft.empty();
        for (const auto &c : m_set.criteria()) {
            CriteriaItemsModel::Item it;
            it.criterion = c;
            it.computed = c.computation() != pb::COMPUTATION_UNSPECIFIED;
            if (const auto k = computed.find(q(c.code())); k != computed.end()) {
                it.explanation = Labels::computed(k->second);
                if (k->second.known) it.recordsSay = k->second.met ? 1 : 0;
                if (k->second.known) { // pre-filled from the records; the household can still change it
                    it.answered = true;
                    it.met = k->second.met;
                }
            }
            for (const auto &a : m_saved.self_assessment())
                if (a.code() == c.code()) {
                    it.answered = true;
                    it.met = a.met();
                }
            if (const auto d = draft.find(q(c.code())); d != draft.end()) {
                it.answered = true;
                it.met = d->second;
            }
            items.push_back(it);
        }
    }
    m_stage = domain::stageOf(m_saved);
    m_items.reset(std::move(items));
    emit loaded();
    emit answersChanged();
}

int SelfAssessment::answeredCount() const
{
    return int(std::count_if(m_items.items().begin(), m_items.items().end(), [](const auto &i) { return i.answered; }));
}

int SelfAssessment::metCount() const
{
    return int(std::count_if(m_items.items().begin(), m_items.items().end(),
                             [](const auto &i) { return i.answered && i.met; }));
}

int SelfAssessment::pointsClaimed() const
{
    int p = 0;
    for (const auto &i : m_items.items()) p += i.answered && i.met ? int(i.criterion.points()) : 0;
    return p;
}

void SelfAssessment::setError(const QString &e)
{
    if (e == m_error) return;
    m_error = e;
    emit errorChanged();
}

bool SelfAssessment::run(const std::function<void()> &step)
{
    try {
        step();
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return false;
    }
    setError({});
    m_ws->notifyChanged(pb::RECORD_TYPE_EVALUATION,
                        domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year()));
    load();
    return true;
}

bool SelfAssessment::registerForYear()
{
    if (!m_ws || m_household.isEmpty()) return false;
    if (registered()) return true;
    return run([&] {
        learning::registerSubject(m_ws->store(), pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year(),
                                  DeviceAccount(m_ws->store()).actor());
    });
}

void SelfAssessment::setAnswer(int row, bool met)
{
    if (!canEdit()) return;
    m_items.setAnswer(row, met);
    writeDraft();
    emit answersChanged();
}

bool SelfAssessment::submit()
{
    if (!m_ws || m_household.isEmpty()) return false;
    if (!canEdit()) {
        setError(tr("An officer has already verified this year's assessment; it can no longer be changed here."));
        return false;
    }
    if (!canSubmit()) {
        setError(tr("Answer every item first (%1 of %2 answered).").arg(answeredCount()).arg(m_items.items().size()));
        return false;
    }
    if (!registered() && !registerForYear()) return false;
    std::vector<learning::Answer> answers;
    for (const auto &i : m_items.items()) answers.push_back({q(i.criterion.code()), i.met, -1, {}});
    const auto id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_household.toStdString(), year());
    return run([&] {
        learning::assess(m_ws->store(), id, answers, m_asHousehold ? pb::ASSESSOR_SELF : pb::ASSESSOR_OFFICER,
                         DeviceAccount(m_ws->store()).actor());
        m_ws->store().dropDraft(kDraftForm, m_household.toStdString());
    });
}

} // namespace kh::app
