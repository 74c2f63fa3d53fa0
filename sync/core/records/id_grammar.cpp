#include "core/records/id_grammar.h"

#include "core/records/ids.h"

#include <QRegularExpression>
#include <array>
#include <map>

namespace kh::domain {

namespace {

const char *const kDeviceMade = "[0-9a-f]{16}-[0-9a-z]{1,13}";

QString patternOf(pb::RecordType t)
{
    const QString device = QLatin1String(kDeviceMade);
    const QString evaluation = QStringLiteral("E[1-6]-[0-9]{4}-(?:%1|[0-9]{5})").arg(device);
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE:
    case pb::RECORD_TYPE_HOUSEHOLD:
    case pb::RECORD_TYPE_MEMBER:
    case pb::RECORD_TYPE_CLAN:
    case pb::RECORD_TYPE_LEARNING_UNIT:
    case pb::RECORD_TYPE_FUND:
    case pb::RECORD_TYPE_DONOR:
    case pb::RECORD_TYPE_PLEDGE:
    case pb::RECORD_TYPE_RECEIPT:
    case pb::RECORD_TYPE_PROGRAMME:
    case pb::RECORD_TYPE_AWARD:
    case pb::RECORD_TYPE_BRANCH: return device;
    case pb::RECORD_TYPE_DISBURSEMENT: return QStringLiteral("(?:P[1-9]-)?") + device; // an award's payment
    case pb::RECORD_TYPE_REVERSAL: return QStringLiteral("R-") + device;
    case pb::RECORD_TYPE_PROVINCE: return QStringLiteral("P[0-9]{2}");
    case pb::RECORD_TYPE_COMMUNE: return QStringLiteral("C[0-9]{5}");
    case pb::RECORD_TYPE_EVALUATION: return evaluation;
    case pb::RECORD_TYPE_ITEM_VERIFICATION: return evaluation + QStringLiteral("/[0-9A-Za-z._-]{1,16}");
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: return device + QStringLiteral("\\|") + device;
    case pb::RECORD_TYPE_CONFLICT: return QStringLiteral("x[0-9a-f]{20}");
    case pb::RECORD_TYPE_CRITERIA_SET: return QStringLiteral("K[a-z0-9_-]{1,40}@[0-9]{1,6}");
    case pb::RECORD_TYPE_PROVINCE_TARGETS: return QStringLiteral("T[0-9]{2}");
    default: return {};
    }
}

// The compiled patterns, once: ids are checked on every pushed change.
const QRegularExpression *compiled(pb::RecordType t)
{
    static const std::map<int, QRegularExpression> all = [] {
        std::map<int, QRegularExpression> m;
        for (int n = 0; n <= pb::RecordType_MAX; ++n)
            if (const QString p = patternOf(pb::RecordType(n)); !p.isEmpty())
                m.emplace(n, QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(p)));
        return m;
    }();
    const auto it = all.find(int(t));
    return it == all.end() ? nullptr : &it->second;
}

// kDeviceMade by hand: most pushed ids have this form, and a regular expression costs more than the rest of the
// change's checks together. Only a shortcut: what it does not accept goes to the compiled pattern.
bool isDeviceMade(const std::string &id)
{
    if (id.size() < 18 || id.size() > 30 || id[16] != '-') return false;
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool digit = c >= '0' && c <= '9';
        if (i < 16 ? !(digit || (c >= 'a' && c <= 'f')) : i > 16 && !(digit || (c >= 'a' && c <= 'z'))) return false;
    }
    return true;
}

bool isPlainDeviceType(pb::RecordType t)
{
    return patternOf(t) == QLatin1String(kDeviceMade);
}

} // namespace

QString checkIdGrammar(pb::RecordType t, const std::string &id)
{
    static const auto plain = [] {
        std::array<bool, pb::RecordType_MAX + 1> a{};
        for (int n = 0; n <= pb::RecordType_MAX; ++n) a[size_t(n)] = isPlainDeviceType(pb::RecordType(n));
        return a;
    }();
    if (t >= 0 && t <= pb::RecordType_MAX && plain[size_t(t)] && isDeviceMade(id)) return {};
    const QRegularExpression *re = compiled(t);
    if (!re) return QStringLiteral("unknown record type");
    if (id.size() > 128 || !re->match(QString::fromStdString(id)).hasMatch())
        return QStringLiteral("the id does not have the form of a %1 id (docs/data-model.md, \"Ids\")")
            .arg(typeName(t));
    return {};
}

quint64 deviceOfId(const std::string &id)
{
    if (id.size() < 18 || id[16] != '-') return 0;
    bool ok = false;
    const quint64 d = QByteArray::fromStdString(id.substr(0, 16)).toULongLong(&ok, 16);
    return ok ? d : 0;
}

QString checkIdFits(pb::RecordType t, const std::string &id, const google::protobuf::Message &m, quint64 device)
{
    // A payment of an award carries the award's id (awardPaymentId), any other disbursement the device's.
    if (t == pb::RECORD_TYPE_DISBURSEMENT)
        if (const auto &award = static_cast<const pb::Disbursement &>(m).award_id(); !award.empty())
            return awardPaymentAttempt(id, award) == 0
                       ? QStringLiteral("the payment of an award has the id P<attempt>-<the award's id>")
                       : QString();
    switch (t) {
    case pb::RECORD_TYPE_VILLAGE:
    case pb::RECORD_TYPE_HOUSEHOLD:
    case pb::RECORD_TYPE_MEMBER:
    case pb::RECORD_TYPE_CLAN:
    case pb::RECORD_TYPE_LEARNING_UNIT:
    case pb::RECORD_TYPE_FUND:
    case pb::RECORD_TYPE_DONOR:
    case pb::RECORD_TYPE_PLEDGE:
    case pb::RECORD_TYPE_DISBURSEMENT:
    case pb::RECORD_TYPE_RECEIPT:
    case pb::RECORD_TYPE_PROGRAMME:
    case pb::RECORD_TYPE_AWARD:
    case pb::RECORD_TYPE_BRANCH:
        if (device && deviceOfId(id) != device)
            return QStringLiteral("a record made on a device carries that device's id");
        return {};
    case pb::RECORD_TYPE_EVALUATION: {
        const auto &e = static_cast<const pb::Evaluation &>(m);
        if (id != evaluationId(e.model(), e.subject_id(), int(e.year())))
            return QStringLiteral("an evaluation's id is made of its model, subject and year");
        return {};
    }
    case pb::RECORD_TYPE_ITEM_VERIFICATION: {
        const auto &v = static_cast<const pb::ItemVerification &>(m);
        if (id != itemVerificationId(v.evaluation_id(), v.code()))
            return QStringLiteral("an item verdict's id is made of its evaluation and item");
        return {};
    }
    case pb::RECORD_TYPE_REVERSAL:
        if (id != reversalId(static_cast<const pb::Reversal &>(m).entry_id()))
            return QStringLiteral("a reversal's id is made of the entry it reverses");
        return {};
    case pb::RECORD_TYPE_CLAN_MEMBERSHIP: {
        const auto &l = static_cast<const pb::ClanMembership &>(m);
        if (id != membershipId(l.clan_id(), l.household_id()))
            return QStringLiteral("a clan link's id is made of its clan and household");
        return {};
    }
    default: return {};
    }
}

} // namespace kh::domain
