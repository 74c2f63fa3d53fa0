// The drafts on this phone for the signed-in user: forms left unsaved when the app was closed, killed by the
// phone or left for another page, newest first, in words ("New household: Nguyễn Văn Hùng"). The start page
// lists them so nothing typed is forgotten; tapping one opens its form with the draft.
// Roles: draftTitle, draftTime ("10:32", or a date), pageName (the page to open), pageProps (what to open it with).
#pragma once

#include "row_model.h"

#include <QtQml/qqmlregistration.h>

namespace kh::app {

class DraftListModel : public kh::app::RowModel {
    Q_OBJECT
    QML_ELEMENT
public:
    explicit DraftListModel(QObject *parent = nullptr);

protected:
    QList<QVariantHash> load(Workspace &ws) override;
};

} // namespace kh::app
