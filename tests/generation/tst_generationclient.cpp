// The client against the sandbox for Ideogram 4.0 and 3.0 models: a 4.0 generation with a stack of three (body
// and sidecar), a price quote of each endpoint that makes and bills nothing, a 3.0 remix of a file, and the family
// of models trained elsewhere found with a free quote (both families; a 500 leaves it unknown, asked again later,
// never guessed).
#include "../common/sandboxclient.h"
#include "core/api/generationjobs.h"
#include "core/services/familyprober.h"
#include "core/services/generationservice.h"
#include "core/storage/datasetstore.h"
#include "core/storage/modelfamilystore.h"
#include "sandbox/pngmaker.h"
#include "sandbox/sandboxserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Core::GenerationOutcome;
using Core::ModelFamily;
using Sandbox::SandboxServer;

Q_DECLARE_METATYPE(Ids::Core::GenerationOutcome)

namespace {

const QString Generate4Path = QStringLiteral("/v2/image/generate/ideogram-4-custom-model");
const QString Generate3Path = QStringLiteral("/v2/image/generate/ideogram-3-custom-model");
const QString Remix3Path = QStringLiteral("/v2/image/remix/ideogram-3-custom-model");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class GenerationClientTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void generate4_withAStackOfThree();
    void quote_eachEndpoint_makesAndBillsNothing();
    void remix3_fromAFile();
    void familyOfSharedModels_bothFamilies();
    void familyProbe_serverError_unknownThenAskedAgain();

private:
    GenerationOutcome run(const Core::CustomModel &model, const Core::GenerationOrder &order);
    Core::CustomModel completed(const QString &name, ModelFamily family);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Core::GenerationService> m_service;
    QString m_datasetId;
};

void GenerationClientTest::init()
{
    qRegisterMetaType<GenerationOutcome>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Core::Timeouts {1500ms, 3000ms}, 10ms);
    m_service =
        std::make_unique<Core::GenerationService>(m_client->client.get(), m_dir->filePath(QStringLiteral("Pictures")));
    m_datasetId = m_server->addDataset(QStringLiteral("shoes")).id;
}

void GenerationClientTest::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

Core::CustomModel GenerationClientTest::completed(const QString &name, ModelFamily family)
{
    return m_server->addCompletedModel(name, m_datasetId, 0, family);
}

GenerationOutcome GenerationClientTest::run(const Core::CustomModel &model, const Core::GenerationOrder &order)
{
    QSignalSpy finished(m_service.get(), &Core::GenerationService::generationFinished);
    const QString refusal = m_service->generate(model, order);
    if (!refusal.isEmpty()) {
        qWarning() << refusal;
        return {};
    }
    if (!finished.wait(5000))
        return {};
    return finished.first().first().value<GenerationOutcome>();
}

void GenerationClientTest::generate4_withAStackOfThree()
{
    const Core::CustomModel main = completed(QStringLiteral("acme shoes"), ModelFamily::V4);
    QList<Core::StackedModel> stack;
    const QList<double> weights {0.5, 1.0, 2.25};
    for (int i = 0; i < 3; ++i) {
        const Core::CustomModel extra = completed(QStringLiteral("style %1").arg(i), ModelFamily::V4);
        stack.append({extra.customModelUri, weights.at(i), extra.id, extra.name});
    }
    Core::Generation4Request request;
    request.basics.prompt = QStringLiteral("a red sneaker");
    request.basics.numImages = 2;
    request.basics.renderingSpeed = QStringLiteral("turbo");
    request.basics.seed = 99;
    request.resolution = QStringLiteral("1440x2880");
    request.stack = stack;
    const GenerationOutcome outcome = run(main, request);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.savedPaths.size(), 2);
    QCOMPARE(m_server->requestCount("POST", Generate4Path), 1);
    QCOMPARE(m_server->lastContentType(Generate4Path), QByteArray("application/json")); // 4.0 takes JSON only
    const QJsonObject sent = QJsonDocument::fromJson(m_server->lastBody(Generate4Path)).object();
    QCOMPARE(sent.value(QStringLiteral("stacked_custom_models")).toArray().size(), 3);
    QCOMPARE(sent.value(QStringLiteral("resolution")).toString(), QStringLiteral("1440x2880"));
    QVERIFY(!sent.contains(QStringLiteral("aspect_ratio")));
    QVERIFY(!sent.contains(QStringLiteral("negative_prompt")));
    // The sidecar keeps the stack and its weights, with names: the image can be made again.
    const QJsonObject sidecar = readJson(outcome.savedPaths.first().chopped(4) + QStringLiteral(".json"));
    QCOMPARE(sidecar.value(QStringLiteral("family")).toString(), QStringLiteral("4.0"));
    const QJsonArray kept =
        sidecar.value(QStringLiteral("settings")).toObject().value(QStringLiteral("stacked_custom_models")).toArray();
    QCOMPARE(kept.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(kept.at(i).toObject().value(QStringLiteral("weight")).toDouble(), weights.at(i));
        QCOMPARE(kept.at(i).toObject().value(QStringLiteral("model_name")).toString(), stack.at(i).modelName);
    }
    const std::optional<Core::GenerationOrder> again =
        Core::Generation::fromSettings(sidecar.value(QStringLiteral("settings")).toObject());
    QVERIFY(again);
    QCOMPARE(std::get<Core::Generation4Request>(*again).stack, stack);
}

