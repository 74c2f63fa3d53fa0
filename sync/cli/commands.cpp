#include "commands.h"

#include "args.h"
#include "domain/refdata.h"
#include "domain/text.h"
#include "store/local_store.h"
#include "sync/sync_client.h"
#include "tools/csv_import.h"
#include "tools/dump.h"
#include "tools/seed.h"

#include <QCollator>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <cstdio>
#include <functional>

namespace kh::cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void err(const QString &s) { std::fprintf(stderr, "khuyenhoc-cli: %s\n", s.toUtf8().constData()); }

std::string str(const QString &s) { return s.toStdString(); }
QString q(const std::string &s) { return QString::fromStdString(s); }

// Enum keywords accepted on the command line, mapped to proto values.
template <typename E>
E keyword(const QString &option, const QString &value, std::initializer_list<std::pair<const char *, E>> table)
{
    QStringList names;
    for (const auto &[k, v] : table) {
        if (value == QLatin1String(k)) return v;
        names << QLatin1String(k);
    }
    throw UsageError("--" + str(option) + ": '" + str(value) + "' is not one of: " + str(names.join(QStringLiteral(", "))));
}

pb::Sex sexOf(const QString &v) { return keyword<pb::Sex>(QStringLiteral("sex"), v, {{"male", pb::SEX_MALE}, {"female", pb::SEX_FEMALE}}); }
pb::Relation relationOf(const QString &v)
{
    return keyword<pb::Relation>(QStringLiteral("relation"), v,
        {{"head", pb::RELATION_HEAD}, {"spouse", pb::RELATION_SPOUSE}, {"child", pb::RELATION_CHILD},
         {"parent", pb::RELATION_PARENT}, {"grandchild", pb::RELATION_GRANDCHILD}, {"grandparent", pb::RELATION_GRANDPARENT},
         {"sibling", pb::RELATION_SIBLING}, {"child-in-law", pb::RELATION_CHILD_IN_LAW}, {"other", pb::RELATION_OTHER}});
}
pb::Schooling schoolingOf(const QString &v)
{
    return keyword<pb::Schooling>(QStringLiteral("schooling"), v,
        {{"none", pb::SCHOOLING_NONE}, {"preschool", pb::SCHOOLING_PRESCHOOL}, {"primary", pb::SCHOOLING_PRIMARY},
         {"lower-secondary", pb::SCHOOLING_LOWER_SECONDARY}, {"upper-secondary", pb::SCHOOLING_UPPER_SECONDARY},
         {"vocational", pb::SCHOOLING_VOCATIONAL}, {"university", pb::SCHOOLING_UNIVERSITY}, {"postgraduate", pb::SCHOOLING_POSTGRADUATE}});
}
pb::Literacy literacyOf(const QString &v)
{
    return keyword<pb::Literacy>(QStringLiteral("literacy"), v,
        {{"illiterate", pb::LITERACY_ILLITERATE}, {"level1", pb::LITERACY_LEVEL_1}, {"level2", pb::LITERACY_LEVEL_2}});
}
pb::VillageKind kindOf(const QString &v)
{
    return keyword<pb::VillageKind>(QStringLiteral("kind"), v,
        {{"thon", pb::VILLAGE_KIND_THON}, {"ap", pb::VILLAGE_KIND_AP}, {"ban", pb::VILLAGE_KIND_BAN}, {"buon", pb::VILLAGE_KIND_BUON},
         {"to-dan-pho", pb::VILLAGE_KIND_TO_DAN_PHO}, {"other", pb::VILLAGE_KIND_OTHER}});
}
bool yesNo(const QString &option, const QString &v)
{
    return keyword<bool>(option, v, {{"yes", true}, {"no", false}, {"true", true}, {"false", false}});
}
int intOf(const QString &option, const QString &v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok) throw UsageError("--" + str(option) + ": '" + str(v) + "' is not a number");
    return n;
}

// Decodes a command-line value into UTF-8 text in NFC, or refuses it.
QString text(const QString &v) { return cleanText(v); }

struct Context {
    LocalStore store;
    Args args;
};

Record mustGet(LocalStore &s, pb::RecordType t, const QString &id)
{
    auto r = s.get(t, str(id));
    if (!r || r->isDeleted()) throw EditError(str(domain::typeName(t)) + " '" + str(id) + "' does not exist");
    return *r;
}

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

