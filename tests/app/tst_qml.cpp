// Qt Quick Test runner for the pages and components (tests/qml/tst_*.qml). Each test gets a fresh
// database under the test-mode data directory, which is emptied before the run.
#include "workspace.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

// What only a test may do to a workspace: sign it in as commune staff without a server, as a login would.
class TestAccounts : public QObject {
    Q_OBJECT
public:
    Q_INVOKABLE void signInAsCommuneStaff(kh::app::Workspace *ws, const QString &server)
    {
        khuyenhoc::v1::Account a;
        a.set_username("can-bo-thu");
        a.set_display_name("Cán bộ Thử");
        a.set_role(khuyenhoc::v1::ROLE_COMMUNE_STAFF);
        a.add_areas("c:22945");
        ws->setAccount(server, a);
    }
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        qmlRegisterSingletonInstance("KhuyenHocTest", 1, 0, "TestAccounts", &m_accounts);
    }

private:
    TestAccounts m_accounts;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)
#include "tst_qml.moc"
