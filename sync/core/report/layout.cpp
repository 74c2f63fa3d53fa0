#include "core/report/layout.h"

#include "core/data/builtin_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kh::report {

const QStringList &rateKeys()
{
    static const QStringList keys{QStringLiteral("total"),      QStringLiteral("registered"),
                                  QStringLiteral("recognised"), QStringLiteral("percent"),
                                  QStringLiteral("target"),     QStringLiteral("province_target")};
    return keys;
}

const QStringList &fundsKeys()
{
    static const QStringList keys{QStringLiteral("funds"),         QStringLiteral("opening"),
                                  QStringLiteral("received"),      QStringLiteral("paid"),
                                  QStringLiteral("closing"),       QStringLiteral("awards"),
                                  QStringLiteral("beneficiaries"), QStringLiteral("awaiting_approval")};
    return keys;
}

namespace {

bool readColumns(const QJsonValue &v, const QStringList &known, std::vector<Column> *out, QString *error)
{
    const QJsonArray a = v.toArray();
    if (a.isEmpty()) {
        *error = QStringLiteral("a table without columns");
        return false;
    }
    for (const QJsonValue &x : a) {
        const QJsonObject o = x.toObject();
        Column c{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("header")).toString(),
                 o.value(QLatin1String("percent")).toBool(), o.value(QLatin1String("money")).toBool(),
                 o.value(QLatin1String("optional")).toBool()};
        if (!known.contains(c.key)) {
            *error = QStringLiteral("unknown figure '%1' (known: %2)").arg(c.key, known.join(QLatin1String(", ")));
            return false;
        }
        if (c.header.trimmed().isEmpty()) {
            *error = QStringLiteral("column '%1' has no header").arg(c.key);
            return false;
        }
        out->push_back(c);
    }
    return true;
}

} // namespace

std::optional<Layout> parseLayout(const QByteArray &json, QString *error)
{
    QString ignored;
    if (!error) error = &ignored;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    auto text = [&](const char *k) { return o.value(QLatin1String(k)).toString(); };
    Layout l;
    l.id = text("layout_id");
    l.version = o.value(QLatin1String("version")).toInt();
    l.unconfirmed = o.value(QLatin1String("unconfirmed")).toBool();
    l.association = text("association");
    l.nation = text("nation");
    l.motto = text("motto");
    l.title = text("title");
    l.fileTitle = text("file_title");
    l.totalLabel = text("total_label");
    l.fundsTitle = text("funds_title");
    l.fundsAreaHeader = text("funds_area_header");
    l.membersTitle = text("members_title");
    l.footnote = text("footnote");
    for (const char *k :
         {"layout_id", "title", "file_title", "total_label", "funds_title", "funds_area_header", "members_title"})
        if (text(k).trimmed().isEmpty()) {
            *error = QStringLiteral("'%1' is missing").arg(QLatin1String(k));
            return std::nullopt;
        }
    if (l.version < 1) {
        *error = QStringLiteral("'version' must be 1 or more");
        return std::nullopt;
    }
    if (!readColumns(o.value(QLatin1String("rate_columns")), rateKeys(), &l.rateColumns, error) ||
        !readColumns(o.value(QLatin1String("funds_columns")), fundsKeys(), &l.fundsColumns, error))
        return std::nullopt;
    for (const QJsonValue &x : o.value(QLatin1String("signatures")).toArray())
        l.signatures.push_back({x.toObject().value(QLatin1String("title")).toString(),
                                x.toObject().value(QLatin1String("note")).toString()});
    return l;
}

const Layout &builtinLayout()
{
    static const Layout layout = [] {
        QString error;
        auto l = parseLayout(readBuiltin(QStringLiteral("report/year-end.json")), &error);
        if (!l) qFatal("built-in report layout: %s", qPrintable(error));
        return *l;
    }();
    return layout;
}

std::optional<qint64> figure(const Column &c, const domain::Rate &r)
{
    if (c.key == QLatin1String("total")) return r.total;
    if (c.key == QLatin1String("registered")) return r.registered;
    if (c.key == QLatin1String("recognised")) return r.recognised;
    if (c.key == QLatin1String("percent")) return r.percent();
    if (c.key == QLatin1String("target")) return r.target ? std::optional<qint64>(r.target) : std::nullopt;
    if (c.key == QLatin1String("province_target"))
        return r.provinceTarget ? std::optional<qint64>(r.provinceTarget) : std::nullopt;
    return std::nullopt; // parseLayout admits no other key
}

std::optional<qint64> figure(const Column &c, const funds::AreaFunds &f)
{
    if (c.key == QLatin1String("funds")) return f.funds;
    if (c.key == QLatin1String("opening")) return f.opening;
    if (c.key == QLatin1String("received")) return f.received;
    if (c.key == QLatin1String("paid")) return f.paid;
    if (c.key == QLatin1String("closing")) return f.closing;
    if (c.key == QLatin1String("awards")) return f.awards;
    if (c.key == QLatin1String("beneficiaries")) return f.beneficiaries;
    if (c.key == QLatin1String("awaiting_approval")) return f.awaitingApproval;
    return std::nullopt; // parseLayout admits no other key
}

} // namespace kh::report
