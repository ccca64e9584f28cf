// Training without a second training by accident (reliability-rules.md R9, R10), against the sandbox over real
// HTTP: the success path, refusals before sending, a lost reply reconciled to exactly one POST, a request
// that never arrived (the user decides), a restart in the middle, and a double click. Every test runs once for
// each of the four train operations (Ideogram 3.0 and 4.0, plain and advanced; api-contract.md §9.1): the same
// rules, the same code path.
#include "../common/sandboxclient.h"
#include "core/api/apiclient.h"
#include "core/services/trainingservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelfamilystore.h"
#include "core/storage/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Core::TrainingService;
using Sandbox::SandboxServer;

namespace {

struct Stores
{
    explicit Stores(const QString &path)
        : datasets(path)
        , content(&datasets)
        , models(&datasets)
        , families(&datasets)
    {
        QVERIFY(datasets.open());
    }
    Core::DatasetStore datasets;
    Core::ContentStore content;
    Core::ModelStore models;
    Core::ModelFamilyStore families;
};

} // namespace

class TrainingServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void train_success_modelStoredAndJournalCleared();
    void train_refusedBeforeSending_data();
    void train_refusedBeforeSending();
    void train_rejectedByServer_noRetry();
    void train_notDelivered_neverResentByItself();
    void lostReply_exactlyOnePost_modelAdopted();
    void neverArrived_askUser_trainAnywaySendsOnlyThen();
    void restartInTheMiddle_reconciledFromJournal();
    void neverArrived_olderModelsOfTheDataset_notTakenForOurs();
    void doubleClick_onePost();
    void familyOnlyKnob_refusedBeforeSending();

private:
    // The operation of this round (global data): the request for this dataset and name, and its path.
    Core::TrainRequest request(const QString &datasetId, const QString &name) const;
    QString trainPath() const { return request({}, {}).path(); }
    std::unique_ptr<TrainingService> makeService(Stores &stores);
    QString datasetWithImages(int images);
    // The next train request is dropped, before or after the server applied it.
    void loseNextTrain(SandboxServer::Fault::Action action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Stores> m_stores;
};

void TrainingServiceTest::initTestCase_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("advanced");
    QTest::newRow("3.0") << int(Core::ModelFamily::V3) << false;
    QTest::newRow("3.0 advanced") << int(Core::ModelFamily::V3) << true;
    QTest::newRow("4.0") << int(Core::ModelFamily::V4) << false;
    QTest::newRow("4.0 advanced") << int(Core::ModelFamily::V4) << true;
}

Core::TrainRequest TrainingServiceTest::request(const QString &datasetId, const QString &name) const
{
    QFETCH_GLOBAL(int, family);
    QFETCH_GLOBAL(bool, advanced);
    Core::TrainRequest request {Core::ModelFamily(family), datasetId, name, {}};
    if (advanced) {
        request.knobs.trainingSteps = 2000;
        request.knobs.learningRate = 0.00005;
        if (request.family == Core::ModelFamily::V4)
            request.knobs.batchSize = 4;
    }
    return request;
}

void TrainingServiceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Core::Timeouts {1500ms, 3000ms}, 10ms);
    m_stores = std::make_unique<Stores>(m_dir->filePath(QStringLiteral("db.sqlite")));
}

void TrainingServiceTest::cleanup()
{
    m_stores.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<TrainingService> TrainingServiceTest::makeService(Stores &stores)
{
    auto service =
        std::make_unique<TrainingService>(m_client->client.get(), &stores.models, &stores.content, &stores.families);
    service->setReconcileTiming({10ms, 50ms, std::chrono::minutes(2)});
    return service;
}

QString TrainingServiceTest::datasetWithImages(int images)
{
    const QString id = m_server->addDataset(QStringLiteral("shoes")).id;
    m_server->addImages(id, images);
    return id;
}

void TrainingServiceTest::loseNextTrain(SandboxServer::Fault::Action action)
{
    SandboxServer::Fault drop;
    drop.action = action;
    m_server->injectFault("POST", trainPath(), drop);
}

void TrainingServiceTest::train_success_modelStoredAndJournalCleared()
{
    const QString datasetId = datasetWithImages(15);
    auto service = makeService(*m_stores);
    QSignalSpy started(service.get(), &TrainingService::trainingStarted);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("  acme shoes "))), QString());
    QVERIFY(service->isBusy());
    QCOMPARE(service->busyDatasetId(), datasetId);
    QCOMPARE(Core::Journal(&m_stores->datasets).trains().size(), 1); // journaled before the answer
    QTRY_COMPARE(started.size(), 1);
    const auto model = started.first().first().value<Core::CustomModel>();
    QCOMPARE(model.name, QStringLiteral("acme shoes"));
    QCOMPARE(model.datasetId, datasetId);
    QCOMPARE(m_server->models().size(), 1);
    QCOMPARE(model.id, m_server->models().first().id);
    QVERIFY(m_stores->models.model(model.id));
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
    QVERIFY(!service->isBusy());
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    // Exactly the request's body went out (no default knob, nothing of the other family), and the family of the
    // operation is remembered on both sides.
    const QJsonObject sent = QJsonDocument::fromJson(m_server->lastBody(trainPath())).object();
    QCOMPARE(sent, request(datasetId, QStringLiteral("acme shoes")).body());
    QCOMPARE(m_stores->families.family(model.id), request({}, {}).family);
    QCOMPARE(m_server->familyOf(model.id), request({}, {}).family);
}

