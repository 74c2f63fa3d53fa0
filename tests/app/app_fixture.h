// What the app's C++ tests share: a temporary folder, configured workspaces on fresh databases, and records
// made through the app's own forms.
#pragma once

#include "app_settings.h"
#include "clan_form.h"
#include "clan_list_model.h"
#include "clan_member_model.h"
#include "commune_search_model.h"
#include "conflict_model.h"
#include "core/records/ids.h"
#include "dashboard.h"
#include "device/tools/seed.h"
#include "device/tools/store_rollups.h"
#include "device/workflow/learning.h"
#include "evaluation_controller.h"
#include "evaluation_list_model.h"
#include "household_form.h"
#include "household_list_model.h"
#include "member_form.h"
#include "member_list_model.h"
#include "process.h"
#include "queries.h"
#include "rollup_controller.h"
#include "self_assessment.h"
#include "stage_count.h"
#include "sync_controller.h"
#include "village_form.h"
#include "village_list_model.h"
#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace kh::test {

using namespace kh::app;

class AppFixture : public QObject {
    Q_OBJECT
protected:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Workspace> workspace(const QString &server = QStringLiteral("http://127.0.0.1:9"))
    {
        auto ws = std::make_unique<Workspace>();
        if (!ws->open(m_dir.filePath(QStringLiteral("ws%1.db").arg(++m_n)))) qFatal("cannot open workspace");
        if (!ws->configure(server, {QStringLiteral("22945")}, QStringLiteral("Cán bộ Thử"))) qFatal("cannot configure");
        asCommuneStaff(*ws, server);
        return ws;
    }
    // The workspace's user is commune staff of 22945, as a login would have stored it: tests of steps only
    // they may take, without a server.
    static void asCommuneStaff(Workspace &ws, const QString &server)
    {
        pb::Account a;
        a.set_username("can-bo-thu");
        a.set_display_name("Cán bộ Thử");
        a.set_role(pb::ROLE_COMMUNE_STAFF);
        a.add_areas("c:22945");
        ws.setAccount(server, a);
    }
    // Logs a workspace in (as an administrator, through `khuyenhoc-cli login` on its database, as developer
    // mode allows) and hands it the token: tests of sync that are not about accounts.
    static void signIn(Workspace &ws, ServerProcess &server)
    {
        if (!server.loginAdmin(ws.path())) qFatal("cannot log the workspace in");
        ws.setToken(ws.store().meta("auth_token").toLatin1());
    }
    // Logs the workspace in as a new commune-staff account of commune 22945 with a display name.
    static void signInAs(Workspace &ws, ServerProcess &server, const QString &user, const QString &displayName)
    {
        const auto made = server.admin({QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"),
                                        QStringLiteral("commune-staff"), QStringLiteral("--area"),
                                        QStringLiteral("c:22945"), QStringLiteral("--display-name"), displayName},
                                       kTestPassword + '\n');
        if (made.code != 0 || server.login(ws.path(), user).code != 0) qFatal("cannot log the workspace in");
        ws.setToken(ws.store().meta("auth_token").toLatin1());
    }
    // One sync, waited for; true when it completed.
    static bool syncOnce(SyncController &s)
    {
        QSignalSpy f(&s, &SyncController::finished);
        s.sync();
        return f.wait(20000) && f.first().first().toBool();
    }
    static QString village(Workspace &ws, const QString &name)
    {
        VillageForm f;
        f.setWorkspace(&ws);
        f.setName(name);
        return f.save();
    }
    static QString household(Workspace &ws, const QString &village, const QString &family, const QString &middle,
                             const QString &given, const QString &address = {})
    {
        HouseholdForm f;
        f.setWorkspace(&ws);
        f.setVillageId(village);
        f.setHeadFamilyName(family);
        f.setHeadMiddleName(middle);
        f.setHeadGivenName(given);
        f.setAddress(address);
        return f.save();
    }
    static QStringList names(const HouseholdListModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i) out << m.data(m.index(i), HouseholdListModel::NameRole).toString();
        return out;
    }
};

} // namespace kh::test
