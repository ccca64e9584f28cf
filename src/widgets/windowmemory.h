#pragma once

#include <QString>
#include <QStringList>

class QMainWindow;
class QScreen;

namespace Ids::Core {
class AppSettings;
}

namespace Ids::Widgets {

// Remembers the main window's size, place and state for each screen it is closed on, so that a laptop alone and
// the same laptop at a desk with a monitor each get their own window back. The state is the maximised or full-
// screen flag (inside the geometry), the main window's own state and the sizes of its named splitters.
//
// A screen is named by its name and size ("eDP-1 1920x1080"): a monitor swapped for a bigger one on the same port
// starts afresh. Wayland does not let a client place its window: there restoreGeometry's position is ignored,
// and only the size and the maximised state come back; the compositor chooses the place and the screen.
class WindowMemory final
{
public:
    explicit WindowMemory(Core::AppSettings *settings);

    // Before the first show(). Uses what was saved for the screen the window was last closed on when that screen
    // is connected, else for the primary screen. False when there is nothing to use (the caller picks a size).
    bool restore(QMainWindow *window) const;
    // On close: for the screen the window is on now, which becomes the one to restore on.
    void save(const QMainWindow *window) const;

    static QString screenKey(const QScreen *screen);
    // The screen to restore on: the last one if still connected, else the primary one.
    static QString chooseScreen(const QString &last, const QStringList &connected, const QString &primary);

private:
    Core::AppSettings *m_settings;
};

} // namespace Ids::Widgets
