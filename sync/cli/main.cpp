// khuyenhoc-cli: the headless client and admin tool (device database, records, sync, bulk work).
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("khuyenhoc-cli"));
    return kh::cli::run(app.arguments().mid(1));
}
