// khuyenhoc-cli: the headless client and admin tool (device database, records, sync, bulk work).
#include "cli/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF reports lay out text with Qt Gui's fonts: only then is a (display-less) GUI application started.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "posting") == 0 ||
                 qstrcmp(argv[i], "pdf") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("khuyenhoc-cli"));
    return kh::cli::run(QCoreApplication::arguments().mid(1));
}
