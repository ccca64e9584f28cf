#pragma once

#include "notifier.h"

#include <functional>

class QSystemTrayIcon;

namespace Ids::Widgets {

// A notification as a balloon from the app's tray icon, where the desktop has a tray (Windows, macOS, KDE,
// GNOME only with an extension). Fails at once where there is none.
class TrayNotifier final : public Notifier
{
    Q_OBJECT
public:
    // trayAvailable: QSystemTrayIcon::isSystemTrayAvailable by default; tests give their own answer.
    explicit TrayNotifier(std::function<bool()> trayAvailable = {}, QObject *parent = nullptr);

    void notify(const Ids::Widgets::Notification &notification) override;

private:
    std::function<bool()> m_trayAvailable;
    QSystemTrayIcon *m_tray = nullptr;
    // A tray balloon does not say which one was clicked: the latest is the one on screen.
    QString m_lastSubject;
};

} // namespace Ids::Widgets
