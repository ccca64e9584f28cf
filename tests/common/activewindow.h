#pragma once

#include <QApplication>
#include <QGuiApplication>
#include <QTest>
#include <QWidget>

namespace Ids::Tests {

// Makes a shown window the active one, so that key events reach its shortcuts and its focus widget, as they do
// for a person working in it. On X11, Windows, macOS and offscreen, asking is enough. On Wayland only the
// compositor activates a window (when it is clicked, or with a launch token), and weston's headless backend,
// which has no seat, never does (tests/wayland/run_on_weston.py): there Qt is told what the compositor would
// do after a click.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    if (!QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
        return QTest::qWaitForWindowActive(window);
    QApplication::setActiveWindow(window);
    return QApplication::activeWindow() == window;
}

} // namespace Ids::Tests
