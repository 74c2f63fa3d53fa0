// Editing villages and clans (with their member households across villages).
#pragma once

#include "workspace.h"

#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// A village, hamlet or residential group in one of the officer's communes.
class VillageForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString villageId READ villageId WRITE setVillageId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(int kind READ kind WRITE setKind NOTIFY edited)
    Q_PROPERTY(int communeIndex READ communeIndex WRITE setCommuneIndex NOTIFY edited)
    Q_PROPERTY(QStringList communeOptions READ communeOptions NOTIFY loaded)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY edited)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY validated)
    Q_PROPERTY(bool canSave READ canSave NOTIFY validated)
    Q_PROPERTY(QString saveError READ saveError NOTIFY validated)
public:
    explicit VillageForm(QObject *parent = nullptr);
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QString villageId() const { return m_id; }
    void setVillageId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }
    QString name() const { return m_name; }
    void setName(const QString &v);
    int kind() const { return m_kind; }
    void setKind(int v);
    int communeIndex() const { return int(m_communes.indexOf(m_commune)); }
    void setCommuneIndex(int i);
    QStringList communeOptions() const;
    QString notes() const { return m_notes; }
    void setNotes(const QString &v);
    QVariantMap errors() const { return m_errors; }
    bool canSave() const { return m_errors.isEmpty(); }
    QString saveError() const { return m_saveError; }
    Q_INVOKABLE QString save();
signals:
    void workspaceChanged();
    void loaded();
    void edited();
    void validated();
private:
    void load();
    void validate();
    QPointer<Workspace> m_ws;
    QString m_id, m_name, m_commune, m_notes, m_saveError;
    QStringList m_communes;
    int m_kind = 1;
    QVariantMap m_errors;
    std::string m_savedBytes;
};

// A clan (dòng họ) or clan branch, the villages it lives in, and its member households.
class ClanForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString clanId READ clanId WRITE setClanId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY edited)
    Q_PROPERTY(QString branch READ branch WRITE setBranch NOTIFY edited)
    Q_PROPERTY(QString headName READ headName WRITE setHeadName NOTIFY edited)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY edited)
    Q_PROPERTY(QStringList villageIds READ villageIds NOTIFY edited)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY validated)
    Q_PROPERTY(bool canSave READ canSave NOTIFY validated)
    Q_PROPERTY(QString saveError READ saveError NOTIFY validated)
public:
    explicit ClanForm(QObject *parent = nullptr);
    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
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
    Q_INVOKABLE void setVillageSelected(const QString &villageId, bool selected);
    QVariantMap errors() const { return m_errors; }
    bool canSave() const { return m_errors.isEmpty(); }
    QString saveError() const { return m_saveError; }
    Q_INVOKABLE QString save();
    // Member households: links are written at once (each link is its own record, so two officers adding
    // households to one clan offline both keep theirs). The clan must have been saved first.
    Q_INVOKABLE bool addHousehold(const QString &householdId);
    Q_INVOKABLE bool removeHousehold(const QString &householdId);
signals:
    void workspaceChanged();
    void loaded();
    void edited();
    void validated();
private:
    void setText(const QString &key, const QString &v);
    void load();
    void validate();
    QPointer<Workspace> m_ws;
    QString m_id, m_saveError;
    QHash<QString, QString> m_text;
    QStringList m_villages;
    QVariantMap m_errors;
    std::string m_savedBytes;
};

} // namespace kh::app
