// Shared helpers for khuyenhoc-cli's commands: output, keyword options, record lookups and printing.
#pragma once

#include "cli/args.h"
#include "core/learning/workflow.h"
#include "core/records/record_types.h"
#include "device/store/local_store.h"

#include <QTextStream>
#include <functional>

namespace kh::cli {

QTextStream &out();
void err(const QString &s);
inline std::string str(const QString &s)
{
    return s.toStdString();
}
inline QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Enum keywords accepted on the command line, mapped to proto values.
template <typename E>
E keyword(const QString &option, const QString &value, std::initializer_list<std::pair<const char *, E>> table)
{
    QStringList names;
    for (const auto &[k, v] : table) {
        if (value == QLatin1String(k)) return v;
        names << QLatin1String(k);
    }
    throw UsageError("--" + str(option) + ": '" + str(value) +
                     "' is not one of: " + str(names.join(QStringLiteral(", "))));
}

pb::Sex sexOf(const QString &v);
pb::Relation relationOf(const QString &v);
pb::Schooling schoolingOf(const QString &v);
pb::Literacy literacyOf(const QString &v);
pb::VillageKind kindOf(const QString &v);
bool yesNo(const QString &option, const QString &v);
int intOf(const QString &option, const QString &v);
// A command-line text value in NFC with whitespace tidied.
QString text(const QString &v);

struct Context {
    LocalStore store;
    Args args;
};

// Who takes a step: the account signed in on this database, today by the device's clock. --date backdates a
// step written from paper (the day it happened), --by names who took it when that was someone else.
workflow::Actor actorOf(Context &c, const QString &by = {});
// A whole number of đồng: "1250000", "1.250.000" or "1,250,000".
qint64 moneyOf(const QString &option, const QString &v);

// The live record, or an EditError naming it.
Record mustGet(LocalStore &s, pb::RecordType t, const QString &id);

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

void printRecord(const Record &r);
// Sorts the Vietnamese way (QCollator vi_VN) by the keys `key` gives, in order.
void sortPeople(std::vector<Record> &records, const std::function<QStringList(const Record &)> &key);

// Record commands (record_commands.cpp). Each returns -1 for a verb it does not know.
int villageCommand(Context &c, const QString &verb);
int householdCommand(Context &c, const QString &verb);
int memberCommand(Context &c, const QString &verb);
int clanCommand(Context &c, const QString &verb);
int genericCommand(Context &c, pb::RecordType t, const QString &verb);
// The learning models (learning_commands.cpp).
int criteriaCommand(Context &c, const QString &verb);
int evaluationCommand(Context &c, const QString &verb);
int unitCommand(Context &c, const QString &verb);
int rollupCommand(Context &c);
int reportCommand(Context &c, const QString &verb);
// Study funds and scholarships (fund_commands.cpp): fund, donor, pledge, receipt, disburse, reverse, programme,
// award, branch. -1 for a noun it does not know.
int fundsCommand(Context &c, const QString &noun, const QString &verb);
QString fundsHelp();

} // namespace kh::cli
