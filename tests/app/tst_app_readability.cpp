// Readable in the sun, on a cheap 360 px phone, by an older officer with large text:
//  - every colour pair the theme lists meets WCAG 2.1 AA (4.5:1 text, 3:1 large text and control edges);
//  - no text anywhere on the main pages is smaller than 14 px, and body text is 16 px;
//  - at the phone's "large text" (1.3×) the main pages at 360 px cut no text and overlap nothing.
// The pages are the real Main.qml's, reached by tapping, on a commune with households, members, a draft and a
// conflict-free sync history.
#include "core/records/ids.h"
#include "device/tools/seed.h"
#include "household_form.h"
#include "member_form.h"
#include "phone.h"
#include "queries.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <cmath>

Q_IMPORT_QML_PLUGIN(KhuyenHocPlugin)

using namespace kh;
using namespace kh::app;
using test::Phone;

namespace {

// WCAG 2.1 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A commune staff's phone with a village, households (one with a long name), members and this year's progress.
QString prepare(const QString &path)
{
    Workspace ws;
    if (!ws.open(path) || !ws.configure(QStringLiteral("http://127.0.0.1:9"), {QStringLiteral("22945")}, {}))
        qFatal("cannot prepare");
    pb::Account a;
    a.set_username("can-bo-thu");
    a.set_display_name("Nguyễn Thị Lan");
    a.set_role(pb::ROLE_COMMUNE_STAFF);
    a.add_areas("c:22945");
    ws.setAccount(QStringLiteral("http://127.0.0.1:9"), a);
    SeedOptions o;
    o.communeCode = QStringLiteral("22945");
    o.households = 30;
    o.villages = 2;
    o.seed = 7;
    o.progressYear = ws.year();
    seedCommune(ws.store(), o);
    const QString village = q(ws.store().list(pb::RECORD_TYPE_VILLAGE).front().id);
    HouseholdForm f;
    f.setWorkspace(&ws);
    f.setVillageId(village);
    f.setHeadFamilyName(QStringLiteral("Hoàng Phủ"));
    f.setHeadMiddleName(QStringLiteral("Ngọc Thị Xuân"));
    f.setHeadGivenName(QStringLiteral("Bình Minh"));
    f.setAddress(QStringLiteral("Số 1234, ngõ 56, đường Nguyễn Thị Minh Khai, khu phố Thượng Nghĩa"));
    f.setPhone(QStringLiteral("0912345678"));
    return f.save();
}

} // namespace

