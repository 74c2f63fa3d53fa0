#include "core/learning/criteria.h"

#include "core/data/builtin_data.h"
#include "core/learning/learning_models.h"
#include "core/text/text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <set>

namespace kh::domain {

QString criteriaRef(const pb::CriteriaSet &s)
{
    return QString::fromStdString(s.set_id()) + QLatin1Char('@') + QString::number(s.version());
}

QString checkCriteriaSet(const pb::CriteriaSet &s)
{
    if (s.set_id().empty()) return QStringLiteral("set_id: required");
    if (s.version() == 0) return QStringLiteral("version: must be 1 or more");
    if (subjectTypeOf(s.model()) == pb::RECORD_TYPE_UNSPECIFIED) return QStringLiteral("model: unknown");
    if (s.title().empty()) return QStringLiteral("title: required");
    if (s.criteria().empty()) return QStringLiteral("criteria: at least one item");
    std::set<std::string> codes;
    int maxTotal = 0;
    for (const auto &c : s.criteria()) {
        if (c.code().empty() || c.text().empty()) return QStringLiteral("criteria: every item needs a code and a text");
        if (!codes.insert(c.code()).second)
            return QStringLiteral("criteria: code %1 appears twice").arg(QString::fromStdString(c.code()));
        if (c.min_percent() > 100)
            return QStringLiteral("criteria %1: min_percent above 100").arg(QString::fromStdString(c.code()));
        if (s.rule() == pb::PASS_RULE_LEVELS && (c.level() < 1 || c.level() > 2))
            return QStringLiteral("criteria %1: level must be 1 or 2").arg(QString::fromStdString(c.code()));
        maxTotal += int(c.points());
    }
    switch (s.rule()) {
    case pb::PASS_RULE_POINTS:
        if (int(s.min_total()) > maxTotal)
            return QStringLiteral("min_total %1 is more than the %2 points available").arg(s.min_total()).arg(maxTotal);
        for (const auto &c : s.criteria())
            if (c.points() < s.min_per_item())
                return QStringLiteral("criteria %1: fewer points than min_per_item")
                    .arg(QString::fromStdString(c.code()));
        break;
    case pb::PASS_RULE_LEVELS:
        if (s.level_names_size() != 2) return QStringLiteral("level_names: two names (level 1 and level 2)");
        break;
    case pb::PASS_RULE_ALL_MET: break;
    default: return QStringLiteral("rule: points, levels or all_met");
    }
    return {};
}

std::optional<pb::CriteriaSet> parseCriteriaJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    auto fail = [&](const QString &e) {
        if (error) *error = e;
        return std::nullopt;
    };
    if (pe.error != QJsonParseError::NoError) return fail(pe.errorString());
    const QJsonObject o = doc.object();
    auto str = [](const QJsonValue &v) { return cleanText(v.toString()).toStdString(); };
    pb::CriteriaSet s;
    s.set_set_id(str(o.value(QLatin1String("set_id"))));
    s.set_version(quint32(o.value(QLatin1String("version")).toInt()));
    const auto model = modelFromName(o.value(QLatin1String("model")).toString());
    if (!model)
        return fail(
            QStringLiteral("model: '%1' is not a learning model").arg(o.value(QLatin1String("model")).toString()));
    s.set_model(*model);
    s.set_title(str(o.value(QLatin1String("title"))));
    if (o.contains(QLatin1String("province_code"))) s.set_province_code(str(o.value(QLatin1String("province_code"))));
    if (o.contains(QLatin1String("year_from"))) s.set_year_from(quint32(o.value(QLatin1String("year_from")).toInt()));
    if (o.contains(QLatin1String("year_to"))) s.set_year_to(quint32(o.value(QLatin1String("year_to")).toInt()));
    s.set_source(str(o.value(QLatin1String("source"))));
    s.set_notes(o.value(QLatin1String("notes")).toString().normalized(QString::NormalizationForm_C).toStdString());
    const QString rule = o.value(QLatin1String("rule")).toString();
    s.set_rule(rule == QLatin1String("points")    ? pb::PASS_RULE_POINTS
               : rule == QLatin1String("levels")  ? pb::PASS_RULE_LEVELS
               : rule == QLatin1String("all_met") ? pb::PASS_RULE_ALL_MET
                                                  : pb::PASS_RULE_UNSPECIFIED);
    s.set_min_total(quint32(o.value(QLatin1String("min_total")).toInt()));
    s.set_min_per_item(quint32(o.value(QLatin1String("min_per_item")).toInt()));
    for (const auto &n : o.value(QLatin1String("level_names")).toArray()) s.add_level_names(str(n));
    static const std::map<QString, pb::Computation> computations = {
        {QStringLiteral("children_in_school"), pb::COMPUTATION_CHILDREN_IN_SCHOOL},
        {QStringLiteral("adults_literate"), pb::COMPUTATION_ADULTS_LITERATE},
        {QStringLiteral("adults_learning"), pb::COMPUTATION_ADULTS_LEARNING},
        {QStringLiteral("share_learning_families"), pb::COMPUTATION_SHARE_LEARNING_FAMILIES},
        {QStringLiteral("share_learning_citizens"), pb::COMPUTATION_SHARE_LEARNING_CITIZENS},
    };
    for (const auto &v : o.value(QLatin1String("criteria")).toArray()) {
        const QJsonObject i = v.toObject();
        auto *c = s.add_criteria();
        c->set_code(str(i.value(QLatin1String("code"))));
        c->set_group(str(i.value(QLatin1String("group"))));
        c->set_text(str(i.value(QLatin1String("text"))));
        c->set_points(quint32(i.value(QLatin1String("points")).toInt()));
        c->set_required(i.value(QLatin1String("required")).toBool());
        if (i.contains(QLatin1String("computation"))) {
            const auto it = computations.find(i.value(QLatin1String("computation")).toString());
            if (it == computations.end())
                return fail(QStringLiteral("criteria %1: unknown computation").arg(QString::fromStdString(c->code())));
            c->set_computation(it->second);
        }
        if (i.contains(QLatin1String("min_percent")))
            c->set_min_percent(quint32(i.value(QLatin1String("min_percent")).toInt()));
        if (i.contains(QLatin1String("level"))) c->set_level(quint32(i.value(QLatin1String("level")).toInt()));
        c->set_unconfirmed(i.value(QLatin1String("unconfirmed")).toBool());
    }
    if (const QString e = checkCriteriaSet(s); !e.isEmpty()) return fail(e);
    return s;
}

