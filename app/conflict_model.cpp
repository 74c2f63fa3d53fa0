#include "conflict_model.h"

#include "core/areas/admin_units.h"
#include "core/learning/rate.h"
#include "core/records/hybrid_clock.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "device/tools/conflicts.h"
#include "labels.h"
#include "queries.h"
#include "user_message.h"
#include <QDateTime>
#include <QLocale>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/reflection.h>

namespace kh::app {

QString fieldLabel(pb::RecordType type, quint32 field)
{
    const QString name = domain::fieldName(type, field);
    static const auto labels = [] {
        return QHash<QString, const char *>{
            {QStringLiteral("head_family_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Family name of the head")},
            {QStringLiteral("head_middle_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Middle name of the head")},
            {QStringLiteral("head_given_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Given name of the head")},
            {QStringLiteral("address"), QT_TRANSLATE_NOOP("kh::app::Fields", "Address")},
            {QStringLiteral("phone"), QT_TRANSLATE_NOOP("kh::app::Fields", "Phone")},
            {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kh::app::Fields", "Notes")},
            {QStringLiteral("village_id"), QT_TRANSLATE_NOOP("kh::app::Fields", "Village")},
            {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Family name")},
            {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Middle name")},
            {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Given name")},
            {QStringLiteral("birth_year"), QT_TRANSLATE_NOOP("kh::app::Fields", "Birth year")},
            {QStringLiteral("sex"), QT_TRANSLATE_NOOP("kh::app::Fields", "Sex")},
            {QStringLiteral("relation"), QT_TRANSLATE_NOOP("kh::app::Fields", "Relation to the head")},
            {QStringLiteral("schooling"), QT_TRANSLATE_NOOP("kh::app::Fields", "Schooling")},
            {QStringLiteral("studying_now"), QT_TRANSLATE_NOOP("kh::app::Fields", "Studying now")},
            {QStringLiteral("literacy"), QT_TRANSLATE_NOOP("kh::app::Fields", "Literacy")},
            {QStringLiteral("learning_activities"), QT_TRANSLATE_NOOP("kh::app::Fields", "Learning activities")},
            {QStringLiteral("cccd"), QT_TRANSLATE_NOOP("kh::app::Fields", "Citizen ID (CCCD)")},
            {QStringLiteral("name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Name")},
            {QStringLiteral("head_name"), QT_TRANSLATE_NOOP("kh::app::Fields", "Head of the clan")},
        };
    }();
    const auto it = labels.find(name);
    return it == labels.end() ? name : QCoreApplication::translate("kh::app::Fields", it.value());
}

QString fieldValueText(pb::RecordType type, quint32 field, const std::string &raw)
{
    if (raw.empty()) return QCoreApplication::translate("kh::app::Fields", "(empty)");
    auto m = domain::parse(type, raw);
    const auto *f = m ? m->GetDescriptor()->FindFieldByNumber(int(field)) : nullptr;
    if (!f) return QCoreApplication::translate("kh::app::Fields", "(unreadable)");
    const auto *r = m->GetReflection();
    using FD = google::protobuf::FieldDescriptor;
    if (f->is_repeated()) {
        QStringList items;
        if (f->cpp_type() == FD::CPPTYPE_STRING)
            for (int k = 0; k < r->FieldSize(*m, f); ++k) items << q(r->GetRepeatedString(*m, f, k));
        return items.join(QStringLiteral(", "));
    }
    switch (f->cpp_type()) {
    case FD::CPPTYPE_STRING: return q(r->GetString(*m, f));
    case FD::CPPTYPE_UINT32: return QString::number(r->GetUInt32(*m, f));
    case FD::CPPTYPE_BOOL:
        return r->GetBool(*m, f) ? QCoreApplication::translate("kh::app::Fields", "Yes")
                                 : QCoreApplication::translate("kh::app::Fields", "No");
    case FD::CPPTYPE_ENUM: {
        const int v = r->GetEnumValue(*m, f);
        const QString n = q(f->name());
        if (n == QLatin1String("sex")) return Labels::option(Labels::sexOptions(), v);
        if (n == QLatin1String("relation")) return Labels::option(Labels::relationOptions(), v);
        if (n == QLatin1String("schooling")) return Labels::option(Labels::schoolingOptions(), v);
        if (n == QLatin1String("literacy")) return Labels::option(Labels::literacyOptions(), v);
        if (n == QLatin1String("kind")) return Labels::option(Labels::villageKindOptions(), v);
        return QString::number(v);
    }
    default: return domain::renderField(type, field, raw);
    }
}

ConflictModel::ConflictModel(QObject *parent)
    : RowModel({"conflictId", "recordTitle", "fieldLabel", "keptValue", "keptWhen", "keptWho", "otherValue",
                "otherWhen", "otherWho"},
               parent)
{}

QList<QVariantHash> ConflictModel::load(Workspace &ws)
{
    auto &s = ws.store();
    const quint64 me = s.deviceId();
    const QLocale loc;
    auto when = [&](quint64 hlc) {
        return loc.toString(QDateTime::fromMSecsSinceEpoch(HybridClock::wallMs(hlc)), QLocale::ShortFormat);
    };
    // The person, as the server named them (the display name of the account the other phone belongs to), or the
    // phone; never its number (a code means nothing to an officer).
    auto who = [&](quint64 device, const std::string &name) {
        if (device == me) return tr("this phone");
        return name.empty() ? tr("another phone") : QString::fromStdString(name);
    };
    QList<QVariantHash> rows;
    for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) {
        const auto c = valueOf<pb::Conflict>(r);
        if (c.resolved()) continue;
        QString title;
        if (const auto target = s.get(c.record_type(), c.record_id()); target && !target->isDeleted())
            if (auto m = domain::parse(c.record_type(), target->values())) title = domain::title(c.record_type(), *m);
        rows.append({{QStringLiteral("conflictId"), q(r.id)},
                     {QStringLiteral("recordTitle"), title.isEmpty() ? tr("A record deleted since") : title},
                     {QStringLiteral("fieldLabel"), fieldLabel(c.record_type(), c.field())},
                     {QStringLiteral("keptValue"), fieldValueText(c.record_type(), c.field(), c.winner_value())},
                     {QStringLiteral("keptWhen"), when(c.winner_hlc())},
                     {QStringLiteral("keptWho"), who(c.winner_device(), c.winner_name())},
                     {QStringLiteral("otherValue"), fieldValueText(c.record_type(), c.field(), c.loser_value())},
                     {QStringLiteral("otherWhen"), when(c.loser_hlc())},
                     {QStringLiteral("otherWho"), who(c.loser_device(), c.loser_name())}});
    }
    return rows;
}

bool ConflictModel::resolve(const QString &conflictId, bool keepOther)
{
    if (!workspace()) return false;
    try {
        resolveConflict(workspace()->store(), conflictId.toStdString(), keepOther);
    } catch (const std::exception &e) {
        m_error = userMessage(e, Doing::Resolving);
        emit lastErrorChanged();
        return false;
    }
    workspace()->notifyChanged(); // the conflicted record may be a household: rebuild
    return true;
}

} // namespace kh::app