void TrainingServiceTest::train_refusedBeforeSending_data()
{
    QTest::addColumn<qint64>("imageCount");
    QTest::addColumn<QString>("name");
    QTest::newRow("14 images") << qint64(14) << "acme shoes";
    QTest::newRow("101 images") << qint64(101) << "acme shoes";
    QTest::newRow("count unknown") << qint64(-1) << "acme shoes";
    QTest::newRow("name too short") << qint64(20) << "acme";
    QTest::newRow("underscore") << qint64(20) << "acme_shoes";
}

void TrainingServiceTest::train_refusedBeforeSending()
{
    QFETCH(qint64, imageCount);
    QFETCH(QString, name);
    const QString datasetId = datasetWithImages(20);
    auto service = makeService(*m_stores);
    QVERIFY(!service->train(imageCount, request(datasetId, name)).isEmpty());
    QVERIFY(!service->isBusy());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount("POST"), 0);
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
}

void TrainingServiceTest::train_rejectedByServer_noRetry()
{
    // The client thinks 15 images are there; the server counts 3 and refuses with 400.
    const QString datasetId = datasetWithImages(3);
    auto service = makeService(*m_stores);
    QSignalSpy failed(service.get(), &TrainingService::trainFailed);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Core::ApiError>();
    QCOMPARE(error.kind, Core::ApiError::Kind::BadRequest);
    QVERIFY(error.headline().contains(QStringLiteral("15 and 100 images")));
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
}

void TrainingServiceTest::train_notDelivered_neverResentByItself()
{
    // 429: Ideogram did not run it. A create may be re-sent then; a training, which may be billed, is not.
    const QString datasetId = datasetWithImages(15);
    SandboxServer::Fault busy;
    busy.status = 429;
    busy.body = R"({"error":"slow down"})";
    busy.headers = {{"Retry-After", "1"}};
    m_server->injectFault("POST", trainPath(), busy);
    auto service = makeService(*m_stores);
    QSignalSpy failed(service.get(), &TrainingService::trainFailed);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Core::ApiError>().kind, Core::ApiError::Kind::RateLimited);
    QTest::qWait(1500);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    QVERIFY(m_server->models().isEmpty());
}

void TrainingServiceTest::lostReply_exactlyOnePost_modelAdopted()
{
    const QString datasetId = datasetWithImages(15);
    loseNextTrain(SandboxServer::Fault::Action::DropAfterApply);
    auto service = makeService(*m_stores);
    QSignalSpy started(service.get(), &TrainingService::trainingStarted);
    QSignalSpy uncertain(service.get(), &TrainingService::trainUncertain);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(uncertain.size(), 0);
    const auto model = started.first().first().value<Core::CustomModel>();
    QCOMPARE(model.id, m_server->models().first().id);
    QVERIFY(model.status == QLatin1String("TRAINING") || model.status == QLatin1String("CREATING"));
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    QVERIFY(m_server->requestCount("GET", QStringLiteral("/datasets/")) >= 1);
    QVERIFY(m_server->requestCount("GET", QStringLiteral("/models")) >= 1);
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
}

void TrainingServiceTest::neverArrived_askUser_trainAnywaySendsOnlyThen()
{
    const QString datasetId = datasetWithImages(15);
    loseNextTrain(SandboxServer::Fault::Action::DropBeforeApply);
    auto service = makeService(*m_stores);
    QSignalSpy started(service.get(), &TrainingService::trainingStarted);
    QSignalSpy uncertain(service.get(), &TrainingService::trainUncertain);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QTRY_COMPARE(uncertain.size(), 1);
    QCOMPARE(service->state(), TrainingService::State::NeedsDecision);
    // Locked while unresolved: no second training from a second click.
    QVERIFY(!service->train(15, request(datasetId, QStringLiteral("acme shoes"))).isEmpty());
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/models")), 2); // two looks before asking
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    service->checkAgain();
    QTRY_COMPARE(uncertain.size(), 2);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    service->trainAnyway();
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 2);
    QCOMPARE(m_server->models().size(), 1);
    // The same operation again, with the same settings.
    QCOMPARE(QJsonDocument::fromJson(m_server->lastBody(trainPath())).object(),
             request(datasetId, QStringLiteral("acme shoes")).body());
}

