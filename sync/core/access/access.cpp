#include "core/access/access.h"

#include "core/funds/ledger_rules.h"
#include "core/records/id_grammar.h"
#include "core/text/text.h"

#include <QRegularExpression>
#include <algorithm>

namespace kh::access {

namespace {

const std::pair<pb::Role, const char *> kRoleNames[] = {
    {pb::ROLE_HOUSEHOLD, "household"},         {pb::ROLE_VILLAGE_OFFICER, "village-officer"},
    {pb::ROLE_COMMUNE_STAFF, "commune-staff"}, {pb::ROLE_PROVINCIAL_STAFF, "provincial-staff"},
    {pb::ROLE_ADMINISTRATOR, "admin"},
};

// Evaluation fields that record a decision: written by the level that decides.
bool isDecisionField(quint32 f)
{
    using E = pb::Evaluation;
    return f == E::kRecognisedFieldNumber || f == E::kDecisionNumberFieldNumber || f == E::kDecidedOnFieldNumber ||
           f == E::kDecidedByFieldNumber || f == E::kReopenedOnFieldNumber || f == E::kReopenReasonFieldNumber ||
           f == E::kLevelFieldNumber;
}

// Evaluation fields a household writes itself: registration and self-assessment.
bool isDeclarationField(quint32 f)
{
    using E = pb::Evaluation;
    return f == E::kModelFieldNumber || f == E::kSubjectTypeFieldNumber || f == E::kSubjectIdFieldNumber ||
           f == E::kYearFieldNumber || f == E::kCriteriaSetFieldNumber || f == E::kRegisteredOnFieldNumber ||
           f == E::kDeclaredOnFieldNumber || f == E::kDeclaredByFieldNumber || f == E::kSelfAssessmentFieldNumber ||
           f == E::kNotesFieldNumber;
}

bool touches(const WriteFacts &c, bool (*pred)(quint32))
{
    return std::any_of(c.fields.begin(), c.fields.end(), pred);
}

pb::LearningModel modelOf(const WriteFacts &c)
{
    if (c.model != pb::LEARNING_MODEL_UNSPECIFIED) return c.model;
    return c.type == pb::RECORD_TYPE_EVALUATION && c.merged ? static_cast<const pb::Evaluation &>(*c.merged).model()
                                                            : pb::LEARNING_MODEL_UNSPECIFIED;
}

QString what(const WriteFacts &c)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(pb::RecordType_Name(c.type).c_str()).mid(12).toLower(),
                                         QString::fromStdString(c.id).left(80));
}

// The study-fund records a village officer writes: donors, pledges, receipts (not their approval) and award
// proposals (not their approval, refusal or payment). Funds, programmes, disbursements, reversals, closing the books and
// branches are the commune's treasurer's and chair's.
QString villageFundWrite(const WriteFacts &c)
{
    auto any = [&](std::initializer_list<int> fs) {
        return std::any_of(c.fields.begin(), c.fields.end(),
                           [&](quint32 f) { return std::find(fs.begin(), fs.end(), int(f)) != fs.end(); });
    };
    switch (c.type) {
    case pb::RECORD_TYPE_DONOR:
    case pb::RECORD_TYPE_PLEDGE: return {};
    case pb::RECORD_TYPE_RECEIPT:
        if (any({pb::Receipt::kOfficialNumberFieldNumber, pb::Receipt::kApprovedByFieldNumber,
                 pb::Receipt::kApprovedOnFieldNumber}))
            return QStringLiteral("a receipt is approved by the commune's association");
        return {};
    case pb::RECORD_TYPE_AWARD:
        if (any({pb::Award::kApprovedOnFieldNumber, pb::Award::kApprovedByFieldNumber,
                 pb::Award::kDisbursementIdFieldNumber, pb::Award::kDeclinedOnFieldNumber,
                 pb::Award::kDeclinedByFieldNumber, pb::Award::kDeclineReasonFieldNumber}))
            return QStringLiteral("a village officer proposes awards; the commune approves, declines and pays them");
        return {};
    default:
        return QStringLiteral("funds, programmes, payments, reversals and closing the books are the commune's "
                              "association's");
    }
}

