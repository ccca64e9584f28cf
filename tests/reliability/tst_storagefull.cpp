// A full disk or a read-only data folder (issue 17, point 5; reliability-rules.md R36, fault 47): SQLite's
// max_page_count makes the account's database full on the app's own connection. The account says so once,
// reads go on from what is stored, nothing that needs a journal entry (a create, a training, an upload) is
// sent, and when space returns (the limit raised) the account notices by itself and work goes out again.
#include "../common/sandboxstores.h"
#include "../common/testimages.h"
#include "core/services/datasetservice.h"
#include "core/services/syncservice.h"
#include "core/services/trainingservice.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelfamilystore.h"
#include "core/storage/modelstore.h"
#include "core/storage/storagehealth.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

class StorageFullTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void full_saidOnce_readsGoOn_nothingSentWithoutJournal();
    void full_upload_notSent_filesFailedWithReason_tryAgainAfterSpace();
    void spaceReturns_noticedByItself_createGoesOut();
    void lockedOrBusy_isNotFull();

private:
    // Fills the database up to a page limit it cannot grow past, as a full disk would.
    void makeFull();
    void makeRoom();
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_env->store->connectionName(), false)); }

    std::unique_ptr<SandboxStores> m_env;
    std::unique_ptr<ModelStore> m_models;
    std::unique_ptr<StorageHealth> m_health;
    ApiClient *client() const { return m_env->client(); }
};

void StorageFullTest::init()
{
    m_env = std::make_unique<SandboxStores>();
    const QString problem = m_env->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_models = std::make_unique<ModelStore>(m_env->store.get());
    m_health = std::make_unique<StorageHealth>(m_env->store.get());
    // Long enough that only the test's own probe() or a journal write can bring space back, unless a test asks.
    m_health->setProbeInterval(1h);
}

void StorageFullTest::cleanup()
{
    m_health.reset();
    m_models.reset();
    m_env.reset();
}

void StorageFullTest::makeFull()
{
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    // No page can be added, and the journal's own pages are filled to the last few bytes (rows of a scope no
    // reader asks for), as a disk with no byte left would be.
    for (const int bytes : {1000, 100, 10, 1}) {
        while (q.exec(QStringLiteral("INSERT INTO journal (scope, kind, started_ms, payload) "
                                     "VALUES ('test-filler', 'filler', 0, zeroblob(%1))")
                          .arg(bytes))) { }
        QVERIFY2(StorageHealth::isSpaceOrPermissionError(q.lastError()), qPrintable(q.lastError().text()));
    }
}

void StorageFullTest::makeRoom()
{
    QSqlQuery q = query();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
}

void StorageFullTest::full_saidOnce_readsGoOn_nothingSentWithoutJournal()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->server.addImages(shoes.id, 15);
    QVERIFY(m_env->store->upsert(shoes));
    QSignalSpy writable(m_health.get(), &StorageHealth::writableChanged);
    makeFull();

    DatasetService datasets(client(), m_env->store.get());
    const QString refused = datasets.createDataset(QStringLiteral("Boots"));
    QVERIFY2(refused.startsWith(QLatin1String("Nothing was sent")), qPrintable(refused));
    QVERIFY2(refused.contains(QLatin1String("disk is full")), qPrintable(refused));
    QCOMPARE(datasets.state(), DatasetService::State::Idle);
    QCOMPARE(writable.size(), 1);
    QCOMPARE(writable.first().first().toBool(), false);
    QVERIFY(!m_health->isWritable());
    QVERIFY2(m_health->reason().contains(QLatin1String("full")), qPrintable(m_health->reason()));
    QCOMPARE(m_health->cause(), StorageHealth::Cause::DiskFull);

    ModelFamilyStore families(m_env->store.get());
    TrainingService training(client(), m_models.get(), m_env->content.get(), &families);
    const QString trainingRefused = training.train(15, {ModelFamily::V4, shoes.id, QStringLiteral("Shoe model"), {}});
    QVERIFY2(trainingRefused.startsWith(QLatin1String("Nothing was sent")), qPrintable(trainingRefused));
    QCOMPARE(training.state(), TrainingService::State::Idle);

    // Said once: the second refusal and every failed write of the lists add nothing.
    QCOMPARE(writable.size(), 1);
    QCOMPARE(m_env->server.requestCount("POST"), 0);
    QCOMPARE(m_env->server.datasets().size(), 1);
    QCOMPARE(m_env->server.models().size(), 0);

    // Read-only on what it has: the list is read from Ideogram and what is stored is shown.
    m_env->server.addDataset(QStringLiteral("Made on the website"));
    SyncService sync(client(), m_env->store.get(), m_env->content.get());
    QSignalSpy refreshed(&sync, &SyncService::refreshed);
    QSignalSpy refreshFailed(&sync, &SyncService::refreshFailed);
    sync.refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(refreshFailed.size(), 0);
    const QList<Dataset> shown = refreshed.first().first().value<QList<Dataset>>();
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [](const Dataset &dataset) { return dataset.name == QLatin1String("Shoes"); }));
    // What Ideogram answered is shown too, though it could not be kept.
    QVERIFY(std::any_of(shown.cbegin(), shown.cend(),
                        [](const Dataset &dataset) { return dataset.name == QLatin1String("Made on the website"); }));
    QCOMPARE(shown.size(), 2);
    QVERIFY(refreshed.first().at(1).value<QSet<QString>>().isEmpty());
    QCOMPARE(writable.size(), 1);
}

