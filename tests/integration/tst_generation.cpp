// Generating with a custom model against the sandbox: the images are downloaded at once and kept with a
// sidecar each; withheld images are reported and leave no file; a refused prompt is not re-sent; what is
// downloaded is checked before it becomes a file; image addresses must be https (or this computer).
#include "../common/sandboxclient.h"
#include "core/files/filesniffer.h"
#include "core/services/generationservice.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Core::GenerationOutcome;
using Core::GenerationService;
using Sandbox::SandboxServer;

Q_DECLARE_METATYPE(Ids::Core::GenerationOutcome)

namespace {

const QString GeneratePath = QStringLiteral("/v2/image/generate/ideogram-3-custom-model");

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class GenerationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void generate_savesImagesWithSidecars();
    void withheldImage_reported_noFile();
    void refusedPrompt_notResent_noFile();
    void downloadNotAnImage_reported_noFile();
    void notReadyModel_refusedBeforeSending();
    void cancelDuringDownloads_stopsQuietly();
    void downloadStalls_data();
    void downloadStalls();
    void downloadAddressRule_data();
    void downloadAddressRule();

private:
    GenerationOutcome run(const Core::GenerationOrder &request);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<GenerationService> m_service;
    Core::CustomModel m_model;
};

void GenerationTest::init()
{
    qRegisterMetaType<GenerationOutcome>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Core::Timeouts {1500ms, 3000ms}, 10ms);
    m_service =
        std::make_unique<GenerationService>(m_client->client.get(), m_dir->filePath(QStringLiteral("Pictures")));
    const QString datasetId = m_server->addDataset(QStringLiteral("shoes")).id;
    m_model = m_server->addCompletedModel(QStringLiteral("acme shoes"), datasetId);
    QVERIFY(m_model.canGenerate());
}

void GenerationTest::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

GenerationOutcome GenerationTest::run(const Core::GenerationOrder &request)
{
    QSignalSpy finished(m_service.get(), &GenerationService::generationFinished);
    const QString refusal = m_service->generate(m_model, request);
    if (!refusal.isEmpty())
        return {};
    if (!finished.wait(5000))
        return {};
    return finished.first().first().value<GenerationOutcome>();
}

void GenerationTest::generate_savesImagesWithSidecars()
{
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("a red sneaker on a white table");
    request.negativePrompt = QStringLiteral("blur");
    request.basics.numImages = 3;
    request.aspectRatio = QStringLiteral("4x3");
    request.basics.seed = 1234;
    const GenerationOutcome outcome = run(request);
    QCOMPARE(outcome.savedPaths.size(), 3);
    QCOMPARE(outcome.withheld, 0);
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
    const QString folder = m_service->folderFor(m_model);
    QVERIFY(folder.startsWith(m_dir->filePath(QStringLiteral("Pictures"))));
    QVERIFY(QFileInfo(folder).fileName().startsWith(QStringLiteral("acme shoes (")));
    QCOMPARE(filesIn(folder).size(), 6);
    QSet<qint64> seeds;
    for (const QString &path : outcome.savedPaths) {
        QVERIFY(path.endsWith(QStringLiteral(".png")));
        QFile image(path);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(Core::FileSniffer::sniff(image.read(64)), Core::FileKind::Png);
        QFile sidecarFile(path.chopped(4) + QStringLiteral(".json"));
        QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
        QCOMPARE(sidecar.value(QStringLiteral("prompt")).toString(), request.basics.prompt);
        QCOMPARE(sidecar.value(QStringLiteral("negative_prompt")).toString(), QStringLiteral("blur"));
        QCOMPARE(sidecar.value(QStringLiteral("custom_model_uri")).toString(), m_model.customModelUri);
        QCOMPARE(sidecar.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("4x3"));
        QVERIFY(QDateTime::fromString(sidecar.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
        seeds.insert(qint64(sidecar.value(QStringLiteral("seed")).toDouble()));
    }
    QCOMPARE(seeds, (QSet<qint64> {1234, 1235, 1236}));
    QCOMPARE(m_server->requestCount("POST", GeneratePath), 1);
    // The image addresses were fetched without the key: they belong to another origin in real life.
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/images/")), 3);
}

void GenerationTest::withheldImage_reported_noFile()
{
    m_server->withholdNextImages(1);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("something borderline");
    request.basics.numImages = 2;
    const GenerationOutcome outcome = run(request);
    QCOMPARE(outcome.withheld, 1);
    QCOMPARE(outcome.savedPaths.size(), 1);
    QCOMPARE(filesIn(m_service->folderFor(m_model)).size(), 2); // one image, one sidecar
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/images/")), 1);
}

void GenerationTest::refusedPrompt_notResent_noFile()
{
    SandboxServer::Fault refused;
    refused.status = 422;
    refused.body = R"({"error":"Prompt failed the safety check"})";
    m_server->injectFault("POST", GeneratePath, refused);
    QSignalSpy failed(m_service.get(), &GenerationService::generationFailed);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("not allowed");
    QCOMPARE(m_service->generate(m_model, request), QString());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Core::ApiError>().kind, Core::ApiError::Kind::Unprocessable);
    QVERIFY(!m_service->isBusy());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount("POST", GeneratePath), 1);
    QVERIFY(!QDir(m_service->folderFor(m_model)).exists() || filesIn(m_service->folderFor(m_model)).isEmpty());
}

