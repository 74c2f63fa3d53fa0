#include "learning.h"

#include "text.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

namespace kh::domain {

Stage stageOf(const pb::Evaluation &e)
{
    if (!e.decided_on().empty()) return e.recognised() ? Stage::Recognised : Stage::NotRecognised;
    if (!e.verified_on().empty()) return Stage::Verified;
    if (!e.declared_on().empty()) return Stage::Declared;
    if (!e.registered_on().empty()) return Stage::Registered;
    return Stage::None;
}

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

QString criteriaRef(const pb::CriteriaSet &s)
{
    return QString::fromStdString(s.set_id()) + QLatin1Char('@') + QString::number(s.version());
}

std::string criteriaSetRecordId(const pb::CriteriaSet &s) { return "K" + criteriaRef(s).toStdString(); }

QString checkCriteriaSet(const pb::CriteriaSet &s)
{
    if (s.set_id().empty()) return QStringLiteral("set_id: required");
    if (s.version() == 0) return QStringLiteral("version: must be 1 or more");
    if (!modelInfo(s.model())) return QStringLiteral("model: unknown");
    if (s.title().empty()) return QStringLiteral("title: required");
    if (s.criteria().empty()) return QStringLiteral("criteria: at least one item");
    std::set<std::string> codes;
    int maxTotal = 0;
    for (const auto &c : s.criteria()) {
        if (c.code().empty() || c.text().empty()) return QStringLiteral("criteria: every item needs a code and a text");
        if (!codes.insert(c.code()).second) return QStringLiteral("criteria: code %1 appears twice").arg(QString::fromStdString(c.code()));
        if (c.min_percent() > 100) return QStringLiteral("criteria %1: min_percent above 100").arg(QString::fromStdString(c.code()));
        if (s.rule() == pb::PASS_RULE_LEVELS && (c.level() < 1 || c.level() > 2))
            return QStringLiteral("criteria %1: level must be 1 or 2").arg(QString::fromStdString(c.code()));
        maxTotal += int(c.points());
    }
    switch (s.rule()) {
    case pb::PASS_RULE_POINTS:
        if (int(s.min_total()) > maxTotal) return QStringLiteral("min_total %1 is more than the %2 points available").arg(s.min_total()).arg(maxTotal);
        for (const auto &c : s.criteria())
            if (c.points() < s.min_per_item()) return QStringLiteral("criteria %1: fewer points than min_per_item").arg(QString::fromStdString(c.code()));
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
    auto fail = [&](const QString &e) { if (error) *error = e; return std::nullopt; };
    if (pe.error != QJsonParseError::NoError) return fail(pe.errorString());
    const QJsonObject o = doc.object();
    auto str = [](const QJsonValue &v) { return cleanText(v.toString()).toStdString(); };
    pb::CriteriaSet s;
    s.set_set_id(str(o.value(QLatin1String("set_id"))));
    s.set_version(quint32(o.value(QLatin1String("version")).toInt()));
    const auto model = modelFromName(o.value(QLatin1String("model")).toString());
    if (!model) return fail(QStringLiteral("model: '%1' is not a learning model").arg(o.value(QLatin1String("model")).toString()));
    s.set_model(*model);
    s.set_title(str(o.value(QLatin1String("title"))));
    if (o.contains(QLatin1String("province_code"))) s.set_province_code(str(o.value(QLatin1String("province_code"))));
    if (o.contains(QLatin1String("year_from"))) s.set_year_from(quint32(o.value(QLatin1String("year_from")).toInt()));
    if (o.contains(QLatin1String("year_to"))) s.set_year_to(quint32(o.value(QLatin1String("year_to")).toInt()));
    s.set_source(str(o.value(QLatin1String("source"))));
    s.set_notes(o.value(QLatin1String("notes")).toString().normalized(QString::NormalizationForm_C).toStdString());
    const QString rule = o.value(QLatin1String("rule")).toString();
    s.set_rule(rule == QLatin1String("points") ? pb::PASS_RULE_POINTS : rule == QLatin1String("levels") ? pb::PASS_RULE_LEVELS
               : rule == QLatin1String("all_met") ? pb::PASS_RULE_ALL_MET : pb::PASS_RULE_UNSPECIFIED);
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
            if (it == computations.end()) return fail(QStringLiteral("criteria %1: unknown computation").arg(QString::fromStdString(c->code())));
            c->set_computation(it->second);
        }
        if (i.contains(QLatin1String("min_percent"))) c->set_min_percent(quint32(i.value(QLatin1String("min_percent")).toInt()));
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
        const QDir dir(QStringLiteral(":/kh/data/criteria"));
        for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            if (!file.open(QIODevice::ReadOnly)) qFatal("criteria resource %s unreadable", qPrintable(f));
            QString error;
            auto s = parseCriteriaJson(file.readAll(), &error);
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
    auto rank = [&](const pb::CriteriaSet &s) { return std::make_pair(s.province_code().empty() ? 0 : 1, int(s.version())); };
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

Computed computeFromMembers(pb::Computation c, const std::vector<pb::Member> &members, int year)
{
    Computed out;
    int inScope = 0, good = 0, unknown = 0;
    for (const auto &m : members) {
        if (!m.birth_year()) { ++unknown; continue; }
        const int age = year - int(m.birth_year());
        switch (c) {
        case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
            if (age < kSchoolAgeFrom || age > kSchoolAgeTo) continue;
            ++inScope;
            good += m.studying_now() ? 1 : 0;
            break;
        case pb::COMPUTATION_ADULTS_LITERATE:
            if (age < kAdultFrom || age > kAdultTo) continue;
            ++inScope;
            if (m.literacy() == pb::LITERACY_UNSPECIFIED) ++unknown;
            good += (m.literacy() == pb::LITERACY_LEVEL_1 || m.literacy() == pb::LITERACY_LEVEL_2) ? 1 : 0;
            break;
        case pb::COMPUTATION_ADULTS_LEARNING:
            if (age < kAdultFrom || age > kAdultTo) continue;
            ++inScope;
            good += m.learning_activities_size() > 0 ? 1 : 0;
            break;
        default: return out;
        }
    }
    const QString n = QString::number(inScope), g = QString::number(good);
    switch (c) {
    case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        if (inScope == 0) { out.known = true; out.met = true; out.explanation = QStringLiteral("Không có trẻ trong độ tuổi phổ cập (6–14 tuổi) — đạt"); return out; }
        out.known = true;
        out.met = good == inScope;
        out.explanation = out.met ? QStringLiteral("%1 trẻ trong độ tuổi đi học, %2 đang đi học — đạt").arg(n, inScope == good && inScope > 1 ? QStringLiteral("cả ") + g : g)
                                  : QStringLiteral("%1 trẻ trong độ tuổi đi học, %2 đang đi học — chưa đạt").arg(n, g);
        return out;
    case pb::COMPUTATION_ADULTS_LITERATE:
        if (inScope == 0) { out.known = true; out.met = true; out.explanation = QStringLiteral("Không có người 19–60 tuổi — đạt"); return out; }
        out.known = good == inScope || unknown == 0;
        out.met = good == inScope;
        out.explanation = out.met ? QStringLiteral("%1 người 19–60 tuổi, %2 biết chữ — đạt").arg(n, g)
                        : out.known ? QStringLiteral("%1 người 19–60 tuổi, %2 biết chữ — chưa đạt").arg(n, g)
                                    : QStringLiteral("%1 người 19–60 tuổi, chưa ghi mức biết chữ của %2 người").arg(n).arg(unknown);
        return out;
    case pb::COMPUTATION_ADULTS_LEARNING:
        if (inScope == 0) { out.known = true; out.met = true; out.explanation = QStringLiteral("Không có người 19–60 tuổi — đạt"); return out; }
        out.known = true;
        out.met = good == inScope;
        out.explanation = QStringLiteral("%1 người 19–60 tuổi, %2 có hoạt động học tập trong năm — %3").arg(n, g, out.met ? QStringLiteral("đạt") : QStringLiteral("chưa đạt"));
        return out;
    default: return out;
    }
}

Computed computeShare(pb::Computation c, int recognised, int total, int minPercent)
{
    Computed out;
    if (total <= 0) {
        out.explanation = QStringLiteral("Chưa có số liệu");
        return out;
    }
    out.known = true;
    out.percent = int(100.0 * recognised / total + 0.5);
    out.met = 100 * recognised >= minPercent * total; // exact, no rounding at the threshold
    const QString what = c == pb::COMPUTATION_SHARE_LEARNING_CITIZENS ? QStringLiteral("thành viên là Công dân học tập")
                                                                     : QStringLiteral("hộ là Gia đình học tập");
    out.explanation = QStringLiteral("%1/%2 %3 (%4%, cần %5%) — %6").arg(recognised).arg(total).arg(what).arg(out.percent).arg(minPercent)
                          .arg(out.met ? QStringLiteral("đạt") : QStringLiteral("chưa đạt"));
    return out;
}

Result evaluate(const pb::CriteriaSet &set, const pb::Evaluation &e, const std::map<QString, pb::ItemVerification> &verifications,
                const std::map<QString, Computed> &computed)
{
    Result r;
    r.complete = true;
    std::map<QString, const pb::ItemAnswer *> declared;
    for (const auto &a : e.self_assessment()) declared[QString::fromStdString(a.code())] = &a;
    bool requiredMissing = false, belowMinimum = false;
    bool levelOk[3] = {true, true, true};
    for (const auto &c : set.criteria()) {
        const QString code = QString::fromStdString(c.code());
        ItemResult it;
        it.code = code;
        const bool share = c.computation() == pb::COMPUTATION_SHARE_LEARNING_FAMILIES || c.computation() == pb::COMPUTATION_SHARE_LEARNING_CITIZENS;
        const auto comp = computed.find(code);
        if (share) { // shares come from the records, never from a declaration
            if (comp != computed.end() && comp->second.known) {
                it.answered = true;
                it.met = comp->second.met;
                it.points = it.met ? int(c.points()) : 0;
            }
            if (comp != computed.end()) it.explanation = comp->second.explanation;
        } else if (const auto d = declared.find(code); d != declared.end()) {
            it.answered = true;
            it.met = d->second->met();
            it.points = d->second->has_points() ? int(d->second->points()) : (it.met ? int(c.points()) : 0);
            if (comp != computed.end()) it.explanation = comp->second.explanation;
        } else if (comp != computed.end() && comp->second.known) {
            it.answered = true;
            it.met = comp->second.met;
            it.points = it.met ? int(c.points()) : 0;
            it.explanation = comp->second.explanation;
        }
        if (const auto v = verifications.find(code); v != verifications.end() && !share) {
            it.verified = true;
            it.agreed = v->second.agree();
            if (!it.agreed) it.met = false;
            it.points = v->second.has_points() ? int(v->second.points()) : (it.met ? int(c.points()) : 0);
        }
        it.points = std::min(it.points, int(c.points()));
        if (!it.answered) r.complete = false;
        if (c.required() && !it.met) requiredMissing = true;
        if (set.rule() == pb::PASS_RULE_POINTS && it.points < int(set.min_per_item())) belowMinimum = true;
        if (set.rule() == pb::PASS_RULE_LEVELS && !it.met)
            for (int l = int(c.level()); l <= 2; ++l) levelOk[l] = false;
        if (set.rule() == pb::PASS_RULE_ALL_MET && !it.met)
            r.reasons << QStringLiteral("Mục %1 chưa đạt").arg(code);
        r.total += it.points;
        r.items.push_back(std::move(it));
    }
    switch (set.rule()) {
    case pb::PASS_RULE_POINTS:
        if (r.total < int(set.min_total())) r.reasons << QStringLiteral("Tổng %1 điểm, cần ít nhất %2").arg(r.total).arg(set.min_total());
        if (belowMinimum) r.reasons << QStringLiteral("Có chỉ số dưới %1 điểm").arg(set.min_per_item());
        if (requiredMissing) r.reasons << QStringLiteral("Có mục bắt buộc chưa đạt");
        r.passed = r.reasons.isEmpty();
        break;
    case pb::PASS_RULE_LEVELS:
        r.level = levelOk[1] ? (levelOk[2] ? 2 : 1) : 0;
        if (r.level == 0) r.reasons << QStringLiteral("Chưa đạt mọi chỉ tiêu của mức 1");
        r.passed = r.level >= 1;
        break;
    case pb::PASS_RULE_ALL_MET:
        r.passed = r.reasons.isEmpty();
        break;
    default: break;
    }
    if (!r.complete) {
        r.passed = false;
        r.reasons.prepend(QStringLiteral("Chưa đánh giá đủ các mục"));
    }
    return r;
}

} // namespace kh::domain

namespace kh::domain {

std::optional<Fact> factOf(pb::RecordType t, const std::string &id, const google::protobuf::Message &m,
                           const std::function<QString(const std::string &)> &communeOfVillage)
{
    Fact f;
    f.type = t;
    f.id = id;
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE: {
        const auto &v = static_cast<const pb::Village &>(m);
        f.name = QString::fromStdString(v.name());
        f.commune = QString::fromStdString(v.commune_code());
        return f;
    }
    case pb::RECORD_TYPE_HOUSEHOLD:
        f.ref = static_cast<const pb::Household &>(m).village_id();
        f.commune = communeOfVillage(f.ref);
        return f;
    case pb::RECORD_TYPE_MEMBER: {
        const auto &p = static_cast<const pb::Member &>(m);
        f.ref = p.household_id();
        f.number = int(p.birth_year());
        return f;
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        f.commune = !c.village_ids().empty() ? communeOfVillage(c.village_ids(0))
                                             : (c.commune_codes().empty() ? QString() : QString::fromStdString(c.commune_codes(0)));
        return f;
    }
    case pb::RECORD_TYPE_LEARNING_UNIT:
        f.commune = QString::fromStdString(static_cast<const pb::LearningUnit &>(m).commune_code());
        return f;
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        f.ref = e.subject_id();
        f.number = int(e.year());
        f.model = int(e.model());
        f.stage = int(stageOf(e));
        return f;
    }
    default:
        return std::nullopt;
    }
}

void RollupFacts::addTargets(const pb::ProvinceTargets &t)
{
    auto &m = provinceTargets[QString::fromStdString(t.province_code())];
    for (const auto &x : t.targets()) m[int(x.model())] = int(x.percent());
}

void RollupFacts::add(const Fact &f)
{
    switch (f.type) {
    case pb::RECORD_TYPE_VILLAGE: villages.push_back({f.id, f.name, f.commune}); break;
    case pb::RECORD_TYPE_HOUSEHOLD: households.emplace_back(f.id, f.ref); break;
    case pb::RECORD_TYPE_MEMBER: members.emplace_back(f.id, f.ref, f.number); break;
    case pb::RECORD_TYPE_CLAN: clans.emplace_back(f.id, f.commune); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: units.emplace_back(f.id, f.commune); break;
    case pb::RECORD_TYPE_EVALUATION: stages[key(f.number, f.model, f.ref)] = Stage(f.stage); break;
    default: break;
    }
}

} // namespace kh::domain
