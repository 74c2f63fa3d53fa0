#include "pending_list_model.h"

#include "core/records/record_text.h"
#include "evaluation_controller.h"
#include "labels.h"
#include "queries.h"

#include <set>

namespace kh::app {

namespace {

struct Words {
    QString title, kind, page;
    QVariantMap props;
};

QString householdTitle(LocalStore &s, const std::string &id)
{
    const auto r = s.get(pb::RECORD_TYPE_HOUSEHOLD, id);
    return r ? domain::title(pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Household>(*r)) : QString();
}

// Long: one case per kind of record a person edits, each saying it in words and where it opens.
Words wordsFor(LocalStore &s, const Record &r)
{
    Words w;
    const QString id = q(r.id);
    switch (r.type) {
    case pb::RECORD_TYPE_HOUSEHOLD:
        w.title = PendingListModel::tr("Household %1").arg(householdTitle(s, r.id));
        w.page = QStringLiteral("HouseholdPage");
        w.props = {{QStringLiteral("recordId"), id}};
        break;
    case pb::RECORD_TYPE_MEMBER: {
        const auto m = valueOf<pb::Member>(r);
        w.title = domain::title(r.type, m);
        w.kind = PendingListModel::tr("Member of household %1").arg(householdTitle(s, m.household_id()));
        w.page = QStringLiteral("MemberFormPage");
        w.props = {{QStringLiteral("recordId"), id}, {QStringLiteral("householdId"), q(m.household_id())}};
        break;
    }
    case pb::RECORD_TYPE_VILLAGE:
        w.title = Labels::villageTitle(domain::title(r.type, valueOf<pb::Village>(r)));
        w.page = QStringLiteral("VillageFormPage");
        w.props = {{QStringLiteral("recordId"), id}};
        break;
    case pb::RECORD_TYPE_CLAN:
        w.title = Labels::clanTitle(domain::title(r.type, valueOf<pb::Clan>(r)));
        w.page = QStringLiteral("ClanFormPage");
        w.props = {{QStringLiteral("recordId"), id}};
        break;
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: {
        const auto l = valueOf<pb::ClanMembership>(r);
        const auto clan = s.get(pb::RECORD_TYPE_CLAN, l.clan_id());
        //: %1 a household, %2 its clan as a clan is named in lists ("Họ Nguyễn", "Clan Nguyễn")
        w.title = PendingListModel::tr("Household %1 in %2")
                      .arg(householdTitle(s, l.household_id()),
                           Labels::clanTitle(clan ? domain::title(pb::RECORD_TYPE_CLAN, valueOf<pb::Clan>(*clan))
                                                  : QString()));
        w.page = QStringLiteral("ClanFormPage");
        w.props = {{QStringLiteral("recordId"), q(l.clan_id())}};
        break;
    }
    case pb::RECORD_TYPE_EVALUATION: {
        const auto e = valueOf<pb::Evaluation>(r);
        //: A model's evaluation of one subject: "Gia đình học tập 2026: Nguyễn Văn Hùng"
        w.title = PendingListModel::tr("%1 %2: %3")
                      .arg(EvaluationController::modelTitle(e.model()))
                      .arg(e.year())
                      .arg(EvaluationController::subjectTitle(s, e.subject_type(), e.subject_id()));
        w.page = QStringLiteral("EvaluationPage");
        w.props = {{QStringLiteral("recordId"), id}};
        break;
    }
    case pb::RECORD_TYPE_CONFLICT: w.title = PendingListModel::tr("Your choice in a conflict"); break;
    default: w.title = domain::typeName(r.type); break;
    }
    return w;
}

} // namespace

PendingListModel::PendingListModel(QObject *parent)
    : RowModel({"recordTitle", "kindText", "mark", "markWords", "pageName", "pageProps"}, parent)
{}

QList<QVariantHash> PendingListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    auto &marks = ws.syncMarks();
    QList<QVariantHash> rows;
    std::set<RecordRef> seen;
    auto add = [&](RecordRef ref, int mark) {
        // An item verdict is part of its evaluation: one row for the evaluation.
        if (ref.type == pb::RECORD_TYPE_ITEM_VERIFICATION)
            if (const auto v = s.get(ref.type, ref.id))
                ref = {pb::RECORD_TYPE_EVALUATION, valueOf<pb::ItemVerification>(*v).evaluation_id()};
        if (!seen.insert(ref).second) return;
        const auto r = s.get(ref.type, ref.id);
        if (!r) return;
        Words w = wordsFor(s, *r);
        if (r->isDeleted()) {
            w.kind = tr("Deleted on this phone");
            w.page.clear();
        }
        const int shown = std::max(mark, marks.of(ref.type, ref.id));
        rows.append(
            {{QStringLiteral("recordTitle"), w.title},
             {QStringLiteral("kindText"), w.kind},
             {QStringLiteral("mark"), shown},
             {QStringLiteral("markWords"), Labels::syncMark(shown)},
             {QStringLiteral("pageName"), shown == SyncMarks::Conflict ? QStringLiteral("ConflictsPage") : w.page},
             {QStringLiteral("pageProps"), shown == SyncMarks::Conflict ? QVariantMap() : w.props}});
    };
    for (const auto &e : marks.entries()) add(e.ref, e.mark);
    for (const auto &ref : s.pendingRecords())
        if (ref.type == pb::RECORD_TYPE_CONFLICT) add(ref, SyncMarks::NotSent);
    return rows;
}

} // namespace kh::app
