// The app's smaller lists. Each documents its roles; all reload when the workspace changes.
#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Members of one household, head first then by birth year.
// Roles: memberId, name, summary ("Con · 2012 · Tiểu học"), birthYear.
class MemberListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
public:
    explicit MemberListModel(QObject *parent = nullptr);
    QString householdId() const { return m_household; }
    void setHouseholdId(const QString &id);
signals:
    void householdIdChanged();
protected:
    QList<QVariantHash> load(Workspace &ws) override;
private:
    QString m_household;
};

// Villages on the device with this year's learning-family counts: what commune staff look at.
// Roles: villageId, name, kindText, communeCode, communeName, households, registered, declared, verified,
// recognised, rateText ("72%" of households recognised), lagging (below the 70% national target),
// firstOfCommune (the first row of its commune: where a list shows the commune's heading).
class VillageListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY countChanged)
    Q_PROPERTY(QStringList filterOptions READ filterOptions NOTIFY countChanged)
public:
    explicit VillageListModel(QObject *parent = nullptr);
    QVariantMap totals() const { return m_totals; }
    // "All villages" followed by each village's name, for a filter's choices.
    QStringList filterOptions() const;
    Q_INVOKABLE int indexOf(const QString &villageId) const;
protected:
    QList<QVariantHash> load(Workspace &ws) override;
private:
    QVariantMap m_totals;
};

// Clans on the device. Roles: clanId, name, headName, villages (names), households (linked households).
class ClanListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ClanListModel(QObject *parent = nullptr);
protected:
    QList<QVariantHash> load(Workspace &ws) override;
};

// Households linked to one clan, across villages. Roles: householdId, name, village.
class ClanMemberModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString clanId READ clanId WRITE setClanId NOTIFY clanIdChanged)
public:
    explicit ClanMemberModel(QObject *parent = nullptr);
    QString clanId() const { return m_clan; }
    void setClanId(const QString &id);
signals:
    void clanIdChanged();
protected:
    QList<QVariantHash> load(Workspace &ws) override;
private:
    QString m_clan;
};

// Open conflicts: both values side by side with who and when, for the officer to pick one.
// Roles: conflictId, recordTitle, fieldLabel, keptValue, keptWhen, keptWho, otherValue, otherWhen, otherWho.
// "kept" is the value the record holds now (the later edit), "other" the one it replaced.
class ConflictModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    explicit ConflictModel(QObject *parent = nullptr);
    // Keeps the current value (keepOther false) or writes the other value back (true).
    Q_INVOKABLE bool resolve(const QString &conflictId, bool keepOther);
    QString lastError() const { return m_error; }
signals:
    void lastErrorChanged();
protected:
    QList<QVariantHash> load(Workspace &ws) override;
private:
    QString m_error;
};

// Field names and values in words, for conflicts and history.
QString fieldLabel(pb::RecordType type, quint32 field);
QString fieldValueText(pb::RecordType type, quint32 field, const std::string &raw);

} // namespace kh::app