void printRecord(const Record &r)
{
    out() << domain::typeName(r.type) << ' ' << q(r.id) << (r.isDeleted() ? " (deleted)" : "") << '\n';
    for (const auto &[n, f] : r.fields)
        if (!f.raw.empty()) out() << "  " << domain::renderField(r.type, n, f.raw) << '\n';
}

// Lists sorted the Vietnamese way by given name, then family and middle name.
void sortPeople(std::vector<Record> &records, const std::function<QStringList(const Record &)> &key)
{
    QCollator c(QLocale(QStringLiteral("vi_VN")));
    std::vector<std::pair<QStringList, Record>> keyed;
    for (auto &r : records) keyed.emplace_back(key(r), std::move(r));
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        for (int i = 0; i < a.first.size(); ++i)
            if (const int d = c.compare(a.first[i], b.first[i])) return d < 0;
        return false;
    });
    records.clear();
    for (auto &[k, r] : keyed) records.push_back(std::move(r));
}

// --- villages -------------------------------------------------------------------------------------------

int village(Context &c, const QString &verb)
{
    auto &a = c.args;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("commune"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("notes")});
        auto v = std::make_shared<pb::Village>();
        std::string id;
        if (verb == QLatin1String("add")) {
            const QString commune = a.require(QStringLiteral("commune"));
            if (!AdminUnits::builtin().commune(commune)) throw EditError("commune: '" + str(commune) + "' is not a 5-digit code in the national list");
            v->set_commune_code(str(commune));
            v->set_code_list(domain::kCodeList);
            v->set_name(str(text(a.require(QStringLiteral("name")))));
            v->set_kind(kindOf(a.value(QStringLiteral("kind"), QStringLiteral("thon"))));
            id = c.store.newId();
        } else {
            id = str(a.positional.value(2));
            mustGet(c.store, pb::RECORD_TYPE_VILLAGE, q(id));
            if (a.has(QStringLiteral("commune"))) throw UsageError("a village cannot move to another commune; create a new one");
            if (a.has(QStringLiteral("name"))) v->set_name(str(text(a.value(QStringLiteral("name")))));
            if (a.has(QStringLiteral("kind"))) v->set_kind(kindOf(a.value(QStringLiteral("kind"))));
        }
        if (a.has(QStringLiteral("notes"))) v->set_notes(str(a.value(QStringLiteral("notes"))));
        c.store.write({{pb::RECORD_TYPE_VILLAGE, id, v, {}, false}});
        out() << q(id) << '\n';
        return 0;
    }
    if (verb == QLatin1String("list")) {
        auto list = c.store.list(pb::RECORD_TYPE_VILLAGE, a.has(QStringLiteral("commune")) ? domain::communeId(a.value(QStringLiteral("commune"))) : std::string());
        for (const auto &r : list) {
            const auto v = valueOf<pb::Village>(r);
            out() << q(r.id) << '\t' << q(v.name()) << '\t' << q(v.commune_code()) << '\n';
        }
        return 0;
    }
    return -1;
}

// --- households -----------------------------------------------------------------------------------------

void headName(const Args &a, pb::Household *h, bool required)
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
        throw UsageError("give the head of household as --head \"Nguyễn Văn Hùng\" or --head-family/--head-middle/--head-given");
    }
}

int household(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("village"), QStringLiteral("head"), QStringLiteral("head-family"), QStringLiteral("head-middle"),
                 QStringLiteral("head-given"), QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("notes")});
        const bool add = verb == QLatin1String("add");
        auto h = std::make_shared<pb::Household>();
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
        auto list = s.list(pb::RECORD_TYPE_HOUSEHOLD, str(a.value(QStringLiteral("village"))), a.value(QStringLiteral("search")));
        sortPeople(list, [](const Record &r) {
            const auto h = valueOf<pb::Household>(r);
            return QStringList{q(h.head_given_name()), q(h.head_family_name()), q(h.head_middle_name())};
        });
        for (const auto &r : list) {
            const auto h = valueOf<pb::Household>(r);
            out() << q(r.id) << '\t' << joinName(q(h.head_family_name()), q(h.head_middle_name()), q(h.head_given_name()))
                  << '\t' << q(h.address()) << '\t' << q(h.phone()) << '\n';
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
            out() << "  " << q(m.id) << '\t' << joinName(q(v.family_name()), q(v.middle_name()), q(v.given_name())) << '\t'
                  << v.birth_year() << '\t' << q(pb::Relation_Name(v.relation())) << '\n';
        }
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_HOUSEHOLD, a.positional.value(2));
        std::vector<Edit> edits{{pb::RECORD_TYPE_HOUSEHOLD, r.id, nullptr, {}, true}};
        for (const auto &m : s.list(pb::RECORD_TYPE_MEMBER, r.id)) edits.push_back({m.type, m.id, nullptr, {}, true});
        for (const auto &cm : s.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP))
            if (valueOf<pb::ClanMembership>(cm).household_id() == r.id) edits.push_back({cm.type, cm.id, nullptr, {}, true});
        s.write(edits);
        out() << "deleted household " << q(r.id) << " and " << edits.size() - 1 << " linked records\n";
        return 0;
    }
    return -1;
}

