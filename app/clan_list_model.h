#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

// Clans on the device. Roles: clanId, name, headName, villages (names), households (linked households).
class ClanListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ClanListModel(QObject *parent = nullptr);

protected:
    QList<QVariantHash> load(Workspace &ws) override;
};

} // namespace kh::app
