// Shared helpers for khuyenhoc-cli's commands: output, keyword options, record lookups and printing.
#pragma once

#include "cli/args.h"
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

} // namespace kh::cli
