// The sandbox's model endpoints as the API reference describes them, read through the app's own jobs:
// training rules (name, 15–100 images, unknown dataset), statuses that move with time, GET /models with
// scope and status, and generate refusing a model that is not ready.
#include "../common/sandboxclient.h"
#include "core/api/generationjobs.h"
#include "core/api/modeljobs.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Sandbox::SandboxServer;

namespace {

// Runs a job to its end; read(job) copies out what the test needs before the job deletes itself.
template<typename Job, typename Read> void run(Job *job, Read read)
{
    bool done = false;
    QObject::connect(job, &Core::ApiJob::finished, [&] {
        read(job);
        done = true;
    });
    job->start();
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qFatal("a sandbox request did not finish in 5 s");
}

} // namespace

class SandboxModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void train_rules_data();
    void train_rules();
    void training_movesThroughTheSteps();
    void listModels_scopeAndStatus();
    void generate_refusesAModelThatIsNotReady();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void SandboxModelsTest::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Core::Timeouts {2000ms, 4000ms}, 10ms);
}

void SandboxModelsTest::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void SandboxModelsTest::train_rules_data()
{
    QTest::addColumn<int>("images");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("knownDataset");
    QTest::addColumn<QString>("kind");
    QTest::newRow("ok at 15") << 15 << "acme shoes" << true << "none";
    QTest::newRow("14 images") << 14 << "acme shoes" << true << "bad-request";
    QTest::newRow("4-character name") << 20 << "acme" << true << "bad-request";
    QTest::newRow("31-character name") << 20 << QString(31, u'a') << true << "bad-request";
    QTest::newRow("underscore") << 20 << "acme_shoes" << true << "bad-request";
    QTest::newRow("unknown dataset") << 20 << "acme shoes" << false << "not-found";
}

void SandboxModelsTest::train_rules()
{
    QFETCH(int, images);
    QFETCH(QString, name);
    QFETCH(bool, knownDataset);
    QFETCH(QString, kind);
    const QString id = m_server->addDataset(QStringLiteral("shoes")).id;
    m_server->addImages(id, images);
    Core::ApiError error;
    Core::TrainResponse response;
    run(new Core::TrainModelJob(m_client->client.get(),
                                {Core::ModelFamily::V3, knownDataset ? id : QStringLiteral("nope"), name, {}}),
        [&](Core::TrainModelJob *job) {
            error = job->error();
            response = job->response();
        });
    QCOMPARE(Core::ApiError::kindName(error.kind), kind);
    QCOMPARE(m_server->models().size(), kind == QLatin1String("none") ? 1 : 0);
    if (!error.isError()) {
        QCOMPARE(response.modelName, name);
        QCOMPARE(response.datasetId, id);
    }
}

void SandboxModelsTest::training_movesThroughTheSteps()
{
    // The sandbox's clock is stepped by the test: every step is seen, in order, on any machine.
    qint64 nowMs = 0;
    m_server->setClock([&nowMs] { return nowMs; });
    const QString id = m_server->addDataset(QStringLiteral("shoes")).id;
    m_server->addImages(id, 15);
    QString modelId;
    run(new Core::TrainModelJob(m_client->client.get(), {Core::ModelFamily::V3, id, QStringLiteral("acme shoes"), {}}),
        [&](Core::TrainModelJob *job) { modelId = job->response().modelId; });
    QVERIFY(!modelId.isEmpty());
    const auto read = [&] {
        Core::CustomModel model;
        run(new Core::GetModelJob(m_client->client.get(), modelId), [&](Core::GetModelJob *job) {
            if (job->succeeded())
                model = job->model();
        });
        return model;
    };
    // Seconds of each step at speed 1 (SandboxModels::StepSeconds): 3 preparing, 3 queued, 12 training,
    // 3 finalizing; the model's own status follows.
    const struct
    {
        qint64 atMs;
        const char *run;
        const char *model;
    } steps[] = {{0, "PREPARING_DATA", "CREATING"}, {2999, "PREPARING_DATA", "CREATING"},
                 {3000, "QUEUED", "TRAINING"},      {6000, "TRAINING", "TRAINING"},
                 {17999, "TRAINING", "TRAINING"},   {18000, "FINALIZING", "TRAINING"},
                 {21000, "COMPLETED", "COMPLETED"}, {60000, "COMPLETED", "COMPLETED"}};
    for (const auto &step : steps) {
        nowMs = step.atMs;
        const Core::CustomModel model = read();
        QCOMPARE(model.trainingRuns.size(), 1);
        QCOMPARE(model.trainingRuns.first().status, QLatin1String(step.run));
        QCOMPARE(model.status, QLatin1String(step.model));
        QCOMPARE(model.canGenerate(), model.status == QLatin1String("COMPLETED"));
    }
    QCOMPARE(read().customModelUri, QStringLiteral("model/acme-shoes/version/1"));
}

