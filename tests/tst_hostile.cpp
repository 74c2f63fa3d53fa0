// The hostile-device suite (issue 12): every class of attack an outside engineer found with a client written from
// docs/protocol.md and ordinary accounts, against the real khuyenhoc-server binary. Each attack and its variants
// (other roles, record types, id shapes) must store nothing, and the honest phones' later syncs still apply.
// Long file: one server and its places for every class; split, each part would start and populate its own.
#include "core/access/access.h"
#include "core/records/ids.h"
#include "device/store/local_store.h"
#include "hostile_client.h"
#include "records.pb.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kh;
using namespace kh::test;

namespace {

const QString kCommune = QStringLiteral("22945");      // Phường Phan Thiết, Lâm Đồng (68)
const QString kOtherCommune = QStringLiteral("23008"); // Xã Phan Sơn, Lâm Đồng

pb::Household householdIn(const std::string &village, const char *given)
{
    pb::Household h;
    h.set_village_id(village);
    h.set_head_family_name("Nguyễn");
    h.set_head_given_name(given);
    return h;
}

pb::Member memberOf(const std::string &household, const char *given)
{
    pb::Member m;
    m.set_household_id(household);
    m.set_given_name(given);
    m.set_birth_year(2012);
    return m;
}

pb::Evaluation registration(const std::string &household, int year = 2026)
{
    pb::Evaluation e;
    e.set_model(pb::LEARNING_MODEL_FAMILY);
    e.set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
    e.set_subject_id(household);
    e.set_year(quint32(year));
    e.set_registered_on("2026-02-01");
    return e;
}

pb::Evaluation declaration()
{
    pb::Evaluation e;
    e.set_declared_on("2026-03-01");
    e.set_declared_by(pb::ASSESSOR_SELF);
    auto *a = e.add_self_assessment();
    a->set_code("1.1");
    a->set_met(true);
    return e;
}

pb::Evaluation decision()
{
    pb::Evaluation e;
    e.set_decided_on("2026-11-20");
    e.set_recognised(true);
    e.set_decision_number("45/QĐ-UBND");
    return e;
}

pb::Household phone(const char *number)
{
    pb::Household h;
    h.set_phone(number);
    return h;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    HostileClient m_client{m_server};
    std::string m_v1, m_v2, m_v3, m_h1, m_h2, m_h3, m_h4; // made by the administrator's phone
    std::map<QString, RawDevice> m_raw;                   // one attacker's device per account
    int m_honestEdits = 0;

    QString dump() { return m_server.admin({QStringLiteral("dump")}).out; }
    QString db(const char *name) { return m_dir.filePath(QLatin1String(name) + QStringLiteral(".sqlite")); }
    std::string cliOut(const QString &database, const QStringList &args)
    {
        const Result r = cli(database, args);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
        return r.out.trimmed().toStdString();
    }
    static quint64 deviceOf(const QString &database)
    {
        LocalStore s;
        s.open(database);
        return s.deviceId();
    }

    // The honest phones go on working: the village officer's and the commune's edit, sync with nothing refused,
    // and the server holds their edits.
    void honestPhonesStillSync()
    {
        const std::pair<const char *, std::string> phones[] = {{"thon1", m_h1}, {"xa1", m_h3}};
        for (const auto &[name, household] : phones) {
            const QString note = QStringLiteral("ghi chú thật %1").arg(++m_honestEdits);
            QCOMPARE(cli(db(name), {QStringLiteral("household"), QStringLiteral("update"),
                                    QString::fromStdString(household), QStringLiteral("--notes"), note})
                         .code,
                     0);
            const Result s = cli(db(name), {QStringLiteral("sync")});
            QVERIFY2(s.code == 0 && s.out.contains(QStringLiteral(" 0 rejected")), qPrintable(s.out + s.err));
            QVERIFY2(dump().contains(note), qPrintable(note));
        }
    }

    // Pushes `changes` as `who` and expects `outcome` with nothing stored.
    void expectNothingStored(const QString &who, const std::vector<pb::Change> &changes, const QString &outcome,
                             const char *words = nullptr)
    {
        const QString before = dump();
        const PushAnswer a = m_client.push(m_raw[who], changes);
        if (a.status == 0) qWarning().noquote() << m_server.log().right(3000);
        QVERIFY2(a.outcome == outcome,
                 qPrintable(QStringLiteral("%1: got %2 (%3), expected %4").arg(who, a.outcome, a.message, outcome)));
        if (words) QVERIFY2(a.message.contains(QLatin1String(words)), qPrintable(a.message));
        QCOMPARE(dump(), before);
    }
    void expectApplied(const QString &who, const std::vector<pb::Change> &changes)
    {
        const PushAnswer a = m_client.push(m_raw[who], changes);
        QVERIFY2(a.outcome == QLatin1String("applied"), qPrintable(who + QStringLiteral(": ") + a.outcome + a.message));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data"))), qPrintable(m_server.log()));
        QCOMPARE(cli(db("admin"), {QStringLiteral("init")}).code, 0);
        QVERIFY(m_server.loginAdmin(db("admin")));
        const QString admin = db("admin");
        auto add = [&](const QStringList &args) { return cliOut(admin, args); };
        m_v1 = add({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"), kCommune,
                    QStringLiteral("--name"), QStringLiteral("Thôn Một")});
        m_v2 = add({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"), kCommune,
                    QStringLiteral("--name"), QStringLiteral("Thôn Hai")});
        m_v3 = add({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"), kOtherCommune,
                    QStringLiteral("--name"), QStringLiteral("Thôn Ba")});
        auto household = [&](const std::string &v, const char *head) {
            return add({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"),
                        QString::fromStdString(v), QStringLiteral("--head"), QString::fromUtf8(head)});
        };
        m_h1 = household(m_v1, "Nguyễn Văn An");
        m_h2 = household(m_v1, "Trần Thị Bình");
        m_h3 = household(m_v2, "Lê Văn Cường");
        m_h4 = household(m_v1, "Phạm Thị Dung");
        QCOMPARE(cli(admin, {QStringLiteral("sync")}).code, 0);
        const auto v = [](const std::string &id) { return QStringLiteral("v:") + QString::fromStdString(id); };
        QCOMPARE(m_server.addUser(QStringLiteral("thon1"), QStringLiteral("village-officer"), {v(m_v1)}).code, 0);
        QCOMPARE(m_server.addUser(QStringLiteral("thon2"), QStringLiteral("village-officer"), {v(m_v2)}).code, 0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("xa1"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("tinh"), QStringLiteral("provincial-staff"), {QStringLiteral("p:68")}).code,
            0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("ho1"), QStringLiteral("household"), {}, QString::fromStdString(m_h1)).code,
            0);
        // The honest phones: the officer of village 1 and the commune's, each with its own database.
        for (const char *name : {"thon1", "xa1"}) {
            QCOMPARE(cli(db(name), {QStringLiteral("init")}).code, 0);
            QCOMPARE(m_server.login(db(name), QLatin1String(name)).code, 0);
            QCOMPARE(cli(db(name), {QStringLiteral("sync")}).code, 0);
        }
        // The attacker's devices: one per account, and the administrator's for what only it may set up.
        for (const char *name : {"thon1", "thon2", "xa1", "tinh", "ho1", "quantri"}) {
            m_raw[QLatin1String(name)] = m_client.device(QLatin1String(name));
            QVERIFY(!m_raw[QLatin1String(name)].token.isEmpty());
        }
        honestPhonesStillSync();
    }

