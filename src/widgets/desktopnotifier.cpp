#include "desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace Ids::Widgets {

Q_LOGGING_CATEGORY(lcNotify, "ids.widgets.notify", QtInfoMsg)

const QString DesktopNotifier::Service = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopNotifier::Path = QStringLiteral("/org/freedesktop/Notifications");
const QString DesktopNotifier::Interface = QStringLiteral("org.freedesktop.Notifications");

namespace {

// "The default action (usually invoked by clicking the notification)" (spec, section Actions).
const QString DefaultAction = QStringLiteral("default");

} // namespace

NotificationSignals::NotificationSignals(const QDBusConnection &bus, QObject *parent)
    : QDBusAbstractInterface(QString(), DesktopNotifier::Path, "org.freedesktop.Notifications", bus, parent)
{ }

DesktopNotifier::DesktopNotifier(QObject *parent)
    : Notifier(parent)
{ }

bool DesktopNotifier::connectToBus(QString *error)
{
    if (m_connected)
        return true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QStringLiteral("no session bus: %1").arg(bus.lastError().message());
        return false;
    }
    // The bus signals arrive as the Qt signals of NotificationSignals and are connected like any others. Any
    // sender: only the notification service emits these on its path and interface, and only ids it gave us are
    // acted on (naming the service would make Qt look up its owner, a blocking call).
    auto *signalsOfBus = new NotificationSignals(bus, this);
    connect(signalsOfBus, &NotificationSignals::ActionInvoked, this, &DesktopNotifier::onActionInvoked);
    connect(signalsOfBus, &NotificationSignals::NotificationClosed, this, &DesktopNotifier::onNotificationClosed);
    connect(signalsOfBus, &NotificationSignals::ActivationToken, this, &DesktopNotifier::onActivationToken);
    m_connected = true;
    return true;
}

void DesktopNotifier::notify(const Notification &notification)
{
    QString error;
    if (!connectToBus(&error)) {
        Q_EMIT failed(notification, error);
        return;
    }
    if (m_capabilitiesKnown) {
        send(notification);
        return;
    }
    m_waitingForCapabilities.append(notification);
    askCapabilities();
}

void DesktopNotifier::askCapabilities()
{
    if (m_askingCapabilities)
        return;
    m_askingCapabilities = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        m_askingCapabilities = false;
        const QDBusPendingReply<QStringList> reply = *finished;
        const QList<Notification> waiting = std::exchange(m_waitingForCapabilities, {});
        if (reply.isError()) {
            // No service (or a broken one): asked again with the next notification.
            for (const Notification &notification : waiting)
                Q_EMIT failed(notification, reply.error().name() + QStringLiteral(": ") + reply.error().message());
            return;
        }
        m_capabilitiesKnown = true;
        m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
        for (const Notification &notification : waiting)
            send(notification);
    });
}

void DesktopNotifier::send(const Notification &notification)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    // A server with body markup reads '<' and '&' as markup: a model named "<b>x" must show as typed.
    const QString body = m_bodyMarkup ? notification.body.toHtmlEscaped() : notification.body;
    const QVariantMap hints {
        // Lets the desktop show the app's name and icon, and group its notifications.
        {QStringLiteral("desktop-entry"), QStringLiteral(IDS_APP_ID)},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal
    };
    call << QApplication::applicationDisplayName() << uint(0) << QStringLiteral(IDS_APP_ID) << notification.title
         << body << QStringList {DefaultAction, tr("Show")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notification](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<uint> reply = *finished;
        if (reply.isError()) {
            // The service left since it answered GetCapabilities: ask again next time.
            m_capabilitiesKnown = false;
            Q_EMIT failed(notification, reply.error().name() + QStringLiteral(": ") + reply.error().message());
            return;
        }
        m_subjects.insert(reply.value(), notification.subject);
        Q_EMIT shown(notification);
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_subjects.constFind(id);
    if (it == m_subjects.cend() || actionKey != DefaultAction)
        return;
    Q_EMIT activated(*it);
}

void DesktopNotifier::onNotificationClosed(uint id, uint)
{
    m_subjects.remove(id);
}

void DesktopNotifier::onActivationToken(uint id, const QString &token)
{
    if (m_subjects.contains(id) && !token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
}

} // namespace Ids::Widgets
