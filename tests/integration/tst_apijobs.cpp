// The API client and its jobs over real HTTP against the sandbox on 127.0.0.1: every answer a create or a
// list can get, how each is classified, and how many requests reach the server.
#include "../common/sandboxclient.h"
#include "core/api/apiclient.h"
#include "core/api/datasetjobs.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using Fault = SandboxServer::Fault;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Ids::Sandbox::SandboxServer::Fault)

namespace {

Fault respond(int status, QByteArray body, QByteArray contentType = "application/json",
              QList<QPair<QByteArray, QByteArray>> headers = {})
{
    Fault fault;
    fault.status = status;
    fault.body = std::move(body);
    fault.contentType = std::move(contentType);
    fault.headers = std::move(headers);
    return fault;
}

Fault action(Fault::Action what)
{
    Fault fault;
    fault.action = what;
    return fault;
}

// Records what reaches a port, answering nothing: the far end of a redirect.
class Listener : public QTcpServer
{
public:
    int connections = 0;
    QByteArray received;
    Listener()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
            }
        });
    }
};

} // namespace

class ApiJobsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void create_ok_parsesDataset();
    void create_failure_data();
    void create_failure();
    void create_neverAnswers_timesOutWithinDeadline();
    void create_cancel_isCancelledNotFailed();
    void list_search_sendsQuery();
    void list_503Then200_retriedThreeRequests();
    void list_500ThreeTimes_failsAfterThree();
    void list_401_notRetried();
    void list_retryAfterTwoSeconds_waitsThatLong();
    void redirect_toOtherPort_notFollowedAndNoKeyLeaves();
    void key_sentToConfiguredOriginOnly();

private:
    // What a job reported, copied out before it deletes itself.
    struct Outcome
    {
        bool finished = false;
        bool succeeded = false;
        ApiError error;
        int attempts = 0;
        QList<Dataset> datasets;
        Dataset dataset;
        const Outcome *operator->() const { return this; }
        explicit operator bool() const { return finished; }
    };
    Outcome run(ApiJob *job);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_sandboxClient;
    ApiClient *m_client = nullptr;
};

void ApiJobsTest::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_sandboxClient = std::make_unique<SandboxClient>(*m_server, Timeouts {1000ms, 1500ms}, 10ms);
    m_client = m_sandboxClient->client.get();
}

void ApiJobsTest::cleanup()
{
    m_sandboxClient.reset();
    m_server.reset();
}

ApiJobsTest::Outcome ApiJobsTest::run(ApiJob *job)
{
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.finished = true;
        outcome.succeeded = job->succeeded();
        outcome.error = job->error();
        outcome.attempts = job->attempts();
        if (auto *list = qobject_cast<ListDatasetsJob *>(job))
            outcome.datasets = list->datasets();
        if (auto *create = qobject_cast<CreateDatasetJob *>(job))
            outcome.dataset = create->dataset();
    });
    job->start();
    QElapsedTimer waited;
    waited.start();
    while (!outcome.finished && waited.elapsed() < 10000)
        QTest::qWait(5);
    return outcome;
}

void ApiJobsTest::create_ok_parsesDataset()
{
    auto *job = new CreateDatasetJob(m_client, QStringLiteral("Shoes"));
    QSignalSpy finished(job, &ApiJob::finished);
    QSignalSpy destroyed(job, &QObject::destroyed);
    const Outcome outcome = run(job);
    QVERIFY(outcome);
    QVERIFY(outcome.succeeded);
    QCOMPARE(outcome.dataset.name, QStringLiteral("Shoes"));
    QVERIFY(outcome.dataset.creationTime.isValid());
    QVERIFY(!outcome.dataset.cover);
    QCOMPARE(outcome.dataset.id, m_server->datasets().first().id);
    QTRY_COMPARE(destroyed.count(), 1); // one finished(), then it cleans up after itself
    QCOMPARE(finished.count(), 1);
}

