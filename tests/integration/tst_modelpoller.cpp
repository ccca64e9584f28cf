// Following trainings (reliability-rules.md R13) against the sandbox over real HTTP, on a clock the test steps
// by hand: no sleeps for the 15 s / 60 s intervals, exact counts of GETs.
#include "../common/sandboxclient.h"
#include "core/services/modellibrary.h"
#include "core/services/modelpoller.h"
#include "core/services/pollclock.h"
#include "core/storage/datasetstore.h"
#include "core/storage/modelstore.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Core::ModelPoller;
using Sandbox::SandboxServer;

namespace {

// A clock that moves only when told to; timers fire in due order as it passes them.
class ManualClock final : public Core::PollClock
{
public:
    QDateTime now() const override { return m_now; }
    void callAfter(std::chrono::milliseconds delay, QObject *context, std::function<void()> action) override
    {
        m_timers.append({m_now.addMSecs(delay.count()), QPointer<QObject>(context), std::move(action)});
    }
    void advance(std::chrono::milliseconds by)
    {
        const QDateTime until = m_now.addMSecs(by.count());
        for (;;) {
            auto next = std::min_element(m_timers.begin(), m_timers.end(),
                                         [](const Timer &a, const Timer &b) { return a.due < b.due; });
            if (next == m_timers.end() || next->due > until)
                break;
            const Timer timer = *next;
            m_timers.erase(next);
            m_now = timer.due;
            if (timer.context)
                timer.action();
        }
        m_now = until;
    }
    int pendingTimers() const { return int(m_timers.size()); }

private:
    struct Timer
    {
        QDateTime due;
        QPointer<QObject> context;
        std::function<void()> action;
    };
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QList<Timer> m_timers;
};

} // namespace

class ModelPollerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void scriptedSequence_exactGets_notifiedOnce();
    void unknownStatus_keepsPolling_shownRaw();
    void rateLimited_waitsAsAsked();
    void intervals_15sEarly_60sLate_withJitterBounds();
    void offline_holdsPolls_untilBackOnline();
    void restart_resumesFromStore();
    void rejectedKey_stopsAll_missingModel_stopsOne();
    void libraryRefresh_dropsModelsGone_keepsFollowedOnes();

private:
    Core::CustomModel trainingModel(const QString &name = QStringLiteral("acme shoes"));
    // Steps the clock by one interval and waits for the poll it triggers to be answered.
    void stepAndWaitForGet(std::chrono::milliseconds by, int expectedGets);
    int modelGets() const { return m_server->requestCount("GET", QStringLiteral("/models/")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Core::DatasetStore> m_datasets;
    std::unique_ptr<Core::ModelStore> m_store;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<ModelPoller> m_poller;
};

void ModelPollerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Core::Timeouts {1500ms, 3000ms}, 10ms);
    m_datasets = std::make_unique<Core::DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_datasets->open());
    m_store = std::make_unique<Core::ModelStore>(m_datasets.get());
    m_clock = std::make_shared<ManualClock>();
    m_poller = std::make_unique<ModelPoller>(m_client->client.get(), m_store.get(), m_clock);
    m_poller->setJitterSource([] { return 0.0; });
}

void ModelPollerTest::cleanup()
{
    m_poller.reset();
    m_store.reset();
    m_datasets.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

Core::CustomModel ModelPollerTest::trainingModel(const QString &name)
{
    const QString datasetId = m_server->addDataset(QStringLiteral("shoes")).id;
    Core::CustomModel model = m_server->addTrainingModel(name, datasetId);
    // Created "now" on the test's clock: the early, 15 s phase.
    model.creationTime = Core::ApiDateTime::fromUtc(m_clock->now());
    return model;
}

void ModelPollerTest::stepAndWaitForGet(std::chrono::milliseconds by, int expectedGets)
{
    m_clock->advance(by);
    QTRY_COMPARE(modelGets(), expectedGets);
    // The answer is handled (and the next poll scheduled) before the clock moves again.
    QTRY_VERIFY(!m_poller->isPollInFlight(m_server->models().first().id));
}

void ModelPollerTest::scriptedSequence_exactGets_notifiedOnce()
{
    const Core::CustomModel model = trainingModel();
    m_server->scriptModelStatuses(model.id,
                                  {QStringLiteral("TRAINING"), QStringLiteral("TRAINING"), QStringLiteral("TRAINING"),
                                   QStringLiteral("COMPLETED")});
    QSignalSpy finished(m_poller.get(), &ModelPoller::modelFinished);
    QSignalSpy updated(m_poller.get(), &ModelPoller::modelUpdated);
    m_poller->follow(model);
    m_poller->follow(model); // following twice is following once
    QCOMPARE(m_poller->followedCount(), 1);
    m_clock->advance(14999ms);
    QTest::qWait(50);
    QCOMPARE(modelGets(), 0);
    for (int gets = 1; gets <= 4; ++gets)
        stepAndWaitForGet(gets == 1 ? 1ms : 15000ms, gets);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Core::CustomModel>().status, QStringLiteral("COMPLETED"));
    QCOMPARE(updated.size(), 4);
    QVERIFY(!m_poller->isFollowing(model.id));
    m_clock->advance(std::chrono::minutes(10));
    QTest::qWait(100);
    QCOMPARE(modelGets(), 4);
    QCOMPARE(finished.size(), 1);
    // What the poll learnt is kept: the store has the finished model with its runs.
    const std::optional<Core::CustomModel> stored = m_store->model(model.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, QStringLiteral("COMPLETED"));
    QVERIFY(stored->canGenerate());
    QCOMPARE(stored->trainingRuns.size(), 1);
}

