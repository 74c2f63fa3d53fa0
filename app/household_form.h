// Editing one household: its fields, validation shown beside each field in the UI language, a warning when a
// new household looks like one already in the village, and saving only the fields that changed (so two
// officers editing different fields of one household both keep their work).
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
    Q_PROPERTY(bool modified READ modified NOTIFY edited)
    Q_PROPERTY(QStringList similarHouseholds READ similarHouseholds NOTIFY validated)

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

    bool canSave() const override { return m_errors.isEmpty() && modified(); }
    bool modified() const { return m_f != m_saved; }
    QStringList similarHouseholds() const { return m_similar; }

    // Writes the changed fields (one local change-set). Returns the household's id, empty when refused.
    Q_INVOKABLE QString save();
    Q_INVOKABLE bool remove();

private:
    void set(const QString &key, const QString &value);
    void load() override;
    void validate();
    void findSimilar();

    QString m_id;
    QHash<QString, QString> m_f, m_saved; // field values as shown, and as stored
    QStringList m_similar;
};

// Editing one member of a household.
class MemberForm : public kh::app::FormBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY loaded)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString familyName READ familyName WRITE setFamilyName NOTIFY edited)
    Q_PROPERTY(QString middleName READ middleName WRITE setMiddleName NOTIFY edited)
    Q_PROPERTY(QString givenName READ givenName WRITE setGivenName NOTIFY edited)
    Q_PROPERTY(QString birthYear READ birthYear WRITE setBirthYear NOTIFY edited)
    Q_PROPERTY(int sex READ sex WRITE setSex NOTIFY edited)
    Q_PROPERTY(int relation READ relation WRITE setRelation NOTIFY edited)
    Q_PROPERTY(int schooling READ schooling WRITE setSchooling NOTIFY edited)
    Q_PROPERTY(bool studyingNow READ studyingNow WRITE setStudyingNow NOTIFY edited)
    Q_PROPERTY(int literacy READ literacy WRITE setLiteracy NOTIFY edited)
    Q_PROPERTY(QString learningActivities READ learningActivities WRITE setLearningActivities NOTIFY edited)
    Q_PROPERTY(QString cccd READ cccd WRITE setCccd NOTIFY edited)

public:
    explicit MemberForm(QObject *parent = nullptr);

    QString memberId() const { return m_id; }
    void setMemberId(const QString &id);
    QString householdId() const { return m_household; }
    void setHouseholdId(const QString &id);
    bool isNew() const { return m_id.isEmpty(); }

    QString familyName() const { return m_text.value(QStringLiteral("familyName")); }
    QString middleName() const { return m_text.value(QStringLiteral("middleName")); }
    QString givenName() const { return m_text.value(QStringLiteral("givenName")); }
    QString birthYear() const { return m_birthYear; }
    int sex() const { return m_m.sex(); }
    int relation() const { return m_m.relation(); }
    int schooling() const { return m_m.schooling(); }
    bool studyingNow() const { return m_m.studying_now(); }
    int literacy() const { return m_m.literacy(); }
    QString learningActivities() const { return m_activities; }
    QString cccd() const { return m_text.value(QStringLiteral("cccd")); }
    void setFamilyName(const QString &v);
    void setMiddleName(const QString &v);
    void setGivenName(const QString &v);
    void setBirthYear(const QString &v);
    void setSex(int v);
    void setRelation(int v);
    void setSchooling(int v);
    void setStudyingNow(bool v);
    void setLiteracy(int v);
    void setLearningActivities(const QString &v);
    void setCccd(const QString &v);


    Q_INVOKABLE QString save();
    Q_INVOKABLE bool remove();

private:
    void load() override;
    void changed();
    void setText(const QString &key, const QString &v);
    void compose(); // text as typed → m_m, cleaned
    void validate();

    QString m_id, m_household, m_birthYear, m_activities;
    QHash<QString, QString> m_text; // text fields as typed
    pb::Member m_m, m_saved;
};

} // namespace kh::app
