// Kills the app (SIGKILL) right after a create, an upload batch or a training has left it, while the server
// is still working on it, then starts it again on the same database: the journal is reconciled, the dataset
// or model adopted, nothing is sent twice, and SQLite's integrity check is clean (reliability-rules.md R10).
#include "../common/requirement.h"
#include "../common/testimages.h"
#include "../common/widgetchild.h"
#include "app/appcontroller.h"
#include "core/accounts/account.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelstore.h"
#include "sandbox/sandboxserver.h"
#include "widgets/datasetdetailpane.h"
#include "widgets/datasetflow.h"
#include "widgets/mainwindow.h"
#include "widgets/modelflow.h"
#include "widgets/traindialog.h"
#include "widgets/uploaddialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Ids::Sandbox::SandboxServer;

using Ids::Tests::child;

namespace {

const QString Key = QStringLiteral("crash-test-key-000000000");

// Child mode: the app's object graph as main() builds it. "create" types a name and presses Enter, then
// waits to be killed; "restart" runs until the journal is empty, then exits.
int runChild(const QString &mode)
{
    Ids::App::LaunchOptions options;
    options.baseUrlOverride = QUrl(qEnvironmentVariable("IDS_CRASH_URL"));
    options.environmentKey = Key;
    options.databasePath = qEnvironmentVariable("IDS_CRASH_DB");
    Ids::App::AppController controller(options);
    QString error;
    if (!controller.start(&error))
        return 3;
    controller.window()->show();
    if (mode == QLatin1String("quit-early")) {
        // Quit while the cache is still being read on the worker thread.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    } else if (mode == QLatin1String("create")) {
        auto *name = controller.window()->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
        if (!name)
            return 4;
        QTimer::singleShot(100, name, [name] {
            QTest::keyClicks(name, QStringLiteral("Killed mid-create"));
            QTest::keyClick(name, Qt::Key_Return);
        });
    } else if (mode == QLatin1String("upload")) {
        // Drops every file of the folder on the dataset and presses Upload once the review is ready.
        const QString datasetId = qEnvironmentVariable("IDS_CRASH_DATASET");
        QStringList paths;
        for (const QFileInfo &info : QDir(qEnvironmentVariable("IDS_CRASH_FILES")).entryInfoList(QDir::Files))
            paths.append(info.absoluteFilePath());
        auto *poll = new QTimer(&controller);
        QObject::connect(poll, &QTimer::timeout, &controller, [&controller, datasetId, paths, poll] {
            Ids::Widgets::MainWindow *window = controller.window();
            if (!window->datasetFlow()->uploadDialog()) {
                window->datasetFlow()->addFiles(datasetId, paths);
                return;
            }
            Ids::Widgets::UploadDialog *dialog = window->datasetFlow()->uploadDialog();
            if (!dialog->isScanning() && child<QPushButton>(dialog, "uploadButton")->isEnabled()) {
                dialog->startUpload();
                poll->stop();
            }
        });
        poll->start(50);
    } else if (mode == QLatin1String("train")) {
        // Opens the dataset, presses Train, names the model, confirms the billing and trains.
        const QString datasetId = qEnvironmentVariable("IDS_CRASH_DATASET");
        auto *poll = new QTimer(&controller);
        QObject::connect(poll, &QTimer::timeout, &controller, [&controller, datasetId, poll] {
            Ids::Widgets::MainWindow *window = controller.window();
            if (!window->modelFlow())
                return; // built after the first paint
            Ids::Widgets::DatasetDetailPane *pane =
                window->findChild<Ids::Widgets::DatasetDetailPane *>(QStringLiteral("datasetDetailPane"));
            if (pane->datasetId() != datasetId) {
                window->datasetFlow()->openDataset(datasetId);
                return;
            }
            Ids::Widgets::TrainDialog *dialog = window->modelFlow()->trainDialog();
            if (!dialog) {
                if (pane->trainButton()->isEnabled())
                    pane->trainButton()->click();
                return;
            }
            child<QLineEdit>(dialog, "modelNameLineEdit")->setText(QStringLiteral("killed mid train"));
            child<QCheckBox>(dialog, "confirmBillingCheckBox")->setChecked(true);
            child<QPushButton>(dialog, "trainButton")->click();
            poll->stop();
        });
        poll->start(50);
    } else if (mode == QLatin1String("restart-trains")) {
        auto *poll = new QTimer(&controller);
        QObject::connect(poll, &QTimer::timeout, &controller, [] {
            Ids::Core::DatasetStore store(qEnvironmentVariable("IDS_CRASH_DB"));
            store.setScope(qEnvironmentVariable("IDS_CRASH_URL"));
            if (!store.open())
                return;
            Ids::Core::ModelStore models(&store);
            if (Ids::Core::Journal(&store).trains().isEmpty() && models.models().size() == 1)
                QCoreApplication::exit(0);
        });
        poll->start(50);
        QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(5); });
    } else if (mode == QLatin1String("restart-uploads")) {
        auto *poll = new QTimer(&controller);
        QObject::connect(poll, &QTimer::timeout, &controller, [] {
            Ids::Core::DatasetStore store(qEnvironmentVariable("IDS_CRASH_DB"));
            store.setScope(qEnvironmentVariable("IDS_CRASH_URL"));
            if (store.open() && Ids::Core::Journal(&store).uploads().isEmpty())
                QCoreApplication::exit(0);
        });
        poll->start(50);
        QTimer::singleShot(30000, qApp, [] { QCoreApplication::exit(5); });
    } else {
        auto *poll = new QTimer(&controller);
        QObject::connect(poll, &QTimer::timeout, &controller, [] {
            Ids::Core::DatasetStore store(qEnvironmentVariable("IDS_CRASH_DB"));
            store.setScope(qEnvironmentVariable("IDS_CRASH_URL"));
            if (store.open() && Ids::Core::Journal(&store).creates().isEmpty() && store.datasets().size() == 1)
                QCoreApplication::exit(0);
        });
        poll->start(50);
        QTimer::singleShot(20000, qApp, [] { QCoreApplication::exit(5); });
    }
    return QCoreApplication::exec();
}

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedAfterCreateSent_restartAdoptsWithoutSecondPost();
    void quitWhileCacheLoads_exitsCleanly();
    void killedAfterTrainSent_restartAdoptsWithoutSecondTraining();
    void killedWhileUploadBatchSent_restartSendsOnlyWhatIsMissing_data();
    void killedWhileUploadBatchSent_restartSendsOnlyWhatIsMissing();
};