    // Class 1: a device id belongs to the account that first used it; change-set numbers have no gaps.
    void deviceIdsBelongToTheirAccount()
    {
        const quint64 officersPhone = deviceOf(db("thon1"));
        for (const char *other : {"ho1", "thon2", "xa1", "tinh", "quantri"}) {
            RawDevice stolen;
            QCOMPARE(m_client.login(stolen, QLatin1String(other), officersPhone), 403);
        }
        // The server's own id (in the stamps of the reference records every device pulls) is nobody's.
        const auto refs = m_client.pullAll(m_raw[QStringLiteral("xa1")], QStringLiteral("c:") + kCommune);
        quint64 serverDevice = 0;
        for (const auto &r : refs)
            if (r.type == pb::RECORD_TYPE_COMMUNE) serverDevice = r.fields.begin()->second.stamp.device;
        QVERIFY(serverDevice != 0);
        RawDevice server;
        QCOMPARE(m_client.login(server, QStringLiteral("quantri"), serverDevice), 403);
        // A token is good only on its device: the household's token on the officer's id is refused.
        RawDevice mixed = m_raw[QStringLiteral("ho1")];
        mixed.id = officersPhone;
        QCOMPARE(m_client.push(mixed, {change(pb::RECORD_TYPE_MEMBER, mixed.newId(), memberOf(m_h1, "Hoa"))}).status,
                 403);
        // The officer's phone is listed under its account only.
        const QString households = m_server
                                       .admin({QStringLiteral("device"), QStringLiteral("list"),
                                               QStringLiteral("--user"), QStringLiteral("ho1")})
                                       .out;
        QVERIFY(!households.contains(QStringLiteral("%1").arg(officersPhone, 16, 16, QLatin1Char('0'))));
        honestPhonesStillSync();
    }

