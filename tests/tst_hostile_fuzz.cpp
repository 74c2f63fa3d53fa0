// Authenticated fuzzing (issue 12): every role's device sends valid-looking change-sets, a third of them mutated
// (ids of another device or shape, another type, cleared fields, deletions, stray bytes, absurd numbers), into the
// real server binary. Every change-set must be acknowledged (applied, or refused by name), and afterwards no
// record a role wrote lies outside its grants, every id has its grammar, and no evaluation is in a state the yearly
// cycle forbids. Replay a failure with KH_SEED=<seed in the log> (KH_FUZZ_LOG=1 lists every change and its answer).
// Long file: one fuzzer, its generators and the invariants they are checked against, for the register and the
// study fund's books alike; split, each half would set up its own server and accounts.
#include "core/access/access.h"
#include "core/areas/area_keys.h"
#include "core/records/id_grammar.h"
#include "core/records/ids.h"
#include "core/records/record_text.h"
#include "core/records/record_types.h"
#include "hostile_client.h"
#include "records.pb.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace kh;
using namespace kh::test;

namespace {

const QString kCommune = QStringLiteral("22945");
const QString kOtherCommune = QStringLiteral("23008");

using Key = std::pair<int, std::string>;

template <typename M>
M parsed(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

} // namespace

class TestHostileFuzz : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;
    HostileClient m_client{m_server};
    std::mt19937 m_rng;
    std::vector<std::string> m_villages, m_households, m_evaluations;
    std::string m_fund, m_programme, m_donor;                   // the commune's study fund, as its treasurer set it up
    std::vector<std::string> m_receipts, m_awards;              // an approved award and a proposed one
    quint64 m_adminCli = 0;                                     // the administrator's CLI device, which set the fund up
    std::vector<std::string> m_newHouseholds, m_newEvaluations; // made by the change-set being sent
    std::map<std::string, size_t> m_villageOf;                  // the households the administrator made
    QString m_role;
    std::map<QString, RawDevice> m_devices;
    std::map<QString, std::set<std::string>> m_grants; // the keys each account's writes must stay under

    int pick(int n) { return int(m_rng() % quint32(n)); }
    template <typename T>
    const T &any(const std::vector<T> &v)
    {
        return v[size_t(pick(int(v.size())))];
    }
    std::string cliId(const QStringList &args)
    {
        const Result r = cli(m_dir.filePath(QStringLiteral("admin.sqlite")), args);
        return r.out.trimmed().toStdString();
    }

    // A household, most often one the role may write.
    std::string target()
    {
        if (pick(4) == 0) return any(m_households);
        if (m_role == QLatin1String("ho1")) return m_households[0];
        std::vector<std::string> mine;
        for (const auto &[h, v] : m_villageOf)
            if (v == 0 || (v == 1 && m_role != QLatin1String("thon1")) || m_role == QLatin1String("tinh"))
                mine.push_back(h);
        return any(mine);
    }

    static std::string today() { return QDate::currentDate().toString(Qt::ISODate).toStdString(); }

    // A money record a device of the account could send: a receipt, a payment (of an award, now and then), a
    // reversal, an award's approval, the fund's books closed or its opening balance "corrected".
    pb::Change plausibleMoney(RawDevice &d, int kind)
    {
        const std::string n = std::to_string(pick(100000));
        switch (kind) {
        case 0: {
            pb::Receipt r;
            r.set_fund_id(m_fund);
            r.set_donor_id(m_donor);
            r.set_amount(1000 * (1 + pick(1000)));
            r.set_method(pb::PAYMENT_METHOD_CASH);
            r.set_received_on(today());
            r.set_voucher_number("PT-F-" + n);
            return change(pb::RECORD_TYPE_RECEIPT, d.newId(), r);
        }
        case 1: {
            pb::Disbursement x;
            x.set_fund_id(m_fund);
            x.set_programme_id(m_programme);
            std::string id = d.newId();
            if (pick(2)) { // an award's payment: its own id, first or second attempt, or (now and then) a device id
                x.set_award_id(any(m_awards));
                if (pick(4)) id = domain::awardPaymentId(x.award_id(), 1 + pick(2));
            }
            x.set_amount(1'000'000);
            x.set_method(pb::PAYMENT_METHOD_CASH);
            x.set_paid_on(today());
            x.set_recipient("Nguyễn Văn Út");
            x.set_voucher_number("PC-F-" + n);
            return change(pb::RECORD_TYPE_DISBURSEMENT, id, x);
        }
        case 2: {
            const std::string entry = any(m_receipts);
            pb::Reversal v;
            v.set_fund_id(m_fund);
            v.set_entry_type(pb::RECORD_TYPE_RECEIPT);
            v.set_entry_id(entry);
            v.set_reversed_on(today());
            v.set_reason("ghi nhầm");
            return change(pb::RECORD_TYPE_REVERSAL, domain::reversalId(entry), v);
        }
        case 3: {
            pb::Award a;
            a.set_approved_on(today());
            a.set_approved_by("ai đó");
            return change(pb::RECORD_TYPE_AWARD, any(m_awards), a);
        }
        default: {
            pb::Fund f;
            if (pick(2))
                f.set_closed_through(QDate(2026, 1 + pick(6), 1).toString(Qt::ISODate).toStdString());
            else
                f.set_opening_balance(1 + pick(100));
            return change(pb::RECORD_TYPE_FUND, m_fund, f);
        }
        }
    }