void CrashSafetyTest::initTestCase()
{
    // The app and its children write settings under the home: never the real one.
    IDS_REQUIRE(qEnvironmentVariableIsSet("IDS_TEST_SANDBOX_HOME"),
                "a throw-away home (run through tests/secrets/run_with_temp_home.sh)");
}

void CrashSafetyTest::killedWhileUploadBatchSent_restartSendsOnlyWhatIsMissing_data()
{
    QTest::addColumn<bool>("serverStoredIt");
    QTest::newRow("stored, answer not yet sent") << true;
    QTest::newRow("received, not stored") << false;
}

void CrashSafetyTest::killedWhileUploadBatchSent_restartSendsOnlyWhatIsMissing()
{
    QFETCH(bool, serverStoredIt);
    SandboxServer server;
    server.setAcceptedApiKey(Key);
    QVERIFY(server.start());
    const QString datasetId = server.addDataset(QStringLiteral("Crash uploads")).id;
    const QString uploadPath = QStringLiteral("/datasets/%1/upload_assets").arg(datasetId);
    if (serverStoredIt) {
        server.setUploadResponseDelay(60000);
    } else {
        SandboxServer::Fault silent;
        silent.action = SandboxServer::Fault::Action::NeverAnswer;
        server.injectFault("POST", uploadPath, silent);
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("datasets.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("files"));
    QVERIFY(QDir().mkpath(folder));
    // 8 images of 8 MB: two batches (5 + 3) under the 40 MB batch limit.
    for (int i = 0; i < 8; ++i) {
        QFile file(folder + QStringLiteral("/photo-%1.jpg").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg()); // a real image, padded after its end to 8 MB
        QVERIFY(file.resize(8 * 1024 * 1024));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_CRASH_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("IDS_CRASH_DB"), db);
    env.insert(QStringLiteral("IDS_CRASH_DATASET"), datasetId);
    env.insert(QStringLiteral("IDS_CRASH_FILES"), folder);
    auto journaled = [&] {
        Ids::Core::DatasetStore store(db);
        if (!store.open())
            return qsizetype(-1);
        store.setScope(server.baseUrl().toString());
        return Ids::Core::Journal(&store).uploads().size();
    };

    QProcess first;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("upload"));
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QCoreApplication::applicationFilePath(), {});
    // The first batch has fully arrived and its answer is still to come: the app dies now.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("POST", uploadPath), 1, 20000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(journaled(), 5);
    QCOMPARE(server.files(datasetId).size(), serverStoredIt ? 5 : 0);
    server.setUploadResponseDelay(0);

    QProcess second;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("restart-uploads"));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 35000);
    QCOMPARE(second.exitCode(), 0);

    // Only the missing files of the journaled batch were sent again, each once; nothing is duplicated.
    QCOMPARE(server.requestCount("POST", uploadPath), serverStoredIt ? 1 : 2);
    // Parts the sandbox parsed: the silent fault does not parse, so in both cases these are the 5 that count.
    QCOMPARE(server.uploadedPartCount(), 5);
    QCOMPARE(server.files(datasetId).size(), 5);
    QCOMPARE(journaled(), 0);
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}