void ModelPollerTest::unknownStatus_keepsPolling_shownRaw()
{
    const Core::CustomModel model = trainingModel();
    m_server->scriptModelStatuses(model.id, {QStringLiteral("FOO"), QStringLiteral("FOO"), QStringLiteral("FOO")});
    QSignalSpy updated(m_poller.get(), &ModelPoller::modelUpdated);
    QSignalSpy finished(m_poller.get(), &ModelPoller::modelFinished);
    m_poller->follow(model);
    for (int gets = 1; gets <= 3; ++gets)
        stepAndWaitForGet(15000ms, gets);
    QTRY_COMPARE(updated.size(), 3);
    QCOMPARE(updated.last().first().value<Core::CustomModel>().status, QStringLiteral("FOO"));
    QVERIFY(m_poller->isFollowing(model.id));
    QCOMPARE(finished.size(), 0);
}

void ModelPollerTest::rateLimited_waitsAsAsked()
{
    const Core::CustomModel model = trainingModel();
    SandboxServer::Fault busy;
    busy.status = 429;
    busy.body = R"({"error":"Too many requests"})";
    busy.headers = {{"Retry-After", "2"}};
    m_server->injectFault("GET", QStringLiteral("/models/") + model.id, busy);
    m_poller->follow(model);
    stepAndWaitForGet(15000ms, 1);
    QTRY_COMPARE(m_poller->lastScheduledDelay(model.id), 2000ms);
    m_clock->advance(1999ms);
    QTest::qWait(100);
    QCOMPARE(modelGets(), 1);
    stepAndWaitForGet(1ms, 2);
    // After the wait, back to the normal rhythm.
    QTRY_COMPARE(m_poller->lastScheduledDelay(model.id), 15000ms);
}

void ModelPollerTest::intervals_15sEarly_60sLate_withJitterBounds()
{
    Core::CustomModel fresh = trainingModel(QStringLiteral("fresh model"));
    Core::CustomModel old = trainingModel(QStringLiteral("old model"));
    old.creationTime = Core::ApiDateTime::fromUtc(m_clock->now().addSecs(-6 * 60));
    m_poller->follow(fresh);
    m_poller->follow(old);
    QCOMPARE(m_poller->lastScheduledDelay(fresh.id), 15000ms);
    QCOMPARE(m_poller->lastScheduledDelay(old.id), 60000ms);

    // Jitter is ±10 % at most.
    ModelPoller jittery(m_client->client.get(), m_store.get(), m_clock);
    Core::CustomModel low = trainingModel(QStringLiteral("low jitter"));
    Core::CustomModel high = trainingModel(QStringLiteral("high jitter"));
    jittery.setJitterSource([] { return -5.0; }); // clamped to -1
    jittery.follow(low);
    jittery.setJitterSource([] { return 1.0; });
    jittery.follow(high);
    QCOMPARE(jittery.lastScheduledDelay(low.id), 13500ms);
    QCOMPARE(jittery.lastScheduledDelay(high.id), 16500ms);

    // A fresh model moves to the 60 s rhythm once it is 5 minutes old.
    ModelPoller single(m_client->client.get(), m_store.get(), m_clock);
    single.setJitterSource([] { return 0.0; });
    Core::CustomModel aging = trainingModel(QStringLiteral("aging model"));
    m_server->scriptModelStatuses(aging.id, {QStringLiteral("TRAINING")});
    single.follow(aging);
    QDateTime start = m_clock->now();
    int gets = 0;
    const QString agingPath = QStringLiteral("/models/") + aging.id;
    while (start.secsTo(m_clock->now()) < 5 * 60) {
        const std::chrono::milliseconds delay = single.lastScheduledDelay(aging.id);
        m_clock->advance(delay);
        ++gets;
        QTRY_COMPARE(m_server->requestCount("GET", agingPath), gets);
        // Wait until the answer is handled and the next poll is scheduled.
        QTRY_VERIFY(!single.isPollInFlight(aging.id));
    }
    QTRY_COMPARE(single.lastScheduledDelay(aging.id), 60000ms);
    QCOMPARE(gets, 20); // 5 minutes at 15 s
}

