// Accounts and access through the real khuyenhoc-server binary: the authorisation matrix (every endpoint and
// kind of change x every role x in and out of its areas), logins and their rate limit, token expiry,
// revocation, forged and replayed tokens, tokens bound to their device, the audit log, and TLS.
// Long file: the authorisation matrix and every attack class against one running server; split, each part would start its own.
#include "core/areas/admin_units.h"
#include "core/demo/vietnamese_names.h"
#include "core/records/hybrid_clock.h"
#include "core/records/ids.h"
#include "device/account/device_account.h"
#include "device/store/local_store.h"
#include "http.h"
#include "process.h"
#include "sync.pb.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace kh;
using namespace kh::test;

namespace {

const QString kCommune = QStringLiteral("22945");      // Phường Phan Thiết, Lâm Đồng (68)
const QString kOtherCommune = QStringLiteral("23008"); // Xã Phan Sơn, Lâm Đồng: same province, other commune

// A device logged in as one account: its id and token, and the next change-set number.
struct Device {
    QString user;
    quint64 id = 0;
    QByteArray token;
    quint64 seq = 0;
};

template <typename M>
pb::Change change(pb::RecordType type, const std::string &id, const M &values)
{
    pb::Change c;
    c.set_type(type);
    c.set_id(id);
    c.set_values(values.SerializeAsString());
    return c;
}

pb::Household phone(const std::string &number)
{
    pb::Household h;
    h.set_phone(number);
    return h;
}

pb::Member member(const std::string &household, const std::string &notes = {})
{
    pb::Member m;
    m.set_household_id(household);
    if (!notes.empty()) m.set_notes(notes);
    m.set_given_name("Hoa");
    m.set_birth_year(2015);
    return m;
}

pb::Evaluation registration(pb::LearningModel model, pb::RecordType subjectType, const std::string &subject)
{
    pb::Evaluation e;
    e.set_model(model);
    e.set_subject_type(subjectType);
    e.set_subject_id(subject);
    e.set_year(2026);
    e.set_registered_on("2026-02-01");
    return e;
}

// The registration, self-assessed (and, with `verifiedToo`, verified): where a verdict or a decision is taken.
pb::Evaluation advanced(pb::Evaluation e, bool verifiedToo)
{
    e.set_declared_on("2026-03-01");
    e.set_declared_by(pb::ASSESSOR_OFFICER);
    auto *a = e.add_self_assessment();
    a->set_code("1.1");
    a->set_met(true);
    if (verifiedToo) e.set_verified_on("2026-04-01");
    return e;
}

pb::Evaluation decision()
{
    pb::Evaluation e;
    e.set_recognised(true);
    e.set_decision_number("45/QĐ-UBND");
    e.set_decided_on("2026-11-20");
    return e;
}

pb::ItemVerification verdict(const std::string &evaluation)
{
    pb::ItemVerification v;
    v.set_evaluation_id(evaluation);
    v.set_code("1.1");
    v.set_agree(true);
    return v;
}

pb::Village village(const QString &commune, const std::string &name)
{
    pb::Village v;
    v.set_commune_code(commune.toStdString());
    v.set_code_list(domain::kCodeList);
    v.set_name(name);
    return v;
}

pb::Household household(const std::string &villageId, const std::string &given)
{
    pb::Household h;
    h.set_village_id(villageId);
    h.set_head_family_name("Nguyễn");
    h.set_head_given_name(given);
    return h;
}

} // namespace

