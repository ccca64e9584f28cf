// A keychain that says no (issue 17, point 7): a locked keychain whose unlock prompt is cancelled (the real
// GNOME keyring, locked by the test, on a private bus where no prompter can appear, so every prompt ends
// cancelled), and a keychain that never answers (a Secret Service on the bus that takes calls and never
// replies). Each gets its own sentence and can be asked again; a key typed meanwhile stays for this run, and
// nothing is written in plain text (the wrapper, tests/secrets/run_with_temp_home.sh, searches every file).
#include "../common/requirement.h"
#include "core/api/apierror.h"
#include "core/secrets/secretstore.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVirtualObject>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Ids::Core;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("io.github.ideogram_datasets.IdeogramDatasets.test");
const QString Secrets = QStringLiteral("org.freedesktop.secrets");
const QString SecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString LoginCollection = QStringLiteral("/org/freedesktop/secrets/collection/login");

QString testKey()
{
    const QString fromEnv = qEnvironmentVariable("IDS_TEST_KEY");
    return fromEnv.isEmpty() ? QStringLiteral("TESTKEY-7f3c9a1e5b2d4c6f8a0b") : fromEnv;
}

// The Secret Service's secret: (session, parameters, value, content type).
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

} // namespace

Q_DECLARE_METATYPE(Secret)

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

QDBusMessage call(const QString &path, const QString &interface, const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(Secrets, path, interface, method);
    message.setArguments(arguments);
    return QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
}

bool lockLoginKeyring()
{
    const QDBusMessage reply =
        call(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"),
             {QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(LoginCollection)})});
    return reply.type() == QDBusMessage::ReplyMessage;
}

// What a user does in the keyring's own prompt, done through gnome-keyring's interface for its tools.
bool unlockLoginKeyring(const QByteArray &password)
{
    const QDBusMessage session =
        call(SecretsPath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"),
             {QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString()))});
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2)
        return false;
    const Secret master {
        session.arguments().at(1).value<QDBusObjectPath>(), {}, password, QStringLiteral("text/plain")};
    const QDBusMessage reply =
        call(SecretsPath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
             QStringLiteral("UnlockWithMasterPassword"),
             {QVariant::fromValue(QDBusObjectPath(LoginCollection)), QVariant::fromValue(master)});
    return reply.type() == QDBusMessage::ReplyMessage;
}

// A Secret Service that takes every call and never answers: a keychain that hangs.
class SilentSecretService final : public QDBusVirtualObject
{
public:
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // taken, never answered
    }
    QString introspect(const QString &) const override { return {}; }
    int calls = 0;
};

} // namespace

class KeychainRefusalTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void locked_promptCancelled_keyKeptForRunTryAgainSavesOnceUnlocked();
    void silent_timesOut_keyKeptForRunTryAgainAsksAgain();
};

void KeychainRefusalTest::initTestCase()
{
    qDBusRegisterMetaType<Secret>();
    IDS_REQUIRE(QDBusConnection::sessionBus().isConnected(),
                "a private D-Bus session (run_with_temp_home.sh --private-bus)");
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "a throw-away home (run through tests/secrets/run_with_temp_home.sh)");
}

void KeychainRefusalTest::locked_promptCancelled_keyKeptForRunTryAgainSavesOnceUnlocked()
{
    // gnome-keyring-daemon returns before its name is on the bus, and a private bus starts nothing on demand.
    QDeadlineTimer keyringStarting(10000);
    while (!QDBusConnection::sessionBus().interface()->isServiceRegistered(Secrets) && !keyringStarting.hasExpired())
        QTest::qWait(50);
    IDS_REQUIRE(QDBusConnection::sessionBus().interface()->isServiceRegistered(Secrets),
                "an unlocked GNOME keyring on the private bus (run_with_temp_home.sh --keyring --private-bus)");
    QVERIFY(lockLoginKeyring());

    SecretStore store(Service);
    store.setTimeout(10s);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(15000));
    // libsecret reports a locked entry it could not unlock as no entry at all: the user is asked for the key.
    QVERIFY(store.key().isEmpty());

    // The user types the key; the keychain is still locked and its prompt is cancelled.
    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(testKey());
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.last().first().toBool(), false);
    QCOMPARE(store.problem(), SecretStore::Problem::Refused);
    QCOMPARE(store.unavailableReason(), KeychainText::refused());
    QVERIFY(store.unavailableReason().contains(QLatin1String("Try again")));
    QVERIFY(store.canRetry());
    QCOMPARE(store.key(), testKey()); // kept for this run
    QCOMPARE(store.persistence(), SecretStore::Persistence::SessionOnly);

    // The user unlocks the keychain and chooses Try again: the key is written to it.
    QVERIFY(unlockLoginKeyring("pw"));
    store.retry();
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.last().first().toBool(), true);
    QCOMPARE(store.problem(), SecretStore::Problem::None);
    QVERIFY(store.unavailableReason().isEmpty());

    SecretStore again(Service);
    QSignalSpy loadedAgain(&again, &SecretStore::loaded);
    again.load();
    QVERIFY(loadedAgain.wait(15000));
    QCOMPARE(again.key(), testKey());
}

void KeychainRefusalTest::silent_timesOut_keyKeptForRunTryAgainAsksAgain()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    IDS_REQUIRE(!bus.interface()->isServiceRegistered(Secrets),
                "a private bus without a keychain (run_with_temp_home.sh --private-bus)");
    SilentSecretService silent;
    QVERIFY(bus.registerService(Secrets));
    QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));

    SecretStore store(Service);
    store.setTimeout(1500ms);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(10000));
    QVERIFY(silent.calls > 0); // the keychain was asked, and said nothing
    QCOMPARE(store.problem(), SecretStore::Problem::TimedOut);
    QCOMPARE(store.unavailableReason(), KeychainText::timedOut());
    QVERIFY(store.canRetry());

    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(testKey());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), false);
    QCOMPARE(store.key(), testKey());
    QCOMPARE(store.problem(), SecretStore::Problem::TimedOut);

    // Try again asks once more (libsecret queues the new call behind the one still unanswered, so the
    // service sees no new message): still no answer, the same sentence, the key still kept.
    store.retry();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.last().first().toBool(), false);
    QCOMPARE(store.problem(), SecretStore::Problem::TimedOut);
    QVERIFY(store.canRetry());
    QCOMPARE(store.key(), testKey());
    bus.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree);
    bus.unregisterService(Secrets);
}

QTEST_GUILESS_MAIN(KeychainRefusalTest)
#include "tst_keychainrefusal.moc"
