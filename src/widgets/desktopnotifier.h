#pragma once

#include "notifier.h"

#include <QDBusAbstractInterface>
#include <QHash>
#include <QList>

namespace Ids::Widgets {

// The notification service's signals (Desktop Notifications Specification 1.2, section Signals) as Qt signals:
// Qt D-Bus relays a bus signal to the interface object's signal of the same name and arguments, so they are
// connected by pointer to member. Built with no service name: signals from any sender on the path and
// interface, and no owner look-up (which would block).
class NotificationSignals final : public QDBusAbstractInterface
{
    Q_OBJECT
public:
    NotificationSignals(const QDBusConnection &bus, QObject *parent);

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    void ActivationToken(uint id, const QString &token);
};

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

private:
    // The bus signals (through NotificationSignals).
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);
    void onActivationToken(uint id, const QString &token);
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