void TrainingServiceTest::restartInTheMiddle_reconciledFromJournal()
{
    const QString datasetId = datasetWithImages(15);
    loseNextTrain(SandboxServer::Fault::Action::DropAfterApply);
    {
        auto first = makeService(*m_stores);
        first->setReconcileTiming({std::chrono::hours(1), std::chrono::hours(1), std::chrono::minutes(2)});
        QCOMPARE(first->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
        QTRY_COMPARE(first->state(), TrainingService::State::Reconciling);
        // The app closes (or dies) here, with the outcome unknown.
    }
    QCOMPARE(Core::Journal(&m_stores->datasets).trains().size(), 1);
    m_stores.reset();
    m_stores = std::make_unique<Stores>(m_dir->filePath(QStringLiteral("db.sqlite")));
    auto second = makeService(*m_stores);
    QSignalSpy started(second.get(), &TrainingService::trainingStarted);
    second->reconcileJournal();
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().first().value<Core::CustomModel>().id, m_server->models().first().id);
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    // The journal kept the operation: the adopted model gets the family it was trained on.
    QCOMPARE(m_stores->families.family(m_server->models().first().id), request({}, {}).family);
}

void TrainingServiceTest::neverArrived_olderModelsOfTheDataset_notTakenForOurs()
{
    // The dataset already has models this computer never saw (trained elsewhere, an hour ago): new to the
    // app, but not what this request started.
    const QString datasetId = datasetWithImages(15);
    m_server->addCompletedModel(QStringLiteral("website model"), datasetId, 3600);
    m_server->addCompletedModel(QStringLiteral("other model"), datasetId, 7200);
    loseNextTrain(SandboxServer::Fault::Action::DropBeforeApply);
    auto service = makeService(*m_stores);
    QSignalSpy started(service.get(), &TrainingService::trainingStarted);
    QSignalSpy uncertain(service.get(), &TrainingService::trainUncertain);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QTRY_COMPARE(uncertain.size(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
}

void TrainingServiceTest::doubleClick_onePost()
{
    const QString datasetId = datasetWithImages(15);
    // The answer takes 300 ms, so the second click lands while the first request is surely in flight, on any
    // machine (a fixed pause between the clicks would let a fast machine finish the first one in between).
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 300;
    m_server->injectFault("POST", trainPath(), slow);
    auto service = makeService(*m_stores);
    QSignalSpy started(service.get(), &TrainingService::trainingStarted);
    QCOMPARE(service->train(15, request(datasetId, QStringLiteral("acme shoes"))), QString());
    QVERIFY(
        !service->train(15, request(datasetId, QStringLiteral("acme shoes"))).isEmpty()); // the click before it left
    QTRY_COMPARE(m_server->requestCount("POST", trainPath()), 1);
    QVERIFY(
        !service->train(15, request(datasetId, QStringLiteral("acme shoes"))).isEmpty()); // the click while it is out
    QCOMPARE(started.size(), 0);
    QTRY_COMPARE(started.size(), 1);
    QVERIFY(!service->isBusy());
    QCOMPARE(m_server->requestCount("POST", trainPath()), 1);
    QCOMPARE(m_server->models().size(), 1);
}

void TrainingServiceTest::familyOnlyKnob_refusedBeforeSending()
{
    // A 4.0-only setting on a 3.0 training: the server would refuse it with a 400; the app refuses it first.
    const QString datasetId = datasetWithImages(15);
    auto service = makeService(*m_stores);
    Core::TrainRequest v3 {Core::ModelFamily::V3, datasetId, QStringLiteral("acme shoes"), {}};
    v3.knobs.batchSize = 8;
    QVERIFY(service->train(15, v3).contains(QStringLiteral("only for Ideogram 4.0")));
    Core::TrainRequest outOfRange {Core::ModelFamily::V4, datasetId, QStringLiteral("acme shoes"), {}};
    outOfRange.knobs.trainingSteps = 150;
    QVERIFY(!service->train(15, outOfRange).isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount("POST"), 0);
    QVERIFY(Core::Journal(&m_stores->datasets).trains().isEmpty());
}

QTEST_GUILESS_MAIN(TrainingServiceTest)
#include "tst_trainingservice.moc"