// --- members --------------------------------------------------------------------------------------------

int member(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("household"), QStringLiteral("name"), QStringLiteral("family"), QStringLiteral("middle"),
                 QStringLiteral("given"), QStringLiteral("birth-year"), QStringLiteral("sex"), QStringLiteral("relation"),
                 QStringLiteral("schooling"), QStringLiteral("studying"), QStringLiteral("literacy"), QStringLiteral("activity"),
                 QStringLiteral("clear-activities"), QStringLiteral("cccd"), QStringLiteral("notes")});
        const bool add = verb == QLatin1String("add");
        auto m = std::make_shared<pb::Member>();
        std::vector<quint32> cleared;
        const std::string id = add ? s.newId() : str(a.positional.value(2));
        if (!add) mustGet(s, pb::RECORD_TYPE_MEMBER, q(id));
        if (add) m->set_household_id(str(a.require(QStringLiteral("household"))));
        else if (a.has(QStringLiteral("household"))) throw UsageError("a member cannot be moved with update; delete and add");
        if (a.has(QStringLiteral("name"))) {
            const NameParts n = splitFullName(a.value(QStringLiteral("name")));
            m->set_family_name(str(n.family));
            m->set_middle_name(str(n.middle));
            m->set_given_name(str(n.given));
        }
        if (a.has(QStringLiteral("family"))) m->set_family_name(str(text(a.value(QStringLiteral("family")))));
        if (a.has(QStringLiteral("middle"))) m->set_middle_name(str(text(a.value(QStringLiteral("middle")))));
        if (a.has(QStringLiteral("given"))) m->set_given_name(str(text(a.value(QStringLiteral("given")))));
        if (a.has(QStringLiteral("birth-year"))) m->set_birth_year(quint32(std::max(0, intOf(QStringLiteral("birth-year"), a.value(QStringLiteral("birth-year"))))));
        if (a.has(QStringLiteral("sex"))) m->set_sex(sexOf(a.value(QStringLiteral("sex"))));
        if (a.has(QStringLiteral("relation"))) m->set_relation(relationOf(a.value(QStringLiteral("relation"))));
        if (a.has(QStringLiteral("schooling"))) m->set_schooling(schoolingOf(a.value(QStringLiteral("schooling"))));
        if (a.has(QStringLiteral("studying"))) m->set_studying_now(yesNo(QStringLiteral("studying"), a.value(QStringLiteral("studying"))));
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
        auto list = s.list(pb::RECORD_TYPE_MEMBER, str(a.value(QStringLiteral("household"))), a.value(QStringLiteral("search")));
        sortPeople(list, [](const Record &r) {
            const auto m = valueOf<pb::Member>(r);
            return QStringList{q(m.given_name()), q(m.family_name()), q(m.middle_name())};
        });
        for (const auto &r : list) {
            const auto m = valueOf<pb::Member>(r);
            out() << q(r.id) << '\t' << joinName(q(m.family_name()), q(m.middle_name()), q(m.given_name())) << '\t' << m.birth_year()
                  << '\t' << q(m.household_id()) << '\n';
        }
        return 0;
    }
    return -1;
}

// --- clans ----------------------------------------------------------------------------------------------

