// The client against Ideogram's own example bodies (tests/data/ideogram, copied from Ideogram's OpenAPI
// description with their source named there), not against what our sandbox writes: each body is served over
// real HTTP on 127.0.0.1 as the answer to the call it documents, read by the job the app uses for that call,
// and every field the example holds is checked. A key the client misspells fails here even though the
// sandbox, which has its own writer, would agree with nothing.
#include "../common/sandboxclient.h"
#include "../common/testimages.h"
#include "core/api/datasetjobs.h"
#include "core/api/generationjobs.h"
#include "core/api/modeljobs.h"
#include "core/api/uploadassetsjob.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

const QString AssetId = QStringLiteral("7uS_VESkRI6O3-sVgHQp_A");
const QDateTime ExampleTime(QDate(2000, 1, 23), QTime(4, 56, 7), Qt::UTC);

QByteArray example(const char *fileName)
{
    QFile file(QStringLiteral(IDS_TEST_DATA_DIR "/ideogram/") + QLatin1String(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing example %s", fileName);
    return file.readAll();
}

// The dataset every dataset example holds (components.schemas.Dataset.example).
void checkExampleDataset(const Dataset &dataset)
{
    QCOMPARE(dataset.id, QStringLiteral("dataset_id"));
    QCOMPARE(dataset.name, QStringLiteral("name"));
    QCOMPARE(dataset.userId, QStringLiteral("user_id"));
    QVERIFY(dataset.creationTime.isValid());
    QCOMPARE(dataset.creationTime.utc, ExampleTime);
    QVERIFY(dataset.cover.has_value());
    QCOMPARE(dataset.cover->assetType, QStringLiteral("RESPONSE"));
    QCOMPARE(dataset.cover->assetId, AssetId);
}

// The model of the model examples (components.schemas.CustomModel.example), whose required status is null.
void checkExampleModel(const CustomModel &model, bool withRuns)
{
    QCOMPARE(model.id, QStringLiteral("model_id"));
    QCOMPARE(model.name, QStringLiteral("name"));
    QCOMPARE(model.status, QString()); // null: Ideogram did not say; not COMPLETED, so it cannot generate
    QCOMPARE(model.datasetId, QStringLiteral("dataset_id"));
    QCOMPARE(model.creationTime.utc, ExampleTime);
    QVERIFY(model.lastUpdateTime.has_value());
    QCOMPARE(model.lastUpdateTime->utc, ExampleTime);
    QVERIFY(model.availableForGeneration);
    QVERIFY(model.owned);
    QCOMPARE(model.customModelUri, QStringLiteral("model/my-custom-model/version/1"));
    QVERIFY(!model.canGenerate());
    QCOMPARE(model.trainingRuns.size(), withRuns ? 2 : 0);
    if (!withRuns)
        return;
    for (const TrainingRun &run : model.trainingRuns) {
        QCOMPARE(run.id, QStringLiteral("training_run_id"));
        QCOMPARE(run.status, QString()); // null too
        QCOMPARE(run.creationTime.utc, ExampleTime);
        QVERIFY(run.lastUpdateTime.has_value());
        QCOMPARE(run.lastUpdateTime->utc, ExampleTime);
        // training_steps, lora_rank, num_chips, ema and learning_rate are not read: the app shows none of them.
    }
}

} // namespace

class ContractTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listDatasets_example();
    void createDataset_example();
    void getDataset_example();
    void uploadAssets_example();
    void listModels_example();
    void getModel_example();
    void trainModel_example_data();
    void trainModel_example();
    void generate_example();
    void generate_422Example_isTheSafetyRefusal();

private:
    // Starts the job, waits for its one finished(), and says whether it succeeded (with the error if not).
    template<typename Job> bool run(Job *job, ApiError *error = nullptr);
    void serve(const QByteArray &method, const QString &path, const char *exampleFile, int status = 200);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
};

void ContractTest::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Timeouts {5000ms, 10000ms}, 10ms);
}

void ContractTest::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void ContractTest::serve(const QByteArray &method, const QString &path, const char *exampleFile, int status)
{
    SandboxServer::Fault answer;
    answer.status = status;
    answer.body = example(exampleFile);
    m_server->injectFault(method, path, answer);
}

