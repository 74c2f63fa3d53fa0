// Read helpers the models share: this year's stage of every household, village names, record values.
#pragma once

#include "core/learning/stage.h"
#include "device/store/local_store.h"
#include "workspace.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <unordered_map>

namespace kh::app {

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Each household's learning-family year in `year` (households without an evaluation are absent): its stage
// and the points its self-assessment declares.
struct FamilyYear {
    domain::Stage stage = domain::Stage::None;
    int points = 0;
};
FamilyYear familyYearOf(const pb::Evaluation &e);
// Calls `fn(id, evaluation)` for each evaluation of one model in one year. The store's roll-up facts say which
// they are, so the others are never read.
void forEachEvaluation(LocalStore &s, pb::LearningModel model, int year,
                       const std::function<void(const std::string &, const pb::Evaluation &)> &fn);
std::unordered_map<std::string, FamilyYear> familyStages(LocalStore &s, int year);
// Village id → name, for every village on the device.
QHash<QString, QString> villageNames(LocalStore &s);
// The provinces' own targets on this device: province code → model → percent.
QHash<QString, QHash<int, int>> provinceTargets(LocalStore &s);
// A collator for Vietnamese dictionary order (ICU through Qt).
QCollator vietnameseCollator();
// Sorts rows the Vietnamese way by one of their roles (stable).
void sortByText(QList<QVariantHash> &rows, const char *role);
// The sort text for a person: given name first, then family and middle name.
QString personSortText(const QString &family, const QString &middle, const QString &given);

} // namespace kh::app

namespace kh::app {
// The fields of `now` that differ from `saved`, written into `changed` (same message type), and the numbers of
// the fields `now` no longer has. Returns whether anything differs. Forms save only this, never the whole
// record, so concurrent edits of other fields survive.
bool diffFields(const google::protobuf::Message &saved, const google::protobuf::Message &now,
                google::protobuf::Message *changed, std::vector<quint32> *cleared);
// Writes one record's changes as one local change-set (with `alongside`, other records written in the same
// change-set: a new household's head as its member); returns an error in the UI language, or empty.
QString writeRecord(Workspace &ws, pb::RecordType type, const std::string &id, const google::protobuf::Message &saved,
                    const google::protobuf::Message &now, const std::vector<Edit> &alongside = {});
// Deletes one record with what goes with it (core/records/deletion.h) as one local change-set, and offers to undo
// it (Workspace::undo, `what` says what was removed); an error in the UI language, or empty.
QString removeRecord(Workspace &ws, pb::RecordType type, const std::string &id, const QString &what);
} // namespace kh::app