int clan(Context &c, const QString &verb)
{
    auto &a = c.args;
    auto &s = c.store;
    if (verb == QLatin1String("add") || verb == QLatin1String("update")) {
        a.allow({QStringLiteral("db"), QStringLiteral("name"), QStringLiteral("branch"), QStringLiteral("head"), QStringLiteral("village"),
                 QStringLiteral("commune"), QStringLiteral("notes")});
        const bool add = verb == QLatin1String("add");
        auto k = std::make_shared<pb::Clan>();
        const std::string id = add ? s.newId() : str(a.positional.value(2));
        if (!add) mustGet(s, pb::RECORD_TYPE_CLAN, q(id));
        if (add || a.has(QStringLiteral("name"))) k->set_name(str(text(a.require(QStringLiteral("name")))));
        if (a.has(QStringLiteral("branch"))) k->set_branch(str(text(a.value(QStringLiteral("branch")))));
        if (a.has(QStringLiteral("head"))) k->set_head_name(str(text(a.value(QStringLiteral("head")))));
        for (const QString &v : a.values(QStringLiteral("village"))) k->add_village_ids(str(v));
        for (const QString &cc : a.values(QStringLiteral("commune"))) {
            if (!AdminUnits::builtin().commune(cc)) throw EditError("commune: '" + str(cc) + "' is not in the national list");
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
            out() << "  " << q(hid) << '\t' << (h ? domain::title(h->type, valueOf<pb::Household>(*h)) : QStringLiteral("(not on this device)")) << '\n';
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
int generic(Context &c, pb::RecordType t, const QString &verb)
{
    if (verb == QLatin1String("show")) {
        printRecord(mustGet(c.store, t, c.args.positional.value(2)));
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        const Record r = mustGet(c.store, t, c.args.positional.value(2));
        if (t == pb::RECORD_TYPE_VILLAGE && !c.store.list(pb::RECORD_TYPE_HOUSEHOLD, r.id).empty())
            throw EditError("village '" + r.id + "' still has households; move or delete them first");
        std::vector<Edit> edits{{t, r.id, nullptr, {}, true}};
        if (t == pb::RECORD_TYPE_CLAN)
            for (const auto &l : c.store.list(pb::RECORD_TYPE_CLAN_MEMBERSHIP, r.id)) edits.push_back({l.type, l.id, nullptr, {}, true});
        c.store.write(edits);
        out() << "deleted " << domain::typeName(t) << ' ' << q(r.id) << '\n';
        return 0;
    }
    return -1;
}

// --- sync, conflicts, status ----------------------------------------------------------------------------

int sync(Context &c)
{
    const QString server = c.args.value(QStringLiteral("server"), c.store.meta("server"));
    if (server.isEmpty()) throw UsageError("no server: give --server http://HOST:PORT (it is remembered)");
    const QUrl url(server);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        throw UsageError("--server must be an http:// or https:// address");
    if (c.args.has(QStringLiteral("server"))) c.store.setMeta("server", server);
    SyncClient client(c.store);
    client.setServer(url);
    SyncOptions o;
    if (c.args.has(QStringLiteral("page-size"))) o.pageSize = intOf(QStringLiteral("page-size"), c.args.value(QStringLiteral("page-size")));
    if (c.args.has(QStringLiteral("timeout"))) o.transferTimeoutMs = 1000 * intOf(QStringLiteral("timeout"), c.args.value(QStringLiteral("timeout")));
    client.setOptions(o);
    SyncReceipt receipt;
    QEventLoop loop;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReceipt &r) { receipt = r; loop.quit(); });
    QMetaObject::invokeMethod(&client, &SyncClient::start, Qt::QueuedConnection);
    loop.exec();
    out() << QStringLiteral("%1 change-sets sent, %2 records received, %3 conflicts, %4 rejected; %5 requests, %6 bytes up, %7 bytes down\n")
                 .arg(receipt.sent).arg(receipt.received).arg(receipt.conflicts).arg(receipt.rejected)
                 .arg(receipt.requests).arg(receipt.bytesUp).arg(receipt.bytesDown);
    if (!receipt.ok) {
        err(QStringLiteral("sync did not finish (%1): %2. Nothing is lost: %3 change-sets wait in the outbox and will be sent next time.")
                .arg(QString::fromLatin1(QMetaEnum::fromType<SyncReceipt::Error>().valueToKey(int(receipt.error))), receipt.message)
                .arg(c.store.pendingCount()));
        return 1;
    }
    return 0;
}

QString when(quint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::wallMs(hlc)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int conflicts(Context &c, const QString &verb)
{
    auto &s = c.store;
    if (verb.isEmpty() || verb == QLatin1String("list")) {
        const bool all = c.args.has(QStringLiteral("all"));
        for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) {
            const auto k = valueOf<pb::Conflict>(r);
            if (k.resolved() && !all) continue;
            out() << q(r.id) << '\t' << domain::typeName(k.record_type()) << ' ' << q(k.record_id()) << (k.resolved() ? "\tresolved: " + q(k.resolution()) : QString()) << '\n'
                  << "  winner: " << domain::renderField(k.record_type(), k.field(), k.winner_value()) << "  ("
                  << when(k.winner_hlc()) << ", device " << QStringLiteral("%1").arg(k.winner_device(), 16, 16, QLatin1Char('0')) << ")\n"
                  << "  loser:  " << domain::renderField(k.record_type(), k.field(), k.loser_value()) << "  ("
                  << when(k.loser_hlc()) << ", device " << QStringLiteral("%1").arg(k.loser_device(), 16, 16, QLatin1Char('0')) << ")\n";
        }
        return 0;
    }
    if (verb == QLatin1String("resolve")) {
        const Record r = mustGet(s, pb::RECORD_TYPE_CONFLICT, c.args.positional.value(2));
        const auto k = valueOf<pb::Conflict>(r);
        if (k.resolved()) throw EditError("conflict '" + r.id + "' is already resolved (" + k.resolution() + ")");
        const QString keep = c.args.require(QStringLiteral("keep"));
        if (keep != QLatin1String("winner") && keep != QLatin1String("loser")) throw UsageError("--keep must be winner or loser");
        auto res = std::make_shared<pb::Conflict>();
        res->set_resolved(true);
        res->set_resolution(str(keep));
        std::vector<Edit> edits{{pb::RECORD_TYPE_CONFLICT, r.id, res, {}, false}};
        if (keep == QLatin1String("loser")) {
            mustGet(s, k.record_type(), q(k.record_id()));
            std::shared_ptr<google::protobuf::Message> v(domain::newMessage(k.record_type()));
            std::vector<quint32> cleared;
            if (k.loser_value().empty()) cleared.push_back(k.field());
            else if (!v->ParseFromString(k.loser_value())) throw EditError("conflict '" + r.id + "' holds a malformed value");
            edits.push_back({k.record_type(), k.record_id(), v, cleared, false});
        }
        s.write(edits);
        out() << "resolved " << q(r.id) << ": kept the " << keep << " value\n";
        return 0;
    }
    return -1;
}

int status(Context &c)
{
    auto &s = c.store;
    out() << "device: " << s.deviceHex() << '\n'
          << "server: " << s.meta("server", QStringLiteral("(not set)")) << '\n'
          << "areas: " << s.areas().join(QLatin1Char(' ')) << '\n'
          << "pending change-sets: " << s.pendingCount() << '\n'
          << "cursor: " << s.cursorFor(s.areas()) << '\n';
    if (const auto last = s.lastSync(true))
        out() << "last successful sync: " << QDateTime::fromMSecsSinceEpoch(last->atMs).toString(Qt::ISODate) << '\n';
    else
        out() << "last successful sync: never\n";
    if (const auto last = s.lastSync(false); last && !last->error.isEmpty())
        out() << "last sync failed: " << last->error << '\n';
    int open = 0;
    for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) open += valueOf<pb::Conflict>(r).resolved() ? 0 : 1;
    out() << "open conflicts: " << open << '\n' << "rejected change-sets: " << s.rejected().size() << '\n';
    return 0;
}