class TstAppReadability : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // The main pages, reached as a person would, each checked by `check`.
    void visitMainPages(Phone &p, const QString &household, const std::function<void(const QString &)> &check)
    {
        auto *nav = p.window->findChild<QObject *>(QStringLiteral("navigator"));
        auto open = [&](const QString &page, const QVariantMap &props, int steps = 1) {
            QVERIFY(QMetaObject::invokeMethod(nav, "open", Q_ARG(QString, page), Q_ARG(QVariant, props)));
            QVERIFY(p.settle());
            QVERIFY2(QString::fromLatin1(p.page()->metaObject()->className()).startsWith(page), qPrintable(page));
            // The dashboard counts on another thread: checked once it shows its figures.
            QTRY_VERIFY(!test::findVisibleItem(p.window->contentItem(), QStringLiteral("dashboardBusy")));
            QVERIFY(p.settle());
            ++m_visited;
            check(page);
            for (int step = 1; step < steps; ++step) { // the self-assessment's questions, then its review
                p.page()->setProperty("step", step);
                QVERIFY(p.settle());
                check(page + QStringLiteral(" step %1").arg(step));
            }
            QMetaObject::invokeMethod(nav, "leave");
            QVERIFY(p.settle());
        };
        check(QStringLiteral("HomePage"));
        const QVariantMap h{{QStringLiteral("recordId"), household}};
        for (const QString &page :
             {QStringLiteral("HouseholdListPage"), QStringLiteral("SyncPage"), QStringLiteral("SettingsPage"),
              QStringLiteral("CommunePage"), QStringLiteral("VillageListPage"), QStringLiteral("ConflictsPage"),
              QStringLiteral("VerificationQueuePage"), QStringLiteral("RecognitionPage"),
              QStringLiteral("DashboardPage"), QStringLiteral("FundPage")})
            open(page, {});
        open(QStringLiteral("ContributionPage"), h);
        open(QStringLiteral("HouseholdPage"), h);
        open(QStringLiteral("OwnHouseholdPage"), h); // as a household's own account sees it
        open(QStringLiteral("HouseholdFormPage"), h);
        open(QStringLiteral("HouseholdFormPage"), {});
        open(QStringLiteral("MemberFormPage"), {{QStringLiteral("householdId"), household}});
        open(QStringLiteral("SelfServicePage"), {{QStringLiteral("householdId"), household}}, 3);
        open(QStringLiteral("LoginPage"), {});
        open(QStringLiteral("PinPage"), {{QStringLiteral("username"), QStringLiteral("can-bo-thu")}});
        open(QStringLiteral("UsersPage"), {});
        QCOMPARE(m_visited, 20);
        m_visited = 0;
    }
    int m_visited = 0;

    // A phone started on a prepared database that does not sync by itself.
    static bool startQuiet(Phone &p, const QString &path, const QString &language = QStringLiteral("vi"))
    {
        if (!p.start(path, language)) return false;
        p.sync()->setAutoSync(false);
        return true;
    }

