#include "saved_files.h"

#include "export/report_files.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace kh::app {

namespace {

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString savedFilePath(const QString &fileName)
{
    QString dir = documents();
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

QString savedFileText(const QString &path)
{
    if (path.isEmpty()) return {};
    const QFileInfo f(path);
    const bool inDocuments = f.absolutePath() == QDir(documents()).absolutePath();
    //: %1: the file's name, e.g. bao-cao-hoc-tap-2026.pdf
    return inDocuments ? QCoreApplication::translate("kh::app::SavedFiles", "Saved as %1 in the Documents folder")
                             .arg(f.fileName())
                       : QCoreApplication::translate("kh::app::SavedFiles", "Saved as %1 in the app's folder")
                             .arg(f.fileName());
}

QString saveReport(const report::Report &r, const QString &stem, const QString &format)
{
    const QString path = savedFilePath(stem + QLatin1Char('.') + format);
    return report::writeReport(r, format, path, nullptr) ? path : QString();
}

bool openSavedFile(const QString &path, bool folder)
{
    if (path.isEmpty()) return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(folder ? QFileInfo(path).absolutePath() : path));
}

} // namespace kh::app
