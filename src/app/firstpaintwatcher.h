#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Ids::App {

// Runs a function once, just after the first widget of the app has painted (or after a fallback delay when
// nothing paints, as in tests without a window). Work that the first window need not wait for, such as the
// first network request, starts here instead of competing with building the window.
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(std::function<void()> then, int fallbackMs, QObject *parent)
        : QObject(parent)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, &FirstPaintWatcher::fire);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            // Queued: the paint itself finishes first.
            QTimer::singleShot(0, this, &FirstPaintWatcher::fire);
        return false;
    }

private:
    void fire()
    {
        if (!m_then)
            return;
        QCoreApplication::instance()->removeEventFilter(this);
        const std::function<void()> then = std::exchange(m_then, nullptr);
        then();
    }

    std::function<void()> m_then;
};

} // namespace Ids::App