QString householdWrite(const Principal &who, const WriteFacts &c)
{
    switch (c.type) {
    case pb::RECORD_TYPE_HOUSEHOLD:
        if (c.id != who.household) return QStringLiteral("a household account changes only its own household");
        if (c.isCreate || c.deleted) return QStringLiteral("a household account cannot create or delete a household");
        if (std::find(c.fields.begin(), c.fields.end(), quint32(pb::Household::kVillageIdFieldNumber)) !=
            c.fields.end())
            return QStringLiteral("a household account cannot move its household to another village");
        return {};
    case pb::RECORD_TYPE_MEMBER: return {}; // in its own household: the area check saw to that
    case pb::RECORD_TYPE_EVALUATION:
        if (c.deleted) return QStringLiteral("a household account cannot delete an evaluation");
        if (!std::all_of(c.fields.begin(), c.fields.end(), isDeclarationField))
            return QStringLiteral(
                "a household account registers and assesses itself; verification and decisions are the officers'");
        return {};
    default:
        return QStringLiteral(
            "a household account changes only its household, its members, its registration and its self-assessment");
    }
}

} // namespace

QString roleName(pb::Role r)
{
    for (const auto &[role, name] : kRoleNames)
        if (role == r) return QString::fromLatin1(name);
    return QStringLiteral("none");
}

std::optional<pb::Role> parseRole(const QString &name)
{
    for (const auto &[role, n] : kRoleNames)
        if (name == QLatin1String(n)) return role;
    return std::nullopt;
}

bool isAreaKey(const QString &key)
{
    static const QRegularExpression code(QStringLiteral("\\A(?:c:[0-9]{5}|p:[0-9]{2})\\z"));
    const std::string id = key.mid(2).toStdString();
    if (key.startsWith(QLatin1String("v:"))) return domain::checkIdGrammar(pb::RECORD_TYPE_VILLAGE, id).isEmpty();
    if (key.startsWith(QLatin1String("h:"))) return domain::checkIdGrammar(pb::RECORD_TYPE_HOUSEHOLD, id).isEmpty();
    return code.match(key).hasMatch();
}

QString checkGrants(pb::Role role, const QStringList &areas, const QString &household)
{
    for (const QString &a : areas)
        if (!isAreaKey(a))
            return QStringLiteral("'%1' is not an area (c:<commune code>, p:<province code>, v:<village id>, "
                                  "h:<household id>)")
                .arg(printable(a.left(80)));
    auto all = [&](std::initializer_list<const char *> prefixes) {
        return std::all_of(areas.begin(), areas.end(), [&](const QString &a) {
            return std::any_of(prefixes.begin(), prefixes.end(),
                               [&](const char *p) { return a.startsWith(QLatin1String(p)) && a.size() > 2; });
        });
    };
    switch (role) {
    case pb::ROLE_HOUSEHOLD:
        if (household.isEmpty() || areas != QStringList{QStringLiteral("h:") + household})
            return QStringLiteral("a household account needs exactly its household (--household ID)");
        return {};
    case pb::ROLE_VILLAGE_OFFICER:
        if (areas.isEmpty() || !all({"v:"}))
            return QStringLiteral("a village officer needs one or more villages (--area v:<village id>)");
        break;
    case pb::ROLE_COMMUNE_STAFF:
        if (areas.size() != 1 || !all({"c:"}))
            return QStringLiteral("commune staff need exactly one commune (--area c:<code>)");
        break;
    case pb::ROLE_PROVINCIAL_STAFF:
        if (areas.isEmpty() || !all({"c:", "p:"}))
            return QStringLiteral("provincial staff need communes or a province (--area c:<code> or p:<code>)");
        break;
    case pb::ROLE_ADMINISTRATOR:
        if (!areas.isEmpty()) return QStringLiteral("an administrator has every area; give no --area");
        break;
    default: return QStringLiteral("unknown role");
    }
    if (!household.isEmpty()) return QStringLiteral("only a household account has a household");
    return {};
}