void SandboxModelsTest::listModels_scopeAndStatus()
{
    const QString id = m_server->addDataset(QStringLiteral("shoes")).id;
    m_server->addCompletedModel(QStringLiteral("done model"), id);
    m_server->addTrainingModel(QStringLiteral("busy model"), id);
    m_server->addSharedModel(QStringLiteral("shared model"));
    const auto names = [&](const QString &scope, const QStringList &statuses) {
        QStringList result;
        run(new Core::ListModelsJob(m_client->client.get(), scope, statuses), [&](Core::ListModelsJob *job) {
            for (const Core::CustomModel &model : job->models())
                result.append(model.name);
        });
        result.sort();
        return result;
    };
    QCOMPARE(
        names({}, {}),
        (QStringList {QStringLiteral("busy model"), QStringLiteral("done model"), QStringLiteral("shared model")}));
    QCOMPARE(names(QStringLiteral("owned"), {}),
             (QStringList {QStringLiteral("busy model"), QStringLiteral("done model")}));
    QCOMPARE(names(QStringLiteral("shared"), {}), (QStringList {QStringLiteral("shared model")}));
    QCOMPARE(names(QStringLiteral("owned"), {QStringLiteral("COMPLETED")}),
             (QStringList {QStringLiteral("done model")}));
    QCOMPARE(names(QStringLiteral("owned"),
                   {QStringLiteral("COMPLETED"), QStringLiteral("TRAINING"), QStringLiteral("CREATING")}),
             (QStringList {QStringLiteral("busy model"), QStringLiteral("done model")}));
    // The status filter applies to owned models only (api-contract.md E6).
    QCOMPARE(names({}, {QStringLiteral("ERRORED")}), (QStringList {QStringLiteral("shared model")}));
    Core::ApiError::Kind missing = Core::ApiError::Kind::None;
    run(new Core::GetModelJob(m_client->client.get(), QStringLiteral("nope")),
        [&](Core::GetModelJob *job) { missing = job->error().kind; });
    QCOMPARE(missing, Core::ApiError::Kind::NotFound);
}

void SandboxModelsTest::generate_refusesAModelThatIsNotReady()
{
    const QString id = m_server->addDataset(QStringLiteral("shoes")).id;
    const Core::CustomModel busy = m_server->addTrainingModel(QStringLiteral("busy model"), id);
    Core::Generation3Request request;
    request.basics.customModelUri = QStringLiteral("model/busy-model/version/1");
    request.basics.prompt = QStringLiteral("a shoe");
    Core::ApiError::Kind kind = Core::ApiError::Kind::None;
    run(new Core::Generate3Job(m_client->client.get(), request),
        [&](Core::Generate3Job *job) { kind = job->error().kind; });
    QCOMPARE(kind, Core::ApiError::Kind::BadRequest);
    QVERIFY(!busy.canGenerate());
}

QTEST_GUILESS_MAIN(SandboxModelsTest)
#include "tst_sandboxmodels.moc"