void GenerationClientTest::quote_eachEndpoint_makesAndBillsNothing()
{
    const Core::CustomModel v4 = completed(QStringLiteral("acme four"), ModelFamily::V4);
    const Core::CustomModel v3 = completed(QStringLiteral("acme three"), ModelFamily::V3);
    const QString image = m_dir->filePath(QStringLiteral("start.png"));
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Sandbox::makePng(64, 48, 7));
    }
    Core::Generation4Request four;
    four.basics.customModelUri = v4.customModelUri;
    four.basics.prompt = QStringLiteral("a shoe");
    four.basics.numImages = 4;
    four.basics.renderingSpeed = QStringLiteral("default");
    Core::Generation3Request three;
    three.basics.customModelUri = v3.customModelUri;
    three.basics.prompt = QStringLiteral("a shoe");
    three.basics.numImages = 2;
    three.basics.renderingSpeed = QStringLiteral("quality");
    Core::Generation3Request remix = three;
    remix.basics.numImages = 1;
    remix.basics.renderingSpeed.clear(); // no speed: Ideogram picks one, the price is an estimate
    remix.remix = Core::RemixImage {image, 40};

    struct Expected
    {
        Core::GenerationOrder order;
        QString path;
        qint64 usdMicros;
        Core::PriceQuote::Qualifier qualifier;
        std::optional<qint64> upperBound;
    };
    // The 2026-11 catalogue: 4.0 default $0.06, 3.0 quality $0.09, 3.0 default $0.06 per image.
    const QList<Expected> cases {{four, Generate4Path, 240000, Core::PriceQuote::Qualifier::Exact, {}},
                                 {three, Generate3Path, 180000, Core::PriceQuote::Qualifier::Exact, {}},
                                 {remix, Remix3Path, 60000, Core::PriceQuote::Qualifier::Estimate, 90000}};
    for (const Expected &expected : cases) {
        Core::PriceQuoteJob job(m_client->client.get(), expected.order);
        QSignalSpy finished(&job, &Core::ApiJob::finished);
        job.start();
        QVERIFY(finished.wait(5000));
        QVERIFY2(job.succeeded(), qPrintable(job.error().headline()));
        QCOMPARE(job.quote().usdMicros, expected.usdMicros);
        QCOMPARE(job.quote().qualifier, expected.qualifier);
        QCOMPARE(job.quote().upperBoundUsdMicros, expected.upperBound);
        QCOMPARE(m_server->quoteRequestCount(expected.path), 1);
    }
    // Nothing made: no generation counted, no image served.
    for (const QString &path : {Generate4Path, Generate3Path, Remix3Path})
        QCOMPARE(m_server->requestCount("POST", path), 0);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/images/")), 0);
}