void ApiJobsTest::create_failure_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("delivery");
    QTest::addColumn<QString>("headlineContains");
    QTest::addColumn<int>("datasetsOnServer");

    QTest::newRow("400") << respond(400, R"({"error":"name must not be empty"})") << "bad-request"
                         << int(ApiError::Delivery::Rejected) << "name must not be empty" << 0;
    QTest::newRow("401") << respond(401, R"({"error":"Invalid API key"})") << "unauthorized"
                         << int(ApiError::Delivery::Rejected) << "rejected this key" << 0;
    QTest::newRow("402") << respond(402, R"({"error":"x","reject_reason":"insufficient_funds"})") << "payment-required"
                         << int(ApiError::Delivery::Rejected) << "insufficient_funds" << 0;
    QTest::newRow("429 with Retry-After") << respond(429, R"({"error":"busy","reject_reason":"inflight_limit"})",
                                                     "application/json", {{"Retry-After", "3"}})
                                          << "rate-limited" << int(ApiError::Delivery::NotSent) << "3 second" << 0;
    QTest::newRow("500") << respond(500, R"({"error":"boom"})") << "server" << int(ApiError::Delivery::MaybeApplied)
                         << "error 500" << 0;
    QTest::newRow("502 html") << respond(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
                              << "server" << int(ApiError::Delivery::MaybeApplied) << "error 502" << 0;
    QTest::newRow("200 html") << respond(200, "<!DOCTYPE html><html>Log in to the Wi-Fi</html>", "text/html")
                              << "not-json" << int(ApiError::Delivery::MaybeApplied) << "web page" << 0;
    QTest::newRow("200 empty") << respond(200, "") << "not-json" << int(ApiError::Delivery::MaybeApplied)
                               << "empty answer" << 0;
    QTest::newRow("200 wrong shape") << respond(200, R"({"id":"x","title":"y"})") << "bad-shape"
                                     << int(ApiError::Delivery::MaybeApplied) << "unexpected form" << 0;
    QTest::newRow("200 json array") << respond(200, "[]") << "bad-shape" << int(ApiError::Delivery::MaybeApplied)
                                    << "unexpected form" << 0;
    // The server applied the create, then the answer was cut short or lost.
    QTest::newRow("truncated body") << action(Fault::Action::TruncatedBody) << "connection-lost"
                                    << int(ApiError::Delivery::MaybeApplied) << "broke off" << 1;
    QTest::newRow("dropped after apply") << action(Fault::Action::DropAfterApply) << "connection-lost"
                                         << int(ApiError::Delivery::MaybeApplied) << "broke off" << 1;
    QTest::newRow("dropped before apply") << action(Fault::Action::DropBeforeApply) << "connection-lost"
                                          << int(ApiError::Delivery::MaybeApplied) << "broke off" << 0;
}

void ApiJobsTest::create_failure()
{
    QFETCH(Fault, fault);
    QFETCH(QString, kind);
    QFETCH(int, delivery);
    QFETCH(QString, headlineContains);
    QFETCH(int, datasetsOnServer);
    m_server->injectFault("POST", QStringLiteral("/datasets"), fault);

    const Outcome job = run(new CreateDatasetJob(m_client, QStringLiteral("Shoes")));
    QVERIFY(job);
    QVERIFY(!job->succeeded);
    QCOMPARE(ApiError::kindName(job->error.kind), kind);
    QCOMPARE(int(job->error.delivery()), delivery);
    QVERIFY2(job->error.headline().contains(headlineContains), qPrintable(job->error.headline()));
    QVERIFY(job->error.details().contains(QStringLiteral("POST /datasets")));
    QCOMPARE(job->attempts, 1);
    QTest::qWait(50);
    // A create is never sent twice by the client or by Qt underneath it.
    QCOMPARE(m_server->requestCount("POST"), 1);
    QCOMPARE(int(m_server->datasets().size()), datasetsOnServer);
}

void ApiJobsTest::create_neverAnswers_timesOutWithinDeadline()
{
    m_server->injectFault("POST", QStringLiteral("/datasets"), action(Fault::Action::NeverAnswer));
    QElapsedTimer elapsed;
    elapsed.start();
    // run() waits 10 s at most: a job that ends at all against a server that never answers was ended by its
    // own clocks (1 s inactivity, 1.5 s deadline), which the Timeout kind confirms.
    const Outcome job = run(new CreateDatasetJob(m_client, QStringLiteral("Silent")));
    QVERIFY(job);
    QCOMPARE(job->error.kind, ApiError::Kind::Timeout);
    QCOMPARE(job->error.delivery(), ApiError::Delivery::MaybeApplied);
    // Never sooner than the inactivity limit: a bound no machine's speed can break (only a faster clock could).
    QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(m_server->requestCount("POST"), 1);
}

void ApiJobsTest::create_cancel_isCancelledNotFailed()
{
    m_server->injectFault("POST", QStringLiteral("/datasets"), action(Fault::Action::NeverAnswer));
    auto *job = new CreateDatasetJob(m_client, QStringLiteral("Cancelled"));
    QSignalSpy finished(job, &ApiJob::finished);
    ApiError::Kind kind = ApiError::Kind::None;
    connect(job, &ApiJob::finished, job, [&kind, job] { kind = job->error().kind; });
    job->start();
    QTRY_COMPARE(m_server->requestCount("POST"), 1);
    // At once: finished within cancel() itself, not by a timer.
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(kind, ApiError::Kind::Cancelled);
}

