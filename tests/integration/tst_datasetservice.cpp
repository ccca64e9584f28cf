// The create flow end to end over real HTTP against the sandbox: success, refusals, and every way the
// answer can be lost, checking that a create is never sent twice by itself (reliability-rules.md R6, R7, R10).
#include "../common/sandboxclient.h"
#include "core/api/apiclient.h"
#include "core/services/datasetservice.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

class DatasetServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void create_success_emitsAndStores();
    void create_invalidName_sendsNothing();
    void create_whileBusy_sendsOnlyOnce();
    void create_replyDroppedAfterApply_adoptsWithoutSecondPost();
    void create_truncatedReplyAfterApply_adopts();
    void create_timeoutThenAppliedLate_adopts();
    void create_droppedBeforeApply_asksUser_createAnywaySendsAgain();
    void create_droppedBeforeApply_forget_clearsJournal();
    void create_rateLimited_notSent_isRetriedOnce();
    void create_badRequest_failsWithServerText();
    void create_unauthorized_fails();
    void journal_afterRestart_adoptsWithoutPost();
    void journal_afterRestart_notOnServer_asksUser();

private:
    DatasetService *makeService();
    int posts() const { return m_server->requestCount("POST", QStringLiteral("/datasets")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_sandboxClient;
    ApiClient *m_client = nullptr;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<DatasetService> m_service;
};

void DatasetServiceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_sandboxClient = std::make_unique<SandboxClient>(*m_server, Timeouts {500ms, 1000ms}, 20ms);
    m_client = m_sandboxClient->client.get();
    m_store = std::make_unique<DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_store->open());
    m_store->setScope(QStringLiteral("sandbox"));
}

void DatasetServiceTest::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_sandboxClient.reset();
    m_server.reset();
}

DatasetService *DatasetServiceTest::makeService()
{
    m_service = std::make_unique<DatasetService>(m_client, m_store.get());
    m_service->setReconcileTiming({50ms, 100ms, 2min});
    return m_service.get();
}

void DatasetServiceTest::create_success_emitsAndStores()
{
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QVERIFY(service->createDataset(QStringLiteral("  Summer shoes  ")).isEmpty());
    QVERIFY(service->isBusy());
    QTRY_COMPARE(created.count(), 1);
    const auto dataset = created.first().first().value<Dataset>();
    QCOMPARE(dataset.name, QStringLiteral("Summer shoes"));
    QVERIFY(!service->isBusy());
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->datasets().size(), 1);
    QCOMPARE(m_server->datasets().first().id, dataset.id);
    QCOMPARE(m_store->datasets().size(), 1);
    QCOMPARE(m_store->datasets().first().id, dataset.id);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
}

void DatasetServiceTest::create_invalidName_sendsNothing()
{
    DatasetService *service = makeService();
    QVERIFY(!service->createDataset(QStringLiteral("   ")).isEmpty());
    QVERIFY(!service->createDataset(QStringLiteral("a\u202Eb")).isEmpty());
    QVERIFY(!service->createDataset(QString(65, QLatin1Char('x'))).isEmpty());
    QVERIFY(!service->isBusy());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount("POST"), 0);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
}

void DatasetServiceTest::create_whileBusy_sendsOnlyOnce()
{
    SandboxServer::Fault slow;
    slow.action = SandboxServer::Fault::Action::DelayThenRespond;
    slow.delayMs = 300;
    m_server->injectFault("POST", QStringLiteral("/datasets"), slow);
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QVERIFY(service->createDataset(QStringLiteral("Once")).isEmpty());
    QVERIFY(!service->createDataset(QStringLiteral("Once")).isEmpty());
    QVERIFY(!service->createDataset(QStringLiteral("Twice")).isEmpty());
    QTRY_COMPARE(created.count(), 1);
    QTest::qWait(100);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->datasets().size(), 1);
}

void DatasetServiceTest::create_replyDroppedAfterApply_adoptsWithoutSecondPost()
{
    SandboxServer::Fault drop;
    drop.action = SandboxServer::Fault::Action::DropAfterApply;
    m_server->injectFault("POST", QStringLiteral("/datasets"), drop);
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QSignalSpy failed(service, &DatasetService::createFailed);
    QSignalSpy uncertain(service, &DatasetService::createUncertain);
    QVERIFY(service->createDataset(QStringLiteral("Lost reply")).isEmpty());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(uncertain.count(), 0);
    QCOMPARE(posts(), 1);
    QVERIFY(m_server->requestCount("GET", QStringLiteral("/datasets")) >= 1);
    QCOMPARE(m_server->datasets().size(), 1);
    QCOMPARE(created.first().first().value<Dataset>().id, m_server->datasets().first().id);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
    QCOMPARE(m_store->datasets().size(), 1);
}

void DatasetServiceTest::create_truncatedReplyAfterApply_adopts()
{
    SandboxServer::Fault truncated;
    truncated.action = SandboxServer::Fault::Action::TruncatedBody;
    m_server->injectFault("POST", QStringLiteral("/datasets"), truncated);
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QVERIFY(service->createDataset(QStringLiteral("Half an answer")).isEmpty());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->datasets().size(), 1);
}

