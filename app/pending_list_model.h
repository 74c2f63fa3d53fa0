// "What is waiting", by record: every record changed on this phone and not yet on the server, refused by it,
// or in conflict, in words ("Household Nguyễn Văn Hùng", "Learning family 2026 of Nguyễn Văn Hùng"), one row per
// record however many fields or item verdicts changed (an evaluation's verdicts count as the evaluation).
// Roles: recordTitle, kindText, mark (SyncMarks::Mark), markWords, pageName and pageProps (where tapping goes;
// empty for a deleted record).
#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

class PendingListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit PendingListModel(QObject *parent = nullptr);

protected:
    QList<QVariantHash> load(Workspace &ws) override;
};

} // namespace kh::app
