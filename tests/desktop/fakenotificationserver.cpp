// A small notification service for tests: owns org.freedesktop.Notifications on the session bus it is started
// on (the test's private bus, from dbus-run-session), prints every Notify call as one JSON line on stdout, and
// obeys commands on stdin: "click <id>" (as a person clicking the notification: ActivationToken, then
// ActionInvoked with "default"), "close <id>" (NotificationClosed, reason 2: dismissed by the user).
// Written by hand from the Desktop Notifications Specification 1.2, independently of the app's client.
//
// usage: fakenotificationserver [--markup]    (--markup: advertise the "body-markup" capability)
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QStringList>
#include <QVariantMap>

#include <cstdio>
#include <unistd.h>

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    explicit FakeNotifications(bool markup)
        : m_markup(markup)
    { }

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        QStringList capabilities {QStringLiteral("actions"), QStringLiteral("body")};
        if (m_markup)
            capabilities << QStringLiteral("body-markup");
        return capabilities;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = ++m_lastId;
        QJsonObject hintsJson;
        for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
            // The spec gives each hint a D-Bus type ("urgency" is a BYTE); the type name goes with the value.
            hintsJson.insert(it.key(),
                             it.value().typeId() == QMetaType::UChar ? QJsonValue(it.value().toInt())
                                                                     : QJsonValue::fromVariant(it.value()));
            hintsJson.insert(it.key() + QStringLiteral(":type"), QString::fromLatin1(it.value().typeName()));
        }
        const QJsonObject call {
            {QStringLiteral("id"), qint64(id)},
            {QStringLiteral("app_name"), appName},
            {QStringLiteral("replaces_id"), qint64(replacesId)},
            {QStringLiteral("app_icon"), appIcon},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("body"), body},
            {QStringLiteral("actions"), QJsonValue::fromVariant(actions)},
            {QStringLiteral("hints"), hintsJson},
            {QStringLiteral("expire_timeout"), expireTimeout},
        };
        std::printf("%s\n", QJsonDocument(call).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        return id;
    }

    void CloseNotification(uint id) { emitSignal(QStringLiteral("NotificationClosed"), {id, uint(3)}); }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Ideogram Datasets tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fakenotificationserver");
    }

    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                         QStringLiteral("org.freedesktop.Notifications"), name);
        signal.setArguments(arguments);
        QDBusConnection::sessionBus().send(signal);
    }

private:
    bool m_markup;
    uint m_lastId = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeNotifications service(app.arguments().contains(QStringLiteral("--markup")));
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &service, QDBusConnection::ExportAllSlots)
        || !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "fakenotificationserver: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &app, [&service, &app] {
        char line[256];
        const ssize_t n = ::read(STDIN_FILENO, line, sizeof line - 1);
        if (n <= 0) {
            app.quit(); // the test closed our stdin
            return;
        }
        const QStringList words = QString::fromLatin1(line, int(n)).simplified().split(QLatin1Char(' '));
        if (words.size() != 2)
            return;
        const uint id = words.at(1).toUInt();
        if (words.at(0) == QLatin1String("click")) {
            service.emitSignal(QStringLiteral("ActivationToken"), {id, QStringLiteral("test-token-%1").arg(id)});
            service.emitSignal(QStringLiteral("ActionInvoked"), {id, QStringLiteral("default")});
            service.emitSignal(QStringLiteral("NotificationClosed"), {id, uint(2)});
        } else if (words.at(0) == QLatin1String("close")) {
            service.emitSignal(QStringLiteral("NotificationClosed"), {id, uint(2)});
        }
        std::printf("done %s\n", qPrintable(words.join(QLatin1Char(' '))));
        std::fflush(stdout);
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "fakenotificationserver.moc"