    void aGapInChangeSetNumbersIsRefusedInWords()
    {
        RawDevice &ho = m_raw[QStringLiteral("ho1")];
        expectApplied(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, ho.newId(), memberOf(m_h1, "Hoa"))});
        const quint64 last = ho.seq;
        const QString before = dump();
        for (const quint64 seq : {last + 2, quint64(1) << 40, ~quint64(0)}) {
            const PushAnswer a =
                m_client.push(ho, {change(pb::RECORD_TYPE_MEMBER, ho.newId(), memberOf(m_h1, "Mai"))}, seq);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.outcome, QStringLiteral("rejected SEQUENCE_GAP"));
            QVERIFY2(a.message.contains(QString::number(last + 1)), qPrintable(a.message)); // says which comes next
            QCOMPARE(a.response.acked_seq(), last); // not acknowledged past the gap
            QCOMPARE(ho.seq, last);
        }
        QCOMPARE(dump(), before);
        // Numbering on from the last one processed works, and a replay of it changes nothing.
        expectApplied(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, ho.newId(), memberOf(m_h1, "Lan"))});
        const QString after = dump();
        const PushAnswer replay =
            m_client.push(ho, {change(pb::RECORD_TYPE_MEMBER, ho.newId(), memberOf(m_h1, "Khác"))}, ho.seq);
        QCOMPARE(replay.response.acked_seq(), ho.seq);
        QCOMPARE(dump(), after);
        honestPhonesStillSync();
    }

    // Class 2: ids have a grammar; none can carry an area key, a line break or another device's name.
    void idsOutsideTheGrammarAreRejected()
    {
        RawDevice &thon = m_raw[QStringLiteral("thon1")];
        const std::string mine = thon.hex();
        const std::string otherDevice = m_raw[QStringLiteral("thon2")].hex();
        const std::string ids[] = {mine + "-1 rg",
                                   mine + "-2 c:" + kOtherCommune.toStdString(),
                                   mine + "-3\nforged line",
                                   mine + "-4\t",
                                   "ho-1",
                                   mine,
                                   mine + "-",
                                   mine + "-abcdefghijklmn",
                                   QString::fromStdString(mine).toUpper().toStdString() + "-5",
                                   otherDevice + "-6",
                                   mine + "-7\u202e",
                                   std::string(200, 'a')};
        for (const auto &id : ids) {
            expectNothingStored(QStringLiteral("thon1"),
                                {change(pb::RECORD_TYPE_HOUSEHOLD, id, householdIn(m_v1, "Ác"))},
                                QStringLiteral("rejected INVALID"));
            expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_MEMBER, id, memberOf(m_h1, "Ác"))},
                                QStringLiteral("rejected INVALID"));
        }
        // Commune staff making a village, a clan or a unit: the same grammar.
        pb::Village v;
        v.set_commune_code(kCommune.toStdString());
        v.set_name("Thôn Giả");
        pb::Clan k;
        k.set_name("Họ Giả");
        k.add_village_ids(m_v1);
        for (const std::string &id : {std::string("lang rg"), m_raw[QStringLiteral("thon1")].hex() + "-9"}) {
            expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_VILLAGE, id, v)},
                                QStringLiteral("rejected INVALID"));
            expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_CLAN, id, k)},
                                QStringLiteral("rejected INVALID"));
        }
        // Derived ids are accepted only with the fields they derive from.
        const std::string elsewhere = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h2, 2026);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_EVALUATION, elsewhere, registration(m_h1))},
                            QStringLiteral("rejected INVALID"), "model, subject and year");
        const std::string clan = m_raw[QStringLiteral("xa1")].newId();
        expectApplied(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_CLAN, clan, k)});
        pb::ClanMembership link;
        link.set_clan_id(clan);
        link.set_household_id(m_h1);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_CLAN_MEMBERSHIP, domain::membershipId(link.clan_id(), m_h2), link)},
                            QStringLiteral("rejected INVALID"));
        honestPhonesStillSync();
    }

    void administratorsOutputCannotBeForged()
    {
        // The device name a login sends and the notes a record carries reach the administrator's terminal.
        RawDevice named;
        QCOMPARE(m_client.login(named, QStringLiteral("thon2"), QRandomGenerator::global()->generate64() | 1,
                                "Máy\nforged\tline \u202e\x1b[2J"),
                 200);
        const QString list = m_server
                                 .admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"),
                                         QStringLiteral("thon2")})
                                 .out;
        for (const QString &line : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(!line.startsWith(QLatin1String("forged")), qPrintable(list));
            QVERIFY(!line.contains(QChar(0x1b)) && !line.contains(QChar(0x202e)));
        }
        QVERIFY(list.contains(QStringLiteral("\\u{000a}forged\\u{0009}line")));
        RawDevice &ho = m_raw[QStringLiteral("ho1")];
        pb::Member m = memberOf(m_h1, "Hà");
        m.set_notes("dòng một\ndòng hai\u2028dòng ba");
        const std::string id = ho.newId();
        expectApplied(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, id, m)});
        const QString audit =
            m_server.admin({QStringLiteral("audit"), QStringLiteral("--record"), QString::fromStdString(id)}).out;
        QCOMPARE(audit.trimmed().split(QLatin1Char('\n')).size(), 1);
        QVERIFY(!audit.contains(QChar(0x2028)));
    }

    // Class 3: the yearly cycle on the server, as on the phone; recognitions neither made nor moved without the
    // deciding role.
    void recognitionsFollowTheCycle()
    {
        const std::string e = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h1, 2026);
        const QString refused = QStringLiteral("refused"), invalid = QStringLiteral("rejected INVALID");
        auto merged = [](pb::Evaluation a, const pb::Evaluation &b) {
            a.MergeFrom(b);
            return a;
        };
        // Created only registered, by anyone who may register it.
        // (The household account is refused a decision for its role before the cycle is looked at.)
        expectNothingStored(QStringLiteral("ho1"),
                            {change(pb::RECORD_TYPE_EVALUATION, e, merged(registration(m_h1), decision()))}, refused);
        for (const char *who : {"ho1", "thon1", "xa1"}) {
            if (QLatin1String(who) != QLatin1String("ho1"))
                expectNothingStored(QLatin1String(who),
                                    {change(pb::RECORD_TYPE_EVALUATION, e, merged(registration(m_h1), decision()))},
                                    refused);
            expectNothingStored(QLatin1String(who),
                                {change(pb::RECORD_TYPE_EVALUATION, e, merged(registration(m_h1), declaration()))},
                                refused, "created registered");
        }
        expectApplied(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_EVALUATION, e, registration(m_h1))});
        // Its identity never changes: not the year, the subject or the model (the id is made of them).
        pb::Evaluation moved;
        moved.set_year(2025);
        expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_EVALUATION, e, moved)}, invalid);
        moved.Clear();
        moved.set_subject_id(m_h2);
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_EVALUATION, e, moved)}, invalid);
        moved.Clear();
        moved.set_model(pb::LEARNING_MODEL_COMMUNE_COMMUNITY);
        expectNothingStored(QStringLiteral("tinh"), {change(pb::RECORD_TYPE_EVALUATION, e, merged(moved, decision()))},
                            invalid);
        // Steps in order: no verification without a self-assessment, no decision before verification.
        pb::Evaluation verified;
        verified.set_verified_on("2026-04-01");
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_EVALUATION, e, verified)}, refused,
                            "without a self-assessment");
        pb::ItemVerification verdict;
        verdict.set_evaluation_id(e);
        verdict.set_code("1.1");
        verdict.set_agree(true);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(e, "1.1"), verdict)},
                            refused, "no self-assessment");
        expectApplied(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_EVALUATION, e, declaration())});
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_EVALUATION, e, decision())}, refused,
                            "before it was verified");
        expectApplied(QStringLiteral("thon1"),
                      {change(pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(e, "1.1"), verdict),
                       change(pb::RECORD_TYPE_EVALUATION, e, verified)});
        // Once verified the self-assessment stays; only the commune decides a family.
        expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_EVALUATION, e, declaration())}, refused);
        for (const char *who : {"ho1", "thon1", "tinh"})
            expectNothingStored(QLatin1String(who), {change(pb::RECORD_TYPE_EVALUATION, e, decision())}, refused);
        expectApplied(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_EVALUATION, e, decision())});
        // Decided: its verdicts and answers no longer change.
        verdict.set_agree(false);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(e, "1.1"), verdict)},
                            refused, "decided");
        expectNothingStored(QStringLiteral("thon1"), {deletion(pb::RECORD_TYPE_EVALUATION, e)}, refused);
        honestPhonesStillSync();
    }

    void aCommuneCommunityIsDecidedAboveTheCommune()
    {
        // Set up by the administrator, already verified; commune staff may not decide it under any model.
        const std::string c = domain::evaluationId(pb::LEARNING_MODEL_COMMUNE_COMMUNITY, kCommune.toStdString(), 2026);
        pb::Evaluation ready = registration(kCommune.toStdString());
        ready.set_model(pb::LEARNING_MODEL_COMMUNE_COMMUNITY);
        ready.set_subject_type(pb::RECORD_TYPE_COMMUNE);
        ready.MergeFrom(declaration());
        ready.set_verified_on("2026-04-01");
        expectApplied(QStringLiteral("quantri"), {change(pb::RECORD_TYPE_EVALUATION, c, ready)});
        pb::Evaluation asFamily = decision();
        asFamily.set_model(pb::LEARNING_MODEL_FAMILY);
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_EVALUATION, c, asFamily)},
                            QStringLiteral("rejected INVALID"));
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_EVALUATION, c, decision())},
                            QStringLiteral("refused"), "level above the commune");
        // A verdict's evaluation is its evaluation_id, not a prefix of its id.
        pb::ItemVerification v;
        v.set_evaluation_id(domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h1, 2026));
        v.set_code("1.1");
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(c, "1.1"), v)},
                            QStringLiteral("rejected INVALID"));
        expectApplied(QStringLiteral("tinh"), {change(pb::RECORD_TYPE_EVALUATION, c, decision())});
    }

    // Class 4: access is judged on where a record is now, never on where it once was.
    void aMovedHouseholdBelongsToItsNewVillageOnly()
    {
        QCOMPARE(cli(db("admin"), {QStringLiteral("household"), QStringLiteral("update"), QString::fromStdString(m_h4),
                                   QStringLiteral("--village"), QString::fromStdString(m_v2)})
                     .code,
                 0);
        QCOMPARE(cli(db("admin"), {QStringLiteral("sync")}).code, 0);
        RawDevice &thon = m_raw[QStringLiteral("thon1")];
        const QString refused = QStringLiteral("refused");
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_HOUSEHOLD, m_h4, phone("0912345678"))},
                            refused, "outside your areas");
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_MEMBER, thon.newId(), memberOf(m_h4, "Ý"))}, refused);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_EVALUATION,
                                    domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h4, 2026), registration(m_h4))},
                            refused);
        pb::Household back;
        back.set_village_id(m_v1);
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_HOUSEHOLD, m_h4, back)}, refused);
        expectNothingStored(QStringLiteral("thon1"), {deletion(pb::RECORD_TYPE_HOUSEHOLD, m_h4)}, refused);
        // Its new village's officer may.
        expectApplied(QStringLiteral("thon2"), {change(pb::RECORD_TYPE_HOUSEHOLD, m_h4, phone("0987654321"))});
        // Commune staff cannot hand a village (and its households) to another commune, nor take one from it.
        pb::Village away;
        away.set_commune_code(kOtherCommune.toStdString());
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_VILLAGE, m_v1, away)}, refused);
        pb::Village here;
        here.set_commune_code(kCommune.toStdString());
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_VILLAGE, m_v3, here)}, refused);
        honestPhonesStillSync();
    }

    // Class 5: nobody can take an id that is someone else's to make.
    void idsCannotBeSquatted()
    {
        // A registration made in advance for a household elsewhere is refused; its own officer's then works.
        const std::string e = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h3, 2026);
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_EVALUATION, e, registration(m_h3))},
                            QStringLiteral("refused"));
        expectApplied(QStringLiteral("thon2"), {change(pb::RECORD_TYPE_EVALUATION, e, registration(m_h3))});
        // The honest phone's next ids, planted in advance by another device: refused, so its creates still land.
        std::string next;
        {
            LocalStore honest;
            honest.open(db("thon1"));
            next = honest.newId(); // handed out again by the next write: nothing written here
        }
        const std::string later = next.substr(0, 17) + "zz";
        for (const auto &id : {next, later})
            for (const char *who : {"thon1", "xa1", "quantri"})
                expectNothingStored(QLatin1String(who),
                                    {change(pb::RECORD_TYPE_HOUSEHOLD, id, householdIn(m_v1, "Giả"))},
                                    QStringLiteral("rejected INVALID"), "carries that device's id");
        const std::string made = cliOut(db("thon1"), {QStringLiteral("household"), QStringLiteral("add"),
                                                      QStringLiteral("--village"), QString::fromStdString(m_v1),
                                                      QStringLiteral("--head"), QStringLiteral("Võ Văn Thật")});
        QCOMPARE(made, next);
        const Result s = cli(db("thon1"), {QStringLiteral("sync")});
        QVERIFY2(s.code == 0 && s.out.contains(QStringLiteral(" 0 rejected")), qPrintable(s.out));
        QVERIFY(dump().contains(QStringLiteral("Thật")));
    }

    // Class 6: a conflict's evidence stays; only its resolution changes.
    void conflictEvidenceCannotBeErased()
    {
        // Two writes of one field: the older one loses and is kept as a conflict.
        const qint64 now = DeviceClock::systemNowMs();
        expectApplied(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_HOUSEHOLD, m_h2, phone("0911111111"))});
        const PushAnswer lost =
            m_client.push(m_raw[QStringLiteral("xa1")], {change(pb::RECORD_TYPE_HOUSEHOLD, m_h2, phone("0922222222"))},
                          0, now - 600000);
        QCOMPARE(lost.outcome, QStringLiteral("applied"));
        QVERIFY(lost.response.conflicts_created() >= 1);
        std::string conflict;
        for (const auto &r :
             m_client.pullAll(m_raw[QStringLiteral("thon1")], QStringLiteral("v:") + QString::fromStdString(m_v1)))
            if (r.type == pb::RECORD_TYPE_CONFLICT) conflict = r.id;
        QVERIFY(!conflict.empty());
        const QString readOnly = QStringLiteral("rejected READ_ONLY");
        for (const quint32 field : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u, 10u}) {
            pb::Change clear;
            clear.set_type(pb::RECORD_TYPE_CONFLICT);
            clear.set_id(conflict);
            clear.add_cleared(field);
            expectNothingStored(QStringLiteral("thon1"), {clear}, readOnly);
        }
        pb::Conflict forged;
        forged.set_record_id(m_h1);
        expectNothingStored(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_CONFLICT, conflict, forged)}, readOnly);
        expectNothingStored(QStringLiteral("thon1"), {deletion(pb::RECORD_TYPE_CONFLICT, conflict)}, readOnly);
        expectNothingStored(QStringLiteral("thon1"),
                            {change(pb::RECORD_TYPE_CONFLICT, "x0123456789abcdef0123", forged)}, readOnly);
        pb::Conflict resolved;
        resolved.set_resolved(true);
        resolved.set_resolution("winner");
        expectApplied(QStringLiteral("thon1"), {change(pb::RECORD_TYPE_CONFLICT, conflict, resolved)});
    }

    // Class 7: every field in range for its real type, enums known, no bidi or invisible text, on the merged record;
    // the error names the record and the field.
    void invalidValuesAreRefusedByName()
    {
        RawDevice &ho = m_raw[QStringLiteral("ho1")];
        const QString invalid = QStringLiteral("rejected INVALID");
        pb::Member m = memberOf(m_h1, "Hoa");
        m.set_birth_year(4294967295u);
        expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, ho.newId(), m)}, invalid,
                            "birth_year");
        m = memberOf(m_h1, "Hoa");
        m.set_sex(pb::Sex(99));
        expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, ho.newId(), m)}, invalid, "sex");
        for (const char *name : {"An\u202egnol", "\u200b\u2060", "\u2066Hoa\u2069", " "}) {
            m = memberOf(m_h1, "Hoa");
            m.set_given_name(name);
            expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, ho.newId(), m)}, invalid,
                                "given_name");
        }
        // Cross-field rules hold on the merged record, across change-sets.
        const std::string kid = ho.newId();
        m = memberOf(m_h1, "Hoa");
        m.set_birth_year(2000);
        expectApplied(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, kid, m)});
        pb::Member cccd;
        cccd.set_cccd("001085123456"); // born in 1985
        expectNothingStored(QStringLiteral("ho1"), {change(pb::RECORD_TYPE_MEMBER, kid, cccd)}, invalid, "cccd");
        pb::LearningUnit u;
        u.set_commune_code(kCommune.toStdString());
        u.set_name("Trường Tiểu học");
        u.set_member_count(10);
        const std::string unit = m_raw[QStringLiteral("xa1")].newId();
        expectApplied(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_LEARNING_UNIT, unit, u)});
        pb::LearningUnit more;
        more.set_learning_citizens(20);
        expectNothingStored(QStringLiteral("xa1"), {change(pb::RECORD_TYPE_LEARNING_UNIT, unit, more)}, invalid,
                            "learning_citizens");
        // Points out of any range, an evaluation year no calendar has.
        pb::Evaluation points = declaration();
        points.mutable_self_assessment(0)->set_points(4294967295u);
        expectNothingStored(
            QStringLiteral("ho1"),
            {change(pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h1, 2026), points)},
            invalid, "points");
        // One record twice in one change-set; a malformed field named.
        expectNothingStored(QStringLiteral("ho1"),
                            {change(pb::RECORD_TYPE_MEMBER, kid, memberOf(m_h1, "Một")),
                             change(pb::RECORD_TYPE_MEMBER, kid, memberOf(m_h1, "Hai"))},
                            invalid, "changed twice");
        pb::Change bad = change(pb::RECORD_TYPE_MEMBER, ho.newId(), memberOf(m_h1, "ok"));
        std::string raw = bad.values();
        raw.replace(raw.find("ok"), 2, "\xff\xfe");
        bad.set_values(raw);
        expectNothingStored(QStringLiteral("ho1"), {bad}, invalid, "given_name");
        // A field sent with another wire type (a varint where decided_on, a string, belongs), or one nobody defined.
        for (const char *bytes : {"\x70\x01", "\x98\x06\x01"}) { // field 14 as a varint; field 99, a varint
            pb::Change odd = change(pb::RECORD_TYPE_EVALUATION,
                                    domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_h1, 2026), pb::Evaluation());
            odd.set_values(bytes);
            expectNothingStored(QStringLiteral("ho1"), {odd}, invalid, "not a field");
        }
        honestPhonesStillSync();
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