QStringList checkedAreas(const QStringList &areas)
{
    for (const QString &a : areas) {
        if (a.startsWith(QLatin1String("c:")) && AdminUnits::builtin().commune(a.mid(2))) continue;
        if (a.startsWith(QLatin1String("p:")) && AdminUnits::builtin().province(a.mid(2))) continue;
        if (a.startsWith(QLatin1String("v:")) && a.size() > 2) continue;
        throw UsageError("area '" + str(a) + "' must be c:<commune code>, v:<village id> or p:<province code> from the national list");
    }
    return areas;
}

int dispatch(Context &c)
{
    const QString noun = c.args.positional.value(0), verb = c.args.positional.value(1);
    const std::pair<const char *, pb::RecordType> nouns[] = {
        {"village", pb::RECORD_TYPE_VILLAGE}, {"household", pb::RECORD_TYPE_HOUSEHOLD},
        {"member", pb::RECORD_TYPE_MEMBER}, {"clan", pb::RECORD_TYPE_CLAN}};
    for (const auto &[name, type] : nouns) {
        if (noun != QLatin1String(name)) continue;
        int rc = -1;
        if (type == pb::RECORD_TYPE_VILLAGE) rc = village(c, verb);
        else if (type == pb::RECORD_TYPE_HOUSEHOLD) rc = household(c, verb);
        else if (type == pb::RECORD_TYPE_MEMBER) rc = member(c, verb);
        else rc = clan(c, verb);
        if (rc == -1) rc = generic(c, type, verb);
        if (rc == -1) throw UsageError("unknown command '" + str(noun) + " " + str(verb) + "'");
        return rc;
    }
    if (noun == QLatin1String("area")) {
        QStringList areas = c.store.areas();
        if (verb == QLatin1String("add")) areas << checkedAreas(c.args.positional.mid(2));
        else if (verb == QLatin1String("remove")) for (const QString &a : c.args.positional.mid(2)) areas.removeAll(a);
        else if (verb != QLatin1String("list")) throw UsageError("usage: area add|remove|list [AREA...]");
        if (verb != QLatin1String("list")) c.store.setAreas(areas);
        for (const QString &a : c.store.areas()) out() << a << '\n';
        return 0;
    }
    if (noun == QLatin1String("sync")) return sync(c);
    if (noun == QLatin1String("status")) return status(c);
    if (noun == QLatin1String("conflicts")) {
        const int rc = conflicts(c, verb);
        if (rc == -1) throw UsageError("usage: conflicts [list [--all] | resolve ID --keep winner|loser]");
        return rc;
    }
    if (noun == QLatin1String("rejected")) {
        for (const auto &r : c.store.rejected())
            out() << r.seq << '\t' << q(pb::RejectReason_Name(pb::RejectReason(r.reason))) << '\t' << r.message << '\n';
        return 0;
    }
    if (noun == QLatin1String("export")) {
        const QStringList lines = dumpLocal(c.store, c.args.has(QStringLiteral("stamps")));
        if (c.args.has(QStringLiteral("out"))) {
            QFile f(c.args.value(QStringLiteral("out")));
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) throw EditError("cannot write " + str(f.fileName()));
            for (const QString &l : lines) f.write(l.toUtf8() + '\n');
        } else {
            for (const QString &l : lines) out() << l << '\n';
        }
        return 0;
    }
    if (noun == QLatin1String("import-csv")) {
        QFile f(verb);
        if (verb.isEmpty() || !f.open(QIODevice::ReadOnly)) throw UsageError("usage: import-csv FILE [--village ID] [--allow-duplicates]");
        const auto res = importHouseholdsCsv(c.store, f.readAll(), str(c.args.value(QStringLiteral("village"))), c.args.has(QStringLiteral("allow-duplicates")));
        for (const QString &e : res.errors) err(e);
        if (!res.errors.isEmpty()) { err(QStringLiteral("nothing imported: fix the rows above and run the import again")); return 1; }
        out() << "imported " << res.imported << " households\n";
        return 0;
    }
    if (noun == QLatin1String("seed")) {
        SeedOptions o;
        o.communeCode = c.args.require(QStringLiteral("commune"));
        o.households = intOf(QStringLiteral("households"), c.args.value(QStringLiteral("households"), QStringLiteral("100")));
        o.villages = intOf(QStringLiteral("villages"), c.args.value(QStringLiteral("villages"), QStringLiteral("5")));
        o.seed = quint32(intOf(QStringLiteral("seed"), c.args.value(QStringLiteral("seed"), QStringLiteral("1"))));
        o.fixedMembers = intOf(QStringLiteral("members"), c.args.value(QStringLiteral("members"), QStringLiteral("0")));
        for (const QString &v : c.args.values(QStringLiteral("village"))) { mustGet(c.store, pb::RECORD_TYPE_VILLAGE, v); o.useVillages.push_back(str(v)); }
        if (o.households < 0 || o.households > 1'000'000) throw UsageError("--households must be 0..1000000");
        const auto r = seedCommune(c.store, o);
        out() << "seeded " << r.households << " households with " << r.members << " members in " << r.villageIds.size() << " villages\n";
        for (const auto &v : r.villageIds) out() << "village " << q(v) << '\n';
        return 0;
    }
    throw UsageError("unknown command '" + str(noun) + "'; see 'khuyenhoc-cli help'");
}

} // namespace

