#include "learning.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kh::domain {

Stage stageOf(const khuyenhoc::v1::Evaluation &e)
{
    if (!e.decided_on().empty()) return e.recognised() ? Stage::Recognised : Stage::NotRecognised;
    if (!e.verified_on().empty()) return Stage::Verified;
    if (!e.declared_on().empty()) return Stage::Declared;
    if (!e.registered_on().empty()) return Stage::Registered;
    return Stage::None;
}

namespace {
CriteriaSet load(const QString &resource)
{
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly)) qFatal("criteria resource %s missing", qPrintable(resource));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    CriteriaSet s;
    s.id = o.value(QLatin1String("id")).toString() + QLatin1Char('@') + QString::number(o.value(QLatin1String("version")).toInt());
    s.title = o.value(QLatin1String("title")).toString();
    s.source = o.value(QLatin1String("source")).toString();
    s.notes = o.value(QLatin1String("notes")).toString();
    for (const auto &v : o.value(QLatin1String("items")).toArray()) {
        const QJsonObject i = v.toObject();
        s.items.push_back({i.value(QLatin1String("code")).toString(), i.value(QLatin1String("group")).toString(),
                           i.value(QLatin1String("text")).toString(), i.value(QLatin1String("points")).toInt(),
                           i.value(QLatin1String("required")).toBool()});
    }
    return s;
}
} // namespace

const CriteriaSet &familyCriteria(int /*year*/)
{
    static const CriteriaSet s = load(QStringLiteral(":/kh/data/criteria/family-2016.json"));
    return s;
}

} // namespace kh::domain
