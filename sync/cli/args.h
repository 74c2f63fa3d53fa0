// A small argument parser for khuyenhoc-cli's "noun verb [--option value]..." commands.
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>
#include <stdexcept>

namespace kh::cli {

// A usage mistake: printed with a hint, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // Options take a value ("--name Lan" or "--name=Lan") unless listed in `flags`.
    static Args parse(const QStringList &argv, const QSet<QString> &flags);

    QStringList positional;
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const;
    bool has(const QString &name) const;
    // Throws UsageError if any option outside `known` was given.
    void allow(const QStringList &known) const;
    QString require(const QString &name) const;

private:
    QHash<QString, QStringList> m_options;
};

} // namespace kh::cli
