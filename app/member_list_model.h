#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Members of one household, head first then by birth year.
// Roles: memberId, name, summary ("Con · 2012 · Tiểu học"), birthYear, syncMark and syncMarkText (not sent,
// conflict, refused).
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

} // namespace kh::app
