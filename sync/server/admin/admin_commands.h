// The administrator's subcommands of khuyenhoc-server, run on the server machine against its data folder
// (the running server sees their effect on its next request: nothing is cached):
//   user add NAME --role R [--area A ...] [--household ID] [--display-name N]   (password on stdin)
//   user list | user password NAME | user areas NAME --role R --area A ... | user disable NAME | user enable NAME
//   device list [--user NAME] | device revoke SESSION | device revoke --device HEX
//   audit [--record ID] [--user NAME] [--device HEX] [--since YYYY-MM-DD] [--limit N]
#pragma once

#include "server/store/account_store.h"
#include "server/store/server_store.h"

#include <QCommandLineParser>

namespace kh {

// Adds the subcommands' options to the server's parser.
void addAdminOptions(QCommandLineParser &p);
// Runs `args` (the positional arguments, "user add NAME"...). Returns the exit status; prints to stdout and
// errors to stderr. Passwords are read from stdin (one line), never from the command line.
int runAdmin(const QStringList &args, const QCommandLineParser &p, ServerStore &store, AccountStore &accounts);

// The demo commune's accounts (scripts/run.sh): commune staff, a village officer and one household, all with
// `password`. Returns the lines to print, empty when they were already there.
QStringList createDemoAccounts(ServerStore &store, AccountStore &accounts, const QString &communeCode,
                               const QString &password);

} // namespace kh