void StorageFullTest::full_upload_notSent_filesFailedWithReason_tryAgainAfterSpace()
{
    const QString datasetId = m_env->server.addDataset(QStringLiteral("Shoes")).id;
    const QString path = m_env->dir.filePath(QStringLiteral("a.jpg"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg());
    }
    UploadItem item;
    item.part = {path, QStringLiteral("a.jpg"), QByteArray("image/jpeg"), QFileInfo(path).size(),
                 QFileInfo(path).lastModified()};
    UploadService uploads(client(), m_env->content.get());
    QSignalSpy finished(&uploads, &UploadService::finished);
    makeFull();

    uploads.start(datasetId, {item}, {{0}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(1).toInt(), 1); // failed
    QCOMPARE(uploads.results().constFirst().state, UploadItemResult::State::Failed);
    QVERIFY2(uploads.results().constFirst().message.startsWith(QLatin1String("Nothing was sent")),
             qPrintable(uploads.results().constFirst().message));
    QCOMPARE(m_env->server.requestCount("POST"), 0);
    QCOMPARE(m_env->server.uploadedPartCount(), 0);
    QVERIFY(!m_health->isWritable());

    makeRoom();
    uploads.retryFailed();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
    QCOMPARE(finished.last().at(0).toInt(), 1); // done
    QCOMPARE(m_env->server.requestCount("POST"), 1);
    // The journal write that worked said space is back.
    QVERIFY(m_health->isWritable());
}

void StorageFullTest::spaceReturns_noticedByItself_createGoesOut()
{
    QSignalSpy writable(m_health.get(), &StorageHealth::writableChanged);
    makeFull();
    DatasetService datasets(client(), m_env->store.get());
    QVERIFY(!datasets.createDataset(QStringLiteral("Boots")).isEmpty());
    QCOMPARE(writable.size(), 1);

    // Still full: a probe fails and says nothing more.
    QVERIFY(!m_health->probe());
    QCOMPARE(writable.size(), 1);

    // Space returns; the probe on its timer notices without anyone asking.
    makeRoom();
    m_health->setProbeInterval(20ms);
    QTRY_COMPARE_WITH_TIMEOUT(writable.size(), 2, 5000);
    QCOMPARE(writable.last().first().toBool(), true);
    QVERIFY(m_health->isWritable());
    QCOMPARE(Journal(m_env->store.get()).size(), 0); // the probe leaves nothing behind

    QSignalSpy created(&datasets, &DatasetService::datasetCreated);
    QCOMPARE(datasets.createDataset(QStringLiteral("Boots")), QString());
    QVERIFY(created.wait(5000));
    QCOMPARE(m_env->server.requestCount("POST"), 1);
    QCOMPARE(Journal(m_env->store.get()).size(), 0);
}

void StorageFullTest::lockedOrBusy_isNotFull()
{
    QSqlError busy(QStringLiteral("database is locked"), {}, QSqlError::StatementError, QStringLiteral("5"));
    QSqlError constraint(QStringLiteral("UNIQUE constraint failed"), {}, QSqlError::StatementError,
                         QStringLiteral("19"));
    QSqlError full(QStringLiteral("database or disk is full"), {}, QSqlError::StatementError, QStringLiteral("13"));
    QSqlError readOnly(QStringLiteral("attempt to write a readonly database"), {}, QSqlError::StatementError,
                       QStringLiteral("1032")); // SQLITE_READONLY_DBMOVED, an extended code
    QVERIFY(!StorageHealth::isSpaceOrPermissionError(busy));
    QVERIFY(!StorageHealth::isSpaceOrPermissionError(constraint));
    QVERIFY(StorageHealth::isSpaceOrPermissionError(full));
    QVERIFY(StorageHealth::isSpaceOrPermissionError(readOnly));
}

QTEST_GUILESS_MAIN(StorageFullTest)
#include "tst_storagefull.moc"
