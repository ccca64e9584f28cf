#include "../common/requirement.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Ids::Core;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("io.github.ideogram_datasets.IdeogramDatasets.test");

QString testKey()
{
    const QString fromEnv = qEnvironmentVariable("IDS_TEST_KEY");
    return fromEnv.isEmpty() ? QStringLiteral("TESTKEY-7f3c9a1e5b2d4c6f8a0b") : fromEnv;
}

// Child mode: a fresh process reads the key back and prints only its hash.
int runReadChild()
{
    SecretStore store(Service);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    if (!loaded.wait(15000))
        return 4;
    std::printf("%s %d\n",
                QCryptographicHash::hash(store.key().toUtf8(), QCryptographicHash::Sha256).toHex().constData(),
                int(store.persistence()));
    return 0;
}

} // namespace

class SecretStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sessionOnly_noSessionBus_keepsKeyInMemoryAndWritesNothing();
    void keychain_writeRestartRead_returnsKey();
};

void SecretStoreTest::sessionOnly_noSessionBus_keepsKeyInMemoryAndWritesNothing()
{
    IDS_REQUIRE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QLatin1String("disabled:")),
                "DBUS_SESSION_BUS_ADDRESS=disabled: (no keychain)");
    // The search below reads every file under the home: only a throw-away one (run_with_temp_home.sh).
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "a throw-away home (run through tests/secrets/run_with_temp_home.sh)");
    const QString home = QDir::homePath();
    SecretStore store(Service);
    store.setTimeout(5s);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(store.persistence(), SecretStore::Persistence::SessionOnly);
    QVERIFY(store.key().isEmpty());
    QVERIFY(!store.unavailableReason().isEmpty());

    QSignalSpy saved(&store, &SecretStore::saved);
    store.save(testKey());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(store.key(), testKey());

    // A second store (the next run) has nothing: the key was kept for this run only.
    SecretStore nextRun(Service);
    QSignalSpy nextLoaded(&nextRun, &SecretStore::loaded);
    nextRun.load();
    QVERIFY(nextLoaded.wait(10000));
    QVERIFY(nextRun.key().isEmpty());

    // Nothing under the (test) home or data folders holds the key.
    for (const QString &root : {home, QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
        QVERIFY2(!root.isEmpty(), "every folder to search has a path");
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 50 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(testKey().toUtf8()), qPrintable(file.fileName()));
        }
    }
}

void SecretStoreTest::keychain_writeRestartRead_returnsKey()
{
    IDS_REQUIRE(qEnvironmentVariable("IDS_KEYCHAIN_TEST") == QLatin1String("1"),
                "a Secret Service session (run through tests/secrets/run_with_temp_home.sh --keyring)");
    {
        SecretStore store(Service);
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.load();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(store.persistence(), SecretStore::Persistence::Keychain);
        QSignalSpy saved(&store, &SecretStore::saved);
        store.save(testKey());
        QVERIFY(saved.wait(15000));
        QCOMPARE(saved.first().first().toBool(), true);
    }

    // Restart: a new process reads it back from the keyring.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_SECRET_READ_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
    const QByteArray expected = QCryptographicHash::hash(testKey().toUtf8(), QCryptographicHash::Sha256).toHex();
    QCOMPARE(child.readAllStandardOutput().trimmed(),
             expected + " " + QByteArray::number(int(SecretStore::Persistence::Keychain)));

    SecretStore store(Service);
    QSignalSpy removed(&store, &SecretStore::removed);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load();
    QVERIFY(loaded.wait(15000));
    store.remove();
    QVERIFY(removed.wait(15000));
    SecretStore afterRemove(Service);
    QSignalSpy loadedAgain(&afterRemove, &SecretStore::loaded);
    afterRemove.load();
    QVERIFY(loadedAgain.wait(15000));
    QVERIFY(afterRemove.key().isEmpty());
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("IDS_SECRET_READ_CHILD"))
        return runReadChild();
    SecretStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
