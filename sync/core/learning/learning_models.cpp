#include "core/learning/learning_models.h"

#include <set>

namespace kh::domain {

namespace {
struct ModelInfo {
    pb::LearningModel model;
    const char *name;
    pb::RecordType subject;
    int target;
};
const ModelInfo kModels[] = {
    {pb::LEARNING_MODEL_FAMILY, "family", pb::RECORD_TYPE_HOUSEHOLD, 70},
    {pb::LEARNING_MODEL_CLAN, "clan", pb::RECORD_TYPE_CLAN, 65},
    {pb::LEARNING_MODEL_VILLAGE_COMMUNITY, "village_community", pb::RECORD_TYPE_VILLAGE, 65},
    {pb::LEARNING_MODEL_UNIT, "unit", pb::RECORD_TYPE_LEARNING_UNIT, 80},
    {pb::LEARNING_MODEL_CITIZEN, "citizen", pb::RECORD_TYPE_MEMBER, 0},
    {pb::LEARNING_MODEL_COMMUNE_COMMUNITY, "commune_community", pb::RECORD_TYPE_COMMUNE, 0},
};
const ModelInfo *modelInfo(pb::LearningModel m)
{
    for (const auto &i : kModels)
        if (i.model == m) return &i;
    return nullptr;
}
} // namespace

QString modelName(pb::LearningModel m)
{
    const auto *i = modelInfo(m);
    return i ? QLatin1String(i->name) : QString::number(int(m));
}

std::optional<pb::LearningModel> modelFromName(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &i : kModels)
        if (n == QLatin1String(i.name)) return i.model;
    return std::nullopt;
}

pb::RecordType subjectTypeOf(pb::LearningModel m)
{
    const auto *i = modelInfo(m);
    return i ? i->subject : pb::RECORD_TYPE_UNSPECIFIED;
}

int nationalTarget(pb::LearningModel m)
{
    const auto *i = modelInfo(m);
    return i ? i->target : 0;
}

QString checkProvinceTargets(const pb::ProvinceTargets &t)
{
    std::set<int> models;
    for (const auto &x : t.targets()) {
        if (x.percent() < 1 || x.percent() > 100) return QStringLiteral("a percent must be 1..100");
        if (subjectTypeOf(x.model()) == pb::RECORD_TYPE_UNSPECIFIED || !models.insert(int(x.model())).second)
            return QStringLiteral("one target per learning model");
    }
    return {};
}

} // namespace kh::domain