private slots:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void everyColourPairMeetsWcagAA()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent c(&engine);
        c.setData("import QtQuick\nimport KhuyenHoc\nQtObject { property var pairs: Theme.contrastPairs }", {});
        std::unique_ptr<QObject> o(c.create());
        QVERIFY2(o, qPrintable(c.errorString()));
        const QVariantList pairs = o->property("pairs").toList();
        QVERIFY(pairs.size() >= 30);
        QStringList failing;
        for (const QVariant &v : pairs) {
            const QVariantMap m = v.toMap();
            const QColor fg = m.value(QStringLiteral("fg")).value<QColor>(),
                         bg = m.value(QStringLiteral("bg")).value<QColor>();
            QVERIFY(fg.isValid() && bg.isValid());
            const double ratio = contrast(fg, bg), need = m.value(QStringLiteral("min")).toDouble();
            if (ratio < need)
                failing << QStringLiteral("%1: %2 on %3 is %4:1, needs %5:1")
                               .arg(m.value(QStringLiteral("what")).toString(), fg.name(), bg.name())
                               .arg(ratio, 0, 'f', 2)
                               .arg(need);
        }
        QVERIFY2(failing.isEmpty(), qPrintable(failing.join(QLatin1Char('\n'))));
        // The amber of the old main buttons, for the record: what this test stops.
        QVERIFY(contrast(Qt::white, QColor(QStringLiteral("#f9a825"))) < 2);
    }

    void noTextOnTheMainPagesIsSmallerThan14Px()
    {
        const QString path = m_dir.filePath(QStringLiteral("sizes.db"));
        const QString household = prepare(path);
        Phone p;
        QVERIFY(startQuiet(p, path));
        QStringList small;
        int body = 0;
        visitMainPages(p, household, [&](const QString &page) {
            QList<std::pair<QString, int>> sizes;
            test::textSizes(p.window->contentItem(), &sizes);
            for (const auto &[text, px] : sizes) {
                if (px < 14) small << QStringLiteral("%1: \"%2\" %3 px").arg(page, text).arg(px);
                if (px == 16) ++body;
            }
        });
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
        QVERIFY(body > 50); // body text is 16 px
    }

    // Words, not codes: in either language no page shows a record's id, a criteria set's key ("family@1"), a
    // file path or a device number; the evaluation page names its criteria set in words.
    void noRawIdCodeOrPathOnTheMainPages()
    {
        const QString path = m_dir.filePath(QStringLiteral("codes.db"));
        const QString household = prepare(path);
        for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
            Phone p;
            QVERIFY(startQuiet(p, path, language));
            QStringList ids;
            for (const auto type : {pb::RECORD_TYPE_HOUSEHOLD, pb::RECORD_TYPE_MEMBER, pb::RECORD_TYPE_VILLAGE,
                                    pb::RECORD_TYPE_EVALUATION, pb::RECORD_TYPE_CLAN})
                for (const auto &r : p.workspace.store().list(type))
                    if (r.id.size() >= 6) ids << q(r.id);
            QVERIFY(ids.size() > 30);
            const QRegularExpression code(QStringLiteral("[A-Za-z]@\\d|\\.db\\b|/tmp/|[0-9a-f]{12}"));
            const QRegularExpression newStyle(QStringLiteral("[oO][áàảãạéèẻẽẹ](?![\\w])"),
                                              QRegularExpression::UseUnicodePropertiesOption);
            QStringList shown;
            auto check = [&](const QString &page) {
                QList<std::pair<QString, int>> texts;
                test::textSizes(p.window->contentItem(), &texts);
                for (const auto &t : texts) {
                    if (code.match(t.first).hasMatch()) shown << page + QStringLiteral(": ") + t.first;
                    // One way of placing tone marks, as the app's words do: "Xóa", "khóa", "Hòa" (not "Xoá").
                    if (newStyle.match(t.first).hasMatch()) shown << page + QStringLiteral(" (accents): ") + t.first;
                    for (const QString &id : ids)
                        if (t.first.contains(id)) shown << page + QStringLiteral(": ") + t.first;
                }
            };
            visitMainPages(p, household, check);
            // An evaluation's page: its criteria set in words.
            const auto evaluations = p.workspace.store().list(pb::RECORD_TYPE_EVALUATION);
            QVERIFY(!evaluations.empty());
            auto *nav = p.window->findChild<QObject *>(QStringLiteral("navigator"));
            const QVariantMap evaluation{{QStringLiteral("recordId"), q(evaluations.front().id)}};
            QVERIFY(QMetaObject::invokeMethod(nav, "open", Q_ARG(QString, QStringLiteral("EvaluationPage")),
                                              Q_ARG(QVariant, evaluation)));
            QVERIFY(p.settle());
            check(QStringLiteral("EvaluationPage"));
            QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
        }
    }

    // A question over a form is read on its own white ground, whatever the renderer: on the software renderer
    // (this test's, and some phones') the style's dialog ground was not drawn, and the question's black words
    // stood over the dimmed form's words.
    void aQuestionIsReadOnItsOwnGround()
    {
        const QString path = m_dir.filePath(QStringLiteral("question.db"));
        const QString household = prepare(path);
        Phone p;
        QVERIFY(startQuiet(p, path));
        auto *nav = p.window->findChild<QObject *>(QStringLiteral("navigator"));
        const QVariantMap props{{QStringLiteral("recordId"), household}};
        QVERIFY(QMetaObject::invokeMethod(nav, "open", Q_ARG(QString, QStringLiteral("HouseholdFormPage")),
                                          Q_ARG(QVariant, props)));
        QVERIFY(p.settle());
        QVERIFY(p.type(QStringLiteral("notes"), QStringLiteral("ghi chú")));
        QTest::keyClick(p.window, Qt::Key_Escape);
        QVERIFY(p.settle());
        auto *message = test::findVisibleItem(p.window->contentItem(), QStringLiteral("confirmMessage"));
        QVERIFY(message);
        QQuickItem *card = message->parentItem()->parentItem(); // the message's column, then the dialog
        const QRectF r = card->mapRectToScene(card->boundingRect());
        const QImage shot = p.window->grabWindow();
        const qreal dpr = shot.devicePixelRatio();
        const QColor text = message->property("color").value<QColor>(); // the words' own colour
        // The padding left and right of the words, top to bottom.
        for (qreal y = r.top() + 20; y < r.bottom() - 20; y += 20)
            for (const qreal x : {r.left() + 6, r.right() - 6}) {
                const QColor ground = shot.pixelColor(QPoint(int(x * dpr), int(y * dpr)));
                QVERIFY2(contrast(text, ground) >= 4.5,
                         qPrintable(QStringLiteral("%1 at %2,%3").arg(ground.name()).arg(x).arg(y)));
            }
    }

    // Scrolled to its end, a list's last row (its status chip at the right) is clear of the round + button.
    void theLastRowScrollsClearOfTheAddButton()
    {
        const QString path = m_dir.filePath(QStringLiteral("lastrow.db"));
        prepare(path);
        Phone p;
        QVERIFY(startQuiet(p, path));
        QVERIFY(p.tap(QStringLiteral("householdsButton")));
        auto *list = p.item(QStringLiteral("householdList"));
        auto *add = p.item(QStringLiteral("addHouseholdButton"));
        QVERIFY(list && add);
        QTRY_VERIFY(list->property("count").toInt() >= 30);
        // As far as a finger scrolls it: the content's end and the list's bottom margin.
        QVERIFY(QMetaObject::invokeMethod(list, "positionViewAtEnd"));
        QVERIFY(p.settle());
        auto prop = [&](const char *name) { return list->property(name).toReal(); };
        list->setProperty("contentY", prop("originY") + prop("contentHeight") + prop("bottomMargin") - list->height());
        QVERIFY(p.settle());
        auto *content = list->property("contentItem").value<QQuickItem *>();
        QQuickItem *last = nullptr;
        for (QQuickItem *row : content->childItems())
            if (row->isVisible() && (!last || row->y() > last->y())) last = row;
        QVERIFY(last);
        const QRectF rowRect = last->mapRectToScene(last->boundingRect());
        const QRectF addRect = add->mapRectToScene(add->boundingRect());
        QVERIFY2(!rowRect.intersects(addRect), qPrintable(QStringLiteral("last row ends at %1, the button starts at %2")
                                                              .arg(rowRect.bottom())
                                                              .arg(addRect.top())));
    }

    void largeTextFitsA360PxPhone()
    {
        // The phone's "large text": main.cpp sets the application font from the system's scale.
        const QFont normal = QGuiApplication::font();
        QFont large = normal;
        large.setPixelSize(int(std::lround(16 * 1.3)));
        QGuiApplication::setFont(large);
        const QString path = m_dir.filePath(QStringLiteral("large.db"));
        const QString household = prepare(path);
        {
            Phone p;
            QVERIFY(startQuiet(p, path));
            QCOMPARE(p.window->width(), 360);
            QStringList problems;
            visitMainPages(p, household, [&](const QString &page) {
                for (const QString &problem : test::layoutProblems(p.window->contentItem(), p.window->width()))
                    problems << page + QStringLiteral(": ") + problem;
                // The commune's village table keeps room to scroll through (its totals once filled the screen
                // and left it no height at all).
                if (page == QLatin1String("CommunePage")) {
                    auto *table = test::findVisibleItem(p.window->contentItem(), QStringLiteral("villageTable"));
                    if (!table || table->height() < p.window->height() / 2)
                        problems << QStringLiteral("CommunePage: the village table has %1 px")
                                        .arg(table ? table->height() : -1);
                    auto *totals = test::findVisibleItem(p.window->contentItem(), QStringLiteral("totals"));
                    if (!totals || totals->mapToScene({0, 0}).y() > p.window->height() / 3)
                        problems << QStringLiteral("CommunePage: the totals are not on top");
                }
            });
            for (const QString &problem : problems) qWarning().noquote() << problem;
            QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problems")));
        }
        QGuiApplication::setFont(normal);
    }
};

QTEST_MAIN(TstAppReadability)
#include "tst_app_readability.moc"
