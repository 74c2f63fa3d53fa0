#include "cli/args.h"

namespace kh::cli {

Args Args::parse(const QStringList &argv, const QSet<QString> &flags)
{
    Args a;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &s = argv[i];
        if (s.startsWith(QLatin1String("--")) && s.size() > 2) {
            QString name = s.mid(2), value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (!flags.contains(name)) {
                if (i + 1 >= argv.size()) throw UsageError("--" + name.toStdString() + " needs a value");
                value = argv[++i];
            }
            a.m_options[name] << value;
        } else {
            a.positional << s;
        }
    }
    return a;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const auto it = m_options.constFind(name);
    return it == m_options.cend() ? fallback : it->last();
}

QStringList Args::values(const QString &name) const
{
    return m_options.value(name);
}
bool Args::has(const QString &name) const
{
    return m_options.contains(name);
}

void Args::allow(const QStringList &known) const
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        if (!known.contains(it.key())) throw UsageError("unknown option --" + it.key().toStdString());
}

QString Args::require(const QString &name) const
{
    if (!has(name)) throw UsageError("--" + name.toStdString() + " is required");
    return value(name);
}

} // namespace kh::cli
