#include "core/records/record_text.h"

#include "core/text/text.h"

#include <QStringList>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

namespace kh::domain {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString quoted(const std::string &s)
{
    QString v = q(s);
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
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
    case FieldDescriptor::CPPTYPE_INT32:
        return QString::number(rep ? r->GetRepeatedInt32(m, f, index) : r->GetInt32(m, f));
    case FieldDescriptor::CPPTYPE_INT64:
        return QString::number(rep ? r->GetRepeatedInt64(m, f, index) : r->GetInt64(m, f));
    case FieldDescriptor::CPPTYPE_UINT32:
        return QString::number(rep ? r->GetRepeatedUInt32(m, f, index) : r->GetUInt32(m, f));
    case FieldDescriptor::CPPTYPE_UINT64:
        return QString::number(rep ? r->GetRepeatedUInt64(m, f, index) : r->GetUInt64(m, f));
    case FieldDescriptor::CPPTYPE_BOOL:
        return (rep ? r->GetRepeatedBool(m, f, index) : r->GetBool(m, f)) ? QStringLiteral("true")
                                                                          : QStringLiteral("false");
    case FieldDescriptor::CPPTYPE_ENUM: {
        const int v = rep ? r->GetRepeatedEnumValue(m, f, index) : r->GetEnumValue(m, f);
        const auto *ev = f->enum_type()->FindValueByNumber(v);
        return ev ? q(ev->name()) : QString::number(v);
    }
    default: return QStringLiteral("?");
    }
}

} // namespace

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
        return QStringLiteral("%1 %2 %3")
            .arg(q(pb::LearningModel_Name(e.model())))
            .arg(e.year())
            .arg(q(e.subject_id()));
    }
    case pb::RECORD_TYPE_CRITERIA_SET: {
        const auto &cs = static_cast<const pb::CriteriaSet &>(m);
        return q(cs.title()) + QStringLiteral(" (") + q(cs.set_id()) + QLatin1Char('@') +
               QString::number(cs.version()) + QLatin1Char(')');
    }
    case pb::RECORD_TYPE_LEARNING_UNIT: return q(static_cast<const pb::LearningUnit &>(m).name());
    case pb::RECORD_TYPE_PROVINCE_TARGETS:
        return QStringLiteral("targets of province ") + q(static_cast<const pb::ProvinceTargets &>(m).province_code());
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
        for (const auto *p :
             {&h.head_family_name(), &h.head_middle_name(), &h.head_given_name(), &h.address(), &h.phone()})
            add(*p);
        break;
    }
    case pb::RECORD_TYPE_MEMBER: {
        const auto &p = static_cast<const pb::Member &>(m);
        for (const auto *s : {&p.family_name(), &p.middle_name(), &p.given_name(), &p.cccd()}) add(*s);
        break;
    }
    case pb::RECORD_TYPE_EVALUATION: {
        // As title() words it, without QString: a commune's first sync folds a hundred thousand of these.
        const auto &e = static_cast<const pb::Evaluation &>(m);
        add(pb::LearningModel_Name(e.model()) + ' ' + std::to_string(e.year()) + ' ' + e.subject_id());
        break;
    }
    default: add(title(t, m).toStdString()); break;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

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
    auto stamp = [](const Stamp &s) {
        return QStringLiteral("@%1/%2").arg(s.hlc).arg(s.device, 16, 16, QLatin1Char('0'));
    };
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

} // namespace kh::domain
