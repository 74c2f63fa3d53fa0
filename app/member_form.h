#pragma once

#include "form_base.h"
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Editing one member of a household. A new member starts with the family name of the household's head (most
// members share it; it is one field to change when not).
class MemberForm : public kh::app::FormBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY loaded)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY loaded)
    Q_PROPERTY(bool isNew READ isNew NOTIFY loaded)
    Q_PROPERTY(QString familyName READ familyName WRITE setFamilyName NOTIFY edited)
    Q_PROPERTY(QString middleName READ middleName WRITE setMiddleName NOTIFY edited)
    Q_PROPERTY(QString givenName READ givenName WRITE setGivenName NOTIFY edited)
    Q_PROPERTY(QString fullName READ fullName NOTIFY edited)
    Q_PROPERTY(QString birthYear READ birthYear WRITE setBirthYear NOTIFY edited)
    Q_PROPERTY(int sex READ sex WRITE setSex NOTIFY edited)
    Q_PROPERTY(int relation READ relation WRITE setRelation NOTIFY edited)
    Q_PROPERTY(int schooling READ schooling WRITE setSchooling NOTIFY edited)
    Q_PROPERTY(bool studyingNow READ studyingNow WRITE setStudyingNow NOTIFY edited)
    // For scholarships (quỹ khuyến học): has lost a parent or both; lives with a disability.
    Q_PROPERTY(bool orphan READ orphan WRITE setOrphan NOTIFY edited)
    Q_PROPERTY(bool disabled READ disabled WRITE setDisabled NOTIFY edited)
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
    QString fullName() const;
    QString birthYear() const { return m_birthYear; }
    int sex() const { return m_m.sex(); }
    int relation() const { return m_m.relation(); }
    int schooling() const { return m_m.schooling(); }
    bool studyingNow() const { return m_m.studying_now(); }
    bool orphan() const { return m_m.orphan(); }
    bool disabled() const { return m_m.disabled(); }
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
    void setOrphan(bool v);
    void setDisabled(bool v);
    void setLiteracy(int v);
    void setLearningActivities(const QString &v);
    void setCccd(const QString &v);

    Q_INVOKABLE QString save();
    Q_INVOKABLE bool remove();

private:
    void load() override;
    std::string draftForm() const override { return "member"; }
    std::string draftKey() const override
    {
        return m_id.isEmpty() ? "new:" + m_household.toStdString() : m_id.toStdString();
    }
    void changed();
    void setText(const QString &key, const QString &v);
    void compose(); // text as typed → m_m, cleaned
    void validate();

    QString m_id, m_household, m_birthYear, m_activities;
    QHash<QString, QString> m_text; // text fields as typed
    pb::Member m_m, m_saved;
};

} // namespace kh::app