void ModelPollerTest::offline_holdsPolls_untilBackOnline()
{
    const Core::CustomModel model = trainingModel();
    m_poller->follow(model);
    m_poller->setOnline(false);
    m_clock->advance(std::chrono::minutes(5));
    QTest::qWait(100);
    QCOMPARE(modelGets(), 0);
    m_poller->setOnline(true);
    QTRY_COMPARE(modelGets(), 1);
    QTest::qWait(100);
    QCOMPARE(modelGets(), 1); // one poll for the time offline, not one per missed interval
}

void ModelPollerTest::restart_resumesFromStore()
{
    const Core::CustomModel training = trainingModel();
    Core::CustomModel done = training;
    done.id = QStringLiteral("finished-one");
    done.status = QStringLiteral("COMPLETED");
    Core::CustomModel shared = training;
    shared.id = QStringLiteral("shared-one");
    shared.owned = false; // not ours: its training runs are not ours to follow
    QVERIFY(m_store->upsertMany({training, done, shared}));
    m_poller.reset(); // the app closes

    ModelPoller restarted(m_client->client.get(), m_store.get(), m_clock);
    restarted.setJitterSource([] { return 0.0; });
    restarted.resumeFromStore();
    QCOMPARE(restarted.followedCount(), 1);
    QVERIFY(restarted.isFollowing(training.id));
    m_clock->advance(15000ms);
    QTRY_COMPARE(modelGets(), 1);
}

void ModelPollerTest::rejectedKey_stopsAll_missingModel_stopsOne()
{
    const Core::CustomModel model = trainingModel();
    Core::CustomModel gone = trainingModel(QStringLiteral("gone model"));
    gone.id = QStringLiteral("no-such-model");
    QSignalSpy stopped(m_poller.get(), &ModelPoller::pollingStopped);
    m_poller->follow(model);
    m_poller->follow(gone);
    m_clock->advance(15000ms);
    QTRY_COMPARE(modelGets(), 2);
    QTRY_VERIFY(!m_poller->isFollowing(gone.id)); // 404: nothing more to learn
    QVERIFY(m_poller->isFollowing(model.id));
    m_server->setAcceptedApiKey(QStringLiteral("another-key-000000"));
    m_clock->advance(15000ms);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().first().value<Core::ApiError>().kind, Core::ApiError::Kind::Unauthorized);
    QCOMPARE(m_poller->followedCount(), 0);
}

void ModelPollerTest::libraryRefresh_dropsModelsGone_keepsFollowedOnes()
{
    const Core::CustomModel listed = trainingModel(QStringLiteral("listed model"));
    Core::CustomModel ghost = listed;
    ghost.id = QStringLiteral("deleted-on-the-website");
    ghost.status = QStringLiteral("COMPLETED");
    Core::CustomModel justStarted = listed;
    justStarted.id = QStringLiteral("started-a-moment-ago");
    QVERIFY(m_store->upsertMany({ghost, justStarted}));
    m_poller->follow(justStarted); // a list may not show a training that has just started
    Core::ModelLibrary library(m_client->client.get(), m_store.get(), m_poller.get());
    QSignalSpy changed(&library, &Core::ModelLibrary::modelsChanged);
    library.refresh();
    QTRY_COMPARE(changed.size(), 1);
    QStringList ids;
    for (const Core::CustomModel &model : m_store->models())
        ids.append(model.id);
    ids.sort();
    QStringList expected {listed.id, justStarted.id};
    expected.sort();
    QCOMPARE(ids, expected);
    QVERIFY(m_poller->isFollowing(listed.id));
}

QTEST_GUILESS_MAIN(ModelPollerTest)
#include "tst_modelpoller.moc"
