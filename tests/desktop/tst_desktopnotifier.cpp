// Desktop notifications end to end on a private session bus (run under dbus-run-session with session-bus.conf):
// the app's DesktopNotifier talks to a small fake notification service (fakenotificationserver, a process of its
// own) that prints what arrives. Also the fallbacks: no service → the tray; no service and no tray → failed, so the
// window keeps the message.
#include "widgets/desktopnotifier.h"
#include "widgets/notifierchain.h"
#include "widgets/traynotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPixmap>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Ids;
using Widgets::DesktopNotifier;
using Widgets::Notification;
using Widgets::Notifier;

namespace {

// The fake service, started for one test and stopped at its end.
class FakeService
{
public:
    explicit FakeService(const QStringList &arguments = {})
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(IDS_FAKE_NOTIFICATION_SERVER), arguments);
        m_ready = m_process.waitForStarted() && nextLine() == "ready";
        if (!m_ready)
            qWarning("the fake notification service did not start: %s", qPrintable(m_process.errorString()));
    }
    ~FakeService()
    {
        m_process.closeWriteChannel(); // it quits when its stdin closes
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        // The bus learns of the exit a moment later; the next test must not find the name still taken.
        QDeadlineTimer deadline(5000);
        while (QDBusConnection::sessionBus().interface()->isServiceRegistered(DesktopNotifier::Service)
               && !deadline.hasExpired())
            QTest::qWait(5);
    }
    bool isReady() const { return m_ready; }

    // The next Notify call the service received, as it printed it.
    QJsonObject nextCall() { return QJsonDocument::fromJson(nextLine()).object(); }
    // "click 1", "close 1"; returns once the service has sent the signals.
    bool command(const QByteArray &line)
    {
        m_process.write(line + '\n');
        return nextLine() == "done " + line;
    }

private:
    // Spins the event loop meanwhile: the notifier's D-Bus replies arrive through it.
    QByteArray nextLine()
    {
        QDeadlineTimer deadline(10000);
        while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running)
            QTest::qWait(5);
        return m_process.canReadLine() ? m_process.readLine().trimmed() : QByteArray();
    }

    QProcess m_process;
    bool m_ready = false;
};

const Notification ModelReady {QStringLiteral("Model ready"),
                               QStringLiteral("“sneaker style” has finished training and can make images."),
                               QStringLiteral("model-42")};

} // namespace

class DesktopNotifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notify_arrivesWithTitleBodyAppIconAndDefaultAction();
    void body_escapedOnlyWhereTheServiceReadsMarkup_data();
    void body_escapedOnlyWhereTheServiceReadsMarkup();
    void click_activatesItsSubject_andHandsOverTheActivationToken();
    void closedNotification_staleClickIgnored();
    void noService_fails();
    void chain_serviceFirst_trayNotAsked();
    void chain_noService_fallsBackToTheTray();
    void chain_noServiceNoTray_failsWithBothReasons();
};

void DesktopNotifierTest::initTestCase()
{
    QApplication::setApplicationDisplayName(QStringLiteral("Ideogram Datasets"));
    QPixmap icon(32, 32);
    icon.fill(Qt::blue);
    QApplication::setWindowIcon(icon);
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run this test under dbus-run-session --config-file=tests/desktop/session-bus.conf");
}

void DesktopNotifierTest::notify_arrivesWithTitleBodyAppIconAndDefaultAction()
{
    FakeService service;
    QVERIFY(service.isReady());
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &Notifier::shown);
    QSignalSpy failed(&notifier, &Notifier::failed);
    notifier.notify(ModelReady);
    const QJsonObject call = service.nextCall();
    QCOMPARE(call.value(QStringLiteral("summary")).toString(), ModelReady.title);
    QCOMPARE(call.value(QStringLiteral("body")).toString(), ModelReady.body);
    QCOMPARE(call.value(QStringLiteral("app_name")).toString(), QStringLiteral("Ideogram Datasets"));
    // The icon and the desktop entry by the application id, so the desktop shows the app's name and icon.
    QCOMPARE(call.value(QStringLiteral("app_icon")).toString(), QStringLiteral(IDS_APP_ID));
    const QJsonObject hints = call.value(QStringLiteral("hints")).toObject();
    QCOMPARE(hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(IDS_APP_ID));
    QCOMPARE(hints.value(QStringLiteral("urgency")).toInt(), 1); // normal
    QCOMPARE(hints.value(QStringLiteral("urgency:type")).toString(), QStringLiteral("uchar")); // BYTE, as the spec says
    // A default action, so a click on the notification comes back to the app; as pairs of key and label.
    const QJsonArray actions = call.value(QStringLiteral("actions")).toArray();
    QCOMPARE(actions.size() % 2, 0);
    QVERIFY(actions.contains(QStringLiteral("default")));
    QCOMPARE(call.value(QStringLiteral("replaces_id")).toInt(), 0);
    QCOMPARE(call.value(QStringLiteral("expire_timeout")).toInt(), -1);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(shown.first().first().value<Notification>(), ModelReady);
    QCOMPARE(failed.size(), 0);
}

void DesktopNotifierTest::body_escapedOnlyWhereTheServiceReadsMarkup_data()
{
    QTest::addColumn<bool>("markup");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain-text service") << false << QStringLiteral("“<b>x</b> & co” is ready.");
    QTest::newRow("markup service") << true << QStringLiteral("“&lt;b&gt;x&lt;/b&gt; &amp; co” is ready.");
}