QString helpText()
{
    return QStringLiteral(R"(khuyenhoc-cli: the Khuyến Học device database from the command line.

usage: khuyenhoc-cli [--db FILE] COMMAND ...     (FILE defaults to $KHUYENHOC_DB or ./khuyenhoc.sqlite)

Device
  init [--server URL] [--area AREA]...   create a new device database
  area add|remove AREA... | area list    subscribe to areas: c:<commune code>, v:<village id>, p:<province code>
  status                                 pending change-sets, last sync, open conflicts
  sync [--server URL]                    push pending edits and pull what is new (resumes after any cut)

Records (ids are printed by add and list)
  village add --commune CODE --name NAME [--kind thon|ap|ban|buon|to-dan-pho|other] [--notes T]
  village list [--commune CODE] | show ID | update ID [--name N] [--kind K] [--notes T] | delete ID
  household add --village ID --head "Họ Đệm Tên" [--address A] [--phone P] [--notes T]
                (or --head-family F --head-middle M --head-given G for compound names)
  household list [--village ID] [--search TEXT] | show ID | update ID [...] | delete ID
  member add --household ID --name "Họ Đệm Tên" (or --family/--middle/--given) [--birth-year Y]
             [--sex male|female] [--relation head|spouse|child|parent|grandchild|grandparent|sibling|child-in-law|other]
             [--schooling none|preschool|primary|lower-secondary|upper-secondary|vocational|university|postgraduate]
             [--studying yes|no] [--literacy illiterate|level1|level2] [--activity TEXT]... [--cccd 12DIGITS]
  member list [--household ID] [--search TEXT] | show ID | update ID [...] [--clear-activities] | delete ID
  clan add --name N [--branch B] [--head NAME] --village ID... [--commune CODE]...
  clan list | show ID | update ID [...] | delete ID | join CLAN HOUSEHOLD | leave CLAN HOUSEHOLD

Conflicts and refusals
  conflicts [list [--all]]               values that lost a same-field edit race
  conflicts resolve ID --keep winner|loser
  rejected                               change-sets the server refused, with reasons

Bulk work
  export [--stamps] [--out FILE]         canonical sorted dump, for comparing replicas
  import-csv FILE [--village ID] [--allow-duplicates]
                                         households from CSV (village, head, address, phone, notes)
  seed --commune CODE [--households N] [--villages K] [--village ID]... [--members M] [--seed S]
                                         synthetic households with realistic Vietnamese names

Exit status: 0 done, 1 refused or failed (nothing changed), 2 usage error.
)");
}