void GenerationClientTest::remix3_fromAFile()
{
    const Core::CustomModel v3 = completed(QStringLiteral("acme three"), ModelFamily::V3);
    const QString image = m_dir->filePath(QStringLiteral("start.png"));
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Sandbox::makePng(64, 48, 7));
    }
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("the same shoe in blue");
    request.basics.numImages = 2;
    request.aspectRatio = QStringLiteral("4x3");
    request.remix = Core::RemixImage {image, 35};
    const GenerationOutcome outcome = run(v3, request);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.savedPaths.size(), 2);
    QCOMPARE(m_server->requestCount("POST", Remix3Path), 1);
    QVERIFY(m_server->lastContentType(Remix3Path).startsWith("multipart/form-data"));
    const QByteArray body = m_server->lastBody(Remix3Path);
    QVERIFY(body.contains("name=\"image_weight\"\r\n\r\n35\r\n"));
    QVERIFY(body.contains("name=\"image\"; filename="));
    const QJsonObject sidecar = readJson(outcome.savedPaths.first().chopped(4) + QStringLiteral(".json"));
    QCOMPARE(sidecar.value(QStringLiteral("settings")).toObject().value(QStringLiteral("remix_image")).toString(),
             image);
}

void GenerationClientTest::familyOfSharedModels_bothFamilies()
{
    const Core::CustomModel four = m_server->addSharedModel(QStringLiteral("shared four"), ModelFamily::V4);
    const Core::CustomModel three = m_server->addSharedModel(QStringLiteral("shared three"), ModelFamily::V3);
    Core::DatasetStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    store.setScope(QStringLiteral("sandbox"));
    Core::ModelFamilyStore families(&store);
    Core::FamilyProber prober(m_client->client.get(), &families);
    QSignalSpy known(&prober, &Core::FamilyProber::familyKnown);
    prober.check({four, three});
    QTRY_COMPARE_WITH_TIMEOUT(known.size(), 2, 10000);
    QCOMPARE(prober.family(four.id), ModelFamily::V4);
    QCOMPARE(prober.family(three.id), ModelFamily::V3);
    QCOMPARE(families.family(four.id), ModelFamily::V4); // kept: not asked again after a restart
    QCOMPARE(families.family(three.id), ModelFamily::V3);
    // Asked with quotes only: nothing made or billed.
    QCOMPARE(m_server->requestCount("POST", Generate4Path), 0);
    QCOMPARE(m_server->requestCount("POST", Generate3Path), 0);
    const int quotes = m_server->quoteRequestCount();
    prober.check({four, three}); // known: not asked again
    QTest::qWait(50);
    QCOMPARE(m_server->quoteRequestCount(), quotes);
}

void GenerationClientTest::familyProbe_serverError_unknownThenAskedAgain()
{
    const Core::CustomModel four = m_server->addSharedModel(QStringLiteral("shared four"), ModelFamily::V4);
    SandboxServer::Fault broken;
    broken.action = SandboxServer::Fault::Action::Respond;
    broken.status = 500;
    broken.body = R"({"message":"internal error"})";
    broken.contentType = "application/json";
    broken.applies = SandboxServer::Fault::Applies::Quotes;
    // More 500s than the client's own read retries: the ask fails as a whole once.
    m_server->injectFault("POST", Generate4Path, broken, 10);
    Core::DatasetStore store(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    store.setScope(QStringLiteral("sandbox"));
    Core::ModelFamilyStore families(&store);
    Core::FamilyProber prober(m_client->client.get(), &families);
    prober.setRetryDelays({60min, 60min});
    QSignalSpy failed(&prober, &Core::FamilyProber::askFailed);
    QSignalSpy known(&prober, &Core::FamilyProber::familyKnown);
    prober.check({four});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(known.size(), 0);
    QCOMPARE(prober.family(four.id), ModelFamily::Unknown); // never guessed
    QCOMPARE(families.family(four.id), ModelFamily::Unknown);
    QCOMPARE(m_server->quoteRequestCount(Generate3Path), 0); // a 500 is not "not 4.0"
    QVERIFY(prober.isAsking(four.id)); // waits to ask again
    m_server->clearFaults();
    prober.checkNow(four); // the model is shown: asked now rather than after the wait
    QTRY_COMPARE_WITH_TIMEOUT(known.size(), 1, 10000);
    QCOMPARE(prober.family(four.id), ModelFamily::V4);
}

QTEST_GUILESS_MAIN(GenerationClientTest)
#include "tst_generationclient.moc"