    // A change a device of `d`'s account could plausibly send.
    pb::Change plausible(RawDevice &d)
    {
        const int kind = pick(17);
        if (kind >= 12) return plausibleMoney(d, kind - 12);
        const std::string h = target();
        switch (kind) {
        case 0: {
            pb::Household x;
            x.set_village_id(any(m_villages));
            x.set_head_given_name("Lan");
            const std::string id = d.newId();
            m_newHouseholds.push_back(id);
            return change(pb::RECORD_TYPE_HOUSEHOLD, id, x);
        }
        case 1: {
            pb::Household x;
            if (pick(2))
                x.set_village_id(any(m_villages));
            else
                x.set_notes("ghi chú " + std::to_string(pick(1000)));
            return change(pb::RECORD_TYPE_HOUSEHOLD, h, x);
        }
        case 2: {
            pb::Member m;
            m.set_household_id(h);
            m.set_given_name("Hoa");
            m.set_birth_year(quint32(1950 + pick(70)));
            return change(pb::RECORD_TYPE_MEMBER, d.newId(), m);
        }
        case 3:
            return deletion(pick(2) ? pb::RECORD_TYPE_HOUSEHOLD : pb::RECORD_TYPE_EVALUATION,
                            pick(2) ? h : any(m_evaluations));
        case 4: {
            pb::Evaluation e;
            e.set_model(pb::LEARNING_MODEL_FAMILY);
            e.set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
            e.set_subject_id(h);
            e.set_year(2026);
            e.set_registered_on("2026-02-01");
            const std::string id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, 2026);
            m_newEvaluations.push_back(id);
            return change(pb::RECORD_TYPE_EVALUATION, id, e);
        }
        case 5: {
            pb::Evaluation e;
            e.set_declared_on("2026-03-01");
            e.set_declared_by(pb::ASSESSOR_SELF);
            auto *a = e.add_self_assessment();
            a->set_code("1.1");
            a->set_met(true);
            return change(pb::RECORD_TYPE_EVALUATION, any(m_evaluations), e);
        }
        case 6: {
            pb::Evaluation e;
            e.set_verified_on("2026-04-01");
            return change(pb::RECORD_TYPE_EVALUATION, any(m_evaluations), e);
        }
        case 7: {
            pb::Evaluation e;
            e.set_decided_on("2026-11-20");
            e.set_recognised(pick(2));
            e.set_decision_number("45/QĐ-UBND");
            if (pick(4) == 0) e.set_model(pb::LearningModel(1 + pick(6)));
            return change(pb::RECORD_TYPE_EVALUATION, any(m_evaluations), e);
        }
        case 8: {
            const std::string e = any(m_evaluations);
            pb::ItemVerification v;
            v.set_evaluation_id(e);
            v.set_code("1.1");
            v.set_agree(pick(2));
            return change(pb::RECORD_TYPE_ITEM_VERIFICATION, domain::itemVerificationId(e, "1.1"), v);
        }
        case 9: {
            pb::Evaluation e;
            if (pick(2))
                e.set_year(quint32(2024 + pick(3)));
            else
                e.set_subject_id(h);
            return change(pb::RECORD_TYPE_EVALUATION, any(m_evaluations), e);
        }
        case 10: {
            pb::Village v;
            v.set_commune_code((pick(2) ? kCommune : kOtherCommune).toStdString());
            if (pick(2)) v.set_name("Thôn Mới");
            return change(pb::RECORD_TYPE_VILLAGE, pick(2) ? any(m_villages) : d.newId(), v);
        }
        default: {
            pb::Clan k;
            k.set_name("Họ Trần");
            k.add_village_ids(any(m_villages));
            return change(pb::RECORD_TYPE_CLAN, d.newId(), k);
        }
        }
    }

    // The same, bent out of shape.
    void mutate(pb::Change &c, const RawDevice &other)
    {
        switch (pick(8)) {
        case 0: c.set_id(other.hex() + c.id().substr(std::min<size_t>(16, c.id().size()))); break;
        case 1: c.set_id(c.id() + (pick(2) ? " rg" : "\nc:23008")); break;
        case 2: c.set_type(pb::RecordType(1 + pick(12))); break;
        case 3: c.add_cleared(quint32(1 + pick(20))); break;
        case 4: c.set_deleted(true); break;
        case 5: c.mutable_values()->append(std::string(1 + size_t(pick(6)), char(pick(256)))); break;
        case 6: {
            // A varint field set to the largest value it can hold.
            std::string v = c.values();
            v.push_back(char((1 + pick(19)) << 3));
            v.append("\xff\xff\xff\xff\x0f");
            c.set_values(v);
            break;
        }
        default: c.set_id(domain::evaluationId(pb::LearningModel(1 + pick(6)), any(m_households), 2026)); break;
        }
    }

    std::map<Key, Record> everything()
    {
        std::map<Key, Record> all;
        for (const QString &c : {kCommune, kOtherCommune})
            for (auto &r : m_client.pullAll(m_devices[QStringLiteral("quantri")], QStringLiteral("c:") + c))
                all[{int(r.type), r.id}] = std::move(r);
        return all;
    }

    // What the role's device wrote stays under its grants; ids keep their grammar; evaluations obey the cycle.
    void checkInvariants(const QString &role)
    {
        const auto all = everything();
        std::map<Key, std::optional<std::set<std::string>>> memo;
        domain::KeyLookup keysOf = [&](pb::RecordType t,
                                       const std::string &id) -> std::optional<std::set<std::string>> {
            if (const auto m = memo.find({int(t), id}); m != memo.end()) return m->second;
            const auto it = all.find({int(t), id});
            if (it == all.end()) return std::nullopt; // (a deleted parent still places what was under it)
            const auto msg = domain::parse(t, it->second.values());
            auto keys = msg ? domain::areaKeys(t, id, *msg, keysOf, nullptr) : std::nullopt;
            memo[{int(t), id}] = keys;
            return keys;
        };
        const quint64 device = m_devices[role].id;
        int checked = 0;
        for (const auto &[key, r] : all) {
            if (r.isDeleted() || r.type == pb::RECORD_TYPE_CONFLICT || r.type == pb::RECORD_TYPE_COMMUNE ||
                r.type == pb::RECORD_TYPE_PROVINCE || r.type == pb::RECORD_TYPE_CRITERIA_SET)
                continue;
            QVERIFY2(domain::checkIdGrammar(r.type, r.id).isEmpty(), r.id.c_str());
            const auto value = domain::parse(r.type, r.values()); // every field known, of its type
            QVERIFY2(value && value->GetReflection()->GetUnknownFields(*value).empty(),
                     qPrintable(domain::dumpLine(r, false)));
            const bool wroteIt = std::any_of(r.fields.begin(), r.fields.end(),
                                             [&](const auto &f) { return f.second.stamp.device == device; });
            if (wroteIt) {
                const auto keys = keysOf(r.type, r.id);
                QVERIFY2(keys, qPrintable(domain::dumpLine(r, false)));
                QVERIFY2(access::covers(m_grants[role], *keys, keysOf),
                         qPrintable(QStringLiteral("%1 wrote %2 %3 outside its grants")
                                        .arg(role, domain::typeName(r.type), QString::fromStdString(r.id))));
                ++checked;
            }
            if (r.type == pb::RECORD_TYPE_EVALUATION) checkEvaluation(r);
            if (r.type == pb::RECORD_TYPE_ITEM_VERIFICATION) {
                pb::ItemVerification v;
                v.ParseFromString(r.values());
                QCOMPARE(r.id, domain::itemVerificationId(v.evaluation_id(), v.code()));
                const auto e = all.find({int(pb::RECORD_TYPE_EVALUATION), v.evaluation_id()});
                QVERIFY2(e != all.end(), r.id.c_str());
            }
        }
        checkLedger(all);
        qInfo("%s: %d records it wrote, all within its grants", qPrintable(role), checked);
    }

    // The study fund's books after the role's change-sets: the fund's place and opening balance as set up; every
    // payment of an award pays an approved award, and no award is paid twice (reversed payments aside); every
    // reversal names a real entry; payments, reversals and approvals come from the commune (or the administrator).
    void checkLedger(const std::map<Key, Record> &all)
    {
        const std::set<quint64> commune{m_devices[QStringLiteral("xa1")].id, m_devices[QStringLiteral("quantri")].id,
                                        m_adminCli};
        auto live = [&](pb::RecordType t, const std::string &id) {
            const auto it = all.find({int(t), id});
            return it != all.end() && !it->second.isDeleted() ? &it->second : nullptr;
        };
        auto byCommune = [&](const Record &r, int field) {
            const auto f = r.fields.find(quint32(field));
            return f == r.fields.end() || commune.count(f->second.stamp.device) > 0;
        };
        std::map<std::string, int> payments;
        for (const auto &[key, r] : all) {
            if (r.isDeleted()) continue;
            const QString line = domain::dumpLine(r, true);
            if (r.type == pb::RECORD_TYPE_FUND && r.id == m_fund) {
                const auto f = parsed<pb::Fund>(r);
                QVERIFY2(f.opening_balance() == 5'000'000 && f.commune_code() == kCommune.toStdString(),
                         qPrintable(line));
            } else if (r.type == pb::RECORD_TYPE_DISBURSEMENT) {
                const auto x = parsed<pb::Disbursement>(r);
                QVERIFY2(x.amount() > 0 && byCommune(r, pb::Disbursement::kFundIdFieldNumber), qPrintable(line));
                if (x.award_id().empty()) continue;
                const Record *a = live(pb::RECORD_TYPE_AWARD, x.award_id());
                QVERIFY2(a && !parsed<pb::Award>(*a).approved_on().empty(), qPrintable(line));
                if (!live(pb::RECORD_TYPE_REVERSAL, domain::reversalId(r.id))) ++payments[x.award_id()];
            } else if (r.type == pb::RECORD_TYPE_REVERSAL) {
                const auto v = parsed<pb::Reversal>(r);
                QVERIFY2(r.id == domain::reversalId(v.entry_id()) && live(v.entry_type(), v.entry_id()) &&
                             byCommune(r, pb::Reversal::kEntryIdFieldNumber),
                         qPrintable(line));
            } else if (r.type == pb::RECORD_TYPE_AWARD) {
                QVERIFY2(byCommune(r, pb::Award::kApprovedOnFieldNumber), qPrintable(line));
            } else if (r.type == pb::RECORD_TYPE_RECEIPT) {
                QVERIFY2(parsed<pb::Receipt>(r).amount() > 0, qPrintable(line));
            }
        }
        for (const auto &[award, n] : payments)
            QVERIFY2(n <= 1,
                     qPrintable(QStringLiteral("award %1 paid %2 times").arg(QString::fromStdString(award)).arg(n)));
    }

    void checkEvaluation(const Record &r)
    {
        pb::Evaluation e;
        e.ParseFromString(r.values());
        QCOMPARE(r.id, domain::evaluationId(e.model(), e.subject_id(), int(e.year())));
        QVERIFY2(!e.registered_on().empty(), r.id.c_str());
        QVERIFY2(e.declared_on().empty() || !e.self_assessment().empty(), r.id.c_str());
        QVERIFY2(e.verified_on().empty() || !e.declared_on().empty(), r.id.c_str());
        QVERIFY2(e.decided_on().empty() || !e.verified_on().empty(), r.id.c_str());
        QVERIFY2(!e.recognised() || !e.decided_on().empty(), r.id.c_str());
        // A decision is the commune's (the province's for a commune community), or the administrator's.
        const auto decided = r.fields.find(pb::Evaluation::kDecidedOnFieldNumber);
        if (decided != r.fields.end() && !decided->second.raw.empty()) {
            const quint64 by = decided->second.stamp.device;
            const quint64 decider = m_devices[e.model() == pb::LEARNING_MODEL_COMMUNE_COMMUNITY ? QStringLiteral("tinh")
                                                                                                : QStringLiteral("xa1")]
                                        .id;
            QVERIFY2(by == decider || by == m_devices[QStringLiteral("quantri")].id,
                     qPrintable(domain::dumpLine(r, true) +
                                QStringLiteral(" decided by %1").arg(by, 16, 16, QLatin1Char('0'))));
        }
    }