void GenerationTest::downloadNotAnImage_reported_noFile()
{
    // The first image's address answers with a web page (a captive portal, say).
    SandboxServer::Fault portal;
    portal.status = 200;
    portal.contentType = "text/html";
    portal.body = "<html><body>Log in to the Wi-Fi</body></html>";
    // The sandbox names generated images 1.png, 2.png… in order.
    m_server->injectFault("GET", QStringLiteral("/images/1.png"), portal);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("two shoes");
    request.basics.numImages = 2;
    const GenerationOutcome outcome = run(request);
    QCOMPARE(outcome.savedPaths.size(), 1);
    QCOMPARE(outcome.failures.size(), 1);
    QVERIFY(outcome.failures.first().contains(QStringLiteral("not an image")));
    QCOMPARE(filesIn(m_service->folderFor(m_model)).size(), 2);
}

void GenerationTest::notReadyModel_refusedBeforeSending()
{
    Core::CustomModel training = m_model;
    training.status = QStringLiteral("TRAINING");
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("a shoe");
    QVERIFY(!m_service->generate(training, request).isEmpty());
    request.basics.prompt = QStringLiteral("   ");
    QVERIFY(!m_service->generate(m_model, request).isEmpty());
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount("POST"), 0);
}

void GenerationTest::cancelDuringDownloads_stopsQuietly()
{
    SandboxServer::Fault stall;
    stall.action = SandboxServer::Fault::Action::NeverAnswer;
    m_server->injectFault("GET", QStringLiteral("/images/1.png"), stall);
    QSignalSpy finished(m_service.get(), &GenerationService::generationFinished);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("three shoes");
    request.basics.numImages = 3;
    QCOMPARE(m_service->generate(m_model, request), QString());
    QTRY_COMPARE(m_server->requestCount("GET", QStringLiteral("/images/")), 1);
    m_service->cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.first().first().value<GenerationOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(outcome.savedPaths.isEmpty());
    QVERIFY(outcome.failures.isEmpty()); // stopped, not failed
    QVERIFY(!m_service->isBusy());
    QTest::qWait(100);
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/images/")), 1); // the other two never asked for
}

void GenerationTest::downloadStalls_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("never answers") << int(SandboxServer::Fault::Action::NeverAnswer);
    QTest::newRow("connection dropped") << int(SandboxServer::Fault::Action::DropBeforeApply);
    QTest::newRow("cut-off body") << int(SandboxServer::Fault::Action::TruncatedBody);
}

void GenerationTest::downloadStalls()
{
    // An image address that misbehaves costs that image, within the client's limits, and nothing else.
    QFETCH(int, action);
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action(action);
    // Twice: Qt itself sends a read again once when the connection dies before the answer.
    m_server->injectFault("GET", QStringLiteral("/images/1.png"), fault, 2);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("two shoes");
    request.basics.numImages = 2;
    QElapsedTimer clock;
    clock.start();
    const GenerationOutcome outcome = run(request);
    QVERIFY2(clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(outcome.savedPaths.size(), 1);
    QCOMPARE(outcome.failures.size(), 1);
    QVERIFY(outcome.failures.first().startsWith(QStringLiteral("Image 1")));
    QCOMPARE(filesIn(m_service->folderFor(m_model)).size(), 2);
}

void GenerationTest::downloadAddressRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https CDN") << "https://ideogram.ai/api/images/ephemeral/a.png?exp=1&sig=2" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/images/1.png" << true;
    QTest::newRow("http localhost") << "http://localhost/images/1.png" << true;
    QTest::newRow("http elsewhere") << "http://ideogram.ai/api/images/a.png" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("credentials in URL") << "https://user:pw@ideogram.ai/a.png" << false;
    QTest::newRow("empty") << "" << false;
}

void GenerationTest::downloadAddressRule()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Core::ApiClient::isAllowedDownloadUrl(QUrl(url)), allowed);
}

QTEST_GUILESS_MAIN(GenerationTest)
#include "tst_generation.moc"