void ApiJobsTest::list_search_sendsQuery()
{
    m_server->addDataset(QStringLiteral("Summer Shoes"));
    m_server->addDataset(QStringLiteral("Winter coats"));
    const Outcome job = run(new ListDatasetsJob(m_client, QStringLiteral("summer & shoes?")));
    QVERIFY(job && job->succeeded);
    QCOMPARE(job->datasets.size(), 0);
    const Outcome found = run(new ListDatasetsJob(m_client, QStringLiteral("SHOES")));
    QVERIFY(found && found->succeeded);
    QCOMPARE(found->datasets.size(), 1);
    QCOMPARE(found->datasets.first().name, QStringLiteral("Summer Shoes"));
}

void ApiJobsTest::list_503Then200_retriedThreeRequests()
{
    m_server->addDataset(QStringLiteral("One"));
    m_server->injectFault("GET", QStringLiteral("/datasets"), respond(503, R"({"error":"busy"})"), 2);
    auto *job = new ListDatasetsJob(m_client);
    QSignalSpy retries(job, &ApiJob::retryScheduled);
    const Outcome done = run(job);
    QVERIFY(done && done->succeeded);
    QCOMPARE(done->datasets.size(), 1);
    QCOMPARE(m_server->requestCount("GET"), 3);
    QCOMPARE(retries.count(), 2);
    QCOMPARE(retries.at(0).at(2).value<std::chrono::milliseconds>(), 10ms);
    QCOMPARE(retries.at(1).at(2).value<std::chrono::milliseconds>(), 20ms);
}

void ApiJobsTest::list_500ThreeTimes_failsAfterThree()
{
    m_server->injectFault("GET", QStringLiteral("/datasets"), respond(500, "{}"), 5);
    const Outcome job = run(new ListDatasetsJob(m_client));
    QVERIFY(job);
    QCOMPARE(job->error.kind, ApiError::Kind::Server);
    QCOMPARE(job->attempts, 3);
    QCOMPARE(m_server->requestCount("GET"), 3);
}

void ApiJobsTest::list_401_notRetried()
{
    m_client->setApiKey(QStringLiteral("wrong-key-000000000000"));
    const Outcome job = run(new ListDatasetsJob(m_client));
    QVERIFY(job);
    QCOMPARE(job->error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(m_server->requestCount("GET"), 1);
}

void ApiJobsTest::list_retryAfterTwoSeconds_waitsThatLong()
{
    m_server->injectFault("GET", QStringLiteral("/datasets"),
                          respond(429, "{}", "application/json", {{"Retry-After", "2"}}));
    auto *list = new ListDatasetsJob(m_client);
    QSignalSpy scheduled(list, &ApiJob::retryScheduled);
    QElapsedTimer elapsed;
    elapsed.start();
    const Outcome job = run(list);
    QVERIFY(job && job->succeeded);
    // The wait the client chose is the server's, not its own 10 ms first delay...
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(scheduled.first().at(2).value<std::chrono::milliseconds>(), 2000ms);
    // ...and it really waited: never sooner than the server asked.
    QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(m_server->requestCount("GET"), 2);
}

void ApiJobsTest::redirect_toOtherPort_notFollowedAndNoKeyLeaves()
{
    Listener elsewhere;
    const QByteArray location = "http://127.0.0.1:" + QByteArray::number(elsewhere.serverPort()) + "/datasets";
    m_server->injectFault("GET", QStringLiteral("/datasets"), respond(302, "", "", {{"Location", location}}));
    const Outcome job = run(new ListDatasetsJob(m_client));
    QVERIFY(job);
    QCOMPARE(job->error.kind, ApiError::Kind::Redirect);
    QTest::qWait(100);
    QCOMPARE(elsewhere.connections, 0);
    QVERIFY(!elsewhere.received.contains(SandboxServer::defaultApiKey().toLatin1()));
}

void ApiJobsTest::key_sentToConfiguredOriginOnly()
{
    // A request the client builds for the configured origin carries the key...
    Listener configured;
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(QStringLiteral("127.0.0.1"));
    base.setPort(configured.serverPort());
    m_client->setBaseUrl(base);
    QNetworkReply *reply = m_client->send(ListDatasetsJob::makeRequest({}));
    QTRY_VERIFY(configured.received.contains("\r\n\r\n"));
    const QByteArray header = QByteArray("Api-Key: ") + SandboxServer::defaultApiKey().toLatin1();
    QVERIFY(configured.received.contains(header));
    reply->abort();
    reply->deleteLater();

    // ...while an http base URL off this computer is refused outright.
    m_client->setBaseUrl(QUrl(QStringLiteral("http://example.com")));
    QCOMPARE(m_client->send(ListDatasetsJob::makeRequest({})), nullptr);
}

QTEST_GUILESS_MAIN(ApiJobsTest)
#include "tst_apijobs.moc"
