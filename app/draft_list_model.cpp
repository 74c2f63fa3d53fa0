#include "draft_list_model.h"
#include "labels.h"

#include "core/records/record_text.h"
#include "core/text/text.h"
#include "queries.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kh::app {

namespace {

QString householdTitle(LocalStore &s, const std::string &id)
{
    const auto r = s.get(pb::RECORD_TYPE_HOUSEHOLD, id);
    return r && !r->isDeleted() ? domain::title(pb::RECORD_TYPE_HOUSEHOLD, valueOf<pb::Household>(*r)) : QString();
}

QString nameIn(const QJsonObject &o, const char *family, const char *middle, const char *given)
{
    return joinName(cleanText(o.value(QLatin1String(family)).toString()),
                    cleanText(o.value(QLatin1String(middle)).toString()),
                    cleanText(o.value(QLatin1String(given)).toString()));
}

} // namespace

DraftListModel::DraftListModel(QObject *parent) : RowModel({"draftTitle", "draftTime", "pageName", "pageProps"}, parent)
{}

// Long: one case per form, each naming its draft and the page that continues it; split, they would be scattered.
QList<QVariantHash> DraftListModel::load(Workspace &ws)
{
    auto &s = ws.store();
    const QLocale loc;
    QList<QVariantHash> rows;
    for (const Draft &draft : s.drafts()) {
        const QJsonObject o = QJsonDocument::fromJson(draft.body.toUtf8()).object();
        const bool isNew = draft.key.rfind("new", 0) == 0;
        const QString id = isNew ? QString() : q(draft.key);
        QString title, page;
        QVariantMap props;
        if (draft.form == "household") {
            const QString name = nameIn(o, "headFamilyName", "headMiddleName", "headGivenName");
            title = isNew ? (name.isEmpty() ? tr("New household") : tr("New household: %1").arg(name))
                          : tr("Household %1").arg(name.isEmpty() ? householdTitle(s, draft.key) : name);
            page = QStringLiteral("HouseholdFormPage");
            props.insert(QStringLiteral("recordId"), id);
        } else if (draft.form == "member") {
            const QString name = nameIn(o, "familyName", "middleName", "givenName");
            std::string household = isNew && draft.key.size() > 4 ? draft.key.substr(4) : std::string();
            if (!isNew)
                if (const auto m = s.get(pb::RECORD_TYPE_MEMBER, draft.key))
                    household = valueOf<pb::Member>(*m).household_id();
            title =
                isNew ? tr("New member of household %1").arg(householdTitle(s, household)) : tr("Member %1").arg(name);
            if (isNew && !name.isEmpty()) title += QStringLiteral(": ") + name;
            page = QStringLiteral("MemberFormPage");
            props.insert(QStringLiteral("recordId"), id);
            props.insert(QStringLiteral("householdId"), q(household));
        } else if (draft.form == "village") {
            const QString name = cleanText(o.value(QLatin1String("name")).toString());
            title = isNew ? tr("New village: %1").arg(name) : Labels::villageTitle(name);
            page = QStringLiteral("VillageFormPage");
            props.insert(QStringLiteral("recordId"), id);
        } else if (draft.form == "clan") {
            const QString name = cleanText(o.value(QLatin1String("name")).toString());
            title = isNew ? tr("New clan: %1").arg(name) : Labels::clanTitle(name);
            page = QStringLiteral("ClanFormPage");
            props.insert(QStringLiteral("recordId"), id);
        } else if (draft.form == "self-assessment") {
            //: A self-assessment answered in part, not sent yet
            title = tr("Self-assessment of household %1 (%Ln answer(s))", nullptr, int(o.size()))
                        .arg(householdTitle(s, draft.key));
            page = QStringLiteral("SelfServicePage");
            props.insert(QStringLiteral("householdId"), q(draft.key));
            props.insert(QStringLiteral("asHousehold"), false);
        } else {
            continue; // a draft of a form this version does not have
        }
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(draft.atMs);
        const QString when = Clock::dateOf(draft.atMs) == s.clock().today()
                                 ? loc.toString(t.time(), QLocale::ShortFormat)
                                 : loc.toString(t, QLocale::ShortFormat);
        rows.append({{QStringLiteral("draftTitle"), title.trimmed()},
                     {QStringLiteral("draftTime"), when},
                     {QStringLiteral("pageName"), page},
                     {QStringLiteral("pageProps"), props}});
    }
    return rows;
}

} // namespace kh::app
