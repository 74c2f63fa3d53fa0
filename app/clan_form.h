#pragma once

#include "form_base.h"
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// A clan (dòng họ) or clan branch, the villages it lives in, and its member households.
class ClanForm : public kh::app::FormBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString clanId READ clanId WRITE setClanId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(QString branch READ branch WRITE setBranch NOTIFY edited)
    Q_PROPERTY(QString headName READ headName WRITE setHeadName NOTIFY edited)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY edited)
    Q_PROPERTY(QStringList villageIds READ villageIds WRITE setVillageIds NOTIFY edited)
public:
    explicit ClanForm(QObject *parent = nullptr);
    QString clanId() const { return m_id; }
    void setClanId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }
    QString name() const { return m_text.value(QStringLiteral("name")); }
    void setName(const QString &v) { setText(QStringLiteral("name"), v); }
    QString branch() const { return m_text.value(QStringLiteral("branch")); }
    void setBranch(const QString &v) { setText(QStringLiteral("branch"), v); }
    QString headName() const { return m_text.value(QStringLiteral("headName")); }
    void setHeadName(const QString &v) { setText(QStringLiteral("headName"), v); }
    QString notes() const { return m_text.value(QStringLiteral("notes")); }
    void setNotes(const QString &v) { setText(QStringLiteral("notes"), v); }
    QStringList villageIds() const { return m_villages; }
    void setVillageIds(const QStringList &ids);
    Q_INVOKABLE void setVillageSelected(const QString &villageId, bool selected);
    Q_INVOKABLE QString save();
    // Member households: links are written at once (each link is its own record, so two officers adding
    // households to one clan offline both keep theirs). The clan must have been saved first.
    Q_INVOKABLE bool addHousehold(const QString &householdId);
    Q_INVOKABLE bool removeHousehold(const QString &householdId);

private:
    void setText(const QString &key, const QString &v);
    void load() override;
    std::string draftForm() const override { return "clan"; }
    std::string draftKey() const override { return m_id.isEmpty() ? "new" : m_id.toStdString(); }
    void validate();
    QString m_id;
    QHash<QString, QString> m_text;
    QStringList m_villages;
    std::string m_savedBytes;
};

} // namespace kh::app