template<typename Job> bool ContractTest::run(Job *job, ApiError *error)
{
    bool finished = false;
    bool succeeded = false;
    connect(job, &ApiJob::finished, this, [&, job] {
        finished = true;
        succeeded = job->succeeded();
        if (error)
            *error = job->error();
        else if (!succeeded)
            qWarning("%s", qPrintable(job->error().details()));
    });
    job->start();
    if (!QTest::qWaitFor([&] { return finished; }, 10000))
        return false;
    return succeeded;
}

void ContractTest::listDatasets_example()
{
    serve("GET", QStringLiteral("/datasets"), "list_datasets.200.json");
    auto *job = new ListDatasetsJob(m_client->client.get());
    QList<Dataset> datasets;
    connect(job, &ApiJob::finished, this, [&datasets, job] { datasets = job->datasets(); });
    QVERIFY(run(job));
    QCOMPARE(datasets.size(), 2);
    for (const Dataset &dataset : std::as_const(datasets))
        checkExampleDataset(dataset);
}

void ContractTest::createDataset_example()
{
    serve("POST", QStringLiteral("/datasets"), "create_dataset.200.json");
    auto *job = new CreateDatasetJob(m_client->client.get(), QStringLiteral("name"));
    Dataset dataset;
    connect(job, &ApiJob::finished, this, [&dataset, job] { dataset = job->dataset(); });
    QVERIFY(run(job));
    checkExampleDataset(dataset);
}

void ContractTest::getDataset_example()
{
    serve("GET", QStringLiteral("/datasets/dataset_id"), "get_dataset.200.json");
    auto *job = new GetDatasetJob(m_client->client.get(), QStringLiteral("dataset_id"));
    DatasetDetail detail;
    connect(job, &ApiJob::finished, this, [&detail, job] { detail = job->detail(); });
    QVERIFY(run(job));
    checkExampleDataset(detail.dataset);
    QCOMPARE(detail.fileCount, 0); // as written, although two files follow: the counts are not relied on
    QCOMPARE(detail.files.size(), 2);
    for (const DatasetFile &file : std::as_const(detail.files)) {
        QCOMPARE(file.fileName, std::optional<QString>(QStringLiteral("file_name")));
        QCOMPARE(file.sizeBytes, std::optional<qint64>(6));
        QCOMPARE(file.caption, std::nullopt);
    }
    QCOMPARE(detail.customModelIds,
             (QStringList {QStringLiteral("custom_model_ids"), QStringLiteral("custom_model_ids")}));
}

void ContractTest::uploadAssets_example()
{
    serve("POST", QStringLiteral("/datasets/dataset_id/upload_assets"), "upload_dataset_assets.200.json");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file_name.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestImages::jpeg());
    file.close();
    MultipartBody::Part part {path, QStringLiteral("file_name.jpg"), "image/jpeg", QFileInfo(path).size(), {}};
    auto *job = new UploadAssetsJob(m_client->client.get(), QStringLiteral("dataset_id"), {part});
    UploadSummary summary;
    connect(job, &ApiJob::finished, this, [&summary, job] { summary = job->summary(); });
    QVERIFY(run(job));
    QCOMPARE(summary.totalCount, 0); // the example's counts do not add up (api-contract.md §3)
    QCOMPARE(summary.successCount, 6);
    QCOMPARE(summary.failureCount, 1);
    QCOMPARE(summary.successful.size(), 2);
    for (const UploadedAsset &asset : std::as_const(summary.successful)) {
        QCOMPARE(asset.fileName, std::optional<QString>(QStringLiteral("file_name")));
        QCOMPARE(asset.asset.assetType, QStringLiteral("RESPONSE"));
        QCOMPARE(asset.asset.assetId, AssetId);
    }
    QCOMPARE(summary.failed.size(), 2);
    for (const FailedAsset &failed : std::as_const(summary.failed)) {
        QCOMPARE(failed.fileName, std::optional<QString>(QStringLiteral("file_name")));
        QCOMPARE(failed.failureReason, QString()); // null in the example: a failure without a stated reason
    }
}

void ContractTest::listModels_example()
{
    serve("GET", QStringLiteral("/models"), "list_custom_models.200.json");
    auto *job = new ListModelsJob(m_client->client.get());
    QList<CustomModel> models;
    connect(job, &ApiJob::finished, this, [&models, job] { models = job->models(); });
    QVERIFY(run(job));
    QCOMPARE(models.size(), 2);
    for (const CustomModel &model : std::as_const(models))
        checkExampleModel(model, true); // the example lists runs although the list need not carry them
}

