// khuyenhoc-cli: villages, households, members and clans (add, update, list, show, delete, clan links).
#include "cli/support.h"
#include "core/areas/admin_units.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/text/text.h"
#include "device/workflow/removal.h"

namespace kh::cli {

// --- villages -------------------------------------------------------------------------------------------

int villageCommand(Context &c, const QString &verb)
{
    auto &a = c.args;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("commune"), QStringLiteral("name"), QStringLiteral("kind"),
                 QStringLiteral("notes")});
        auto v = std::make_shared<pb::Village>();
        std::string id;
        if (verb == QLatin1String("add")) {
            const QString commune = a.require(QStringLiteral("commune"));
            if (!AdminUnits::builtin().commune(commune))
                throw EditError("commune: '" + str(commune) + "' is not a 5-digit code in the national list");
            v->set_commune_code(str(commune));
            v->set_code_list(domain::kCodeList);
            v->set_name(str(text(a.require(QStringLiteral("name")))));
            v->set_kind(kindOf(a.value(QStringLiteral("kind"), QStringLiteral("thon"))));
            id = c.store.newId();
        } else {
            id = str(a.positional.value(2));
            mustGet(c.store, pb::RECORD_TYPE_VILLAGE, q(id));
            if (a.has(QStringLiteral("commune")))
                throw UsageError("a village cannot move to another commune; create a new one");
            if (a.has(QStringLiteral("name"))) v->set_name(str(text(a.value(QStringLiteral("name")))));
            if (a.has(QStringLiteral("kind"))) v->set_kind(kindOf(a.value(QStringLiteral("kind"))));
        }
        if (a.has(QStringLiteral("notes"))) v->set_notes(str(a.value(QStringLiteral("notes"))));
        c.store.write({{pb::RECORD_TYPE_VILLAGE, id, v, {}, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        auto list = c.store.list(pb::RECORD_TYPE_VILLAGE, a.has(QStringLiteral("commune"))
                                                              ? domain::communeId(a.value(QStringLiteral("commune")))
                                                              : std::string());
        for (const auto &r : list) {
            const auto v = valueOf<pb::Village>(r);
            out() << q(r.id) << '\t' << q(v.name()) << '\t' << q(v.commune_code()) << '\n';
        }
        return 0;
    }
    return -1;
}

// --- households -----------------------------------------------------------------------------------------

static void headName(const Args &a, pb::Household *h, bool required)
{
    if (a.has(QStringLiteral("head"))) {
        const NameParts n = splitFullName(a.value(QStringLiteral("head")));
        h->set_head_family_name(str(n.family));
        h->set_head_middle_name(str(n.middle));
        h->set_head_given_name(str(n.given));
    } else if (a.has(QStringLiteral("head-given"))) {
        h->set_head_family_name(str(text(a.value(QStringLiteral("head-family")))));
        h->set_head_middle_name(str(text(a.value(QStringLiteral("head-middle")))));
        h->set_head_given_name(str(text(a.value(QStringLiteral("head-given")))));
    } else if (required) {
        throw UsageError(
            "give the head of household as --head \"Nguyễn Văn Hùng\" or --head-family/--head-middle/--head-given");
    }
}

int householdCommand(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("village"), QStringLiteral("head"), QStringLiteral("head-family"),
                 QStringLiteral("head-middle"), QStringLiteral("head-given"), QStringLiteral("address"),
                 QStringLiteral("phone"), QStringLiteral("notes"), QStringLiteral("poverty")});
        const bool add = verb == QLatin1String("add");
        auto h = std::make_shared<pb::Household>();
        if (a.has(QStringLiteral("poverty")))
            h->set_poverty(keyword<pb::Poverty>(
                QStringLiteral("poverty"), a.value(QStringLiteral("poverty")),
                {{"none", pb::POVERTY_NONE}, {"near-poor", pb::POVERTY_NEAR_POOR}, {"poor", pb::POVERTY_POOR}}));
        const std::string id = add ? s.newId() : str(a.positional.value(2));
        if (!add) mustGet(s, pb::RECORD_TYPE_HOUSEHOLD, q(id));
        if (add || a.has(QStringLiteral("village"))) h->set_village_id(str(a.require(QStringLiteral("village"))));
        headName(a, h.get(), add);
        if (a.has(QStringLiteral("address"))) h->set_address(str(a.value(QStringLiteral("address"))));
        if (a.has(QStringLiteral("notes"))) h->set_notes(str(a.value(QStringLiteral("notes"))));
        if (a.has(QStringLiteral("phone"))) {
            const QString p = a.value(QStringLiteral("phone"));
            if (p.trimmed().isEmpty()) {
                h->set_phone("");
            } else {
                QString why;
                const auto n = normalizePhone(p, &why);
                if (!n) throw EditError("phone: " + str(why));
                h->set_phone(str(*n));
            }
        }
        s.write({{pb::RECORD_TYPE_HOUSEHOLD, id, h, {}, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        auto list = s.list(pb::RECORD_TYPE_HOUSEHOLD, str(a.value(QStringLiteral("village"))),
                           a.value(QStringLiteral("search")));
        sortPeople(list, [](const Record &r) {
            const auto h = valueOf<pb::Household>(r);
            return QStringList{q(h.head_given_name()), q(h.head_family_name()), q(h.head_middle_name())};
        });
        for (const auto &r : list) {
            const auto h = valueOf<pb::Household>(r);
            out() << q(r.id) << '\t'
                  << joinName(q(h.head_family_name()), q(h.head_middle_name()), q(h.head_given_name())) << '\t'
                  << q(h.address()) << '\t' << q(h.phone()) << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("show")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_HOUSEHOLD, a.positional.value(2));
        printRecord(r);
        auto members = s.list(pb::RECORD_TYPE_MEMBER, r.id);
        std::sort(members.begin(), members.end(), [](const Record &x, const Record &y) {
            const auto a1 = valueOf<pb::Member>(x), b1 = valueOf<pb::Member>(y);
            return std::pair(int(a1.relation()), a1.birth_year()) < std::pair(int(b1.relation()), b1.birth_year());
        });
        out() << "members: " << members.size() << '\n';
        for (const auto &m : members) {
            const auto v = valueOf<pb::Member>(m);
            out() << "  " << q(m.id) << '\t' << joinName(q(v.family_name()), q(v.middle_name()), q(v.given_name()))
                  << '\t' << v.birth_year() << '\t' << q(pb::Relation_Name(v.relation())) << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_HOUSEHOLD, a.positional.value(2));
        const int n = removeWithDependents(s, r.type, r.id);
        out() << "deleted household " << q(r.id) << " and " << n - 1 << " linked records\n";
        return 0;
    }
    return -1;
}

// --- members --------------------------------------------------------------------------------------------

int memberCommand(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("household"), QStringLiteral("name"), QStringLiteral("family"),
                 QStringLiteral("middle"), QStringLiteral("given"), QStringLiteral("birth-year"), QStringLiteral("sex"),
                 QStringLiteral("relation"), QStringLiteral("schooling"), QStringLiteral("studying"),
                 QStringLiteral("literacy"), QStringLiteral("activity"), QStringLiteral("clear-activities"),
                 QStringLiteral("cccd"), QStringLiteral("notes"), QStringLiteral("orphan"),
                 QStringLiteral("disabled")});
        const bool add = verb == QLatin1String("add");
        auto m = std::make_shared<pb::Member>();
        if (a.has(QStringLiteral("orphan")))
            m->set_orphan(yesNo(QStringLiteral("orphan"), a.value(QStringLiteral("orphan"))));
        if (a.has(QStringLiteral("disabled")))
            m->set_disabled(yesNo(QStringLiteral("disabled"), a.value(QStringLiteral("disabled"))));
        std::vector<quint32> cleared;
        const std::string id = add ? s.newId() : str(a.positional.value(2));
        if (!add) mustGet(s, pb::RECORD_TYPE_MEMBER, q(id));
        if (add)
            m->set_household_id(str(a.require(QStringLiteral("household"))));
        else if (a.has(QStringLiteral("household")))
            throw UsageError("a member cannot be moved with update; delete and add");
        if (a.has(QStringLiteral("name"))) {
            const NameParts n = splitFullName(a.value(QStringLiteral("name")));
            m->set_family_name(str(n.family));
            m->set_middle_name(str(n.middle));
            m->set_given_name(str(n.given));
        }
        if (a.has(QStringLiteral("family"))) m->set_family_name(str(text(a.value(QStringLiteral("family")))));
        if (a.has(QStringLiteral("middle"))) m->set_middle_name(str(text(a.value(QStringLiteral("middle")))));
        if (a.has(QStringLiteral("given"))) m->set_given_name(str(text(a.value(QStringLiteral("given")))));
        if (a.has(QStringLiteral("birth-year")))
            m->set_birth_year(
                quint32(std::max(0, intOf(QStringLiteral("birth-year"), a.value(QStringLiteral("birth-year"))))));
        if (a.has(QStringLiteral("sex"))) m->set_sex(sexOf(a.value(QStringLiteral("sex"))));
        if (a.has(QStringLiteral("relation"))) m->set_relation(relationOf(a.value(QStringLiteral("relation"))));
        if (a.has(QStringLiteral("schooling"))) m->set_schooling(schoolingOf(a.value(QStringLiteral("schooling"))));
        if (a.has(QStringLiteral("studying")))
            m->set_studying_now(yesNo(QStringLiteral("studying"), a.value(QStringLiteral("studying"))));
        if (a.has(QStringLiteral("literacy"))) m->set_literacy(literacyOf(a.value(QStringLiteral("literacy"))));
        for (const QString &act : a.values(QStringLiteral("activity"))) m->add_learning_activities(str(text(act)));
        if (a.has(QStringLiteral("clear-activities"))) cleared.push_back(pb::Member::kLearningActivitiesFieldNumber);
        if (a.has(QStringLiteral("cccd"))) m->set_cccd(str(a.value(QStringLiteral("cccd")).remove(QLatin1Char(' '))));
        if (a.has(QStringLiteral("notes"))) m->set_notes(str(a.value(QStringLiteral("notes"))));
        s.write({{pb::RECORD_TYPE_MEMBER, id, m, cleared, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        auto list = s.list(pb::RECORD_TYPE_MEMBER, str(a.value(QStringLiteral("household"))),
                           a.value(QStringLiteral("search")));
        sortPeople(list, [](const Record &r) {
            const auto m = valueOf<pb::Member>(r);
            return QStringList{q(m.given_name()), q(m.family_name()), q(m.middle_name())};
        });
        for (const auto &r : list) {
            const auto m = valueOf<pb::Member>(r);
            out() << q(r.id) << '\t' << joinName(q(m.family_name()), q(m.middle_name()), q(m.given_name())) << '\t'
                  << m.birth_year() << '\t' << q(m.household_id()) << '\n';
        }
        return 0;
    }
    return -1;
}

// --- clans ----------------------------------------------------------------------------------------------

int clanCommand(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("branch"), QStringLiteral("head"),
                 QStringLiteral("village"), QStringLiteral("commune"), QStringLiteral("notes")});
        const bool add = verb == QLatin1String("add");
        auto k = std::make_shared<pb::Clan>();
        const std::string id = add ? s.newId() : str(a.positional.value(2));
        if (!add) mustGet(s, pb::RECORD_TYPE_CLAN, q(id));
        if (add || a.has(QStringLiteral("name"))) k->set_name(str(text(a.require(QStringLiteral("name")))));
        if (a.has(QStringLiteral("branch"))) k->set_branch(str(text(a.value(QStringLiteral("branch")))));
        if (a.has(QStringLiteral("head"))) k->set_head_name(str(text(a.value(QStringLiteral("head")))));
        for (const QString &v : a.values(QStringLiteral("village"))) k->add_village_ids(str(v));
        for (const QString &cc : a.values(QStringLiteral("commune"))) {
            if (!AdminUnits::builtin().commune(cc))
                throw EditError("commune: '" + str(cc) + "' is not in the national list");
            k->add_commune_codes(str(cc));
        }
        if (a.has(QStringLiteral("notes"))) k->set_notes(str(a.value(QStringLiteral("notes"))));
        s.write({{pb::RECORD_TYPE_CLAN, id, k, {}, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        for (const auto &r : s.list(pb::RECORD_TYPE_CLAN, {}, a.value(QStringLiteral("search")))) {
            const auto k = valueOf<pb::Clan>(r);
            out() << q(r.id) << '\t' << domain::title(r.type, k) << '\t' << k.village_ids_size() << " villages\n";
        }
        return 0;
    }
    if (verb == QLatin1String("show")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_CLAN, a.positional.value(2));
        printRecord(r);
        const auto links = s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, r.id);
        out() << "member households: " << links.size() << '\n';
        for (const auto &l : links) {
            const std::string hid = valueOf<pb::ClanMembership>(l).household_id();
            const auto h = s.get(pb::RECORD_TYPE_HOUSEHOLD, hid);
            out() << "  " << q(hid) << '\t'
                  << (h ? domain::title(h->type, valueOf<pb::Household>(*h)) : QStringLiteral("(not on this device)"))
                  << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("join") || verb == QLatin1String("leave")) {
        const QString clanId = a.positional.value(2), hid = a.positional.value(3);
        if (clanId.isEmpty() || hid.isEmpty()) throw UsageError("usage: clan " + str(verb) + " CLAN_ID HOUSEHOLD_ID");
        mustGet(s, pb::RECORD_TYPE_CLAN, clanId);
        mustGet(s, pb::RECORD_TYPE_HOUSEHOLD, hid);
        const std::string id = domain::membershipId(str(clanId), str(hid));
        if (verb == QLatin1String("join")) {
            auto m = std::make_shared<pb::ClanMembership>();
            m->set_clan_id(str(clanId));
            m->set_household_id(str(hid));
            s.write({{pb::RECORD_TYPE_CLAN_MEMBERSHIP, id, m, {}, false}});
        } else {
            s.write({{pb::RECORD_TYPE_CLAN_MEMBERSHIP, id, nullptr, {}, true}});
        }
        out() << q(id) << '\n';
        return 0;
    }
    return -1;
}

// Verbs shared by every record type: show, delete.
int genericCommand(Context &c, pb::RecordType t, const QString &verb)
{
    if (verb == QLatin1String("show")) {
        printRecord(mustGet(c.store, t, c.args.positional.value(2)));
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const Record r = mustGet(c.store, t, c.args.positional.value(2));
        const int n = removeWithDependents(c.store, t, r.id);
        out() << "deleted " << domain::typeName(t) << ' ' << q(r.id);
        if (n > 1) out() << " and " << n - 1 << " linked records";
        out() << '\n';
        return 0;
    }
    return -1;
}

} // namespace kh::cli
