// A running app for tests that drive the real UI: the real Main.qml with its workspace, phone users and
// settings, as main.cpp builds them, and a person's taps and typing on it (ui_driver.h). Every tap goes
// through tap(), which counts it.
#pragma once

#include "app_settings.h"
#include "profiles.h"
#include "sync_controller.h"
#include "ui_driver.h"
#include "workspace.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace kh::test {

struct Phone {
    app::Workspace workspace;
    app::Profiles profiles;
    QQmlApplicationEngine engine;
    std::unique_ptr<app::AppSettings> settings;
    QQuickWindow *window = nullptr;
    int taps = 0;

    // A phone's start on a data folder (login, PIN) or, with a *.db path, on one database without login
    // (developer mode, as `khuyenhoc --data FILE.db`).
    bool start(const QString &data, const QString &language = QStringLiteral("vi"))
    {
        profiles.setWorkspace(&workspace);
        if (data.endsWith(QLatin1String(".db")))
            profiles.openDeveloperDatabase(data);
        else
            profiles.setRoot(data);
        settings = std::make_unique<app::AppSettings>(&engine);
        settings->setLanguage(language);
        engine.addImportPath(QStringLiteral("qrc:/"));
        failOnQmlWarnings();
        engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)},
                                     {QStringLiteral("settings"), QVariant::fromValue(settings.get())},
                                     {QStringLiteral("profiles"), QVariant::fromValue(&profiles)}});
        engine.load(QUrl(QStringLiteral("qrc:/KhuyenHoc/Main.qml")));
        if (engine.rootObjects().isEmpty()) return false;
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        return window && QTest::qWaitForWindowExposed(window) && settle();
    }
    QQuickItem *stack() const { return findItem(window->contentItem(), QStringLiteral("stack")); }
    QQuickItem *page() const
    {
        auto *s = stack();
        return s ? s->property("currentItem").value<QQuickItem *>() : nullptr;
    }
    int depth() const { return stack()->property("depth").toInt(); }
    app::SyncController *sync() const
    {
        return window->findChild<app::SyncController *>(QStringLiteral("syncController"));
    }
    // Page transitions, dialogs opening or closing (a closing modal dialog still takes the taps) and layouts
    // done, then one more frame.
    bool settle() const
    {
        auto *s = stack();
        const bool ok = QTest::qWaitFor(
            [&] { return s && !s->property("busy").toBool() && !popupMoving(window, window->contentItem()); }, 5000);
        QTest::qWait(50);
        return ok;
    }
    // Is a popup (a dialog, a list to choose from) opening or closing? Visible but not yet (or no longer) open.
    // Popups are QObject children of the item or window that declares them, not items in the tree.
    static bool popupMoving(const QObject *owner, QQuickItem *item)
    {
        for (const QObject *c : owner->children())
            if (c->inherits("QQuickPopup") && c->property("visible").toBool() && !c->property("opened").toBool())
                return true;
        if (!item) return false;
        if (item != owner && popupMoving(item, nullptr)) return true;
        for (QQuickItem *c : item->childItems())
            if (popupMoving(c, c)) return true;
        return false;
    }
    // An item on the current page, else anywhere in the window (the bars, an open dialog).
    QQuickItem *item(const QString &name) const
    {
        QQuickItem *i = page() ? findItem(page(), name) : nullptr;
        if (!i || !i->isVisible()) {
            QQuickItem *root = window->contentItem();
            while (root->parentItem()) root = root->parentItem();
            if (QQuickItem *other = findVisibleItem(root, name)) i = other;
        }
        return i;
    }
    bool tap(const QString &name)
    {
        QQuickItem *i = item(name);
        if (!i || !i->isVisible() || !i->isEnabled()) {
            qWarning() << "cannot tap" << name << i << (i ? i->isVisible() : false) << (i ? i->isEnabled() : false);
            return false;
        }
        return tap(i);
    }
    bool tap(QQuickItem *i)
    {
        ++taps;
        tapItem(window, i);
        return settle();
    }
    // Taps the field, then types into it, one key per character.
    bool type(const QString &name, const QString &text)
    {
        QQuickItem *i = item(name);
        if (!i) {
            qWarning() << "no field" << name;
            return false;
        }
        if (!tap(i)) return false;
        typeText(window, text);
        return i->property("text").toString().endsWith(text);
    }
    // Opens a list to choose from (a ComboBox) and taps the choice with this text: two taps.
    bool choose(const QString &combo, const QString &choice)
    {
        if (!tap(combo)) return false;
        QQuickItem *root = window->contentItem();
        QQuickItem *option = nullptr;
        if (!QTest::qWaitFor([&] { return (option = findByText(root, choice, "QQuickItemDelegate")) != nullptr; },
                             2000)) {
            qWarning() << "no choice" << choice << "in" << combo;
            return false;
        }
        QTest::qWait(300); // the list's opening animation
        return tap(option);
    }
    // Is an item of that name on screen (an open dialog's question, a bar)?
    bool shows(const QString &name) const
    {
        QQuickItem *i = item(name);
        return i && i->isVisible() && i->opacity() > 0;
    }
    QString text(const QString &name) const
    {
        QQuickItem *i = item(name);
        return i ? i->property("text").toString() : QString();
    }
    // Logs in through the login page with `password` and chooses the PIN 2580, as on a new phone; true once the
    // officer's start page shows.
    bool logIn(const QString &server, const QString &user, const QString &password)
    {
        if (!type(QStringLiteral("serverFieldInput"), server) || !type(QStringLiteral("userFieldInput"), user) ||
            !type(QStringLiteral("passwordFieldInput"), password) || !tap(QStringLiteral("loginButton")))
            return false;
        if (!QTest::qWaitFor([&] { return item(QStringLiteral("pinRepeatFieldInput")) != nullptr; }, 20000))
            return false;
        settle();
        return type(QStringLiteral("pinFieldInput"), QStringLiteral("2580")) &&
               type(QStringLiteral("pinRepeatFieldInput"), QStringLiteral("2580")) &&
               tap(QStringLiteral("pinButton")) &&
               QTest::qWaitFor([&] { return item(QStringLiteral("villagesButton")) != nullptr; }, 5000) && settle();
    }
    // Opens a page as the app's navigator does (a record's page from a list), with its properties.
    QQuickItem *open(const QString &pageName, const QVariantMap &props = {})
    {
        QObject *nav = window->findChild<QObject *>(QStringLiteral("navigator"));
        QQuickItem *opened = nullptr;
        if (nav)
            QMetaObject::invokeMethod(nav, "open", Q_RETURN_ARG(QQuickItem *, opened), Q_ARG(QString, pageName),
                                      Q_ARG(QVariant, QVariant(props)));
        settle();
        return opened;
    }
};

} // namespace kh::test
