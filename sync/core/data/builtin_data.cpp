#include "core/data/builtin_data.h"

#include <QDir>
#include <QFile>

static void initResources()
{
    Q_INIT_RESOURCE(refdata);
}

namespace kh {

QByteArray readBuiltin(const QString &relativePath)
{
    initResources();
    QFile f(QStringLiteral(":/kh/data/") + relativePath);
    if (!f.open(QIODevice::ReadOnly)) qFatal("missing built-in resource %s", qPrintable(relativePath));
    return f.readAll();
}

QStringList builtinFiles(const QString &folder, const QString &pattern)
{
    initResources();
    QStringList out;
    for (const QString &f : QDir(QStringLiteral(":/kh/data/") + folder).entryList({pattern}, QDir::Files, QDir::Name))
        out << folder + QLatin1Char('/') + f;
    return out;
}

} // namespace kh
