#include "domain.h"

#include "text.h"

#include <QCryptographicHash>
#include <QDate>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

namespace kh::domain {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

namespace {

struct TypeInfo {
    pb::RecordType type;
    const char *name;
    const Message *prototype;
    bool deviceWritable;
};

const std::vector<TypeInfo> &types()
{
    static const std::vector<TypeInfo> t = {
        {pb::RECORD_TYPE_PROVINCE, "province", &pb::Province::default_instance(), false},
        {pb::RECORD_TYPE_COMMUNE, "commune", &pb::Commune::default_instance(), false},
        {pb::RECORD_TYPE_VILLAGE, "village", &pb::Village::default_instance(), true},
        {pb::RECORD_TYPE_HOUSEHOLD, "household", &pb::Household::default_instance(), true},
        {pb::RECORD_TYPE_MEMBER, "member", &pb::Member::default_instance(), true},
        {pb::RECORD_TYPE_CLAN, "clan", &pb::Clan::default_instance(), true},
        {pb::RECORD_TYPE_CLAN_MEMBERSHIP, "clan-membership", &pb::ClanMembership::default_instance(), true},
        {pb::RECORD_TYPE_CONFLICT, "conflict", &pb::Conflict::default_instance(), false},
        {pb::RECORD_TYPE_EVALUATION, "evaluation", &pb::Evaluation::default_instance(), true},
        {pb::RECORD_TYPE_CRITERIA_SET, "criteria-set", &pb::CriteriaSet::default_instance(), false},
        {pb::RECORD_TYPE_ITEM_VERIFICATION, "item-verification", &pb::ItemVerification::default_instance(), true},
        {pb::RECORD_TYPE_LEARNING_UNIT, "learning-unit", &pb::LearningUnit::default_instance(), true},
        {pb::RECORD_TYPE_PROVINCE_TARGETS, "province-targets", &pb::ProvinceTargets::default_instance(), false},
    };
    return t;
}

const TypeInfo *info(pb::RecordType t)
{
    for (const auto &i : types())
        if (i.type == t) return &i;
    return nullptr;
}

QString q(const std::string &s) { return QString::fromStdString(s); }

// Keys inherited from a parent. Records under a village carry only its "v:" key (a commune subscription
// expands to its villages), records directly under a commune its "c:" key; never reference keys.
void inherit(pb::RecordType parentType, const std::set<std::string> &from, std::set<std::string> *to)
{
    const char *only = parentType == pb::RECORD_TYPE_VILLAGE ? "v:" : parentType == pb::RECORD_TYPE_COMMUNE ? "c:" : nullptr;
    for (const auto &k : from) {
        if (k.rfind("r", 0) == 0) continue;
        if (only && k.rfind(only, 0) != 0) continue;
        to->insert(k);
    }
}

// Checks one text value on its UTF-8 bytes (the common all-Vietnamese case needs no conversion). Returns an
// error without the field name, or an empty string.
QString checkText(const std::string &v, bool notes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    const size_t n = v.size();
    size_t chars = 0;
    bool slowNfc = false;
    for (size_t i = 0; i < n;) {
        const int cp = decodeUtf8(p, n, &i);
        if (cp < 0) return QStringLiteral("not valid UTF-8");
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            if (!(notes && cp == '\n')) return QStringLiteral("contains a control character");
        }
        if (cp == 0xFFFD) return QStringLiteral("contains U+FFFD, the mark of text that was not valid UTF-8");
        if (cp >= 0x300 && !(cp >= 0x1EA0 && cp <= 0x1EF9)) slowNfc = true;
        chars += cp >= 0x10000 ? 2 : 1; // UTF-16 units, as QString counts them
    }
    const size_t limit = notes ? 4000 : 300;
    if (chars > limit) return QStringLiteral("longer than %1 characters").arg(limit);
    if (slowNfc && !quickIsNfc(QString::fromUtf8(v.data(), qsizetype(n)))) return QStringLiteral("text is not in Unicode NFC form");
    return {};
}

// The string fields of each message type, found once.
const std::vector<const FieldDescriptor *> &stringFields(const google::protobuf::Descriptor *d)
{
    thread_local std::map<const google::protobuf::Descriptor *, std::vector<const FieldDescriptor *>> cache;
    auto it = cache.find(d);
    if (it == cache.end()) {
        std::vector<const FieldDescriptor *> fields;
        for (int i = 0; i < d->field_count(); ++i)
            if (d->field(i)->type() == FieldDescriptor::TYPE_STRING) fields.push_back(d->field(i));
        it = cache.emplace(d, std::move(fields)).first;
    }
    return it->second;
}

constexpr int kMaxRepeated = 100; // learning activities, a clan's villages: a person or clan has a few

// Nested messages (an evaluation's item answers) are checked like top-level ones, `depth` levels down.
QString checkStrings(const Message &m, int depth = 0)
{
    const auto *r = m.GetReflection();
    const auto *d = m.GetDescriptor();
    for (int i = 0; i < d->field_count(); ++i) {
        const auto *f = d->field(i);
        if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
        if (depth > 2) return q(f->name()) + QStringLiteral(": nested too deeply");
        if (f->is_repeated()) {
            if (r->FieldSize(m, f) > kMaxRepeated)
                return q(f->name()) + QStringLiteral(": more than %1 entries").arg(kMaxRepeated);
            for (int k = 0; k < r->FieldSize(m, f); ++k)
                if (QString e = checkStrings(r->GetRepeatedMessage(m, f, k), depth + 1); !e.isEmpty()) return q(f->name()) + QLatin1Char('.') + e;
        } else if (r->HasField(m, f)) {
            if (QString e = checkStrings(r->GetMessage(m, f), depth + 1); !e.isEmpty()) return q(f->name()) + QLatin1Char('.') + e;
        }
    }
    std::string scratch;
    for (const FieldDescriptor *f : stringFields(m.GetDescriptor())) {
        const bool notes = f->name() == "notes" || f->name() == "note";
        auto check = [&](const std::string &v) {
            const QString e = checkText(v, notes);
            return e.isEmpty() ? e : q(f->name()) + QStringLiteral(": ") + e;
        };
        if (f->is_repeated()) {
            if (r->FieldSize(m, f) > kMaxRepeated)
                return q(f->name()) + QStringLiteral(": more than %1 entries").arg(kMaxRepeated);
            for (int k = 0; k < r->FieldSize(m, f); ++k)
                if (QString e = check(r->GetRepeatedStringReference(m, f, k, &scratch)); !e.isEmpty()) return e;
        } else if (r->HasField(m, f)) {
            if (QString e = check(r->GetStringReference(m, f, &scratch)); !e.isEmpty()) return e;
        }
    }
    return {};
}

QString str(const Message &m, const char *field)
{
    const auto *f = m.GetDescriptor()->FindFieldByName(field);
    return q(m.GetReflection()->GetString(m, f));
}

} // namespace

