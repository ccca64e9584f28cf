// The command line of the built app (ideogram-datasets), run as a process of its own in a throw-away home:
// --help and --version work with no display at all, a bad --api-base-url is refused with exit status 2, and
// a key given in IDEOGRAM_API_KEY is used for the run but written nowhere.
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Ids::Sandbox::SandboxServer;

namespace {

const QString App = QStringLiteral(IDS_APP_BINARY);

// A home of its own for the child: settings, database, cache and keyring all land under it. No display, no
// session bus, no key from the environment unless the test adds one.
QProcessEnvironment throwAwayHome(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "IDEOGRAM_API_KEY",
                             "IDS_EXIT_AFTER_FIRST_PAINT", "XDG_CURRENT_DESKTOP"})
        env.remove(QLatin1String(name));
    const QStringList folders {QStringLiteral("home"),  QStringLiteral("config"), QStringLiteral("data"),
                               QStringLiteral("cache"), QStringLiteral("run"),    QStringLiteral("tmp")};
    for (const QString &folder : folders) {
        QDir().mkpath(dir.filePath(folder));
        QFile::setPermissions(dir.filePath(folder), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English text to compare
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString out;
    QString err;
};

// Blocking is fine: the test waits for a child process and nothing else runs meanwhile.
Run run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(App, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("(did not finish within %1 ms)").arg(timeoutMs);
        return result;
    }
    result.exitCode = process.exitCode();
    result.exitStatus = process.exitStatus();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_noDisplay_printsUsage();
    void version_noDisplay_printsVersion();
    void badApiBaseUrl_refusedWithStatus2_data();
    void badApiBaseUrl_refusedWithStatus2();
    void environmentKey_usedForTheRunButNeverStored();
};

void CommandLineTest::help_noDisplay_printsUsage()
{
    QTemporaryDir dir;
    const Run result = run({QStringLiteral("--help")}, throwAwayHome(dir));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral("Usage: ")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--sandbox")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--api-base-url")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("IDEOGRAM_API_KEY")), qPrintable(result.out));
}

void CommandLineTest::version_noDisplay_printsVersion()
{
    QTemporaryDir dir;
    const Run result = run({QStringLiteral("--version")}, throwAwayHome(dir));
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out.trimmed(), QStringLiteral("ideogram-datasets " IDS_VERSION));
}

void CommandLineTest::badApiBaseUrl_refusedWithStatus2_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("saysWhy");
    QTest::newRow("plain http off this computer") << "http://api.example.com"
                                                  << "unencrypted";
    QTest::newRow("not http at all") << "ftp://api.ideogram.ai"
                                     << "https://";
    QTest::newRow("not an address") << "api ideogram ai"
                                    << "https://";
}

void CommandLineTest::badApiBaseUrl_refusedWithStatus2()
{
    QFETCH(QString, url);
    QFETCH(QString, saysWhy);
    QTemporaryDir dir;
    QProcessEnvironment env = throwAwayHome(dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run result = run({QStringLiteral("--api-base-url"), url}, env);
    QCOMPARE(result.exitStatus, QProcess::NormalExit);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(saysWhy), qPrintable(result.err));
}

void CommandLineTest::environmentKey_usedForTheRunButNeverStored()
{
    const QString key = QStringLiteral("ENVKEY+4b1d/77c0=ae19f3d2c8b6");
    SandboxServer server;
    server.setAcceptedApiKey(key);
    QVERIFY(server.start());
    server.addDataset(QStringLiteral("Listed with the key"));

    QTemporaryDir dir;
    QProcessEnvironment env = throwAwayHome(dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("IDEOGRAM_API_KEY"), key);
    // The app quits by itself once its list has painted a row: a row it could only get with the key (the
    // home is new, there is no saved list), and a normal exit that writes settings and closes the database.
    env.insert(QStringLiteral("IDS_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(App, {QStringLiteral("--api-base-url"), server.baseUrl().toString()});
    // The sandbox lives in this process: the event loop must run while the app talks to it.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardOutput().contains("first-paint-ms-since-main"));
    QVERIFY(server.exactRequestCount("GET", QStringLiteral("/datasets")) >= 1); // the key was accepted

    // Nothing under the home holds the key, in plain, base64 or percent-encoded form; and something was
    // written there (the database at least), so the search looked at the app's files.
    const QByteArray plain = key.toUtf8();
    const QList<QByteArray> forms {plain, plain.toBase64(), QUrl::toPercentEncoding(key)};
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY2(files > 0, "the app wrote nothing under its home");
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
