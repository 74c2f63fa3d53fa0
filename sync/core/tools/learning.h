// The yearly cycle on a device: register, self-assess, verify item by item, recognise, reopen, re-assess
// under a new criteria set; and scoring an evaluation from the records. Every step checks that it is legal
// (a clear error and nothing written otherwise) and writes one local change-set, so it syncs with the
// field-level merge like any edit: item verdicts are records of their own, and two officers verifying
// different items of one household both keep their work.
//
// Roles come with accounts (issue 5): until then "you" is this device, and recognising is not restricted.
#pragma once

#include "domain/learning.h"
#include "store/local_store.h"

#include <QDate>
#include <functional>

namespace kh::learning {

// Why a step was refused. The message is for logs and the CLI; the app maps the kind to words.
class WorkflowError : public EditError {
public:
    enum class Kind { Missing, Decided, NeedsSync, NotRegistered, AlreadyVerified, UnknownItem, TooManyPoints,
                      NotDeclared, OwnAssessment, ItemsLeft, NotVerified, DoesNotPass, NeedsDecisionNumber,
                      NotDecided, NeedsReason, WrongSet, NotAllowed };
    WorkflowError(Kind kind, const std::string &message) : EditError(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }
private:
    Kind m_kind;
};

// The criteria sets this device knows: those synced from the server, else the built-in national defaults.
std::vector<pb::CriteriaSet> criteriaSets(LocalStore &s);
// The 2-digit province of a subject (household, clan, village, unit, member, commune), empty if unknown.
QString provinceOf(LocalStore &s, pb::RecordType type, const std::string &id);

std::string registerSubject(LocalStore &s, pb::LearningModel model, const std::string &subjectId, int year, const QDate &on);

struct Answer {
    QString code;
    bool met = false;
    int points = -1; // -1: the item's full points when met, 0 when not
    QString note;
};
void assess(LocalStore &s, const std::string &evaluationId, const std::vector<Answer> &answers, pb::Assessor by, const QDate &on);
void verifyItem(LocalStore &s, const std::string &evaluationId, const QString &code, bool agree, int points,
                const QString &note, const QString &evidence, const QString &by, const QDate &on);
void completeVerification(LocalStore &s, const std::string &evaluationId, const QString &by, const QDate &on);
// May the user signed in on this database record decisions on `model` (access::mayDecide)? True on a
// database without an account. recognise() and reopen() refuse otherwise, before the server would.
bool mayDecide(LocalStore &s, pb::LearningModel model);

void recognise(LocalStore &s, const std::string &evaluationId, bool achieved, const QString &decision, const QDate &on,
               const QString &by);
void reopen(LocalStore &s, const std::string &evaluationId, const QString &reason, const QDate &on);
// Pins the evaluation to `newRef` (a newer set) and clears its self-assessment and verdicts: explicit, so a
// changed set never silently changes a result.
void reassess(LocalStore &s, const std::string &evaluationId, const QString &newRef);

// The items computable from the records for this evaluation (members' ages and schooling, shares of
// learning families or citizens).
std::map<QString, domain::Computed> computedItems(LocalStore &s, const pb::CriteriaSet &set, const pb::Evaluation &e);
std::map<QString, pb::ItemVerification> verdicts(LocalStore &s, const std::string &evaluationId);

struct Scored {
    pb::Evaluation evaluation;
    pb::CriteriaSet set;          // the set it pins (or would use, before a self-assessment)
    domain::Result result;
};
Scored score(LocalStore &s, const std::string &evaluationId);

// ---- Roll-ups, computed from the records, never typed in.

struct Rate {
    int total = 0, registered = 0, recognised = 0;
    int target = 0;         // national target, percent (0: none)
    int provinceTarget = 0; // the province's own target, percent (0: none set)
    int percent() const { return total ? int(100.0 * recognised / total + 0.5) : 0; }
    // The target that counts: the province's own when it has set one, else the national one.
    int goal() const { return provinceTarget ? provinceTarget : target; }
    bool meetsTarget() const { return total > 0 && 100 * recognised >= goal() * total; }
};
struct AreaFigures {
    QString id, name;              // village id or commune code
    Rate families, clans, villages, units, citizens;
};
struct Rollup {
    std::vector<AreaFigures> villages; // per village, in name order
    std::vector<AreaFigures> communes; // per commune (villages' figures summed, plus clans, units)
    AreaFigures total;                 // everything on this device
};
Rollup rollup(LocalStore &s, int year);
// The same for several years, reading the records once (a dashboard's trend).
std::map<int, Rollup> rollups(LocalStore &s, const std::vector<int> &years);
// The same from any source of records (the server's store), given in record-type order (villages first).
std::map<int, Rollup> rollups(const std::function<void(const std::function<void(const Record &)> &)> &forEachRecord,
                              const std::vector<int> &years);
// The same from facts already gathered (the server keeps them up to date as change-sets arrive).
std::map<int, Rollup> rollups(const domain::RollupFacts &facts, const std::vector<int> &years);

} // namespace kh::learning