QString typeName(pb::RecordType t)
{
    const auto *i = info(t);
    return i ? QLatin1String(i->name) : QStringLiteral("type-%1").arg(int(t));
}

std::optional<pb::RecordType> typeFromName(const QString &name)
{
    for (const auto &i : types())
        if (name == QLatin1String(i.name)) return i.type;
    return std::nullopt;
}

std::unique_ptr<Message> newMessage(pb::RecordType t)
{
    const auto *i = info(t);
    return i ? std::unique_ptr<Message>(i->prototype->New()) : nullptr;
}

bool isKnownType(pb::RecordType t) { return info(t) != nullptr; }

bool deviceWritable(pb::RecordType t)
{
    const auto *i = info(t);
    return i && i->deviceWritable;
}

std::unique_ptr<Message> parse(pb::RecordType t, const std::string &values)
{
    auto m = newMessage(t);
    if (!m || !m->ParseFromString(values)) return nullptr;
    return m;
}

QString validateChange(pb::RecordType t, const Message &m, const std::vector<quint32> &cleared, bool isCreate)
{
    if (QString e = checkStrings(m); !e.isEmpty()) return e;
    // Required fields: {number, name} per type, checked through reflection by number.
    struct Required { int number; const char *name; };
    static const std::map<int, std::vector<Required>> requiredByType = {
        {pb::RECORD_TYPE_VILLAGE, {{pb::Village::kCommuneCodeFieldNumber, "commune_code"}, {pb::Village::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_HOUSEHOLD, {{pb::Household::kVillageIdFieldNumber, "village_id"}, {pb::Household::kHeadGivenNameFieldNumber, "head_given_name"}}},
        {pb::RECORD_TYPE_MEMBER, {{pb::Member::kHouseholdIdFieldNumber, "household_id"}, {pb::Member::kGivenNameFieldNumber, "given_name"}}},
        {pb::RECORD_TYPE_CLAN, {{pb::Clan::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_CLAN_MEMBERSHIP, {{pb::ClanMembership::kClanIdFieldNumber, "clan_id"}, {pb::ClanMembership::kHouseholdIdFieldNumber, "household_id"}}},
        {pb::RECORD_TYPE_PROVINCE, {{pb::Province::kCodeFieldNumber, "code"}, {pb::Province::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_COMMUNE, {{pb::Commune::kCodeFieldNumber, "code"}, {pb::Commune::kProvinceCodeFieldNumber, "province_code"}, {pb::Commune::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_EVALUATION, {{pb::Evaluation::kModelFieldNumber, "model"}, {pb::Evaluation::kSubjectTypeFieldNumber, "subject_type"},
                                      {pb::Evaluation::kSubjectIdFieldNumber, "subject_id"}, {pb::Evaluation::kYearFieldNumber, "year"}}},
        {pb::RECORD_TYPE_ITEM_VERIFICATION, {{pb::ItemVerification::kEvaluationIdFieldNumber, "evaluation_id"}, {pb::ItemVerification::kCodeFieldNumber, "code"}}},
        {pb::RECORD_TYPE_LEARNING_UNIT, {{pb::LearningUnit::kCommuneCodeFieldNumber, "commune_code"}, {pb::LearningUnit::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_CRITERIA_SET, {{pb::CriteriaSet::kSetIdFieldNumber, "set_id"}, {pb::CriteriaSet::kVersionFieldNumber, "version"}, {pb::CriteriaSet::kModelFieldNumber, "model"}}},
    };
    if (const auto it = requiredByType.find(int(t)); it != requiredByType.end()) {
        const auto *r = m.GetReflection();
        for (const Required &req : it->second) {
            const auto *f = m.GetDescriptor()->FindFieldByNumber(req.number);
            const bool clearedNow = std::find(cleared.begin(), cleared.end(), quint32(req.number)) != cleared.end();
            const bool present = r->HasField(m, f);
            std::string scratch;
            const bool empty = present && f->type() == FieldDescriptor::TYPE_STRING &&
                               r->GetStringReference(m, f, &scratch).find_first_not_of(" \t") == std::string::npos;
            if (clearedNow || empty || (isCreate && !present))
                return QStringLiteral("%1: required, must not be empty").arg(QLatin1String(req.name));
        }
    }
    const int thisYear = QDate::currentDate().year();
    if (t == pb::RECORD_TYPE_MEMBER) {
        const auto &mem = static_cast<const pb::Member &>(m);
        if (mem.has_birth_year() && (mem.birth_year() < 1900 || int(mem.birth_year()) > thisYear))
            return QStringLiteral("birth_year: %1 is outside 1900..%2").arg(mem.birth_year()).arg(thisYear);
        if (mem.has_cccd() && !mem.cccd().empty()) {
            QString why;
            if (!validCccd(q(mem.cccd()), mem.has_birth_year() ? int(mem.birth_year()) : 0, &why))
                return QStringLiteral("cccd: %1").arg(why);
        }
    }
    if (t == pb::RECORD_TYPE_HOUSEHOLD) {
        const auto &h = static_cast<const pb::Household &>(m);
        if (h.has_phone() && !h.phone().empty()) {
            QString why;
            const auto p = normalizePhone(q(h.phone()), &why);
            if (!p) return QStringLiteral("phone: %1").arg(why);
            if (*p != q(h.phone())) return QStringLiteral("phone: not in normalised form (%1)").arg(*p);
        }
    }
    if (t == pb::RECORD_TYPE_VILLAGE) {
        const auto &v = static_cast<const pb::Village &>(m);
        if (v.has_commune_code() && (v.commune_code().size() != 5 ||
                                     v.commune_code().find_first_not_of("0123456789") != std::string::npos))
            return QStringLiteral("commune_code: must be the 5-digit official code");
    }
    if (t == pb::RECORD_TYPE_EVALUATION) {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        if (e.has_year() && (e.year() < 2000 || int(e.year()) > thisYear + 1))
            return QStringLiteral("year: %1 is outside 2000..%2").arg(e.year()).arg(thisYear + 1);
        for (const int f : {pb::Evaluation::kRegisteredOnFieldNumber, pb::Evaluation::kDeclaredOnFieldNumber,
                              pb::Evaluation::kVerifiedOnFieldNumber, pb::Evaluation::kDecidedOnFieldNumber}) {
            const auto *fd = m.GetDescriptor()->FindFieldByNumber(f);
            if (!m.GetReflection()->HasField(m, fd)) continue;
            const QString v = q(m.GetReflection()->GetString(m, fd));
            if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
                return QStringLiteral("%1: '%2' is not a date (YYYY-MM-DD)").arg(q(fd->name()), v);
        }
    }
    if (t == pb::RECORD_TYPE_ITEM_VERIFICATION) {
        const auto &v = static_cast<const pb::ItemVerification &>(m);
        if (v.has_verified_on() && !v.verified_on().empty() && !QDate::fromString(q(v.verified_on()), Qt::ISODate).isValid())
            return QStringLiteral("verified_on: '%1' is not a date (YYYY-MM-DD)").arg(q(v.verified_on()));
    }
    if (t == pb::RECORD_TYPE_LEARNING_UNIT) {
        const auto &u = static_cast<const pb::LearningUnit &>(m);
        if (u.has_learning_citizens() && u.has_member_count() && u.learning_citizens() > u.member_count())
            return QStringLiteral("learning_citizens: more than the %1 members").arg(u.member_count());
    }
    if (t == pb::RECORD_TYPE_CLAN && isCreate) {
        const auto &c = static_cast<const pb::Clan &>(m);
        if (c.village_ids().empty() && c.commune_codes().empty())
            return QStringLiteral("village_ids: a clan needs at least one village or commune");
    }
    return {};
}

QString validateWhole(pb::RecordType t, const Message &m)
{
    if (QString e = validateChange(t, m, {}, true); !e.isEmpty()) return e;
    if (t == pb::RECORD_TYPE_MEMBER) {
        const auto &mem = static_cast<const pb::Member &>(m);
        if (!mem.cccd().empty()) {
            QString why;
            if (!validCccd(q(mem.cccd()), int(mem.birth_year()), &why)) return QStringLiteral("cccd: %1").arg(why);
        }
    }
    return {};
}

void normalizeStrings(Message *m)
{
    const auto *d = m->GetDescriptor();
    const auto *r = m->GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
        const auto *f = d->field(i);
        if (f->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
            if (f->is_repeated()) {
                for (int k = 0; k < r->FieldSize(*m, f); ++k) normalizeStrings(r->MutableRepeatedMessage(m, f, k));
            } else if (r->HasField(*m, f)) {
                normalizeStrings(r->MutableMessage(m, f));
            }
            continue;
        }
        if (f->type() != FieldDescriptor::TYPE_STRING) continue;
        auto fix = [&](const std::string &s) {
            QString t = QString::fromUtf8(QByteArray::fromStdString(s));
            if (f->name() == "notes" || f->name() == "note") return (quickIsNfc(t) ? t : t.normalized(QString::NormalizationForm_C)).trimmed().toStdString();
            return cleanText(t).toStdString();
        };
        if (f->is_repeated()) {
            for (int k = 0; k < r->FieldSize(*m, f); ++k) r->SetRepeatedString(m, f, k, fix(r->GetRepeatedString(*m, f, k)));
        } else if (r->HasField(*m, f)) {
            r->SetString(m, f, fix(r->GetString(*m, f)));
        }
    }
}

std::vector<Parent> parents(pb::RecordType t, const Message &m)
{
    std::vector<Parent> p;
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE: p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(str(m, "commune_code"))}); break;
    case pb::RECORD_TYPE_HOUSEHOLD: p.push_back({pb::RECORD_TYPE_VILLAGE, static_cast<const pb::Household &>(m).village_id()}); break;
    case pb::RECORD_TYPE_MEMBER: p.push_back({pb::RECORD_TYPE_HOUSEHOLD, static_cast<const pb::Member &>(m).household_id()}); break;
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: {
        const auto &cm = static_cast<const pb::ClanMembership &>(m);
        p.push_back({pb::RECORD_TYPE_CLAN, cm.clan_id()});
        p.push_back({pb::RECORD_TYPE_HOUSEHOLD, cm.household_id()});
        break;
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        for (const auto &v : c.village_ids()) p.push_back({pb::RECORD_TYPE_VILLAGE, v});
        for (const auto &cc : c.commune_codes()) p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(q(cc))});
        break;
    }
    case pb::RECORD_TYPE_CONFLICT: {
        const auto &c = static_cast<const pb::Conflict &>(m);
        p.push_back({c.record_type(), c.record_id()});
        break;
    }
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        // A commune's own evaluation hangs under the commune record (id "C" + code).
        p.push_back({e.subject_type(), e.subject_type() == pb::RECORD_TYPE_COMMUNE ? communeId(q(e.subject_id())) : e.subject_id()});
        break;
    }
    case pb::RECORD_TYPE_ITEM_VERIFICATION: p.push_back({pb::RECORD_TYPE_EVALUATION, static_cast<const pb::ItemVerification &>(m).evaluation_id()}); break;
    case pb::RECORD_TYPE_LEARNING_UNIT: p.push_back({pb::RECORD_TYPE_COMMUNE, communeId(q(static_cast<const pb::LearningUnit &>(m).commune_code()))}); break;
    default: break;
    }
    return p;
}

std::optional<std::set<std::string>> areaKeys(pb::RecordType t, const std::string &id, const Message &m,
                                              const KeyLookup &keysOf, QString *why)
{
    std::set<std::string> keys;
    if (t == pb::RECORD_TYPE_PROVINCE) {
        const std::string code = static_cast<const pb::Province &>(m).code();
        return std::set<std::string>{"p:" + code, "rp:" + code};
    }
    if (t == pb::RECORD_TYPE_COMMUNE) {
        const auto &c = static_cast<const pb::Commune &>(m);
        return std::set<std::string>{"c:" + c.code(), "p:" + c.province_code(), "rc:" + c.code()};
    }
    if (t == pb::RECORD_TYPE_PROVINCE_TARGETS) // every device of the province
        return std::set<std::string>{"rp:" + static_cast<const pb::ProvinceTargets &>(m).province_code()};
    if (t == pb::RECORD_TYPE_CRITERIA_SET) {
        // Every device needs the national sets ("rg", global reference); a province's own reach its communes.
        const auto &cs = static_cast<const pb::CriteriaSet &>(m);
        return std::set<std::string>{cs.province_code().empty() ? std::string("rg") : "rp:" + cs.province_code()};
    }
    if (t == pb::RECORD_TYPE_VILLAGE) {
        keys.insert("v:" + id);
        keys.insert("c:" + static_cast<const pb::Village &>(m).commune_code());
        if (!keysOf(pb::RECORD_TYPE_COMMUNE, communeId(str(m, "commune_code")))) {
            if (why) *why = QStringLiteral("unknown commune '%1'").arg(str(m, "commune_code"));
            return std::nullopt;
        }
        return keys;
    }
    for (const auto &p : parents(t, m)) {
        const auto k = keysOf(p.type, p.id);
        if (!k) {
            if (why) *why = QStringLiteral("unknown %1 '%2'").arg(typeName(p.type), q(p.id));
            return std::nullopt;
        }
        inherit(p.type, *k, &keys);
    }
    // A household's own key: a household account pulls exactly its household and what hangs under it.
    if (t == pb::RECORD_TYPE_HOUSEHOLD) keys.insert("h:" + id);
    if (keys.empty()) {
        if (why) *why = QStringLiteral("%1 '%2' belongs to no area").arg(typeName(t), q(id));
        return std::nullopt;
    }
    return keys;
}

std::set<std::string> subscriptionKeys(const QStringList &areas, const AreaResolver &r)
{
    std::set<std::string> keys;
    if (!areas.isEmpty()) keys.insert("rg"); // national reference every device needs (criteria sets)
    auto commune = [&](const QString &c) {
        keys.insert(("c:" + c).toStdString());
        for (const QString &v : r.villagesOfCommune(c)) keys.insert(("v:" + v).toStdString());
    };
    for (const QString &a : areas) {
        const QString code = a.mid(2);
        if (a.startsWith(QLatin1String("p:"))) {
            keys.insert(a.toStdString());
            for (const QString &c : r.communesOfProvince(code)) commune(c);
        } else if (a.startsWith(QLatin1String("c:"))) {
            commune(code);
            const QString p = r.provinceOfCommune(code);
            if (!p.isEmpty()) keys.insert(("rp:" + p).toStdString());
        } else if (a.startsWith(QLatin1String("v:")) || a.startsWith(QLatin1String("h:"))) {
            keys.insert(a.toStdString());
            const QString village = a.startsWith(QLatin1String("h:")) ? (r.villageOfHousehold ? r.villageOfHousehold(code) : QString()) : code;
            const QString c = village.isEmpty() ? QString() : r.communeOfVillage(village);
            if (!c.isEmpty()) {
                keys.insert(("rc:" + c).toStdString());
                const QString p = r.provinceOfCommune(c);
                if (!p.isEmpty()) keys.insert(("rp:" + p).toStdString());
            }
        }
    }
    return keys;
}

QString title(pb::RecordType t, const Message &m)
{
    switch (t) {
    case pb::RECORD_TYPE_HOUSEHOLD: {
        const auto &h = static_cast<const pb::Household &>(m);
        return joinName(q(h.head_family_name()), q(h.head_middle_name()), q(h.head_given_name()));
    }
    case pb::RECORD_TYPE_MEMBER: {
        const auto &p = static_cast<const pb::Member &>(m);
        return joinName(q(p.family_name()), q(p.middle_name()), q(p.given_name()));
    }
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        return c.branch().empty() ? q(c.name()) : q(c.name()) + QStringLiteral(" – ") + q(c.branch());
    }
    case pb::RECORD_TYPE_VILLAGE: return q(static_cast<const pb::Village &>(m).name());
    case pb::RECORD_TYPE_COMMUNE: return q(static_cast<const pb::Commune &>(m).full_name());
    case pb::RECORD_TYPE_PROVINCE: return q(static_cast<const pb::Province &>(m).full_name());
    case pb::RECORD_TYPE_CONFLICT: {
        const auto &c = static_cast<const pb::Conflict &>(m);
        return typeName(c.record_type()) + QLatin1Char(' ') + q(c.record_id()) + QLatin1Char(' ') +
               fieldName(c.record_type(), c.field());
    }
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        return QStringLiteral("%1 %2 %3").arg(q(pb::LearningModel_Name(e.model()))).arg(e.year()).arg(q(e.subject_id()));
    }
    case pb::RECORD_TYPE_CRITERIA_SET: {
        const auto &cs = static_cast<const pb::CriteriaSet &>(m);
        return q(cs.title()) + QStringLiteral(" (") + q(cs.set_id()) + QLatin1Char('@') + QString::number(cs.version()) + QLatin1Char(')');
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: return q(static_cast<const pb::LearningUnit &>(m).name());
    case pb::RECORD_TYPE_PROVINCE_TARGETS: return QStringLiteral("targets of province ") + q(static_cast<const pb::ProvinceTargets &>(m).province_code());
    case pb::RECORD_TYPE_ITEM_VERIFICATION: {
        const auto &v = static_cast<const pb::ItemVerification &>(m);
        return q(v.evaluation_id()) + QLatin1Char('/') + q(v.code());
    }
    default: return {};
    }
}

std::string searchText(pb::RecordType t, const Message &m)
{
    std::string out;
    auto add = [&out](const std::string &part) {
        if (part.empty()) return;
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
        appendFoldedUtf8(part, &out);
    };
    switch (t) {
    case pb::RECORD_TYPE_HOUSEHOLD: {
        const auto &h = static_cast<const pb::Household &>(m);
        for (const auto *p : {&h.head_family_name(), &h.head_middle_name(), &h.head_given_name(), &h.address(), &h.phone()}) add(*p);
        break;
    }
    case pb::RECORD_TYPE_MEMBER: {
        const auto &p = static_cast<const pb::Member &>(m);
        for (const auto *s : {&p.family_name(), &p.middle_name(), &p.given_name(), &p.cccd()}) add(*s);
        break;
    }
    default:
        add(title(t, m).toStdString());
        break;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

QString fieldName(pb::RecordType t, quint32 field)
{
    const auto *i = info(t);
    const auto *f = i ? i->prototype->GetDescriptor()->FindFieldByNumber(int(field)) : nullptr;
    return f ? q(f->name()) : QString::number(field);
}

namespace {
QString quoted(const std::string &s)
{
    QString v = q(s);
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString scalar(const Message &m, const FieldDescriptor *f, int index)
{
    const auto *r = m.GetReflection();
    const bool rep = f->is_repeated();
    switch (f->cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
        if (f->type() == FieldDescriptor::TYPE_BYTES) {
            const std::string b = rep ? r->GetRepeatedString(m, f, index) : r->GetString(m, f);
            return QString::fromLatin1(QByteArray::fromStdString(b).toHex());
        }
        return quoted(rep ? r->GetRepeatedString(m, f, index) : r->GetString(m, f));
    case FieldDescriptor::CPPTYPE_INT32: return QString::number(rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f));
    case FieldDescriptor::CPPTYPE_INT64: return QString::number(rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f));
    case FieldDescriptor::CPPTYPE_UINT32: return QString::number(rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f));
    case FieldDescriptor::CPPTYPE_UINT64: return QString::number(rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f));
    case FieldDescriptor::CPPTYPE_BOOL: return (rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f)) ? QStringLiteral("true") : QStringLiteral("false");
    case FieldDescriptor::CPPTYPE_ENUM: {
        const int v = rep ? r->GetRepeatedEnumValue(m, f, index) : r->GetEnumValue(m, f);
        const auto *ev = f->enum_type()->FindValueByNumber(v);
        return ev ? q(ev->name()) : QString::number(v);
    }
    default: return QStringLiteral("?");
    }
}
} // namespace

