// khuyenhoc, the app: the composition root. Builds the workspace (the device database) and the phone's
// settings, hands them to the QML root as initial properties, and nothing else reaches for globals.
//
// Options (for tests, screenshots and the benchmark; a phone starts without any):
//   --data PATH        a folder for this phone's users (default: the app data directory), or one database
//                      file (*.db, *.sqlite) opened without login or lock: developer mode, for tests,
//                      screenshots and the demo, with a token `khuyenhoc-cli login` put in it
//   --lang vi|en       the UI language for this run
//   --page NAME        open this page after start (HouseholdListPage, SyncPage...), with --arg ID
//   --screenshot FILE  save the window as PNG once the page has rendered, then quit
//   --sync             sync once at start (screenshots of the receipt)
//   --hand-to ID       start handed to household ID (self-service only, as if the officer had handed it over)
//   --size WxH         window size (screenshots of the desktop layout), default a 360×760 phone
//   --timings          print the time to the first frame and, at exit, the peak memory (the benchmark reads them)
//   --font-scale X     type this much larger than normal (1.3: the phone's "large text"); on Android the system's
//                      font size setting is read instead
#include "app_settings.h"
#include "profiles.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <cmath>
#include <sys/resource.h>
#ifdef Q_OS_ANDROID
#include <QJniObject>
#endif

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

namespace {

void declareOptions(QCommandLineParser &args)
{
    args.addHelpOption();
    args.addOptions(
        {{QStringLiteral("data"),
          QStringLiteral("Folder of this phone's users, or one database file (developer mode)."),
          QStringLiteral("path")},
         {QStringLiteral("lang"), QStringLiteral("UI language: vi or en."), QStringLiteral("lang")},
         {QStringLiteral("page"), QStringLiteral("Page to open after start."), QStringLiteral("name")},
         {QStringLiteral("arg"), QStringLiteral("Record id for --page."), QStringLiteral("id")},
         {QStringLiteral("screenshot"), QStringLiteral("Save the window as PNG, then quit."), QStringLiteral("file")},
         {QStringLiteral("sync"), QStringLiteral("Sync once at start.")},
         {QStringLiteral("hand-to"), QStringLiteral("Start handed to this household."), QStringLiteral("id")},
         {QStringLiteral("size"), QStringLiteral("Window size, e.g. 1100x760."), QStringLiteral("WxH")},
         {QStringLiteral("timings"), QStringLiteral("Print start-up figures.")},
         {QStringLiteral("font-scale"), QStringLiteral("Larger type, e.g. 1.3."), QStringLiteral("factor")}});
}

// How much larger than normal the person wants text: Android's Settings → Display → Font size, else the
// command line. Never smaller than normal (the theme's sizes are the minimum), at most twice.
double fontScale(const QCommandLineParser &args)
{
    double scale = 1.0;
#ifdef Q_OS_ANDROID
    const QJniObject context(QNativeInterface::QAndroidApplication::context());
    const QJniObject resources = context.callObjectMethod("getResources", "()Landroid/content/res/Resources;");
    const QJniObject config = resources.callObjectMethod("getConfiguration", "()Landroid/content/res/Configuration;");
    if (config.isValid()) scale = double(config.getField<jfloat>("fontScale"));
#endif
    if (args.isSet(QStringLiteral("font-scale"))) scale = args.value(QStringLiteral("font-scale")).toDouble();
    return std::clamp(scale, 1.0, 2.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("KhuyenHoc"));
    QGuiApplication::setApplicationName(QStringLiteral("khuyenhoc"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Khuyến Học"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser args;
    declareOptions(args);
    args.process(app);
    // Every size in the theme derives from the application font: 16 px body text at the normal scale.
    QFont font = QGuiApplication::font();
    font.setPixelSize(int(std::lround(16 * fontScale(args))));
    QGuiApplication::setFont(font);

    kh::app::Workspace workspace; // declared before the engine: QML reads it until the engine is gone
    kh::app::Profiles profiles;   // likewise
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // Qt 6.4 puts the KhuyenHoc module at qrc:/KhuyenHoc
    kh::app::AppSettings settings(&engine);
    if (args.isSet(QStringLiteral("lang")))
        settings.useForThisRun(args.value(QStringLiteral("lang")));
    else
        settings.applyStored();

    profiles.setWorkspace(&workspace);
    const QString data = args.value(QStringLiteral("data"));
    if (data.endsWith(QLatin1String(".db")) || data.endsWith(QLatin1String(".sqlite"))) {
        profiles.openDeveloperDatabase(data); // on failure the UI shows workspace.lastError
    } else {
        profiles.setRoot(data.isEmpty() ? kh::app::Workspace::defaultFolder() : data);
    }
    if (args.isSet(QStringLiteral("hand-to"))) workspace.lockToHousehold(args.value(QStringLiteral("hand-to")));

    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)},
                                 {QStringLiteral("settings"), QVariant::fromValue(&settings)},
                                 {QStringLiteral("profiles"), QVariant::fromValue(&profiles)},
                                 {QStringLiteral("startPage"), args.value(QStringLiteral("page"))},
                                 {QStringLiteral("startArg"), args.value(QStringLiteral("arg"))},
                                 {QStringLiteral("syncAtStart"), args.isSet(QStringLiteral("sync"))}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/KhuyenHoc/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && args.isSet(QStringLiteral("size"))) {
        const QStringList wh = args.value(QStringLiteral("size")).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0) window->resize(wh[0].toInt(), wh[1].toInt());
    }

    if (window && args.isSet(QStringLiteral("timings"))) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&clock] {
            static bool once = false;
            if (once) return;
            once = true;
            qInfo("first_frame_ms %lld", clock.elapsed());
        });
    }
    if (window && args.isSet(QStringLiteral("screenshot"))) {
        const QString file = args.value(QStringLiteral("screenshot"));
        // Give the page time to settle (transitions, a sync at start), then grab what is on screen.
        QTimer::singleShot(args.isSet(QStringLiteral("sync")) ? 2500 : 1200, window, [window, file] {
            const bool ok = window->grabWindow().save(file);
            QCoreApplication::exit(ok ? 0 : 2);
        });
    }
    const int rc = app.exec();
    if (args.isSet(QStringLiteral("timings"))) {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("peak_rss_mb %ld", usage.ru_maxrss / 1024);
    }
    return rc;
}
