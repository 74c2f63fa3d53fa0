// Driving the real Main.qml from C++ (the app-level test and the app benchmark): finding items by objectName
// and tapping and typing like a person.
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace kh::test {

// Items inside Flickables and views are visual children, not always QObject children: search both.
inline QQuickItem *findItem(QObject *root, const QString &name)
{
    if (!root) return nullptr;
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        if (item->objectName() == name) return item;
        for (QQuickItem *c : item->childItems())
            if (QQuickItem *f = findItem(c, name)) return f;
    }
    for (QObject *c : root->children())
        if (QQuickItem *f = findItem(c, name)) return f;
    return nullptr;
}

// The first visible item of that name (a page kept on the stack below may hold one too).
inline QQuickItem *findVisibleItem(QQuickItem *root, const QString &name)
{
    if (!root || !root->isVisible()) return nullptr;
    if (root->objectName() == name) return root;
    for (QQuickItem *c : root->childItems())
        if (QQuickItem *f = findVisibleItem(c, name)) return f;
    return nullptr;
}

// The first visible item of a class (e.g. "QQuickItemDelegate") whose `text` is `text`: a choice in an open list.
inline QQuickItem *findByText(QQuickItem *root, const QString &text, const char *className)
{
    if (!root || !root->isVisible()) return nullptr;
    if (root->inherits(className) && root->property("text").toString() == text) return root;
    for (QQuickItem *c : root->childItems())
        if (QQuickItem *f = findByText(c, text, className)) return f;
    return nullptr;
}

// Scrolls the enclosing Flickable like a thumb would until the item is in view.
inline void scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *f = item->parentItem(); f; f = f->parentItem()) {
        if (!f->inherits("QQuickFlickable")) continue;
        auto *content = f->property("contentItem").value<QQuickItem *>();
        const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal maxY = std::max<qreal>(0, f->property("contentHeight").toReal() - f->height());
        const qreal target = std::clamp<qreal>(y - f->height() / 2, 0, maxY);
        if (std::abs(target - f->property("contentY").toReal()) > 0.5) {
            f->setProperty("contentY", target);
            QTest::qWait(30);
        }
        break;
    }
}

// Scrolls the item into view if needed, then clicks its centre.
inline void tapItem(QQuickWindow *w, QQuickItem *item)
{
    scrollIntoView(item);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(w, Qt::LeftButton, {}, centre.toPoint());
}

// One key press per character, Vietnamese letters included, to the focused item.
inline void typeText(QQuickWindow *w, const QString &text)
{
    for (const QChar ch : text) QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

} // namespace kh::test