const std::vector<pb::CriteriaSet> &builtinCriteriaSets()
{
    static const std::vector<pb::CriteriaSet> sets = [] {
        std::vector<pb::CriteriaSet> out;
        for (const QString &f : builtinFiles(QStringLiteral("criteria"), QStringLiteral("*.json"))) {
            QString error;
            auto s = parseCriteriaJson(readBuiltin(f), &error);
            if (!s) qFatal("criteria file %s: %s", qPrintable(f), qPrintable(error));
            out.push_back(std::move(*s));
        }
        return out;
    }();
    return sets;
}

const pb::CriteriaSet *chooseCriteriaSet(const std::vector<pb::CriteriaSet> &sets, pb::LearningModel model, int year,
                                         const QString &provinceCode)
{
    const pb::CriteriaSet *best = nullptr;
    auto rank = [&](const pb::CriteriaSet &s) {
        return std::make_pair(s.province_code().empty() ? 0 : 1, int(s.version()));
    };
    for (const auto &s : sets) {
        if (s.model() != model) continue;
        if (!s.province_code().empty() && QString::fromStdString(s.province_code()) != provinceCode) continue;
        if ((s.year_from() && int(s.year_from()) > year) || (s.year_to() && int(s.year_to()) < year)) continue;
        if (!best || rank(s) > rank(*best)) best = &s;
    }
    return best;
}

const pb::CriteriaSet *findCriteriaSet(const std::vector<pb::CriteriaSet> &sets, const QString &ref)
{
    for (const auto &s : sets)
        if (criteriaRef(s) == ref) return &s;
    return nullptr;
}

} // namespace kh::domain
