#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Villages on the device with this year's learning-family counts: what commune staff look at.
// Roles: villageId, name, kindText, communeCode, communeName, households, registered, declared, verified,
// recognised, rateText ("72%" of households recognised), lagging (below the 70% national target),
// firstOfCommune (the first row of its commune: where a list shows the commune's heading).
class VillageListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantMap totals READ totals NOTIFY countChanged)
    Q_PROPERTY(QStringList filterOptions READ filterOptions NOTIFY countChanged)
    // With this year's counts (the default); a page that only needs the villages' names (a filter, a form's
    // choice) sets it false and never waits for the household index (read in the background at start).
    Q_PROPERTY(bool counted READ counted WRITE setCounted NOTIFY countChanged)
public:
    explicit VillageListModel(QObject *parent = nullptr);
    bool counted() const { return m_counted; }
    void setCounted(bool c)
    {
        if (c == m_counted) return;
        m_counted = c;
        reload();
    }
    QVariantMap totals() const { return m_totals; }
    // "All villages" followed by each village's name, for a filter's choices.
    QStringList filterOptions() const;
    Q_INVOKABLE int indexOf(const QString &villageId) const;

protected:
    QList<QVariantHash> load(Workspace &ws) override;

private:
    QVariantMap m_totals;
    bool m_counted = true;
};

} // namespace kh::app
