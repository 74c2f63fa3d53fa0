// Editing one household: its fields, validation shown beside each field in the UI language, a warning when a
// new household looks like one already in the village, and saving only the fields that changed (so two
// officers editing different fields of one household both keep their work). A new household's head is
// entered once: saving it also makes the head a member (relation "head", with the birth year and sex given
// here), in the same change-set. With one village on the phone, a new household starts in it.
#pragma once

#include "form_base.h"

#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class HouseholdForm : public kh::app::FormBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString villageId READ villageId WRITE setVillageId NOTIFY edited)
    Q_PROPERTY(QString villageName READ villageName NOTIFY edited)
    Q_PROPERTY(QString headFamilyName READ headFamilyName WRITE setHeadFamilyName NOTIFY edited)
    Q_PROPERTY(QString headMiddleName READ headMiddleName WRITE setHeadMiddleName NOTIFY edited)
    Q_PROPERTY(QString headGivenName READ headGivenName WRITE setHeadGivenName NOTIFY edited)
    Q_PROPERTY(QString headName READ headName NOTIFY edited)
    Q_PROPERTY(QString summary READ summary NOTIFY loaded)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY edited)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY edited)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY edited)
    // Only for a new household: the head as a member.
    Q_PROPERTY(QString headBirthYear READ headBirthYear WRITE setHeadBirthYear NOTIFY edited)
    Q_PROPERTY(int headSex READ headSex WRITE setHeadSex NOTIFY edited)
    // The commune's poverty list this year (pb::Poverty; 0 not given): who is proposed for scholarships.
    Q_PROPERTY(int poverty READ poverty WRITE setPoverty NOTIFY edited)
    Q_PROPERTY(QStringList similarHouseholds READ similarHouseholds NOTIFY validated)
    // What is unfinished with the server for this household, its members and evaluations (SyncMarks::Mark).
    Q_PROPERTY(int syncMark READ syncMark NOTIFY loaded)

public:
    explicit HouseholdForm(QObject *parent = nullptr);

    QString householdId() const { return m_id; }
    void setHouseholdId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }

    QString villageId() const { return m_f.value(QStringLiteral("villageId")); }
    void setVillageId(const QString &v) { set(QStringLiteral("villageId"), v); }
    QString villageName() const;
    QString headFamilyName() const { return m_f.value(QStringLiteral("headFamilyName")); }
    void setHeadFamilyName(const QString &v) { set(QStringLiteral("headFamilyName"), v); }
    QString headMiddleName() const { return m_f.value(QStringLiteral("headMiddleName")); }
    void setHeadMiddleName(const QString &v) { set(QStringLiteral("headMiddleName"), v); }
    QString headGivenName() const { return m_f.value(QStringLiteral("headGivenName")); }
    void setHeadGivenName(const QString &v) { set(QStringLiteral("headGivenName"), v); }
    QString headName() const;
    QString summary() const; // village · address · phone, as stored
    QString address() const { return m_f.value(QStringLiteral("address")); }
    void setAddress(const QString &v) { set(QStringLiteral("address"), v); }
    QString phone() const { return m_f.value(QStringLiteral("phone")); }
    void setPhone(const QString &v) { set(QStringLiteral("phone"), v); }
    QString notes() const { return m_f.value(QStringLiteral("notes")); }
    void setNotes(const QString &v) { set(QStringLiteral("notes"), v); }

    QString headBirthYear() const { return m_f.value(QStringLiteral("headBirthYear")); }
    void setHeadBirthYear(const QString &v) { set(QStringLiteral("headBirthYear"), v); }
    int headSex() const { return m_f.value(QStringLiteral("headSex")).toInt(); }
    void setHeadSex(int v) { set(QStringLiteral("headSex"), v > 0 ? QString::number(v) : QString()); }
    int poverty() const { return m_f.value(QStringLiteral("poverty")).toInt(); }
    void setPoverty(int v) { set(QStringLiteral("poverty"), v > 0 ? QString::number(v) : QString()); }

    bool canSave() const override { return m_errors.isEmpty() && modified(); }
    QStringList similarHouseholds() const { return m_similar; }
    int syncMark() const { return m_ws && m_ws->isOpen() && !isNew() ? m_ws->syncMarks().ofHousehold(m_id) : 0; }

    // Writes the changed fields (one local change-set). Returns the household's id, empty when refused.
    Q_INVOKABLE QString save();
    Q_INVOKABLE bool remove();

private:
    void set(const QString &key, const QString &value);
    void load() override;
    std::string draftForm() const override { return "household"; }
    std::string draftKey() const override { return m_id.isEmpty() ? "new" : m_id.toStdString(); }
    std::vector<Edit> headAsMember(const std::string &householdId) const;
    void validate();
    void findSimilar();

    QString m_id;
    QHash<QString, QString> m_f, m_saved; // field values as shown, and as stored
    QStringList m_similar;
};

} // namespace kh::app
