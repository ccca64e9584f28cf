#pragma once

#include "notifier.h"

#include <QHash>
#include <QList>

namespace Ids::Widgets {

// Notifications through the desktop's notification service: org.freedesktop.Notifications on the session bus
// (the Desktop Notifications Specification 1.2, which GNOME, KDE, Xfce, Cinnamon and others implement; stock GNOME
// has no tray, so this is how most Linux users see "training finished"). Linux only.
//
// Nothing waits on the bus: every call is asynchronous, and the connection to the session bus is made at the
// first notification, not at start. A click on the notification (its "default" action) emits activated() with
// the notification's subject. On Wayland the service sends an activation token first; it is handed to Qt
// (XDG_ACTIVATION_TOKEN), whose next window activation uses it, so the compositor lets the window come forward.
class DesktopNotifier final : public Notifier
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const Ids::Widgets::Notification &notification) override;

    static const QString Service; // org.freedesktop.Notifications
    static const QString Path; // /org/freedesktop/Notifications
    static const QString Interface; // org.freedesktop.Notifications

private Q_SLOTS:
    // Bus signals. Qt D-Bus connects bus signals by name only (there is no pointer-to-member form in Qt 6.4);
    // the connections are checked when made.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString &token);

private:
    bool connectToBus(QString *error);
    void askCapabilities();
    void send(const Notification &notification);

    bool m_connected = false;
    bool m_askingCapabilities = false;
    bool m_capabilitiesKnown = false;
    bool m_bodyMarkup = false;
    QList<Notification> m_waitingForCapabilities;
    QHash<uint, QString> m_subjects; // notification id from the service → subject
};

} // namespace Ids::Widgets
