#pragma once

#include "notifier.h"

#include <QList>

namespace Ids::Widgets {

// Tries its notifiers in order and uses the first that shows the notification: on Linux the desktop's
// notification service, then the tray where one exists. failed() only when none could; the reasons are joined.
class NotifierChain final : public Notifier
{
    Q_OBJECT
public:
    // Takes ownership of the notifiers.
    NotifierChain(const QList<Notifier *> &notifiers, QObject *parent = nullptr);

    void notify(const Ids::Widgets::Notification &notification) override;

private:
    void tryFrom(int index, const Notification &notification, const QStringList &reasons);

    QList<Notifier *> m_notifiers;
};

// The notifiers this platform has, in the order to try them: on Linux the freedesktop notification service over
// D-Bus (GNOME, KDE and others; GNOME has no tray), then the tray; elsewhere the tray, which on Windows and
// macOS shows the system's own notifications.
Notifier *makeDesktopNotifier(QObject *parent);

} // namespace Ids::Widgets
