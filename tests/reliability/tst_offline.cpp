// Offline and back (issue 17, point 4): while the system says there is no network (the app passes
// QNetworkInformation's answer to the client, as it does to the poller; the test sets it the same way),
// reads fail at once with "You are offline", creates, trainings and uploads are not sent and nothing waits
// in a queue to go out later; when the network comes back, the lists are read once by themselves.
#include "../common/sandboxstores.h"
#include "core/api/datasetjobs.h"
#include "core/services/datasetservice.h"
#include "core/services/modellibrary.h"
#include "core/services/modelpoller.h"
#include "core/services/syncservice.h"
#include "core/services/trainingservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelfamilystore.h"
#include "core/storage/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

class OfflineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void read_offline_failsAtOnceNothingSent();
    void create_offline_notSentNotJournaledNotQueued();
    void training_offline_notSentNotJournaled();
    void backOnline_listsRefreshOnceByThemselves();

private:
    std::unique_ptr<SandboxStores> m_env;
    std::unique_ptr<ModelStore> m_models;
    ApiClient *client() const { return m_env->client(); }
};

void OfflineTest::init()
{
    m_env = std::make_unique<SandboxStores>();
    const QString problem = m_env->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_models = std::make_unique<ModelStore>(m_env->store.get());
}

void OfflineTest::cleanup()
{
    m_models.reset();
    m_env.reset();
}

void OfflineTest::read_offline_failsAtOnceNothingSent()
{
    client()->setOnline(false);
    auto *job = new ListDatasetsJob(client());
    QSignalSpy finished(job, &ApiJob::finished);
    ApiError error;
    int attempts = 0;
    connect(job, &ApiJob::finished, this, [&] {
        error = job->error();
        attempts = job->attempts();
    });
    job->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(error.kind, ApiError::Kind::Offline);
    QVERIFY2(error.headline().startsWith(QLatin1String("You are offline")), qPrintable(error.headline()));
    QCOMPARE(attempts, 1); // not retried: waiting would not bring the network back
    QCOMPARE(m_env->server.requestCount("GET"), 0);
}

void OfflineTest::create_offline_notSentNotJournaledNotQueued()
{
    DatasetService service(client(), m_env->store.get());
    SyncService sync(client(), m_env->store.get(), m_env->content.get());
    QSignalSpy failed(&service, &DatasetService::createFailed);
    client()->setOnline(false);
    QCOMPARE(service.createDataset(QStringLiteral("Shoes")), QString());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Offline);
    QCOMPARE(service.state(), DatasetService::State::Idle);
    QCOMPARE(Journal(m_env->store.get()).size(), 0);

    // Back online: the list is read, and the create that failed is not sent behind the user's back.
    QSignalSpy refreshed(&sync, &SyncService::refreshed);
    client()->setOnline(true);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_env->server.requestCount("POST"), 0);
    QCOMPARE(m_env->server.datasets().size(), 0);
}

void OfflineTest::training_offline_notSentNotJournaled()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->server.addImages(shoes.id, 15);
    ModelFamilyStore families(m_env->store.get());
    TrainingService training(client(), m_models.get(), m_env->content.get(), &families);
    QSignalSpy failed(&training, &TrainingService::trainFailed);
    client()->setOnline(false);
    QCOMPARE(training.train(15, {ModelFamily::V4, shoes.id, QStringLiteral("Shoe model"), {}}), QString());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Offline);
    QCOMPARE(m_env->server.requestCount("POST"), 0);
    QCOMPARE(Journal(m_env->store.get()).size(), 0);
    QCOMPARE(m_env->server.models().size(), 0);
}

void OfflineTest::backOnline_listsRefreshOnceByThemselves()
{
    SyncService sync(client(), m_env->store.get(), m_env->content.get());
    ModelPoller poller(client(), m_models.get());
    ModelLibrary library(client(), m_models.get(), &poller);
    m_env->server.addDataset(QStringLiteral("Made on the website while we were away"));
    QSignalSpy refreshed(&sync, &SyncService::refreshed);
    QSignalSpy modelsChanged(&library, &ModelLibrary::modelsChanged);

    client()->setOnline(false);
    client()->setOnline(false); // told twice: still one change
    QCOMPARE(m_env->server.requestCount("GET"), 0);
    client()->setOnline(true);
    QVERIFY(refreshed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(modelsChanged.size(), 1, 5000);
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/datasets")), 1);
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/models")), 1);
    QCOMPARE(m_env->store->datasets().size(), 1);

    // Told "online" again without having been offline: nothing more is read.
    client()->setOnline(true);
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/datasets")), 1);

    // A second flap: once more, once.
    client()->setOnline(false);
    client()->setOnline(true);
    QVERIFY(refreshed.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(modelsChanged.size(), 2, 5000);
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/datasets")), 2);
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/models")), 2);
}

QTEST_GUILESS_MAIN(OfflineTest)
#include "tst_offline.moc"