void DatasetServiceTest::create_timeoutThenAppliedLate_adopts()
{
    // The server applies the create only after the client's 1 s deadline has passed.
    SandboxServer::Fault late;
    late.action = SandboxServer::Fault::Action::DelayThenRespond;
    late.delayMs = 1300;
    m_server->injectFault("POST", QStringLiteral("/datasets"), late);
    DatasetService *service = makeService();
    service->setReconcileTiming({700ms, 300ms, 2min});
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QSignalSpy progress(service, &DatasetService::progressMessage);
    QVERIFY(service->createDataset(QStringLiteral("Slow server")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    QVERIFY(progress.count() >= 1);
    QCOMPARE(posts(), 1);
    QCOMPARE(m_server->datasets().size(), 1);
}

void DatasetServiceTest::create_droppedBeforeApply_asksUser_createAnywaySendsAgain()
{
    SandboxServer::Fault drop;
    drop.action = SandboxServer::Fault::Action::DropBeforeApply;
    m_server->injectFault("POST", QStringLiteral("/datasets"), drop);
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QSignalSpy uncertain(service, &DatasetService::createUncertain);
    QVERIFY(service->createDataset(QStringLiteral("Maybe")).isEmpty());
    QTRY_COMPARE(uncertain.count(), 1);
    QCOMPARE(uncertain.first().first().toString(), QStringLiteral("Maybe"));
    QCOMPARE(service->state(), DatasetService::State::NeedsDecision);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/datasets")), 2); // looked twice before asking
    QCOMPARE(posts(), 1);
    QCOMPARE(Journal(m_store.get()).creates().size(), 1); // still unresolved: survives a restart

    // Nothing is sent again until the user says so.
    QTest::qWait(200);
    QCOMPARE(posts(), 1);
    service->createAnyway();
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(posts(), 2);
    QCOMPARE(m_server->datasets().size(), 1);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
}

void DatasetServiceTest::create_droppedBeforeApply_forget_clearsJournal()
{
    SandboxServer::Fault drop;
    drop.action = SandboxServer::Fault::Action::DropBeforeApply;
    m_server->injectFault("POST", QStringLiteral("/datasets"), drop);
    DatasetService *service = makeService();
    QSignalSpy uncertain(service, &DatasetService::createUncertain);
    QVERIFY(service->createDataset(QStringLiteral("Maybe")).isEmpty());
    QTRY_COMPARE(uncertain.count(), 1);
    service->checkAgain();
    QTRY_COMPARE(uncertain.count(), 2);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/datasets")), 3);
    service->forgetPendingCreate();
    QVERIFY(!service->isBusy());
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
    QCOMPARE(posts(), 1);
}

void DatasetServiceTest::create_rateLimited_notSent_isRetriedOnce()
{
    SandboxServer::Fault busy;
    busy.status = 429;
    busy.body = R"({"error":"Too many requests","reject_reason":"inflight_limit"})";
    busy.headers = {{"Retry-After", "0"}};
    m_server->injectFault("POST", QStringLiteral("/datasets"), busy);
    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    QVERIFY(service->createDataset(QStringLiteral("After a wait")).isEmpty());
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(posts(), 2);
    QCOMPARE(m_server->datasets().size(), 1);
}

void DatasetServiceTest::create_badRequest_failsWithServerText()
{
    SandboxServer::Fault bad;
    bad.status = 400;
    bad.body = R"({"error":"Name <b>not</b> allowed"})";
    m_server->injectFault("POST", QStringLiteral("/datasets"), bad);
    DatasetService *service = makeService();
    QSignalSpy failed(service, &DatasetService::createFailed);
    QVERIFY(service->createDataset(QStringLiteral("Refused")).isEmpty());
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::BadRequest);
    QVERIFY(error.headline().contains(QStringLiteral("Name <b>not</b> allowed")));
    QCOMPARE(posts(), 1);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
    QVERIFY(!service->isBusy());
}

void DatasetServiceTest::create_unauthorized_fails()
{
    m_client->setApiKey(QStringLiteral("wrong-key-0000000000"));
    DatasetService *service = makeService();
    QSignalSpy failed(service, &DatasetService::createFailed);
    QVERIFY(service->createDataset(QStringLiteral("No key")).isEmpty());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_server->datasets().size(), 0);
}

void DatasetServiceTest::journal_afterRestart_adoptsWithoutPost()
{
    // A previous run journaled the create, sent it, and died before the answer.
    const Ids::Core::Dataset old = m_server->addDataset(QStringLiteral("Crashed"));
    m_store->upsert(old);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QVERIFY(Journal(m_store.get()).addCreate({0, QStringLiteral("Crashed"), started, m_store->datasetIds()}));
    const Ids::Core::Dataset applied = m_server->addDataset(QStringLiteral("Crashed"));

    DatasetService *service = makeService();
    QSignalSpy created(service, &DatasetService::datasetCreated);
    service->reconcileJournal();
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(created.first().first().value<Dataset>().id, applied.id);
    QCOMPARE(posts(), 0);
    QVERIFY(Journal(m_store.get()).creates().isEmpty());
    QCOMPARE(m_store->datasets().size(), 2);
}

void DatasetServiceTest::journal_afterRestart_notOnServer_asksUser()
{
    QVERIFY(
        Journal(m_store.get()).addCreate({0, QStringLiteral("Never arrived"), QDateTime::currentDateTimeUtc(), {}}));
    DatasetService *service = makeService();
    QSignalSpy uncertain(service, &DatasetService::createUncertain);
    service->reconcileJournal();
    QTRY_COMPARE(uncertain.count(), 1);
    QCOMPARE(posts(), 0);
    QCOMPARE(Journal(m_store.get()).creates().size(), 1);
}

QTEST_GUILESS_MAIN(DatasetServiceTest)
#include "tst_datasetservice.moc"
