#include "core/records/ids.h"

#include <QCryptographicHash>

namespace kh::domain {

std::string provinceId(const QString &code)
{
    return "P" + code.toStdString();
}
std::string communeId(const QString &code)
{
    return "C" + code.toStdString();
}
std::string reversalId(const std::string &entryId)
{
    return "R-" + entryId;
}
std::string awardPaymentId(const std::string &awardId, int attempt)
{
    return "P" + std::to_string(attempt) + "-" + awardId;
}
int awardPaymentAttempt(const std::string &id, const std::string &awardId)
{
    if (id.size() != awardId.size() + 3 || id[0] != 'P' || id[1] < '1' || id[1] > '9' || id[2] != '-' ||
        id.compare(3, std::string::npos, awardId) != 0)
        return 0;
    return id[1] - '0';
}
std::string membershipId(const std::string &clanId, const std::string &householdId)
{
    return clanId + "|" + householdId;
}
std::string evaluationId(pb::LearningModel model, const std::string &subjectId, int year)
{
    return "E" + std::to_string(int(model)) + "-" + std::to_string(year) + "-" + subjectId;
}

std::string conflictId(const Record &r, const FieldConflict &c)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(int(r.type)));
    h.addData(QByteArray::fromStdString(r.id));
    h.addData(QByteArray::number(c.field));
    h.addData(QByteArray::number(c.loser.stamp.hlc));
    h.addData(QByteArray::number(c.loser.stamp.device));
    return "x" + h.result().toHex().left(20).toStdString();
}

std::string itemVerificationId(const std::string &evaluationId, const std::string &code)
{
    return evaluationId + "/" + code;
}

std::string criteriaSetRecordId(const pb::CriteriaSet &s)
{
    return "K" + s.set_id() + "@" + std::to_string(s.version());
}

std::string provinceTargetsId(const std::string &provinceCode)
{
    return "T" + provinceCode;
}

} // namespace kh::domain