int run(const QStringList &argv)
{
    Context c;
    try {
        c.args = Args::parse(argv, {QStringLiteral("stamps"), QStringLiteral("all"), QStringLiteral("allow-duplicates"),
                                    QStringLiteral("clear-activities"), QStringLiteral("help")});
        const QString noun = c.args.positional.value(0);
        if (noun.isEmpty() || noun == QLatin1String("help") || c.args.has(QStringLiteral("help"))) {
            out() << helpText();
            out().flush();
            return noun.isEmpty() && !c.args.has(QStringLiteral("help")) ? 2 : 0;
        }
        QString db = c.args.value(QStringLiteral("db"), qEnvironmentVariable("KHUYENHOC_DB", QStringLiteral("khuyenhoc.sqlite")));
        if (noun == QLatin1String("init")) {
            const QStringList areas = checkedAreas(c.args.values(QStringLiteral("area")));
            c.store.create(db);
            c.store.setAreas(areas);
            if (c.args.has(QStringLiteral("server"))) c.store.setMeta("server", c.args.value(QStringLiteral("server")));
            out() << "created " << db << " for device " << c.store.deviceHex() << '\n';
            out().flush();
            return 0;
        }
        c.store.open(db);
        const int rc = dispatch(c);
        out().flush();
        return rc;
    } catch (const UsageError &e) {
        out().flush();
        err(QString::fromUtf8(e.what()));
        return 2;
    } catch (const EditError &e) {
        out().flush();
        err(QString::fromUtf8(e.what()));
        return 1;
    } catch (const std::exception &e) {
        out().flush();
        err(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
}

} // namespace kh::cli