class TestSecurity : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_farCommune; // a commune of another province
    std::map<QString, Device> m_devices;
    QString m_adminHex; // the administrator's device, which made the places and households below

    // Ids have a grammar (docs/data-model.md, "Ids"): a record made on a device carries that device's id.
    static QString hexOf(quint64 device) { return QStringLiteral("%1").arg(device, 16, 16, QLatin1Char('0')); }
    // The id of a place or household the administrator made, by its nickname ("ho-1" -> "<admin>-ho1").
    std::string P(const char *nick) const { return Q(nick).toStdString(); }
    QString Q(const char *nick) const
    {
        return m_adminHex + QLatin1Char('-') + QString::fromLatin1(nick).remove(QLatin1Char('-'));
    }
    // An id device `d` may make, named after `text`.
    static std::string mine(const Device &d, const std::string &text)
    {
        return (hexOf(d.id) + QLatin1Char('-') +
                QString::number(qHash(QString::fromStdString(text)) % 3656158440062976ULL, 36))
            .toStdString();
    }

    Device login(const QString &user)
    {
        const QString db = m_dir.filePath(user + QStringLiteral(".sqlite"));
        if (!QFile::exists(db)) [&] { QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0); }();
        const Result r = m_server.login(db, user);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
        LocalStore s;
        s.open(db);
        // The same device logging in again goes on numbering its change-sets where it was.
        const auto known = m_devices.find(user);
        return Device{user, s.deviceId(), s.meta("auth_token").toLatin1(),
                      known == m_devices.end() ? 0 : known->second.seq};
    }

    Http post(const QString &path, const pb::SyncRequest &req, const QByteArray &token)
    {
        return request("POST", m_server.url() + path, QByteArray::fromStdString(req.SerializeAsString()), {}, token);
    }

    // Pushes one change-set of `changes` as `d`. Returns "applied", "refused" (the server's Rejection names
    // the record), "rejected" (the whole change-set) or "HTTP <status>".
    QString push(Device &d, const std::vector<pb::Change> &changes, QString *message = nullptr)
    {
        pb::SyncRequest req;
        req.set_protocol(1);
        req.set_device(d.id);
        auto *cs = req.add_push();
        cs->set_seq(++d.seq);
        cs->set_hlc(HybridClock::make(DeviceClock::systemNowMs(), quint32(d.seq)));
        for (const auto &c : changes) *cs->add_changes() = c;
        const Http h = post(QStringLiteral("/v1/sync"), req, d.token);
        if (h.status != 200) return QStringLiteral("HTTP %1").arg(h.status);
        pb::SyncResponse resp;
        if (!resp.ParseFromString(h.body.toStdString())) return QStringLiteral("unreadable");
        if (resp.acked_seq() != d.seq) return QStringLiteral("not acknowledged");
        if (resp.rejected_size() == 0) return QStringLiteral("applied");
        if (message) *message = QString::fromStdString(resp.rejected(0).message());
        return resp.rejected(0).record_id().empty() ? QStringLiteral("rejected") : QStringLiteral("refused");
    }

    int pull(const Device &d, const QString &area, pb::SyncResponse *out = nullptr)
    {
        pb::SyncRequest req;
        req.set_protocol(1);
        req.set_device(d.id);
        req.add_areas(area.toStdString());
        req.set_pull(true);
        const Http h = post(QStringLiteral("/v1/sync"), req, d.token);
        if (out) out->ParseFromString(h.body.toStdString());
        return h.status;
    }

    int report(const Device &d, const QString &area)
    {
        return request("GET", m_server.url() + QStringLiteral("/v1/report?area=%1&year=2026").arg(area), {}, {},
                       d.token)
            .status;
    }

    QString dump() { return m_server.admin({QStringLiteral("dump")}).out; }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data"))), qPrintable(m_server.log()));
        for (const auto &c : AdminUnits::builtin().communes())
            if (c.provinceCode != QLatin1String("68")) {
                m_farCommune = c.code;
                break;
            }
        QVERIFY(!m_farCommune.isEmpty());
        // The places, made by an administrator: two villages of the commune, one of the next commune, one far away.
        QCOMPARE(m_server.addUser(QStringLiteral("quantri"), QStringLiteral("admin")).code, 0);
        Device admin = login(QStringLiteral("quantri"));
        m_adminHex = hexOf(admin.id);
        QCOMPARE(push(admin, {change(pb::RECORD_TYPE_VILLAGE, P("thon-1"), village(kCommune, "Thôn Một")),
                              change(pb::RECORD_TYPE_VILLAGE, P("thon-2"), village(kCommune, "Thôn Hai")),
                              change(pb::RECORD_TYPE_VILLAGE, P("thon-3"), village(kOtherCommune, "Thôn Ba")),
                              change(pb::RECORD_TYPE_VILLAGE, P("thon-xa"), village(m_farCommune, "Thôn Xa")),
                              change(pb::RECORD_TYPE_HOUSEHOLD, P("ho-1"), household(P("thon-1"), "An")),
                              change(pb::RECORD_TYPE_HOUSEHOLD, P("ho-2"), household(P("thon-1"), "Bình")),
                              change(pb::RECORD_TYPE_HOUSEHOLD, P("ho-3"), household(P("thon-2"), "Cúc")),
                              change(pb::RECORD_TYPE_HOUSEHOLD, P("ho-4"), household(P("thon-3"), "Dung")),
                              change(pb::RECORD_TYPE_HOUSEHOLD, P("ho-5"), household(P("thon-xa"), "Em"))}),
                 QStringLiteral("applied"));
        m_devices[QStringLiteral("admin")] = admin;
        // One account per role.
        QCOMPARE(m_server.addUser(QStringLiteral("ho1"), QStringLiteral("household"), {}, Q("ho-1")).code, 0);
        QCOMPARE(m_server
                     .addUser(QStringLiteral("thon1"), QStringLiteral("village-officer"),
                              {(QStringLiteral("v:") + Q("thon-1"))})
                     .code,
                 0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("xa1"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("tinh"), QStringLiteral("provincial-staff"), {QStringLiteral("p:68")}).code,
            0);
        for (const char *u : {"ho1", "thon1", "xa1", "tinh"}) m_devices[QLatin1String(u)] = login(QLatin1String(u));
    }

    void accountsAreChecked()
    {
        // Grants must fit the role, areas must exist, passwords must be long enough; nothing is created otherwise.
        QCOMPARE(
            m_server
                .addUser(QStringLiteral("sai1"), QStringLiteral("village-officer"), {QStringLiteral("c:") + kCommune})
                .code,
            2);
        QCOMPARE(
            m_server.addUser(QStringLiteral("sai2"), QStringLiteral("commune-staff"), {QStringLiteral("c:99999")}).code,
            2);
        QCOMPARE(
            m_server.addUser(QStringLiteral("sai3"), QStringLiteral("household"), {}, QStringLiteral("khong-co")).code,
            2);
        QCOMPARE(
            m_server.addUser(QStringLiteral("xa1"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            2);
        QCOMPARE(m_server
                     .admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sai4"),
                             QStringLiteral("--role"), QStringLiteral("admin")},
                            "ngan\n")
                     .code,
                 2);
        const QString users = m_server.admin({QStringLiteral("user"), QStringLiteral("list")}).out;
        QVERIFY(!users.contains(QStringLiteral("sai")));
        QVERIFY(users.contains(QStringLiteral("ho1\thousehold\th:") + Q("ho-1")));
        // The database holds argon2id hashes, never the password.
        QByteArray raw;
        for (const char *file : {"data/accounts.sqlite", "data/accounts.sqlite-wal"}) {
            QFile f(m_dir.filePath(QLatin1String(file)));
            if (f.open(QIODevice::ReadOnly)) raw += f.readAll();
        }
        QVERIFY(raw.contains("$argon2id$"));
        QVERIFY(!raw.contains(kTestPassword));
    }

    // Every kind of change x every role x in and out of the role's areas: the outcome expected in each cell.
    void authorisationMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("inArea");
        QTest::addColumn<QString>("expected");
        struct Cell {
            const char *action;
            bool inArea;
            const char *ho1, *thon1, *xa, *tinh, *admin;
        };
        const Cell cells[] = {
            // the routes themselves: HTTP status
            {"health", true, "200", "200", "200", "200", "200"},
            {"login", true, "200", "200", "200", "200", "200"},
            {"pull", true, "200", "200", "200", "200", "200"},
            {"pull", false, "403", "403", "403", "403", "200"},
            {"report", true, "403", "403", "200", "200", "200"},
            {"report", false, "403", "403", "403", "403", "200"},
            // pushed changes: applied, or refused alone
            {"edit-household", true, "applied", "applied", "applied", "refused", "applied"},
            {"edit-household", false, "refused", "refused", "refused", "refused", "applied"},
            {"add-member", true, "applied", "applied", "applied", "refused", "applied"},
            {"add-member", false, "refused", "refused", "refused", "refused", "applied"},
            {"register", true, "applied", "applied", "applied", "refused", "applied"},
            {"register", false, "refused", "refused", "refused", "refused", "applied"},
            {"verify-item", true, "refused", "applied", "applied", "refused", "applied"},
            {"verify-item", false, "refused", "refused", "refused", "refused", "applied"},
            {"recognise", true, "refused", "refused", "applied", "refused", "applied"},
            {"recognise", false, "refused", "refused", "refused", "refused", "applied"},
            {"recognise-commune", true, "refused", "refused", "refused", "applied", "applied"},
            {"recognise-commune", false, "refused", "refused", "refused", "refused", "applied"},
            {"add-village", true, "refused", "refused", "applied", "refused", "applied"},
            {"add-village", false, "refused", "refused", "refused", "refused", "applied"},
            {"delete-household", true, "refused", "applied", "applied", "refused", "applied"},
            {"delete-household", false, "refused", "refused", "refused", "refused", "applied"},
        };
        for (const Cell &c : cells) {
            const char *outcomes[] = {c.ho1, c.thon1, c.xa, c.tinh, c.admin};
            const char *roles[] = {"ho1", "thon1", "xa1", "tinh", "admin"};
            for (int r = 0; r < 5; ++r)
                QTest::addRow("%s %s %s", roles[r], c.action, c.inArea ? "in" : "out")
                    << QString::fromLatin1(roles[r]) << QString::fromLatin1(c.action) << c.inArea
                    << QString::fromLatin1(outcomes[r]);
        }
    }

    void authorisationMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, action);
        QFETCH(bool, inArea);
        QFETCH(QString, expected);
        Device &d = m_devices[role];
        // What "in" and "out of" the areas mean for each role.
        const std::map<QString, std::pair<std::string, std::string>> households = {
            {QStringLiteral("ho1"), {P("ho-1"), P("ho-2")}},
            {QStringLiteral("thon1"), {P("ho-1"), P("ho-3")}},
            {QStringLiteral("xa1"), {P("ho-1"), P("ho-4")}},
            {QStringLiteral("tinh"), {P("ho-1"), P("ho-5")}},
            {QStringLiteral("admin"), {P("ho-1"), P("ho-5")}}};
        const std::map<QString, std::pair<QString, QString>> areas = {
            {QStringLiteral("ho1"), {(QStringLiteral("h:") + Q("ho-1")), (QStringLiteral("h:") + Q("ho-2"))}},
            {QStringLiteral("thon1"), {(QStringLiteral("v:") + Q("thon-1")), (QStringLiteral("v:") + Q("thon-2"))}},
            {QStringLiteral("xa1"), {QStringLiteral("c:") + kCommune, QStringLiteral("c:") + kOtherCommune}},
            {QStringLiteral("tinh"), {QStringLiteral("c:") + kOtherCommune, QStringLiteral("c:") + m_farCommune}},
            {QStringLiteral("admin"), {QStringLiteral("c:") + kCommune, QStringLiteral("c:") + m_farCommune}}};
        const std::string h = inArea ? households.at(role).first : households.at(role).second;
        const QString area = inArea ? areas.at(role).first : areas.at(role).second;
        const QString reportArea =
            role == QLatin1String("ho1") || role == QLatin1String("thon1")
                ? (inArea ? QStringLiteral("c:") + kCommune : QStringLiteral("c:") + m_farCommune)
                : area;
        const std::string commune = (inArea || role == QLatin1String("admin") ? kCommune : m_farCommune).toStdString();
        if (role == QLatin1String("tinh") && !inArea) {
            // (the commune community of a commune outside province 68)
        }
        const std::string communeForTinh = inArea ? kCommune.toStdString() : m_farCommune.toStdString();
        const std::string mark = QStringLiteral("%1-%2-%3").arg(role, action).arg(inArea).toStdString();

        QString outcome, why;
        std::string victim; // the household a delete-household cell tries to delete
        if (action == QLatin1String("health")) {
            outcome =
                QString::number(request("GET", m_server.url() + QStringLiteral("/v1/health"), {}, {}, d.token).status);
        } else if (action == QLatin1String("login")) {
            pb::LoginRequest req;
            req.set_protocol(1);
            req.set_username((role == QLatin1String("admin") ? QStringLiteral("quantri") : role).toStdString());
            req.set_password(kTestPassword.toStdString());
            req.set_device(d.id ^ 1); // another phone of the same person: this device's token stays valid
            const Http answer = request("POST", m_server.url() + QStringLiteral("/v1/login"),
                                        QByteArray::fromStdString(req.SerializeAsString()));
            pb::LoginResponse resp;
            outcome = QString::number(answer.status);
            if (answer.status == 200) {
                QVERIFY(resp.ParseFromString(answer.body.toStdString()));
                QVERIFY(resp.token().size() >= 4 + 43);
                QCOMPARE(QString::fromStdString(resp.account().username()), QString::fromStdString(req.username()));
                // The store's epoch, as every sync answer (of an account that may pull the commune) and the
                // health answer tell it.
                pb::SyncResponse synced;
                if (pull(d, QStringLiteral("c:") + kCommune, &synced) != 200)
                    QCOMPARE(pull(m_devices.at(QStringLiteral("admin")), QStringLiteral("c:") + kCommune, &synced),
                             200);
                const QJsonObject health =
                    QJsonDocument::fromJson(request("GET", m_server.url() + QStringLiteral("/v1/health")).body)
                        .object();
                QCOMPARE(resp.store_epoch().size(), size_t(16));
                QCOMPARE(resp.store_epoch(), synced.store_epoch());
                QCOMPARE(QString::fromStdString(resp.store_epoch()),
                         health.value(QStringLiteral("store_epoch")).toString());
            }
        } else if (action == QLatin1String("pull")) {
            outcome = QString::number(pull(d, area));
        } else if (action == QLatin1String("report")) {
            outcome = QString::number(report(d, reportArea));
        } else if (action == QLatin1String("edit-household")) {
            const QString number =
                QStringLiteral("09%1").arg(qHash(QString::fromStdString(mark)) % 100000000, 8, 10, QLatin1Char('0'));
            outcome = push(d, {change(pb::RECORD_TYPE_HOUSEHOLD, h, phone(number.toStdString()))}, &why);
        } else if (action == QLatin1String("add-member")) {
            outcome = push(d, {change(pb::RECORD_TYPE_MEMBER, mine(d, "tv-" + mark), member(h, mark))}, &why);
        } else if (action == QLatin1String("register")) {
            pb::Evaluation e = registration(pb::LEARNING_MODEL_FAMILY, pb::RECORD_TYPE_HOUSEHOLD, h);
            e.set_notes(mark);
            outcome = push(
                d, {change(pb::RECORD_TYPE_EVALUATION, domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, 2026), e)},
                &why);
        } else if (action == QLatin1String("verify-item")) {
            const std::string ev = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, 2026);
            Device &admin = m_devices[QStringLiteral("admin")];
            QCOMPARE(push(admin, {change(pb::RECORD_TYPE_EVALUATION, ev,
                                         advanced(registration(pb::LEARNING_MODEL_FAMILY, pb::RECORD_TYPE_HOUSEHOLD, h),
                                                  false))}),
                     QStringLiteral("applied"));
            pb::ItemVerification v = verdict(ev);
            v.set_note(mark);
            outcome = push(d, {change(pb::RECORD_TYPE_ITEM_VERIFICATION, ev + "/1.1", v)}, &why);
        } else if (action == QLatin1String("recognise")) {
            const std::string ev = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, 2026);
            Device &admin = m_devices[QStringLiteral("admin")];
            QCOMPARE(push(admin, {change(pb::RECORD_TYPE_EVALUATION, ev,
                                         advanced(registration(pb::LEARNING_MODEL_FAMILY, pb::RECORD_TYPE_HOUSEHOLD, h),
                                                  true))}),
                     QStringLiteral("applied"));
            pb::Evaluation e = decision();
            e.set_decision_number(mark);
            outcome = push(d, {change(pb::RECORD_TYPE_EVALUATION, ev, e)}, &why);
        } else if (action == QLatin1String("recognise-commune")) {
            const std::string c = role == QLatin1String("tinh") ? communeForTinh : commune;
            const std::string subject = inArea || role == QLatin1String("admin")
                                            ? c
                                            : (role == QLatin1String("xa1") ? kOtherCommune.toStdString() : c);
            const std::string ev = domain::evaluationId(pb::LEARNING_MODEL_COMMUNE_COMMUNITY, subject, 2026);
            Device &admin = m_devices[QStringLiteral("admin")];
            QCOMPARE(push(admin, {change(pb::RECORD_TYPE_EVALUATION, ev,
                                         advanced(registration(pb::LEARNING_MODEL_COMMUNE_COMMUNITY,
                                                               pb::RECORD_TYPE_COMMUNE, subject),
                                                  true))}),
                     QStringLiteral("applied"));
            pb::Evaluation e = decision();
            e.set_decision_number(mark);
            outcome = push(d, {change(pb::RECORD_TYPE_EVALUATION, ev, e)}, &why);
        } else if (action == QLatin1String("add-village")) {
            const QString c =
                inArea
                    ? kCommune
                    : (role == QLatin1String("tinh") || role == QLatin1String("admin") ? m_farCommune : kOtherCommune);
            outcome = push(d, {change(pb::RECORD_TYPE_VILLAGE, mine(d, "lang-" + mark), village(c, mark))}, &why);
        } else if (action == QLatin1String("delete-household")) {
            // A household of its own, made for this cell by the administrator: in thon-1 (inside every role's
            // areas but the household account's), or in the village of the role's "outside" household.
            Device &admin = m_devices[QStringLiteral("admin")];
            victim = mine(admin, "xoa-" + mark);
            const std::map<std::string, std::string> villageOf = {{P("ho-1"), P("thon-1")},
                                                                  {P("ho-2"), P("thon-1")},
                                                                  {P("ho-3"), P("thon-2")},
                                                                  {P("ho-4"), P("thon-3")},
                                                                  {P("ho-5"), P("thon-xa")}};
            QCOMPARE(push(admin, {change(pb::RECORD_TYPE_HOUSEHOLD, victim,
                                         household(inArea ? P("thon-1") : villageOf.at(h), "Xoá"))}),
                     QStringLiteral("applied"));
            pb::Change del;
            del.set_type(pb::RECORD_TYPE_HOUSEHOLD);
            del.set_id(victim);
            del.set_deleted(true);
            // The household account's own household is ho-1; any other is outside it.
            outcome = push(d, {del}, &why);
        }
        QVERIFY2(outcome == expected,
                 qPrintable(QStringLiteral("%1 %2 (%3): got %4, expected %5 %6")
                                .arg(role, action, inArea ? QStringLiteral("in") : QStringLiteral("out"), outcome,
                                     expected, why)));
        // A refused change wrote nothing: its marker is nowhere on the server (a refused delete left its record).
        if (outcome == QLatin1String("refused")) {
            QVERIFY(!why.isEmpty());
            const QString all = dump();
            QVERIFY2(!all.contains(QString::fromStdString(mark)), mark.c_str());
            if (action == QLatin1String("delete-household"))
                QVERIFY(all.contains(QStringLiteral("household %1 ").arg(QString::fromStdString(victim))));
        }
    }

    void refusedChangeDoesNotBlockTheRest()
    {
        Device &thon = m_devices[QStringLiteral("thon1")];
        QString why;
        const std::string ok = mine(thon, "tv-ok"), notOk = mine(thon, "tv-not-ok");
        // One change-set: a member in the officer's village, and one in another village.
        QCOMPARE(push(thon,
                      {change(pb::RECORD_TYPE_MEMBER, ok, member(P("ho-1"))),
                       change(pb::RECORD_TYPE_MEMBER, notOk, member(P("ho-3")))},
                      &why),
                 QStringLiteral("refused"));
        QVERIFY(why.contains(QStringLiteral("outside your areas")));
        const QString d = dump();
        QVERIFY(d.contains(QStringLiteral("member %1 ").arg(QString::fromStdString(ok))));
        QVERIFY(!d.contains(QString::fromStdString(notOk)));
        // Resent (the answer was lost), the refusal is reported again and nothing is applied twice.
        pb::SyncRequest req;
        req.set_protocol(1);
        req.set_device(thon.id);
        auto *cs = req.add_push();
        cs->set_seq(thon.seq);
        cs->set_hlc(HybridClock::make(DeviceClock::systemNowMs(), 1));
        *cs->add_changes() = change(pb::RECORD_TYPE_MEMBER, ok, member(P("ho-1")));
        const Http again = post(QStringLiteral("/v1/sync"), req, thon.token);
        pb::SyncResponse resp;
        QVERIFY(resp.ParseFromString(again.body.toStdString()));
        QCOMPARE(resp.rejected_size(), 1);
        QCOMPARE(resp.rejected(0).reason(), pb::REJECT_REASON_FORBIDDEN);
        QCOMPARE(resp.rejected(0).record_id(), notOk);
    }

    void householdAccountSeesOnlyItsHousehold()
    {
        pb::SyncResponse resp;
        QCOMPARE(pull(m_devices[QStringLiteral("ho1")], (QStringLiteral("h:") + Q("ho-1")), &resp), 200);
        QStringList households;
        for (const auto &r : resp.records())
            if (r.type() == pb::RECORD_TYPE_HOUSEHOLD || r.type() == pb::RECORD_TYPE_MEMBER)
                households << QString::fromStdString(r.id());
        QVERIFY(households.contains(Q("ho-1")));
        QVERIFY(!households.contains(Q("ho-2")));
        for (const auto &r : resp.records()) {
            if (r.type() != pb::RECORD_TYPE_MEMBER) continue;
            pb::Member m;
            QVERIFY(m.ParseFromString(r.groups(0).values()));
            QCOMPARE(m.household_id(), P("ho-1"));
        }
        // Asking for its village (all its neighbours) is refused.
        QCOMPARE(pull(m_devices[QStringLiteral("ho1")], (QStringLiteral("v:") + Q("thon-1"))), 403);
    }

    void anonymousForgedAndMalformedTokens()
    {
        const QByteArray body = QByteArrayLiteral("\x08\x01");
        Http h = request("POST", m_server.url() + QStringLiteral("/v1/sync"), body);
        QCOMPARE(h.status, 401);
        QVERIFY(h.body.startsWith("unauthorized"));
        for (const QByteArray &bad :
             {QByteArray("nonsense"), QByteArray("kh1.zz.abc"), QByteArray("kh1.1.") + QByteArray(43, 'A'),
              QByteArray("' OR 1=1 --"), QByteArray(5000, 'x')}) {
            h = request("POST", m_server.url() + QStringLiteral("/v1/sync"), body, {}, bad);
            QCOMPARE(h.status, 401);
        }
        // The right session id with a forged secret.
        const QByteArray real = m_devices[QStringLiteral("xa1")].token;
        QByteArray forged = real;
        forged[forged.size() - 2] = forged[forged.size() - 2] == 'A' ? 'B' : 'A';
        h = request("POST", m_server.url() + QStringLiteral("/v1/sync"), body, {}, forged);
        QCOMPARE(h.status, 401);
        QVERIFY(h.body.contains("unknown token"));
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/v1/report?area=c:22945&year=2026")).status, 401);
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/v1/health")).status, 200);
    }

    void tokenWorksOnlyOnItsDevice()
    {
        Device stolen = m_devices[QStringLiteral("xa1")];
        stolen.id ^= 0x5a5a;
        QCOMPARE(pull(stolen, QStringLiteral("c:") + kCommune), 403);
    }

    void loginsAreRateLimited()
    {
        QCOMPARE(
            m_server.addUser(QStringLiteral("doan"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        pb::LoginRequest req;
        req.set_protocol(1);
        req.set_username("doan");
        req.set_device(42);
        req.set_password("sai-mat-khau");
        Http h;
        for (int i = 0; i < 5; ++i) {
            h = request("POST", m_server.url() + QStringLiteral("/v1/login"),
                        QByteArray::fromStdString(req.SerializeAsString()));
            QCOMPARE(h.status, 401);
            QVERIFY(h.body.contains("wrong user name or password"));
        }
        // An unknown name gets the same answer as a wrong password.
        pb::LoginRequest unknown = req;
        unknown.set_username("khong-ai");
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/login"),
                         QByteArray::fromStdString(unknown.SerializeAsString()))
                     .body,
                 h.body);
        // The sixth try is refused even with the right password, and says when to come back.
        req.set_password(kTestPassword.toStdString());
        h = request("POST", m_server.url() + QStringLiteral("/v1/login"),
                    QByteArray::fromStdString(req.SerializeAsString()));
        QCOMPARE(h.status, 429);
        QVERIFY(h.retryAfter.toInt() > 0);
        // Another account from the same address is not locked out by it. (Logging in again replaces the
        // device's earlier token.)
        m_devices[QStringLiteral("xa1")] = login(QStringLiteral("xa1"));
        QCOMPARE(pull(m_devices[QStringLiteral("xa1")], QStringLiteral("c:") + kCommune), 200);
    }

    void revokedDeviceGets401AndTheCliForgetsItsToken()
    {
        QCOMPARE(m_server
                     .addUser(QStringLiteral("mat-may"), QStringLiteral("village-officer"),
                              {(QStringLiteral("v:") + Q("thon-1"))})
                     .code,
                 0);
        Device lost = login(QStringLiteral("mat-may"));
        QCOMPARE(pull(lost, (QStringLiteral("v:") + Q("thon-1"))), 200);
        // The device list shows the session; staff revoke the lost phone.
        const QString list = m_server
                                 .admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"),
                                         QStringLiteral("mat-may")})
                                 .out;
        QVERIFY(list.contains(QStringLiteral("active")));
        const QString hex = QStringLiteral("%1").arg(lost.id, 16, 16, QLatin1Char('0'));
        QVERIFY(list.contains(hex));
        const Result r =
            m_server.admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--device"), hex});
        QCOMPARE(r.code, 0);
        const Http h =
            request("POST", m_server.url() + QStringLiteral("/v1/sync"), QByteArrayLiteral("\x08\x01"), {}, lost.token);
        QCOMPARE(h.status, 401);
        QVERIFY(h.body.startsWith("revoked"));
        // The CLI device says so and forgets the useless token; its unsent edits stay.
        const QString db = m_dir.filePath(QStringLiteral("mat-may.sqlite"));
        const Result s = cli(db, {QStringLiteral("sync"), QStringLiteral("--server"), m_server.url()});
        QCOMPARE(s.code, 1);
        QVERIFY(s.err.contains(QStringLiteral("Revoked")));
        LocalStore store;
        store.open(db);
        QVERIFY(store.meta("auth_token").isEmpty());
        QVERIFY(m_server
                    .admin({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"),
                            QStringLiteral("mat-may")})
                    .out.contains(QStringLiteral("revoked")));
    }

    void passwordResetAndDisablingEndSessions()
    {
        QCOMPARE(m_server
                     .addUser(QStringLiteral("doi-mk"), QStringLiteral("village-officer"),
                              {(QStringLiteral("v:") + Q("thon-1"))})
                     .code,
                 0);
        Device d = login(QStringLiteral("doi-mk"));
        QCOMPARE(m_server
                     .admin({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("doi-mk")},
                            "mat-khau-moi-123\n")
                     .code,
                 0);
        QCOMPARE(pull(d, (QStringLiteral("v:") + Q("thon-1"))), 401); // the old token is replayed in vain
        QCOMPARE(m_server.login(m_dir.filePath(QStringLiteral("doi-mk.sqlite")), QStringLiteral("doi-mk")).code,
                 1); // old password
        QCOMPARE(m_server.admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("thon1")}).code, 0);
        QCOMPARE(pull(m_devices[QStringLiteral("thon1")], (QStringLiteral("v:") + Q("thon-1"))), 401);
        pb::LoginRequest req;
        req.set_protocol(1);
        req.set_username("thon1");
        req.set_password(kTestPassword.toStdString());
        req.set_device(m_devices[QStringLiteral("thon1")].id);
        // The right password of a disabled account gets a wrong password's answer (tst_http_limits has more).
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/login"),
                         QByteArray::fromStdString(req.SerializeAsString()))
                     .status,
                 401);
        QCOMPARE(m_server.admin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("thon1")}).code, 0);
        m_devices[QStringLiteral("thon1")] = login(QStringLiteral("thon1"));
        QCOMPARE(pull(m_devices[QStringLiteral("thon1")], (QStringLiteral("v:") + Q("thon-1"))), 200);
    }

    void auditLogNamesWhoChangedWhatAndSurvivesDeletion()
    {
        Device &xa = m_devices[QStringLiteral("xa1")];
        const std::string audited = mine(xa, "ho-audit");
        const QString auditedQ = QString::fromStdString(audited);
        QCOMPARE(push(xa, {change(pb::RECORD_TYPE_HOUSEHOLD, audited, household(P("thon-2"), "Giang"))}),
                 QStringLiteral("applied"));
        const quint64 createdIn = xa.seq;
        QCOMPARE(push(xa, {change(pb::RECORD_TYPE_HOUSEHOLD, audited, phone("0912345678"))}),
                 QStringLiteral("applied"));
        pb::Change del;
        del.set_type(pb::RECORD_TYPE_HOUSEHOLD);
        del.set_id(audited);
        del.set_deleted(true);
        QCOMPARE(push(xa, {del}), QStringLiteral("applied"));
        const Result r = m_server.admin({QStringLiteral("audit"), QStringLiteral("--record"), auditedQ});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        const QString device = QStringLiteral("device %1").arg(xa.id, 16, 16, QLatin1Char('0'));
        QVERIFY(lines[0].contains(QStringLiteral("\txa1\t")) &&
                lines[0].contains(QStringLiteral("delete household ") + auditedQ) && lines[0].contains(device));
        QVERIFY(lines[1].contains(QStringLiteral("update household %1\tphone\t").arg(auditedQ)) &&
                lines[1].contains(QStringLiteral("0912345678")));
        QVERIFY(lines[2].contains(QStringLiteral("change-set %1\tcreate household %2").arg(createdIn).arg(auditedQ)));
        QVERIFY(lines[2].contains(QStringLiteral("Giang")));
        // By user: what the household account changed is there, what it was refused is not.
        Device &ho = m_devices[QStringLiteral("ho1")];
        const std::string yes = mine(ho, "tv-audit-yes"), no = mine(ho, "tv-audit-no");
        QCOMPARE(push(ho, {change(pb::RECORD_TYPE_MEMBER, yes, member(P("ho-1")))}), QStringLiteral("applied"));
        QCOMPARE(push(ho, {change(pb::RECORD_TYPE_MEMBER, no, member(P("ho-2")))}), QStringLiteral("refused"));
        const QString byHousehold =
            m_server.admin({QStringLiteral("audit"), QStringLiteral("--user"), QStringLiteral("ho1")}).out;
        QVERIFY(byHousehold.contains(QStringLiteral("create member ") + QString::fromStdString(yes)));
        QVERIFY(!byHousehold.contains(QString::fromStdString(no)));
    }

    void tokensExpire()
    {
        // A second server whose tokens last two seconds.
        QTemporaryDir dir;
        ServerProcess shortLived;
        QVERIFY(shortLived.start(dir.filePath(QStringLiteral("data")),
                                 {QStringLiteral("--session-ttl"), QStringLiteral("2")}));
        QCOMPARE(
            shortLived
                .addUser(QStringLiteral("ngan"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0);
        QCOMPARE(shortLived.login(db, QStringLiteral("ngan")).code, 0);
        QCOMPARE(cli(db, {QStringLiteral("sync")}).code, 0);
        QCOMPARE(cli(db, {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"), kCommune,
                          QStringLiteral("--name"), QStringLiteral("Thôn Muộn")})
                     .code,
                 0);
        QTest::qWait(2500);
        const Result late = cli(db, {QStringLiteral("sync")});
        QCOMPARE(late.code, 1);
        QVERIFY(late.err.contains(QStringLiteral("SessionExpired")));
        QVERIFY(late.err.contains(QStringLiteral("1 change-sets wait")));
        // Log in again: the edit made meanwhile goes out.
        QCOMPARE(shortLived.login(db, QStringLiteral("ngan")).code, 0);
        const Result again = cli(db, {QStringLiteral("sync")});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.startsWith(QStringLiteral("1 change-sets sent")));
    }

    void tls()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        const Result made = run(QStringLiteral("openssl"),
                                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                 QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                 QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert},
                                dir.path());
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(KH_SERVER_BIN),
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                      dir.filePath(QStringLiteral("data")), QStringLiteral("--tls-cert"), cert,
                      QStringLiteral("--tls-key"), key});
        QString log;
        quint16 port = 0;
        static const QRegularExpression re(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 300 && !port; ++i) {
            server.waitForReadyRead(100);
            log += QString::fromUtf8(server.readAll());
            if (const auto m = re.match(log); m.hasMatch()) port = quint16(m.captured(1).toUInt());
        }
        QVERIFY2(port, qPrintable(log));
        const QString url = QStringLiteral("https://127.0.0.1:%1").arg(port);
        QCOMPARE(run(QStringLiteral(KH_SERVER_BIN),
                     {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("an-toan"),
                      QStringLiteral("--role"), QStringLiteral("commune-staff"), QStringLiteral("--area"),
                      QStringLiteral("c:") + kCommune, QStringLiteral("--data"), dir.filePath(QStringLiteral("data"))},
                     dir.path(), kTestPassword + '\n')
                     .code,
                 0);
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0);
        // Without trusting the certificate the client refuses to talk (and so sends no password).
        QCOMPARE(cli(db,
                     {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                      QStringLiteral("an-toan")},
                     kTestPassword + '\n')
                     .code,
                 1);
        const Result in = cli(db,
                              {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
                               QStringLiteral("an-toan"), QStringLiteral("--ca-cert"), cert},
                              kTestPassword + '\n');
        QVERIFY2(in.code == 0, qPrintable(in.err));
        const Result s = cli(db, {QStringLiteral("sync")});
        QVERIFY2(s.code == 0, qPrintable(s.err));
        QVERIFY(s.out.contains(QStringLiteral("records received")));
        // Plain HTTP to the TLS port gets no answer.
        QVERIFY(request("GET", QStringLiteral("http://127.0.0.1:%1/v1/health").arg(port)).status != 200);
        server.terminate();
        server.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