void ContractTest::getModel_example()
{
    serve("GET", QStringLiteral("/models/model_id"), "get_custom_model.200.json");
    auto *job = new GetModelJob(m_client->client.get(), QStringLiteral("model_id"));
    CustomModel model;
    connect(job, &ApiJob::finished, this, [&model, job] { model = job->model(); });
    QVERIFY(run(job));
    checkExampleModel(model, true);
}

void ContractTest::trainModel_example_data()
{
    // The four train operations answer with the same schema, TrainDatasetModelResponse (api-contract.md §9.1).
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("advanced");
    QTest::newRow("v3") << int(ModelFamily::V3) << false;
    QTest::newRow("v3 advanced") << int(ModelFamily::V3) << true;
    QTest::newRow("v4") << int(ModelFamily::V4) << false;
    QTest::newRow("v4 advanced") << int(ModelFamily::V4) << true;
}

void ContractTest::trainModel_example()
{
    QFETCH(int, family);
    QFETCH(bool, advanced);
    TrainRequest request {ModelFamily(family), QStringLiteral("dataset_id"), QStringLiteral("model_name"), {}};
    if (advanced)
        request.knobs.loraRank = 64;
    serve("POST", request.path(), "train_model_v3.200.json");
    auto *job = new TrainModelJob(m_client->client.get(), request);
    TrainResponse response;
    connect(job, &ApiJob::finished, this, [&response, job] { response = job->response(); });
    QVERIFY(run(job));
    QCOMPARE(response.modelId, QStringLiteral("model_id"));
    QCOMPARE(response.datasetId, QStringLiteral("dataset_id"));
    QCOMPARE(response.trainingStatus, QStringLiteral("training_status")); // a free string (api-contract.md §3)
    QCOMPARE(response.modelName, QStringLiteral("model_name"));
}

void ContractTest::generate_example()
{
    // Ideogram's file has no example of the v2 custom-model answer; its images are the v1 answer's objects
    // (api-contract.md §9.3), so the v1 example is what the v2 parser must read: the list of images, without
    // generation_id.
    Generation3Request request;
    request.basics.customModelUri = QStringLiteral("model/my-custom-model/version/1");
    request.basics.prompt = QStringLiteral("A serene tropical beach scene");
    serve("POST", request.path(), "post_generate_image_v3.200.json");
    auto *job = new Generate3Job(m_client->client.get(), request);
    GenerationResponse response;
    connect(job, &ApiJob::finished, this, [&response, job] { response = job->answer(); });
    QVERIFY(run(job));
    QCOMPARE(response.created.utc, ExampleTime);
    QCOMPARE(response.images.size(), 2);
    for (const GeneratedImage &image : std::as_const(response.images)) {
        QVERIFY(image.url.startsWith(QStringLiteral("https://ideogram.ai/api/images/ephemeral/xtdZiqPwRxqY1Y7NExFmzB"
                                                    ".png?exp=1743867804&sig=")));
        QVERIFY(image.prompt.startsWith(QStringLiteral("A serene tropical beach scene.")));
        QCOMPARE(image.resolution, QStringLiteral("1280x800"));
        QVERIFY(image.isImageSafe);
        QCOMPARE(image.seed, std::optional<qint64>(12345));
    }
}

void ContractTest::generate_422Example_isTheSafetyRefusal()
{
    Generation4Request request;
    request.basics.customModelUri = QStringLiteral("model/my-custom-model/version/1");
    request.basics.prompt = QStringLiteral("something prohibited");
    serve("POST", Generation4Request::path(), "post_generate_image_v3.422.json", 422);
    ApiError error;
    QVERIFY(!run(new Generate4Job(m_client->client.get(), request), &error));
    QCOMPARE(error.kind, ApiError::Kind::Unprocessable);
    QCOMPARE(error.httpStatus, 422);
    QCOMPARE(error.serverMessage,
             QStringLiteral("Prompt provided failed safety check due to the inclusion of prohibited content."));
    QVERIFY2(error.headline().contains(QStringLiteral("safety")), qPrintable(error.headline()));
}

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contract.moc"