QString renderField(pb::RecordType t, quint32 field, const std::string &raw)
{
    if (raw.empty()) return fieldName(t, field) + QStringLiteral("=<cleared>");
    auto m = parse(t, raw);
    const auto *f = m ? m->GetDescriptor()->FindFieldByNumber(int(field)) : nullptr;
    if (!f) return QStringLiteral("#%1=%2").arg(field).arg(QString::fromLatin1(QByteArray::fromStdString(raw).toHex()));
    QString v;
    if (f->is_repeated()) {
        QStringList items;
        for (int k = 0; k < m->GetReflection()->FieldSize(*m, f); ++k) items << scalar(*m, f, k);
        v = QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    } else {
        v = scalar(*m, f, 0);
    }
    return q(f->name()) + QLatin1Char('=') + v;
}

QString dumpLine(const Record &r, bool withStamps)
{
    auto stamp = [](const Stamp &s) { return QStringLiteral("@%1/%2").arg(s.hlc).arg(s.device, 16, 16, QLatin1Char('0')); };
    QString line = typeName(r.type) + QLatin1Char(' ') + q(r.id);
    if (r.isDeleted()) line += QStringLiteral(" DELETED");
    if (withStamps && !r.deleted.isNull()) line += QStringLiteral(" delete") + stamp(r.deleted);
    for (const auto &[n, f] : r.fields) {
        if (f.raw.empty() && !withStamps) continue;
        line += QLatin1Char(' ') + renderField(r.type, n, f.raw);
        if (withStamps) line += stamp(f.stamp);
    }
    return line;
}

std::string provinceId(const QString &code) { return "P" + code.toStdString(); }
std::string communeId(const QString &code) { return "C" + code.toStdString(); }
std::string membershipId(const std::string &clanId, const std::string &householdId) { return clanId + "|" + householdId; }
std::string evaluationId(pb::LearningModel model, const std::string &subjectId, int year)
{
    return "E" + std::to_string(int(model)) + "-" + std::to_string(year) + "-" + subjectId;
}

std::string conflictId(const Record &r, const FieldConflict &c)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(int(r.type)));
    h.addData(QByteArray::fromStdString(r.id));
    h.addData(QByteArray::number(c.field));
    h.addData(QByteArray::number(c.loser.stamp.hlc));
    h.addData(QByteArray::number(c.loser.stamp.device));
    return "x" + h.result().toHex().left(20).toStdString();
}

} // namespace kh::domain
