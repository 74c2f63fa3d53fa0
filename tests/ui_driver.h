// Driving the real Main.qml from C++ (the app-level test and the app benchmark): finding items by objectName
// and tapping and typing like a person.
#pragma once

#include <QFont>
#include <QFontInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTest>

namespace kh::test {

// Any warning from the app's own QML (a binding loop, a TypeError, a missing property) fails the test function
// that is running: each is a screen that shows something other than what its author meant.
inline void failOnQmlWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^qrc:/KhuyenHoc/")));
    // A view's delegate or header that failed to build says only this (the reason goes to a debug category).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QQmlComponent: Component is not ready")));
}

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

// What a person would see cut or overlapping on screen, item by item, under `root` (a page): text cut short
// (elided or clipped by the window's edge), visible items overlapping a visible sibling laid out in the same
// column, row or flow. Items scrolled away in a Flickable are fine (they scroll); items outside a clipping
// view (the next question of a horizontal list) are not looked at.
inline void collectLayoutProblems(QQuickItem *item, const QRectF &clip, qreal windowWidth, QStringList *out)
{
    if (!item->isVisible() || item->opacity() <= 0 || item->width() <= 0 || item->height() <= 0) return;
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (!clip.isNull() && !r.intersects(clip)) return;
    QRectF inner = clip;
    if (item->clip()) inner = clip.isNull() ? r : clip.intersected(r);
    const QString name =
        item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : item->objectName();
    if (item->inherits("QQuickText")) {
        const QString text = item->property("text").toString();
        if (!text.isEmpty()) {
            if (item->property("truncated").toBool()) out->append(QStringLiteral("cut: \"%1\" (%2)").arg(text, name));
            if (r.right() > windowWidth + 1 || r.left() < -1)
                out->append(QStringLiteral("past the edge: \"%1\" (%2)").arg(text, name));
            const qreal implicitW = item->property("implicitWidth").toReal();
            const bool wraps = item->property("wrapMode").toInt() != 0;
            if (!wraps && implicitW > item->width() + 1 && item->property("elide").toInt() == 0)
                out->append(QStringLiteral("overflows its box: \"%1\" (%2)").arg(text, name));
        }
    }
    const bool laysOut = item->inherits("QQuickLayout") || item->inherits("QQuickBasePositioner");
    const auto kids = item->childItems();
    if (laysOut) {
        for (int i = 0; i < kids.size(); ++i)
            for (int j = i + 1; j < kids.size(); ++j) {
                QQuickItem *a = kids[i], *b = kids[j];
                if (!a->isVisible() || !b->isVisible() || a->width() <= 0 || b->width() <= 0 || a->height() <= 0 ||
                    b->height() <= 0)
                    continue;
                const QRectF ra(a->position(), a->size()), rb(b->position(), b->size());
                const QRectF common = ra.intersected(rb);
                if (common.width() > 1 && common.height() > 1)
                    out->append(QStringLiteral("overlap in %1: %2 and %3").arg(name, a->objectName(), b->objectName()));
            }
    }
    for (QQuickItem *c : kids) collectLayoutProblems(c, inner, windowWidth, out);
}

inline QStringList layoutProblems(QQuickItem *root, qreal windowWidth)
{
    QStringList out;
    collectLayoutProblems(root, {}, windowWidth, &out);
    out.removeDuplicates();
    return out;
}

// Every visible text under `root` with its pixel size, for "nothing smaller than 14 px".
inline void textSizes(QQuickItem *item, QList<std::pair<QString, int>> *out)
{
    if (!item->isVisible() || item->opacity() <= 0) return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty())
        out->append({item->property("text").toString(), QFontInfo(item->property("font").value<QFont>()).pixelSize()});
    for (QQuickItem *c : item->childItems()) textSizes(c, out);
}

} // namespace kh::test
