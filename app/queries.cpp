#include "queries.h"

#include "device/workflow/removal.h"
#include "user_message.h"

namespace kh::app {

FamilyYear familyYearOf(const pb::Evaluation &e)
{
    FamilyYear y{domain::stageOf(e), 0};
    for (const auto &a : e.self_assessment()) y.points += a.met() ? int(a.points()) : 0;
    return y;
}

void forEachEvaluation(LocalStore &s, pb::LearningModel model, int year,
                       const std::function<void(const std::string &, const pb::Evaluation &)> &fn)
{
    pb::Evaluation e;
    for (const auto &r : s.evaluations(year, model)) {
        e.Clear();
        e.ParseFromString(r.values());
        fn(r.id, e);
    }
}

std::unordered_map<std::string, FamilyYear> familyStages(LocalStore &s, int year)
{
    std::unordered_map<std::string, FamilyYear> out;
    forEachEvaluation(s, pb::LEARNING_MODEL_FAMILY, year,
                      [&](const std::string &, const pb::Evaluation &e) { out[e.subject_id()] = familyYearOf(e); });
    return out;
}

QHash<QString, QString> villageNames(LocalStore &s)
{
    QHash<QString, QString> out;
    for (const auto &r : s.list(pb::RECORD_TYPE_VILLAGE)) out.insert(q(r.id), q(valueOf<pb::Village>(r).name()));
    return out;
}

QHash<QString, QHash<int, int>> provinceTargets(LocalStore &s)
{
    QHash<QString, QHash<int, int>> out;
    for (const auto &r : s.list(pb::RECORD_TYPE_PROVINCE_TARGETS)) {
        const auto t = valueOf<pb::ProvinceTargets>(r);
        for (const auto &x : t.targets()) out[q(t.province_code())][int(x.model())] = int(x.percent());
    }
    return out;
}

QCollator vietnameseCollator()
{
    QCollator c{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true);
    return c;
}

void sortByText(QList<QVariantHash> &rows, const char *role)
{
    const QCollator c = vietnameseCollator();
    std::stable_sort(rows.begin(), rows.end(), [&](const QVariantHash &a, const QVariantHash &b) {
        return c.compare(a.value(QLatin1String(role)).toString(), b.value(QLatin1String(role)).toString()) < 0;
    });
}

QString personSortText(const QString &family, const QString &middle, const QString &given)
{
    return given + QLatin1Char(' ') + family + QLatin1Char(' ') + middle;
}

} // namespace kh::app

namespace kh::app {

bool diffFields(const google::protobuf::Message &saved, const google::protobuf::Message &now,
                google::protobuf::Message *changed, std::vector<quint32> *cleared)
{
    std::map<quint32, std::string> before, after;
    splitFields(saved.SerializeAsString(), &before);
    splitFields(now.SerializeAsString(), &after);
    std::string out;
    for (const auto &[n, raw] : after) {
        const auto it = before.find(n);
        if (it == before.end() || it->second != raw) out += raw;
    }
    for (const auto &[n, raw] : before)
        if (!after.count(n)) cleared->push_back(n);
    changed->ParseFromString(out);
    return !out.empty() || !cleared->empty();
}

QString writeRecord(Workspace &ws, pb::RecordType type, const std::string &id, const google::protobuf::Message &saved,
                    const google::protobuf::Message &now, const std::vector<Edit> &alongside)
{
    std::shared_ptr<google::protobuf::Message> changed(now.New());
    std::vector<quint32> cleared;
    if (!diffFields(saved, now, changed.get(), &cleared)) return {};
    std::vector<Edit> edits{{type, id, changed, cleared, false}};
    edits.insert(edits.end(), alongside.begin(), alongside.end());
    try {
        ws.store().write(edits);
    } catch (const std::exception &e) {
        return userMessage(e);
    }
    ws.notifyChanged(type, id);
    for (const Edit &e : alongside) ws.notifyChanged(e.type, e.id);
    return {};
}

QString removeRecord(Workspace &ws, pb::RecordType type, const std::string &id, const QString &what)
{
    int removed = 0;
    std::vector<Record> was;
    try {
        removed = removeWithDependents(ws.store(), type, id, &was);
    } catch (const std::exception &e) {
        return userMessage(e, Doing::Deleting);
    }
    ws.offerUndo(what, std::move(was));
    // Members, links or evaluations went with it: the lists rebuild.
    if (removed > 1)
        ws.notifyChanged();
    else
        ws.notifyChanged(type, id);
    return {};
}

} // namespace kh::app