QString normalizeUsername(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{N}._-]{3,64}$"));
    const QString n = name.normalized(QString::NormalizationForm_C).trimmed().toLower();
    return re.match(n).hasMatch() ? n : QString();
}

bool mayDecide(pb::Role role, pb::LearningModel model)
{
    if (role == pb::ROLE_ADMINISTRATOR) return true;
    if (model == pb::LEARNING_MODEL_COMMUNE_COMMUNITY) return role == pb::ROLE_PROVINCIAL_STAFF;
    return role == pb::ROLE_COMMUNE_STAFF;
}

bool mayRead(const Principal &who, const QStringList &lineage)
{
    if (who.isAdmin()) return true;
    if (who.role == pb::ROLE_UNSPECIFIED || lineage.isEmpty()) return false;
    return std::any_of(lineage.begin(), lineage.end(), [&](const QString &a) { return who.areas.contains(a); });
}

bool mayReport(const Principal &who, const QStringList &lineage)
{
    if (who.role == pb::ROLE_HOUSEHOLD || who.role == pb::ROLE_VILLAGE_OFFICER) return false;
    return mayRead(who, lineage);
}

bool covers(const std::set<std::string> &grantKeys, const std::set<std::string> &recordKeys,
            const domain::KeyLookup &keysOf)
{
    for (const auto &k : recordKeys) {
        if (k.rfind("r", 0) == 0) continue;
        if (grantKeys.count(k)) return true;
        if (k.rfind("v:", 0) == 0)
            if (const auto vk = keysOf(pb::RECORD_TYPE_VILLAGE, k.substr(2)))
                for (const auto &x : *vk)
                    if (x.rfind("c:", 0) == 0 && grantKeys.count(x)) return true;
    }
    return false;
}

QString checkWrite(const Principal &who, const WriteFacts &c)
{
    if (who.isAdmin()) return {};
    if (who.role == pb::ROLE_UNSPECIFIED) return QStringLiteral("no role");
    if (!c.inAreasBefore || !c.inAreasAfter)
        return what(c) + QStringLiteral(": outside your areas (") + who.areas.join(QLatin1Char(' ')) + QLatin1Char(')');
    QString why;
    switch (who.role) {
    case pb::ROLE_HOUSEHOLD: why = householdWrite(who, c); break;
    case pb::ROLE_VILLAGE_OFFICER:
        if (c.type == pb::RECORD_TYPE_VILLAGE || c.type == pb::RECORD_TYPE_LEARNING_UNIT)
            why = QStringLiteral("villages and learning units are kept by commune staff");
        else if (funds::isFundType(c.type))
            why = villageFundWrite(c);
        else if (c.type == pb::RECORD_TYPE_EVALUATION && (c.deleted || touches(c, isDecisionField)))
            why = QStringLiteral(
                "a village officer cannot recognise, reopen or delete an evaluation: commune staff decide");
        break;
    case pb::ROLE_COMMUNE_STAFF:
        if (c.type == pb::RECORD_TYPE_EVALUATION && touches(c, isDecisionField) && !mayDecide(who.role, modelOf(c)))
            why = QStringLiteral("the commune learning community is recognised by the level above the commune");
        break;
    case pb::ROLE_PROVINCIAL_STAFF: {
        // Provincial staff read and report; the one decision above the commune is the commune learning community.
        // An item verdict carries its evaluation's model, as the caller found the evaluation.
        const bool communeEvaluation =
            (c.type == pb::RECORD_TYPE_EVALUATION || c.type == pb::RECORD_TYPE_ITEM_VERIFICATION) &&
            modelOf(c) == pb::LEARNING_MODEL_COMMUNE_COMMUNITY;
        if (!communeEvaluation || c.deleted)
            why = QStringLiteral("provincial staff read and report; records are kept in the commune");
        break;
    }
    default: why = QStringLiteral("no role");
    }
    return why.isEmpty() ? why : what(c) + QStringLiteral(": ") + why;
}

} // namespace kh::access
