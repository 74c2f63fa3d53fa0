// khuyenhoc-server migrate --from sqlite:FOLDER --to postgresql://…: moves a deployment from its SQLite files
// to PostgreSQL, offline (stop the server first): every record with its areas, the devices with their last
// change-set and owner, refusals, the audit log, the facts, the accounts, sessions and device owners. The
// records get positions of the new database, and the new store has its own epoch, so every device starts its
// pull again from zero (keeping its outbox). Refuses a target that already holds records.
#pragma once

#include <QCommandLineParser>

namespace kh {

void addMigrateOptions(QCommandLineParser &p);
int runMigrate(const QCommandLineParser &p);

} // namespace kh
