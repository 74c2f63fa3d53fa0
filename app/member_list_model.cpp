#include "member_list_model.h"

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

MemberListModel::MemberListModel(QObject *parent)
    : RowModel({"memberId", "name", "summary", "birthYear", "syncMark", "syncMarkText"}, parent)
{}

void MemberListModel::setHouseholdId(const QString &id)
{
    if (id == m_household) return;
    m_household = id;
    reload();
    emit householdIdChanged();
}

QList<QVariantHash> MemberListModel::load(Workspace &ws)
{
    QList<QVariantHash> rows;
    if (m_household.isEmpty()) return rows;
    struct M {
        pb::Member m;
        QString id;
    };
    std::vector<M> ms;
    for (const auto &r : ws.store().list(pb::RECORD_TYPE_MEMBER, m_household.toStdString()))
        ms.push_back({valueOf<pb::Member>(r), q(r.id)});
    std::stable_sort(ms.begin(), ms.end(), [](const M &a, const M &b) {
        const bool ha = a.m.relation() == pb::RELATION_HEAD, hb = b.m.relation() == pb::RELATION_HEAD;
        if (ha != hb) return ha;
        return a.m.birth_year() < b.m.birth_year();
    });
    for (const auto &[m, id] : ms) {
        QStringList detail;
        if (m.relation()) detail << Labels::option(Labels::relationOptions(), m.relation());
        if (m.birth_year()) detail << QString::number(m.birth_year());
        if (m.schooling()) detail << Labels::option(Labels::schoolingOptions(), m.schooling());
        if (m.studying_now()) detail << MemberListModel::tr("studying now");
        rows.append({{QStringLiteral("memberId"), id},
                     {QStringLiteral("name"), joinName(q(m.family_name()), q(m.middle_name()), q(m.given_name()))},
                     {QStringLiteral("summary"), detail.join(QStringLiteral(" · "))},
                     {QStringLiteral("birthYear"), int(m.birth_year())},
                     {QStringLiteral("syncMark"), ws.syncMarks().of(pb::RECORD_TYPE_MEMBER, id.toStdString())},
                     {QStringLiteral("syncMarkText"),
                      Labels::syncMark(ws.syncMarks().of(pb::RECORD_TYPE_MEMBER, id.toStdString()))}});
    }
    return rows;
}

} // namespace kh::app
