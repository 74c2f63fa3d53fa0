#include "core/records/validation.h"

#include <google/protobuf/unknown_field_set.h>

#include "core/records/record.h"
#include "core/text/text.h"

#include <QDate>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>
#include <map>

namespace kh::domain {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Characters that reorder text on screen (a name that reads differently from what is stored), refused
// everywhere: the embeddings and overrides U+202A..U+202E, the isolates U+2066..U+2069, the marks LRM, RLM, ALM.
bool isBidiControl(int cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
           cp == 0x061C;
}

// Characters that show nothing: spaces, zero-width ones, the byte-order mark.
bool isInvisible(int cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF || cp == 0x180E;
}

// Checks one text value on its UTF-8 bytes (the common all-Vietnamese case needs no conversion). Returns an
// error without the field name, or an empty string.
QString checkText(const std::string &v, bool notes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    const size_t n = v.size();
    size_t chars = 0;
    bool slowNfc = false, visible = n == 0;
    for (size_t i = 0; i < n;) {
        const int cp = decodeUtf8(p, n, &i);
        if (cp < 0) return QStringLiteral("not valid UTF-8");
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            if (!(notes && cp == '\n')) return QStringLiteral("contains a control character");
        }
        if (cp == 0xFFFD) return QStringLiteral("contains U+FFFD, the mark of text that was not valid UTF-8");
        if (isBidiControl(cp))
            return QStringLiteral("contains a bidirectional control character (U+%1)").arg(cp, 4, 16, QLatin1Char('0'));
        if (!isInvisible(cp)) visible = true;
        if (cp >= 0x300 && !(cp >= 0x1EA0 && cp <= 0x1EF9)) slowNfc = true;
        chars += cp >= 0x10000 ? 2 : 1; // UTF-16 units, as QString counts them
    }
    if (!visible) return QStringLiteral("only blank or invisible characters");
    const size_t limit = notes ? 4000 : 300;
    if (chars > limit) return QStringLiteral("longer than %1 characters").arg(limit);
    if (slowNfc && !quickIsNfc(QString::fromUtf8(v.data(), qsizetype(n))))
        return QStringLiteral("text is not in Unicode NFC form");
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

// The largest value any whole-number field takes (points, years, counts, versions): anything above is a
// hostile or broken client, whatever the field.
constexpr quint64 kMaxNumber = 100'000'000;
// The largest sum of money one record holds, in đồng (100 billion: far above any fund of a commune).
constexpr qint64 kMaxMoney = 100'000'000'000;

// Every enum field holds a value this build knows, and every whole number is in range. Returns an error
// naming the field, or an empty string.
QString checkNumbers(const Message &m)
{
    const auto *r = m.GetReflection();
    std::vector<const FieldDescriptor *> set;
    r->ListFields(m, &set);
    for (const FieldDescriptor *f : set) {
        const int n = f->is_repeated() ? r->FieldSize(m, f) : 1;
        for (int k = 0; k < n; ++k) {
            const bool rep = f->is_repeated();
            switch (f->cpp_type()) {
            case FieldDescriptor::CPPTYPE_ENUM: {
                const int v = rep ? r->GetRepeatedEnumValue(m, f, k) : r->GetEnumValue(m, f);
                if (!f->enum_type()->FindValueByNumber(v))
                    return q(f->name()) + QStringLiteral(": unknown value %1").arg(v);
                break;
            }
            case FieldDescriptor::CPPTYPE_UINT32: {
                const quint32 v = rep ? r->GetRepeatedUInt32(m, f, k) : r->GetUInt32(m, f);
                if (v > kMaxNumber) return q(f->name()) + QStringLiteral(": %1 is out of range").arg(v);
                break;
            }
            case FieldDescriptor::CPPTYPE_INT64: { // money, in đồng
                const qint64 v = rep ? r->GetRepeatedInt64(m, f, k) : r->GetInt64(m, f);
                if (v < 0 || v > kMaxMoney) return q(f->name()) + QStringLiteral(": %1 is out of range").arg(v);
                break;
            }
            case FieldDescriptor::CPPTYPE_UINT64: {
                const quint64 v = rep ? r->GetRepeatedUInt64(m, f, k) : r->GetUInt64(m, f);
                if (v > kMaxNumber) return q(f->name()) + QStringLiteral(": %1 is out of range").arg(v);
                break;
            }
            case FieldDescriptor::CPPTYPE_INT32: {
                const qint32 v = rep ? r->GetRepeatedInt32(m, f, k) : r->GetInt32(m, f);
                if (v < 0 || quint64(v) > kMaxNumber)
                    return q(f->name()) + QStringLiteral(": %1 is out of range").arg(v);
                break;
            }
            default: break;
            }
        }
    }
    return {};
}

// Nested messages (an evaluation's item answers) are checked like top-level ones, `depth` levels down.
QString checkStrings(const Message &m, int depth = 0)
{
    if (QString e = checkNumbers(m); !e.isEmpty()) return e;
    const auto *r = m.GetReflection();
    // A field this version does not know, or one sent with another wire type (which the parser keeps aside):
    // stored, it would come back as something else. Servers are upgraded before the phones that send new fields.
    if (const auto &unknown = r->GetUnknownFields(m); !unknown.empty())
        return QStringLiteral("field %1: not a field of %2, or not of its type")
            .arg(unknown.field(0).number())
            .arg(q(m.GetDescriptor()->name()));
    const auto *d = m.GetDescriptor();
    for (int i = 0; i < d->field_count(); ++i) {
        const auto *f = d->field(i);
        if (f->cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) continue;
        if (depth > 2) return q(f->name()) + QStringLiteral(": nested too deeply");
        if (f->is_repeated()) {
            if (r->FieldSize(m, f) > kMaxRepeated)
                return q(f->name()) + QStringLiteral(": more than %1 entries").arg(kMaxRepeated);
            for (int k = 0; k < r->FieldSize(m, f); ++k)
                if (QString e = checkStrings(r->GetRepeatedMessage(m, f, k), depth + 1); !e.isEmpty())
                    return q(f->name()) + QLatin1Char('.') + e;
        } else if (r->HasField(m, f)) {
            if (QString e = checkStrings(r->GetMessage(m, f), depth + 1); !e.isEmpty())
                return q(f->name()) + QLatin1Char('.') + e;
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

// Required fields: {number, name} per type, checked through reflection by number.
// Long: the table of every type's required fields.
QString checkRequired(pb::RecordType t, const Message &m, const std::vector<quint32> &cleared, bool isCreate)
{
    struct Required {
        int number;
        const char *name;
    };
    static const std::map<int, std::vector<Required>> requiredByType = {
        {pb::RECORD_TYPE_VILLAGE,
         {{pb::Village::kCommuneCodeFieldNumber, "commune_code"}, {pb::Village::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_HOUSEHOLD,
         {{pb::Household::kVillageIdFieldNumber, "village_id"},
          {pb::Household::kHeadGivenNameFieldNumber, "head_given_name"}}},
        {pb::RECORD_TYPE_MEMBER,
         {{pb::Member::kHouseholdIdFieldNumber, "household_id"}, {pb::Member::kGivenNameFieldNumber, "given_name"}}},
        {pb::RECORD_TYPE_CLAN, {{pb::Clan::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_CLAN_MEMBERSHIP,
         {{pb::ClanMembership::kClanIdFieldNumber, "clan_id"},
          {pb::ClanMembership::kHouseholdIdFieldNumber, "household_id"}}},
        {pb::RECORD_TYPE_PROVINCE,
         {{pb::Province::kCodeFieldNumber, "code"}, {pb::Province::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_COMMUNE,
         {{pb::Commune::kCodeFieldNumber, "code"},
          {pb::Commune::kProvinceCodeFieldNumber, "province_code"},
          {pb::Commune::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_EVALUATION,
         {{pb::Evaluation::kModelFieldNumber, "model"},
          {pb::Evaluation::kSubjectTypeFieldNumber, "subject_type"},
          {pb::Evaluation::kSubjectIdFieldNumber, "subject_id"},
          {pb::Evaluation::kYearFieldNumber, "year"}}},
        {pb::RECORD_TYPE_ITEM_VERIFICATION,
         {{pb::ItemVerification::kEvaluationIdFieldNumber, "evaluation_id"},
          {pb::ItemVerification::kCodeFieldNumber, "code"}}},
        {pb::RECORD_TYPE_LEARNING_UNIT,
         {{pb::LearningUnit::kCommuneCodeFieldNumber, "commune_code"}, {pb::LearningUnit::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_FUND,
         {{pb::Fund::kCommuneCodeFieldNumber, "commune_code"},
          {pb::Fund::kNameFieldNumber, "name"},
          {pb::Fund::kOpeningDateFieldNumber, "opening_date"}}},
        {pb::RECORD_TYPE_DONOR, {{pb::Donor::kKindFieldNumber, "kind"}, {pb::Donor::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_PLEDGE,
         {{pb::Pledge::kDonorIdFieldNumber, "donor_id"}, {pb::Pledge::kFundIdFieldNumber, "fund_id"}}},
        {pb::RECORD_TYPE_RECEIPT,
         {{pb::Receipt::kFundIdFieldNumber, "fund_id"},
          {pb::Receipt::kDonorIdFieldNumber, "donor_id"},
          {pb::Receipt::kReceivedOnFieldNumber, "received_on"},
          {pb::Receipt::kMethodFieldNumber, "method"},
          {pb::Receipt::kAmountFieldNumber, "amount"},
          {pb::Receipt::kVoucherNumberFieldNumber, "voucher_number"}}},
        {pb::RECORD_TYPE_DISBURSEMENT,
         {{pb::Disbursement::kFundIdFieldNumber, "fund_id"},
          {pb::Disbursement::kPaidOnFieldNumber, "paid_on"},
          {pb::Disbursement::kMethodFieldNumber, "method"},
          {pb::Disbursement::kAmountFieldNumber, "amount"},
          {pb::Disbursement::kRecipientFieldNumber, "recipient"},
          {pb::Disbursement::kVoucherNumberFieldNumber, "voucher_number"}}},
        {pb::RECORD_TYPE_REVERSAL,
         {{pb::Reversal::kFundIdFieldNumber, "fund_id"},
          {pb::Reversal::kEntryTypeFieldNumber, "entry_type"},
          {pb::Reversal::kEntryIdFieldNumber, "entry_id"},
          {pb::Reversal::kReversedOnFieldNumber, "reversed_on"},
          {pb::Reversal::kReasonFieldNumber, "reason"}}},
        {pb::RECORD_TYPE_PROGRAMME,
         {{pb::Programme::kFundIdFieldNumber, "fund_id"}, {pb::Programme::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_AWARD, {{pb::Award::kProgrammeIdFieldNumber, "programme_id"}}},
        {pb::RECORD_TYPE_BRANCH,
         {{pb::Branch::kCommuneCodeFieldNumber, "commune_code"}, {pb::Branch::kNameFieldNumber, "name"}}},
        {pb::RECORD_TYPE_CRITERIA_SET,
         {{pb::CriteriaSet::kSetIdFieldNumber, "set_id"},
          {pb::CriteriaSet::kVersionFieldNumber, "version"},
          {pb::CriteriaSet::kModelFieldNumber, "model"}}},
    };
    const auto it = requiredByType.find(int(t));
    if (it == requiredByType.end()) return {};
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
    return {};
}

QString checkMember(const pb::Member &mem, int thisYear)
{
    if (mem.has_birth_year() && (mem.birth_year() < 1900 || mem.birth_year() > quint32(thisYear)))
        return QStringLiteral("birth_year: %1 is outside 1900..%2").arg(mem.birth_year()).arg(thisYear);
    if (mem.has_cccd() && !mem.cccd().empty()) {
        QString why;
        if (!validCccd(q(mem.cccd()), mem.has_birth_year() ? int(mem.birth_year()) : 0, &why))
            return QStringLiteral("cccd: %1").arg(why);
    }
    return {};
}

QString checkHousehold(const pb::Household &h)
{
    if (h.has_phone() && !h.phone().empty()) {
        QString why;
        const auto p = normalizePhone(q(h.phone()), &why);
        if (!p) return QStringLiteral("phone: %1").arg(why);
        if (*p != q(h.phone())) return QStringLiteral("phone: not in normalised form (%1)").arg(*p);
    }
    return {};
}

QString checkDate(const std::string &name, const std::string &value)
{
    if (!value.empty() && !QDate::fromString(q(value), Qt::ISODate).isValid())
        return QStringLiteral("%1: '%2' is not a date (YYYY-MM-DD)").arg(q(name), q(value));
    return {};
}

// The money records: dates are dates, an amount that is set is at least 1 đồng, a commune code has 5 digits.
QString checkFundRecord(const Message &m)
{
    const auto *d = m.GetDescriptor();
    const auto *r = m.GetReflection();
    for (int i = 0; i < d->field_count(); ++i) {
        const auto *f = d->field(i);
        if (f->is_repeated() || !r->HasField(m, f)) continue;
        const std::string &name = f->name();
        if (f->type() == FieldDescriptor::TYPE_STRING &&
            (name.ends_with("_on") || name.ends_with("_date") || name == "closed_through" || name == "as_of"))
            if (QString e = checkDate(name, r->GetString(m, f)); !e.isEmpty()) return e;
        if ((name == "amount" || name == "value_per_award") && r->GetInt64(m, f) < 1)
            return q(name) + QStringLiteral(": an amount is at least 1 đồng");
        if (name == "commune_code") {
            const std::string v = r->GetString(m, f);
            if (v.size() != 5 || v.find_first_not_of("0123456789") != std::string::npos)
                return QStringLiteral("commune_code: must be the 5-digit official code");
        }
    }
    return {};
}

QString checkEvaluation(const pb::Evaluation &e, int thisYear)
{
    if (e.has_year() && (e.year() < 2000 || e.year() > quint32(thisYear) + 1))
        return QStringLiteral("year: %1 is outside 2000..%2").arg(e.year()).arg(thisYear + 1);
    const std::pair<const char *, const std::string *> dates[] = {{"registered_on", &e.registered_on()},
                                                                  {"declared_on", &e.declared_on()},
                                                                  {"verified_on", &e.verified_on()},
                                                                  {"decided_on", &e.decided_on()}};
    for (const auto &[name, value] : dates)
        if (QString err = checkDate(name, *value); !err.isEmpty()) return err;
    return {};
}

// A set's id and its item codes become parts of record ids (docs/data-model.md, "Ids"): they keep that grammar.
QString checkCriteriaSet(const pb::CriteriaSet &s)
{
    auto only = [](const std::string &v, const char *allowed, size_t max) {
        return !v.empty() && v.size() <= max && v.find_first_not_of(allowed) == std::string::npos;
    };
    if (s.has_set_id() && !only(s.set_id(), "abcdefghijklmnopqrstuvwxyz0123456789_-", 40))
        return QStringLiteral("set_id: 1 to 40 of a-z, 0-9, '_' and '-'");
    for (const auto &c : s.criteria())
        if (!only(c.code(), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-", 16))
            return QStringLiteral("criteria: item code '%1' is not 1 to 16 of A-Z, a-z, 0-9, '.', '_' and '-'")
                .arg(QString::fromStdString(c.code()).left(40));
    return {};
}

} // namespace

QString validateChange(pb::RecordType t, const Message &m, const std::vector<quint32> &cleared, bool isCreate,
                       int thisYear)
{
    if (QString e = checkStrings(m); !e.isEmpty()) return e;
    if (QString e = checkRequired(t, m, cleared, isCreate); !e.isEmpty()) return e;
    switch (t) {
    case pb::RECORD_TYPE_MEMBER: return checkMember(static_cast<const pb::Member &>(m), thisYear);
    case pb::RECORD_TYPE_HOUSEHOLD: return checkHousehold(static_cast<const pb::Household &>(m));
    case pb::RECORD_TYPE_VILLAGE: {
        const auto &v = static_cast<const pb::Village &>(m);
        if (v.has_commune_code() &&
            (v.commune_code().size() != 5 || v.commune_code().find_first_not_of("0123456789") != std::string::npos))
            return QStringLiteral("commune_code: must be the 5-digit official code");
        return {};
    }
    case pb::RECORD_TYPE_EVALUATION: return checkEvaluation(static_cast<const pb::Evaluation &>(m), thisYear);
    case pb::RECORD_TYPE_ITEM_VERIFICATION: {
        const auto &v = static_cast<const pb::ItemVerification &>(m);
        return v.has_verified_on() ? checkDate("verified_on", v.verified_on()) : QString();
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: {
        const auto &u = static_cast<const pb::LearningUnit &>(m);
        if (u.has_learning_citizens() && u.has_member_count() && u.learning_citizens() > u.member_count())
            return QStringLiteral("learning_citizens: more than the %1 members").arg(u.member_count());
        return {};
    }
    case pb::RECORD_TYPE_CRITERIA_SET: return checkCriteriaSet(static_cast<const pb::CriteriaSet &>(m));
    case pb::RECORD_TYPE_FUND:
    case pb::RECORD_TYPE_DONOR:
    case pb::RECORD_TYPE_PLEDGE:
    case pb::RECORD_TYPE_RECEIPT:
    case pb::RECORD_TYPE_DISBURSEMENT:
    case pb::RECORD_TYPE_REVERSAL:
    case pb::RECORD_TYPE_PROGRAMME:
    case pb::RECORD_TYPE_AWARD:
    case pb::RECORD_TYPE_BRANCH: return checkFundRecord(m);
    case pb::RECORD_TYPE_CLAN: {
        const auto &c = static_cast<const pb::Clan &>(m);
        if (isCreate && c.village_ids().empty() && c.commune_codes().empty())
            return QStringLiteral("village_ids: a clan needs at least one village or commune");
        return {};
    }
    default: return {};
    }
}

QString malformed(pb::RecordType t, const std::string &values)
{
    std::map<quint32, std::string> fields;
    if (!splitFields(values, &fields)) return QStringLiteral("malformed values (not a protobuf message)");
    auto m = newMessage(t);
    for (const auto &[n, raw] : fields) {
        if (m && !m->ParseFromString(raw)) {
            const auto *f = m->GetDescriptor()->FindFieldByNumber(int(n));
            return (f ? q(f->name()) : QStringLiteral("field %1").arg(n)) + QStringLiteral(": malformed value");
        }
    }
    return QStringLiteral("malformed values");
}

QString validateWhole(pb::RecordType t, const Message &m, int thisYear)
{
    if (QString e = validateChange(t, m, {}, true, thisYear); !e.isEmpty()) return e;
    return validateAcrossFields(t, m);
}

QString validateAcrossFields(pb::RecordType t, const Message &m)
{
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
            if (f->name() == "notes" || f->name() == "note")
                return (quickIsNfc(t) ? t : t.normalized(QString::NormalizationForm_C)).trimmed().toStdString();
            return cleanText(t).toStdString();
        };
        if (f->is_repeated()) {
            for (int k = 0; k < r->FieldSize(*m, f); ++k)
                r->SetRepeatedString(m, f, k, fix(r->GetRepeatedString(*m, f, k)));
        } else if (r->HasField(*m, f)) {
            r->SetString(m, f, fix(r->GetString(*m, f)));
        }
    }
}

} // namespace kh::domain