void CrashSafetyTest::quitWhileCacheLoads_exitsCleanly()
{
    // Found by the start-up benchmark: quitting before the cache read finished corrupted the heap at exit.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("datasets.sqlite"));
    const QString url = QStringLiteral("http://127.0.0.1:9");
    {
        Ids::Core::DatasetStore store(db);
        QVERIFY(store.open());
        store.setScope(url);
        QList<Ids::Core::Dataset> many;
        for (int i = 0; i < 20000; ++i) {
            Ids::Core::Dataset dataset;
            dataset.id = QString::number(i);
            dataset.name = QStringLiteral("Dataset %1").arg(i);
            dataset.creationTime = Ids::Core::ApiDateTime::parse(QStringLiteral("2026-01-01T00:00:00Z"));
            many.append(dataset);
        }
        QVERIFY(store.upsertMany(many));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_CRASH_URL"), url);
    env.insert(QStringLiteral("IDS_CRASH_DB"), db);
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("quit-early"));
    for (int run = 0; run < 10; ++run) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }
}

void CrashSafetyTest::killedAfterCreateSent_restartAdoptsWithoutSecondPost()
{
    SandboxServer server;
    server.setAcceptedApiKey(Key);
    QVERIFY(server.start());
    // The server takes 1.5 s to apply the create; the app is killed long before it answers.
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 1500;
    server.injectFault("POST", QStringLiteral("/datasets"), slow);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("datasets.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_CRASH_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("IDS_CRASH_DB"), db);

    QProcess first;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("create"));
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("POST"), 1, 20000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // The pending create is in the journal of the dead process's database.
    {
        Ids::Core::DatasetStore store(db);
        QVERIFY(store.open());
        store.setScope(server.baseUrl().toString());
        QCOMPARE(Ids::Core::Journal(&store).creates().size(), 1);
        QCOMPARE(store.datasets().size(), 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.datasets().size(), 1, 5000); // the server did apply it

    QProcess second;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("restart"));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 25000);
    QCOMPARE(second.exitCode(), 0);

    QCOMPARE(server.requestCount("POST"), 1);
    QVERIFY(server.requestCount("GET", QStringLiteral("/datasets")) >= 1);
    Ids::Core::DatasetStore store(db);
    QVERIFY(store.open());
    store.setScope(server.baseUrl().toString());
    QCOMPARE(store.datasets().size(), 1);
    QCOMPARE(store.datasets().first().id, server.datasets().first().id);
    QVERIFY(Ids::Core::Journal(&store).creates().isEmpty());
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}

void CrashSafetyTest::killedAfterTrainSent_restartAdoptsWithoutSecondTraining()
{
    SandboxServer server;
    server.setAcceptedApiKey(Key);
    QVERIFY(server.start());
    const QString datasetId = server.addDataset(QStringLiteral("Crash shoes")).id;
    server.addImages(datasetId, 15);
    // The server takes 1.5 s to start the training; the app is killed long before it answers.
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 1500;
    // The Train dialog starts with Ideogram 4.0, plain.
    const QString trainPath = QStringLiteral("/v1/ideogram-v4/train-model");
    server.injectFault("POST", trainPath, slow);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("datasets.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IDS_CRASH_URL"), server.baseUrl().toString());
    env.insert(QStringLiteral("IDS_CRASH_DB"), db);
    env.insert(QStringLiteral("IDS_CRASH_DATASET"), datasetId);

    QProcess first;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("train"));
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("POST", trainPath), 1, 20000);
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    {
        Ids::Core::DatasetStore store(db);
        QVERIFY(store.open());
        store.setScope(server.baseUrl().toString());
        QCOMPARE(Ids::Core::Journal(&store).trains().size(), 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.models().size(), 1, 5000); // the server did start it

    QProcess second;
    env.insert(QStringLiteral("IDS_CRASH_CHILD"), QStringLiteral("restart-trains"));
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedChannels);
    second.start(QCoreApplication::applicationFilePath(), {});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 35000);
    QCOMPARE(second.exitCode(), 0);

    QCOMPARE(server.requestCount("POST", trainPath), 1);
    Ids::Core::DatasetStore store(db);
    QVERIFY(store.open());
    store.setScope(server.baseUrl().toString());
    Ids::Core::ModelStore models(&store);
    QCOMPARE(models.models().size(), 1);
    QCOMPARE(models.models().first().id, server.models().first().id);
    QVERIFY(Ids::Core::Journal(&store).trains().isEmpty());
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (const QString mode = qEnvironmentVariable("IDS_CRASH_CHILD"); !mode.isEmpty())
        return runChild(mode);
    CrashSafetyTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