private slots:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("KH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("KH_SEED"))
                                 : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
        qInfo("hostile fuzz seed %u (replay with KH_SEED=%u)", seed, seed);
        m_rng.seed(seed);
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data"))), qPrintable(m_server.log()));
        const QString admin = m_dir.filePath(QStringLiteral("admin.sqlite"));
        QCOMPARE(cli(admin, {QStringLiteral("init")}).code, 0);
        QVERIFY(m_server.loginAdmin(admin));
        for (const QString &c : {kCommune, kCommune, kOtherCommune})
            m_villages.push_back(
                cliId({QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"), c,
                       QStringLiteral("--name"), QStringLiteral("Thôn %1").arg(m_villages.size() + 1)}));
        for (int i = 0; i < 9; ++i)
            m_households.push_back(
                cliId({QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"),
                       QString::fromStdString(m_villages[size_t(i % 3)]), QStringLiteral("--head"),
                       QStringLiteral("Nguyễn Văn An")}));
        for (size_t i = 0; i < m_households.size(); ++i) {
            QVERIFY(domain::checkIdGrammar(pb::RECORD_TYPE_HOUSEHOLD, m_households[i]).isEmpty());
            m_villageOf[m_households[i]] = i % 3;
        }
        // The commune's study fund: a programme, a donor's receipt, an award approved and one proposed.
        auto first = [](const std::string &out) { return out.substr(0, out.find('\t')); };
        const QString h0 = QString::fromStdString(m_households[0]);
        m_fund = cliId({QStringLiteral("fund"), QStringLiteral("add"), QStringLiteral("--commune"), kCommune,
                        QStringLiteral("--name"), QStringLiteral("Quỹ khuyến học xã"), QStringLiteral("--opening"),
                        QStringLiteral("5000000"), QStringLiteral("--opening-date"), QStringLiteral("2026-01-01")});
        const QString fund = QString::fromStdString(m_fund);
        m_programme = cliId({QStringLiteral("programme"), QStringLiteral("add"), QStringLiteral("--fund"), fund,
                             QStringLiteral("--name"), QStringLiteral("Tiếp bước cho em đến trường"),
                             QStringLiteral("--value"), QStringLiteral("1000000")});
        m_donor = cliId({QStringLiteral("donor"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Trần Văn Nam"), QStringLiteral("--commune"), kCommune});
        m_receipts.push_back(first(cliId({QStringLiteral("receipt"), QStringLiteral("add"), QStringLiteral("--fund"),
                                          fund, QStringLiteral("--donor"), QString::fromStdString(m_donor),
                                          QStringLiteral("--amount"), QStringLiteral("200000")})));
        const QString child = QString::fromStdString(
            cliId({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--household"), h0,
                   QStringLiteral("--name"), QStringLiteral("Nguyễn Văn Út"), QStringLiteral("--birth-year"),
                   QStringLiteral("2015")}));
        for (int i = 0; i < 2; ++i)
            m_awards.push_back(cliId({QStringLiteral("award"), QStringLiteral("propose"), QStringLiteral("--programme"),
                                      QString::fromStdString(m_programme), QStringLiteral("--member"), child}));
        QCOMPARE(
            cli(admin, {QStringLiteral("award"), QStringLiteral("approve"), QString::fromStdString(m_awards[0])}).code,
            0);
        for (const auto &id : {m_fund, m_programme, m_donor, m_receipts[0], m_awards[0], m_awards[1]})
            QVERIFY2(!id.empty() && id.find('\n') == std::string::npos, id.c_str());
        const Result pushed = cli(admin, {QStringLiteral("sync")});
        QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
        const QString status = cli(admin, {QStringLiteral("status")}).out;
        m_adminCli =
            status.section(QStringLiteral("device: "), 1).section(QLatin1Char('\n'), 0, 0).toULongLong(nullptr, 16);
        QVERIFY2(m_adminCli != 0, qPrintable(status));
        m_evaluations.push_back(domain::evaluationId(pb::LEARNING_MODEL_FAMILY, m_households[0], 2026));
        const QString v1 = QStringLiteral("v:") + QString::fromStdString(m_villages[0]);
        QCOMPARE(m_server.addUser(QStringLiteral("thon1"), QStringLiteral("village-officer"), {v1}).code, 0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("xa1"), QStringLiteral("commune-staff"), {QStringLiteral("c:") + kCommune})
                .code,
            0);
        QCOMPARE(
            m_server.addUser(QStringLiteral("tinh"), QStringLiteral("provincial-staff"), {QStringLiteral("p:68")}).code,
            0);
        QCOMPARE(m_server
                     .addUser(QStringLiteral("ho1"), QStringLiteral("household"), {},
                              QString::fromStdString(m_households[0]))
                     .code,
                 0);
        m_grants = {{QStringLiteral("thon1"), {v1.toStdString()}},
                    {QStringLiteral("xa1"), {"c:" + kCommune.toStdString()}},
                    {QStringLiteral("tinh"), {"c:" + kCommune.toStdString(), "c:" + kOtherCommune.toStdString()}},
                    {QStringLiteral("ho1"), {"h:" + m_households[0]}}};
        for (const char *name : {"thon1", "xa1", "tinh", "ho1", "quantri"}) {
            m_devices[QLatin1String(name)] = m_client.device(QLatin1String(name));
            qInfo("%s: device %016llx", name, m_devices[QLatin1String(name)].id);
            QVERIFY(!m_devices[QLatin1String(name)].token.isEmpty());
        }
    }

    void everyRoleMutatedChangeSets()
    {
        const int perRole =
            qEnvironmentVariableIsSet("KH_FUZZ_SETS") ? qEnvironmentVariableIntValue("KH_FUZZ_SETS") : 150;
        int applied = 0, refused = 0, rejected = 0;
        for (const char *name : {"ho1", "thon1", "xa1", "tinh"}) {
            const QString role = QLatin1String(name);
            RawDevice &d = m_devices[role];
            m_role = role;
            const RawDevice &other =
                m_devices[role == QLatin1String("xa1") ? QStringLiteral("thon1") : QStringLiteral("xa1")];
            for (int i = 0; i < perRole; ++i) {
                std::vector<pb::Change> changes;
                m_newHouseholds.clear();
                m_newEvaluations.clear();
                for (int n = 1 + pick(2); n > 0; --n) {
                    pb::Change c = plausible(d);
                    if (pick(4) == 0) mutate(c, other);
                    changes.push_back(std::move(c));
                }
                const quint64 seq = d.seq + 1;
                const PushAnswer a = m_client.push(d, changes);
                // Never acknowledged without being applied or refused by name.
                QVERIFY2(a.status == 200, qPrintable(a.outcome + a.message));
                QCOMPARE(a.response.acked_seq(), seq);
                for (const auto &r : a.response.rejected()) {
                    QCOMPARE(r.seq(), seq);
                    QVERIFY(r.reason() != pb::REJECT_REASON_UNSPECIFIED && !r.message().empty());
                }
                if (qEnvironmentVariableIsSet("KH_FUZZ_LOG"))
                    for (const auto &c : changes)
                        qInfo("%s seq %llu %s: %s %s%s cleared %d", name, seq, qPrintable(a.outcome),
                              qPrintable(domain::typeName(c.type())), c.id().c_str(), c.deleted() ? " deleted" : "",
                              c.cleared_size() ? int(c.cleared(0)) : 0);
                if (a.outcome == QLatin1String("applied")) { // later change-sets build on what it made
                    m_households.insert(m_households.end(), m_newHouseholds.begin(), m_newHouseholds.end());
                    m_evaluations.insert(m_evaluations.end(), m_newEvaluations.begin(), m_newEvaluations.end());
                }
                applied += a.outcome == QLatin1String("applied");
                refused += a.outcome == QLatin1String("refused");
                rejected += a.outcome.startsWith(QLatin1String("rejected"));
            }
            checkInvariants(role);
        }
        qInfo("%d change-sets applied, %d with a change refused, %d rejected whole", applied, refused, rejected);
        QVERIFY(applied > 0 && refused > 0 && rejected > 0); // the run reached every kind of answer
        // The administrator's honest phone still syncs.
        const QString admin = m_dir.filePath(QStringLiteral("admin.sqlite"));
        QCOMPARE(
            cli(admin, {QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--village"),
                        QString::fromStdString(m_villages[1]), QStringLiteral("--head"), QStringLiteral("Lê Thật")})
                .code,
            0);
        const Result s = cli(admin, {QStringLiteral("sync")});
        QVERIFY2(s.code == 0 && s.out.contains(QStringLiteral(" 0 rejected")), qPrintable(s.out + s.err));
    }
};

QTEST_GUILESS_MAIN(TestHostileFuzz)
#include "tst_hostile_fuzz.moc"
