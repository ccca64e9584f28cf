#include "traynotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace Ids::Widgets {

TrayNotifier::TrayNotifier(std::function<bool()> trayAvailable, QObject *parent)
    : Notifier(parent)
    , m_trayAvailable(trayAvailable ? std::move(trayAvailable) : &QSystemTrayIcon::isSystemTrayAvailable)
{ }

void TrayNotifier::notify(const Notification &notification)
{
    // Asked only now, not at start: on some desktops the question is a D-Bus round trip.
    if (!m_tray && !m_trayAvailable()) {
        Q_EMIT failed(notification, QStringLiteral("this desktop has no system tray"));
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_lastSubject); });
    }
    m_lastSubject = notification.subject;
    m_tray->show();
    m_tray->showMessage(notification.title, notification.body, QSystemTrayIcon::Information);
    Q_EMIT shown(notification);
}

} // namespace Ids::Widgets
