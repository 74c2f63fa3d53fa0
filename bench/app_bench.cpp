// app_bench: the app with 10,000 households in its local database (synthetic, with this year's progress and
// two finished past years), all of them already sent, as on commune staff's phone after a first sync.
//
// Prints one figure per line:
//   first_frame_ms N          the real khuyenhoc binary, from process start to its first frame
//   app_peak_rss_mb N         ... its peak memory after opening the household list
//   households_loaded_ms N    in-process, from opening the database until the household list, read on another
//                             thread while the start page is drawn, is there (the steps below start after it)
//   open_household_list_ms N  tapping "Households" until the list's first frame (in-process, real Main.qml)
//   search_keystroke_ms N     the slowest keystroke typing "nguyen van h" into the search field, until the
//                             filtered list is on screen (search_keystroke_median_ms too; search_hits: the
//                             households the query found, so the figure measures an officer's real search)
//   save_household_ms N       tapping Save on a new household until the household's page is drawn
//   open_dashboard_ms N       tapping "Dashboard and reports" until the dashboard's figures are drawn (they are
//                             computed on another thread a moment after the records change, so the page usually
//                             finds them ready; dashboard_compute_ms: the last computation, on that thread)
//   open_village_households_ms N  a village's page: tapping "Households of this village" until the list is drawn
//   open_verification_queue_ms N  tapping "Waiting for verification" until the queue is drawn
//   household_with_3_members_taps N  the taps a person makes to add a household of three from the start page
//                             (the head, the spouse, a child; tests/app/quick_household.h), counted by the
//                             driver as it taps the real UI on a commune with one village (target: 25 or fewer)
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. Options: --households N, --database PATH.
#include "app/quick_household.h"
#include "app_settings.h"
#include "device/tools/seed.h"
#include "process.h"
#include "sync_controller.h"
#include "ui_driver.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;

namespace {

using test::findItem;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs `action`, then waits until `ready` holds and the window has put a new frame on screen. The GUI thread's
// CPU time for it goes to stderr ("# cpu_ms N"): on a machine busy with other work it says what the wall-clock
// figure would be on a quiet one.
// Profiling one step: `perf record -D -1 --control fifo:CTL,ACK ...` with KH_PERF_CTL=CTL KH_PERF_ACK=ACK and
// KH_PROFILE_STEP=<figure name> records only that step.
void perfControl(const char *step, const char *command)
{
    const QByteArray want = qgetenv("KH_PROFILE_STEP");
    if (want.isEmpty() || want != step) return;
    QFile ctl(QString::fromLocal8Bit(qgetenv("KH_PERF_CTL"))), ack(QString::fromLocal8Bit(qgetenv("KH_PERF_ACK")));
    if (!ctl.open(QIODevice::WriteOnly) || !ack.open(QIODevice::ReadOnly)) return;
    ctl.write(command);
    ctl.write("\n");
    ctl.flush();
    ack.readLine();
}

qint64 timed(QQuickWindow *w, const std::function<void()> &action, const std::function<bool()> &ready,
             const char *step = "")
{
    perfControl(step, "enable");
    const double cpu0 = threadCpuMs();
    bool swapped = false;
    const auto c = QObject::connect(w, &QQuickWindow::frameSwapped, w, [&] { swapped = true; });
    QElapsedTimer t;
    t.start();
    action();
    while (!ready()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    swapped = false;
    w->update();
    while (!swapped) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 ms = t.elapsed();
    std::fprintf(stderr, "# cpu_ms %.0f\n", threadCpuMs() - cpu0);
    perfControl(step, "disable");
    QObject::disconnect(c);
    return ms;
}

} // namespace

// Long: one timed script, step after step, each printing its figure; split, its order would be harder to read.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const QStringList args = app.arguments();
    const int households = args.contains(QStringLiteral("--households"))
                               ? args.value(args.indexOf(QStringLiteral("--households")) + 1).toInt()
                               : 10000;

