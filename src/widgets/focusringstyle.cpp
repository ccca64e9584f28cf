#include "focusringstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Ids::Widgets {

FocusRingStyle::FocusRingStyle(QStyle *base)
    : QProxyStyle(base)
{ }

void FocusRingStyle::install()
{
    if (qobject_cast<FocusRingStyle *>(QApplication::style()))
        return;
    // A fresh copy of the style in use: QApplication owns (and deletes) the style it had, the proxy its base.
    QApplication::setStyle(new FocusRingStyle(QStyleFactory::create(QApplication::style()->name())));
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element != CE_ShapedFrame || !qobject_cast<const QAbstractItemView *>(widget) || !widget->hasFocus())
        return;
    // Two pixels wide on the frame's outer edge: the frame is at least one pixel (the view's contents cover the
    // rest), and the outer pixel alone is enough to see which list has the keys.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
    painter->restore();
}

void FocusRingStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    if (qobject_cast<QAbstractItemView *>(widget))
        widget->installEventFilter(this);
}

void FocusRingStyle::unpolish(QWidget *widget)
{
    if (qobject_cast<QAbstractItemView *>(widget))
        widget->removeEventFilter(this);
    QProxyStyle::unpolish(widget);
}

bool FocusRingStyle::eventFilter(QObject *watched, QEvent *event)
{
    // The view repaints its rows when the focus comes and goes, but not its frame, where the ring is.
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        static_cast<QWidget *>(watched)->update();
    return QProxyStyle::eventFilter(watched, event);
}

} // namespace Ids::Widgets
