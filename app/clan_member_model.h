#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Households linked to one clan, across villages. Roles: householdId, name, village.
class ClanMemberModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString clanId READ clanId WRITE setClanId NOTIFY clanIdChanged)
public:
    explicit ClanMemberModel(QObject *parent = nullptr);
    QString clanId() const { return m_clan; }
    void setClanId(const QString &id);
    // The member households' ids: the household picker marks them "already in the clan".
    Q_INVOKABLE QStringList householdIds() const;
signals:
    void clanIdChanged();

protected:
    QList<QVariantHash> load(Workspace &ws) override;

private:
    QString m_clan;
};

} // namespace kh::app