    QTemporaryDir dir;
    // --database PATH: seeds that file once and reuses it on later runs (to profile without seeding each time;
    // the bench adds a household to it each run).
    const int given = args.indexOf(QStringLiteral("--database"));
    const QString db = given > 0 ? args.value(given + 1) : dir.filePath(QStringLiteral("phone.db"));
    if (!QFile::exists(db)) {
        app::Workspace ws;
        ws.open(db);
        ws.configure(QStringLiteral("http://127.0.0.1:9"), {QStringLiteral("22945")}, QStringLiteral("Bench"));
        SeedOptions o;
        o.communeCode = QStringLiteral("22945");
        o.households = households;
        o.villages = 12;
        o.seed = 42;
        o.householdsPerWrite = 500;
        o.progressYear = ws.year();
        o.pastYears = 2;
        seedCommune(ws.store(), o);
        // Commune staff keep the whole ward on the phone after a first sync: nothing waits in the outbox. The
        // server's acknowledgement of every change-set is applied as a sync would apply it.
        pb::SyncResponse sent;
        sent.set_acked_seq(ws.store().meta("next_seq").toULongLong() - 1);
        ws.store().apply(sent, ws.store().areas(), 0);
    }
    std::fprintf(stderr, "seeded %d households\n", households);

    // The real binary: start to first frame, and its peak memory with the household list open.
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(KH_APP_BIN), {QStringLiteral("--data"), db, QStringLiteral("--timings"),
                                             QStringLiteral("--page"), QStringLiteral("HouseholdListPage"),
                                             QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("s.png"))});
        p.waitForFinished(60000);
        const QString out = QString::fromUtf8(p.readAll());
        for (const QString &key : {QStringLiteral("first_frame_ms"), QStringLiteral("peak_rss_mb")}) {
            const QRegularExpression re(key + QStringLiteral(" (\\d+)"));
            const auto m = re.match(out);
            std::printf("%s %s\n", key == QLatin1String("peak_rss_mb") ? "app_peak_rss_mb" : qPrintable(key),
                        m.hasMatch() ? qPrintable(m.captured(1)) : "?");
        }
        std::fflush(stdout);
    }

    // In-process, the real Main.qml on the same database.
    app::Workspace ws;
    QElapsedTimer opening;
    opening.start();
    ws.open(db);
    QQmlApplicationEngine engine;
    app::AppSettings settings(&engine);
    settings.setLanguage(QStringLiteral("vi"));
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&ws)},
                                 {QStringLiteral("settings"), QVariant::fromValue(&settings)}});
    engine.load(QUrl(QStringLiteral("qrc:/KhuyenHoc/Main.qml")));
    auto *w = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!w || !QTest::qWaitForWindowExposed(w)) return 1;
    // The household list is read on another thread while the start page is drawn: how long until the start
    // page shows its counts. The steps below start after it (an officer taps once the page is there).
    while (ws.householdsLoading()) QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("households_loaded_ms %lld\n", opening.elapsed());
    QTest::qWait(300);
    // No sync during the measurements (it would try the unreachable address set above).
    w->findChild<app::SyncController *>(QStringLiteral("syncController"))->setAutoSync(false);
    auto *stack = findItem(w->contentItem(), QStringLiteral("stack"));
    auto page = [&] { return stack->property("currentItem").value<QQuickItem *>(); };
    auto settled = [&] { return !stack->property("busy").toBool(); };

    QQuickItem *list = nullptr;
    const qint64 openMs = timed(
        w, [&] { test::tapItem(w, findItem(page(), QStringLiteral("householdsButton"))); },
        [&] {
            list = findItem(page(), QStringLiteral("householdList"));
            return list && list->property("count").toInt() > 0;
        });
    std::printf("open_household_list_ms %lld\n", openMs);
    while (!settled()) QCoreApplication::processEvents();

    auto *search = findItem(page(), QStringLiteral("searchField"));
    search->forceActiveFocus();
    std::vector<qint64> keys;
    for (const QChar ch : QStringLiteral("nguyen van h")) {
        const QString before = search->property("text").toString();
        keys.push_back(timed(
            w, [&] { test::typeText(w, QString(ch)); }, [&] { return search->property("text").toString() != before; }));
    }
    std::vector<qint64> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    std::printf("search_keystroke_ms %lld\nsearch_keystroke_median_ms %lld\n", sorted.back(),
                sorted[sorted.size() / 2]);
    std::printf("search_hits %d\n", list->property("count").toInt());

    test::tapItem(w, findItem(page(), QStringLiteral("addHouseholdButton")));
    while (!settled()) QCoreApplication::processEvents();
    QTest::qWait(100);
    QQuickItem *form = page();
    auto *combo = findItem(form, QStringLiteral("villageCombo"));
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, 0));
    for (const auto &[field, text] : {std::pair{"familyNameInput", "Nguyễn"}, std::pair{"middleNameInput", "Văn"},
                                      std::pair{"givenNameInput", "Bền"}, std::pair{"phoneInput", "0912345678"}}) {
        auto *input = findItem(form, QLatin1String(field));
        input->forceActiveFocus();
        test::typeText(w, QString::fromUtf8(text));
    }
    auto *save = findItem(form, QStringLiteral("saveButton"));
    test::scrollIntoView(save); // before the clock starts
    // Until the household's page is built and drawn (StackView's slide animation after that is not counted).
    const qint64 saveMs = timed(
        w, [&] { test::tapItem(w, save); }, [&] { return page() != form; }, "save_household_ms");
    std::printf("save_household_ms %lld\n", saveMs);

    // The dashboard: from the start page, tap "Dashboard and reports" until it is drawn.
    auto *navigator = w->findChild<QObject *>(QStringLiteral("navigator"));
    for (int i = 0; i < 5 && stack->property("depth").toInt() > 1; ++i) {
        QMetaObject::invokeMethod(navigator, "back");
        while (!settled()) QCoreApplication::processEvents();
    }
    QTest::qWait(100);
    auto *start = page();
    // Until its figures are drawn (they are computed on another thread after a change: when they are not ready,
    // the page shows that it is computing, and that time counts).
    const qint64 dashMs = timed(
        w, [&] { test::tapItem(w, findItem(page(), QStringLiteral("dashboardButton"))); },
        [&] {
            const auto *dash =
                page() != start ? page()->findChild<QObject *>(QStringLiteral("dashboardController")) : nullptr;
            return dash && !dash->property("loading").toBool();
        },
        "open_dashboard_ms");
    std::printf("open_dashboard_ms %lld\n", dashMs);
    std::printf("dashboard_compute_ms %lld\n", ws.rollups().lastComputeMs());
    std::fflush(stdout);
    auto home = [&] {
        for (int i = 0; i < 5 && stack->property("depth").toInt() > 1; ++i) {
            QMetaObject::invokeMethod(navigator, "back");
            while (!settled()) QCoreApplication::processEvents();
        }
        QTest::qWait(100);
    };
    auto listShown = [&](const char *name) {
        const auto *l = findItem(page(), QLatin1String(name));
        return l && l->property("count").toInt() > 0;
    };

    // A village's households, from the village's page.
    home();
    const auto villages = ws.store().list(pb::RECORD_TYPE_VILLAGE);
    QQuickItem *opened = nullptr;
    QMetaObject::invokeMethod(
        navigator, "open", Q_RETURN_ARG(QQuickItem *, opened), Q_ARG(QString, QStringLiteral("VillageFormPage")),
        Q_ARG(QVariant,
              QVariant(QVariantMap{{QStringLiteral("recordId"), QString::fromStdString(villages.front().id)}})));
    while (!settled()) QCoreApplication::processEvents();
    QTest::qWait(100);
    auto *villageButton = findItem(page(), QStringLiteral("villageHouseholdsButton"));
    test::scrollIntoView(villageButton);
    const qint64 villageMs = timed(
        w, [&] { test::tapItem(w, villageButton); }, [&] { return listShown("householdList"); });
    std::printf("open_village_households_ms %lld\n", villageMs);

    // The verification queue, from the start page.
    home();
    const qint64 queueMs = timed(
        w, [&] { test::tapItem(w, findItem(page(), QStringLiteral("verifyButton"))); },
        [&] { return listShown("queueList"); }, "open_verification_queue_ms");
    std::printf("open_verification_queue_ms %lld\n", queueMs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bench_peak_rss_mb %ld\n", usage.ru_maxrss / 1024);
    std::fflush(stdout);

    // The most common task, counted in taps on a fresh phone.
    {
        const QString small = dir.filePath(QStringLiteral("one-village.db"));
        test::prepareCommuneDatabase(small);
        test::Phone p;
        if (!p.start(small)) return 1;
        p.sync()->setAutoSync(false);
        p.taps = 0;
        const bool done = test::addHouseholdOfThree(p);
        std::printf("household_with_3_members_taps %s\n", done ? qPrintable(QString::number(p.taps)) : "?");
    }
    return 0;
}