void DesktopNotifierTest::body_escapedOnlyWhereTheServiceReadsMarkup()
{
    QFETCH(bool, markup);
    QFETCH(QString, expected);
    FakeService service(markup ? QStringList {QStringLiteral("--markup")} : QStringList {});
    QVERIFY(service.isReady());
    DesktopNotifier notifier;
    // A shared model's name is whatever its owner typed.
    notifier.notify({QStringLiteral("Model ready"), QStringLiteral("“<b>x</b> & co” is ready."), QStringLiteral("m")});
    QCOMPARE(service.nextCall().value(QStringLiteral("body")).toString(), expected);
}

void DesktopNotifierTest::click_activatesItsSubject_andHandsOverTheActivationToken()
{
    FakeService service;
    QVERIFY(service.isReady());
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &Notifier::shown);
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.notify(ModelReady);
    const int first = service.nextCall().value(QStringLiteral("id")).toInt();
    notifier.notify({QStringLiteral("Training failed"), QStringLiteral("Ideogram could not train “b”."),
                     QStringLiteral("model-43")});
    const int second = service.nextCall().value(QStringLiteral("id")).toInt();
    QVERIFY(first != second);
    QTRY_COMPARE(shown.size(), 2);
    qunsetenv("XDG_ACTIVATION_TOKEN");

    QVERIFY(service.command("click " + QByteArray::number(first)));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), ModelReady.subject);
    // Wayland: the token the service sent for this click, for Qt's next window activation.
    QCOMPARE(qEnvironmentVariable("XDG_ACTIVATION_TOKEN"), QStringLiteral("test-token-%1").arg(first));

    QVERIFY(service.command("click " + QByteArray::number(second)));
    QTRY_COMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toString(), QStringLiteral("model-43"));
}

void DesktopNotifierTest::closedNotification_staleClickIgnored()
{
    FakeService service;
    QVERIFY(service.isReady());
    DesktopNotifier notifier;
    QSignalSpy activated(&notifier, &Notifier::activated);
    notifier.notify(ModelReady);
    const QByteArray id = QByteArray::number(service.nextCall().value(QStringLiteral("id")).toInt());
    QVERIFY(service.command("close " + id));
    // A click that arrives for a notification already closed, then one for an id the app never had.
    QVERIFY(service.command("click " + id));
    QVERIFY(service.command("click 999"));
    // The bus delivers in order: a notification sent after these signals comes back after them.
    notifier.notify(ModelReady);
    const QByteArray next = QByteArray::number(service.nextCall().value(QStringLiteral("id")).toInt());
    QVERIFY(service.command("click " + next));
    QTRY_COMPARE(activated.size(), 1);
}

void DesktopNotifierTest::noService_fails()
{
    DesktopNotifier notifier;
    QSignalSpy shown(&notifier, &Notifier::shown);
    QSignalSpy failed(&notifier, &Notifier::failed);
    notifier.notify(ModelReady);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Notification>(), ModelReady);
    QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("ServiceUnknown")),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(shown.size(), 0);

    // The service appears later (the desktop finished starting): the next notification reaches it.
    FakeService service;
    QVERIFY(service.isReady());
    notifier.notify(ModelReady);
    QCOMPARE(service.nextCall().value(QStringLiteral("summary")).toString(), ModelReady.title);
    QTRY_COMPARE(shown.size(), 1);
}

void DesktopNotifierTest::chain_serviceFirst_trayNotAsked()
{
    FakeService service;
    QVERIFY(service.isReady());
    int trayAsked = 0;
    Widgets::NotifierChain chain({new DesktopNotifier, new Widgets::TrayNotifier([&trayAsked] {
                                      ++trayAsked;
                                      return true;
                                  })});
    QSignalSpy shown(&chain, &Notifier::shown);
    QSignalSpy activated(&chain, &Notifier::activated);
    chain.notify(ModelReady);
    const QByteArray id = QByteArray::number(service.nextCall().value(QStringLiteral("id")).toInt());
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(trayAsked, 0);
    QVERIFY(service.command("click " + id));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), ModelReady.subject);
}

void DesktopNotifierTest::chain_noService_fallsBackToTheTray()
{
    auto *tray = new Widgets::TrayNotifier([] { return true; });
    Widgets::NotifierChain chain({new DesktopNotifier, tray});
    QSignalSpy trayShown(tray, &Notifier::shown);
    QSignalSpy shown(&chain, &Notifier::shown);
    QSignalSpy failed(&chain, &Notifier::failed);
    chain.notify(ModelReady);
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(trayShown.size(), 1);
    QCOMPARE(failed.size(), 0);
}

void DesktopNotifierTest::chain_noServiceNoTray_failsWithBothReasons()
{
    Widgets::NotifierChain chain({new DesktopNotifier, new Widgets::TrayNotifier([] { return false; })});
    QSignalSpy shown(&chain, &Notifier::shown);
    QSignalSpy failed(&chain, &Notifier::failed);
    chain.notify(ModelReady);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Notification>(), ModelReady);
    const QString reasons = failed.first().at(1).toString();
    QVERIFY2(reasons.contains(QStringLiteral("ServiceUnknown")) && reasons.contains(QStringLiteral("no system tray")),
             qPrintable(reasons));
    QCOMPARE(shown.size(), 0);
}

QTEST_MAIN(DesktopNotifierTest)
#include "tst_desktopnotifier.moc"
