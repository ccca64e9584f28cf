// The core scenarios over the path users' requests travel: https through a TLS front (nghttpx) in front of
// the sandbox, over HTTP/2 and over HTTP/1.1 (see wireclient.h for the rows). The front's certificate comes
// from a CA made for this run, trusted by this process alone through QSslConfiguration. The lost answers end
// in the same reconciliation as over plain HTTP/1.1 (reliability-rules.md R6, R8): through a proxy, a connection
// the backend drops becomes a 502, a silence a timeout.
#include "../common/requirement.h"
#include "../common/tlsfront.h"
#include "core/files/uploadlimits.h"
#include "core/services/datasetservice.h"
#include "core/services/generationservice.h"
#include "core/services/modelpoller.h"
#include "core/services/syncservice.h"
#include "core/services/trainingservice.h"
#include "core/services/uploadplan.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/storage/modelfamilystore.h"
#include "core/storage/modelstore.h"
#include "wireclient.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Sandbox::SandboxServer;
using State = Core::UploadItemResult::State;

Q_DECLARE_METATYPE(Ids::Core::GenerationOutcome)

class WireScenariosTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { addWireRows(); }
    void initTestCase() { IDS_REQUIRE(TlsFront::toolsInstalled(), TlsFront::Tools); }
    void init();
    void cleanup();

    void create();
    void listAndDetails();
    void upload_100FilesWithCaptions();
    void train();
    void follow_untilFinished();
    void generate_withImageDownload();
    void create_replyLost_adoptedWithoutSecondPost();
    void create_noAnswer_userAsked_nothingResent();
    void upload_replyLost_onlyMissingResent();

private:
    // Writes an image file (a JPEG header, then `size` bytes in all) and returns its upload item.
    Core::UploadItem image(const QString &name, qint64 size, int group);
    Core::UploadItem caption(const QString &name, const QByteArray &text, int group);
    bool upload(const QList<Core::UploadItem> &items);
    int uploadPosts() const { return m_server->requestCount("POST", QStringLiteral("/datasets/") + m_datasetId); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TlsFront> m_front;
    std::unique_ptr<WireClient> m_client;
    std::unique_ptr<Core::DatasetStore> m_store;
    std::unique_ptr<Core::ContentStore> m_content;
    std::unique_ptr<Core::UploadService> m_uploads;
    QString m_datasetId;
};

void WireScenariosTest::init()
{
    QFETCH_GLOBAL(bool, frontOffersHttp2);
    QFETCH_GLOBAL(bool, clientWantsHttp2);
    qRegisterMetaType<Core::GenerationOutcome>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_front = std::make_unique<TlsFront>();
    QVERIFY(m_front->start(m_server->baseUrl(),
                           frontOffersHttp2 ? TlsFront::Offer::Http2AndHttp11 : TlsFront::Offer::Http11Only));
    QVERIFY(m_front->trustInThisProcess());
    m_server->setPublicBaseUrl(m_front->baseUrl());
    m_client = std::make_unique<WireClient>(m_front->baseUrl(), clientWantsHttp2);
    m_store = std::make_unique<Core::DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_store->open());
    m_store->setScope(QStringLiteral("wire"));
    m_content = std::make_unique<Core::ContentStore>(m_store.get());
    m_uploads = std::make_unique<Core::UploadService>(m_client->client.get(), m_content.get());
    m_datasetId = m_server->addDataset(QStringLiteral("Shoes")).id;
}

void WireScenariosTest::cleanup()
{
    // Every request of the test travelled over the row's protocol, and through the front.
    QFETCH_GLOBAL(QString, alpn);
    const QStringList log = m_front ? m_front->requestLog() : QStringList();
    m_uploads.reset();
    m_content.reset();
    m_store.reset();
    m_client.reset();
    m_front.reset();
    m_server.reset();
    m_dir.reset();
    QVERIFY(!log.isEmpty());
    for (const QString &line : log)
        QVERIFY2(line.startsWith(alpn + QLatin1Char(' ')), qPrintable(line));
}

Core::UploadItem WireScenariosTest::image(const QString &name, qint64 size, int group)
{
    QFile file(m_dir->filePath(name));
    if (file.open(QIODevice::WriteOnly)) {
        file.write("\xFF\xD8\xFF\xE0");
        file.write(QByteArray(size - 4, char(group % 251))); // content enough for flow control to matter
        file.close();
    }
    const QFileInfo info(file.fileName());
    Core::UploadItem item;
    item.part = {info.absoluteFilePath(), name, "image/jpeg", info.size(), info.lastModified()};
    item.group = group;
    return item;
}

Core::UploadItem WireScenariosTest::caption(const QString &name, const QByteArray &text, int group)
{
    QFile file(m_dir->filePath(name));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text);
        file.close();
    }
    const QFileInfo info(file.fileName());
    Core::UploadItem item;
    item.part = {info.absoluteFilePath(), name, "text/plain; charset=utf-8", info.size(), info.lastModified()};
    item.group = group;
    item.isImage = false;
    return item;
}

bool WireScenariosTest::upload(const QList<Core::UploadItem> &items)
{
    QList<int> all;
    for (int i = 0; i < items.size(); ++i)
        all.append(i);
    QSignalSpy finished(m_uploads.get(), &Core::UploadService::finished);
    m_uploads->start(
        m_datasetId, items,
        Core::packBatches(items, all, Core::UploadLimits::MaxFilesPerBatch, Core::UploadLimits::MaxBatchBytes));
    return finished.wait(60000) || !finished.isEmpty();
}

void WireScenariosTest::create()
{
    Core::DatasetService service(m_client->client.get(), m_store.get());
    QSignalSpy created(&service, &Core::DatasetService::datasetCreated);
    QVERIFY(service.createDataset(QStringLiteral("Summer shoes")).isEmpty());
    QTRY_COMPARE(created.count(), 1);
    const auto dataset = created.first().first().value<Core::Dataset>();
    QCOMPARE(dataset.name, QStringLiteral("Summer shoes"));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/datasets")), 1);
    QCOMPARE(m_server->datasets().size(), 2);
    QVERIFY(Core::Journal(m_store.get()).creates().isEmpty());
}

void WireScenariosTest::listAndDetails()
{
    m_server->addImages(m_datasetId, 3);
    Core::SyncService sync(m_client->client.get(), m_store.get(), m_content.get());
    QSignalSpy refreshed(&sync, &Core::SyncService::refreshed);
    sync.refresh();
    QTRY_COMPARE(refreshed.count(), 1);
    const auto datasets = refreshed.first().first().value<QList<Core::Dataset>>();
    QCOMPARE(datasets.size(), 1);
    QCOMPARE(datasets.first().id, m_datasetId);

    QSignalSpy detail(&sync, &Core::SyncService::detailLoaded);
    sync.loadDetail(m_datasetId);
    QTRY_VERIFY(
        std::any_of(detail.cbegin(), detail.cend(), [](const QList<QVariant> &args) { return args.at(1).toBool(); }));
    const auto fromServer =
        std::find_if(detail.cbegin(), detail.cend(), [](const QList<QVariant> &args) { return args.at(1).toBool(); });
    QCOMPARE(fromServer->first().value<Core::DatasetDetail>().files.size(), 3);
}

void WireScenariosTest::upload_100FilesWithCaptions()
{
    QList<Core::UploadItem> items;
    for (int i = 0; i < 100; ++i) {
        const QString stem = QStringLiteral("photo-%1").arg(i, 3, 10, QLatin1Char('0'));
        items.append(image(stem + QStringLiteral(".jpg"), 96 * 1024, i));
        items.append(caption(stem + QStringLiteral(".txt"), "a shoe, seen from side " + QByteArray::number(i), i));
    }
    QVERIFY(upload(items));
    for (const Core::UploadItemResult &result : m_uploads->results())
        QCOMPARE(result.state, State::Done);
    const QList<Core::DatasetFile> files = m_server->files(m_datasetId);
    QCOMPARE(files.size(), 100);
    for (const Core::DatasetFile &file : files) {
        QVERIFY(file.caption && file.caption->startsWith(QStringLiteral("a shoe")));
        QCOMPARE(file.sizeBytes.value_or(0), 96 * 1024);
    }
    QCOMPARE(m_server->uploadedPartCount(), 200); // each file once
}

void WireScenariosTest::train()
{
    m_server->addImages(m_datasetId, 15);
    Core::ModelStore models(m_store.get());
    Core::ModelFamilyStore families(m_store.get());
    Core::TrainingService service(m_client->client.get(), &models, m_content.get(), &families);
    QSignalSpy started(&service, &Core::TrainingService::trainingStarted);
    QCOMPARE(service.train(15, {Core::ModelFamily::V4, m_datasetId, QStringLiteral("acme shoes"), {}}), QString());
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Core::CustomModel>().name, QStringLiteral("acme shoes"));
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/ideogram-v4/train-model")), 1);
    QCOMPARE(m_server->models().size(), 1);
}

void WireScenariosTest::follow_untilFinished()
{
    const Core::CustomModel model = m_server->addTrainingModel(QStringLiteral("acme shoes"), m_datasetId);
    m_server->scriptModelStatuses(model.id, {QStringLiteral("TRAINING"), QStringLiteral("COMPLETED")});
    Core::ModelStore models(m_store.get());
    Core::ModelPoller poller(m_client->client.get(), &models);
    poller.setIntervals({50ms, 50ms, 5min, 1000ms, 0.0});
    QSignalSpy finished(&poller, &Core::ModelPoller::modelFinished);
    poller.follow(model);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().value<Core::CustomModel>().status, QStringLiteral("COMPLETED"));
    QCOMPARE(m_server->requestCount("GET", QStringLiteral("/models/")), 2);
}

void WireScenariosTest::generate_withImageDownload()
{
    const Core::CustomModel model = m_server->addCompletedModel(QStringLiteral("acme shoes"), m_datasetId);
    Core::GenerationService service(m_client->client.get(), m_dir->filePath(QStringLiteral("Pictures")));
    QSignalSpy finished(&service, &Core::GenerationService::generationFinished);
    Core::Generation3Request request;
    request.basics.prompt = QStringLiteral("a red sneaker");
    request.basics.numImages = 2;
    QCOMPARE(service.generate(model, request), QString());
    QVERIFY(finished.wait(15000));
    const auto outcome = finished.first().first().value<Core::GenerationOutcome>();
    QVERIFY2(outcome.failures.isEmpty(), qPrintable(outcome.failures.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.savedPaths.size(), 2);
    for (const QString &path : outcome.savedPaths) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith("\x89PNG"));
    }
    // The images came through the front too (https), not from the sandbox's own plain address.
    QCOMPARE(m_front->requestLog().filter(QStringLiteral(" GET /images/")).size(), 2);
}

void WireScenariosTest::create_replyLost_adoptedWithoutSecondPost()
{
    SandboxServer::Fault drop;
    drop.action = SandboxServer::Fault::Action::DropAfterApply;
    m_server->injectFault("POST", QStringLiteral("/datasets"), drop);
    Core::DatasetService service(m_client->client.get(), m_store.get());
    service.setReconcileTiming({50ms, 100ms, 2min});
    QSignalSpy created(&service, &Core::DatasetService::datasetCreated);
    QSignalSpy uncertain(&service, &Core::DatasetService::createUncertain);
    QVERIFY(service.createDataset(QStringLiteral("Lost reply")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
    QCOMPARE(uncertain.count(), 0);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/datasets")), 1);
    QCOMPARE(m_server->datasets().size(), 2);
    QVERIFY(Core::Journal(m_store.get()).creates().isEmpty());
    // The front answered the dropped connection with a 502, which is not a "no": the list was asked.
    QVERIFY(m_front->requestLog().filter(QStringLiteral(" POST /datasets 502")).size() == 1);
}

void WireScenariosTest::create_noAnswer_userAsked_nothingResent()
{
    SandboxServer::Fault silence;
    silence.action = SandboxServer::Fault::Action::NeverAnswer;
    m_server->injectFault("POST", QStringLiteral("/datasets"), silence);
    m_client->client->setTimeouts({1000ms, 1500ms, 1000ms});
    Core::DatasetService service(m_client->client.get(), m_store.get());
    service.setReconcileTiming({50ms, 100ms, 2min});
    QSignalSpy uncertain(&service, &Core::DatasetService::createUncertain);
    QSignalSpy created(&service, &Core::DatasetService::datasetCreated);
    QVERIFY(service.createDataset(QStringLiteral("Silence")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(uncertain.count(), 1, 15000);
    QCOMPARE(created.count(), 0);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/datasets")), 1);
    QCOMPARE(Core::Journal(m_store.get()).creates().size(), 1); // kept for the user's answer or the next start
}

void WireScenariosTest::upload_replyLost_onlyMissingResent()
{
    QList<Core::UploadItem> items;
    for (int i = 1; i <= 4; ++i)
        items.append(image(QStringLiteral("%1.jpg").arg(i), 200 * 1024, i));
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action::ApplySomeThenDrop;
    fault.applyFiles = 2;
    m_server->injectFault("POST", QStringLiteral("/datasets/%1/upload_assets").arg(m_datasetId), fault);

    QVERIFY(upload(items));

    QCOMPARE(uploadPosts(), 2);
    QCOMPARE(m_server->uploadedFileNames(m_datasetId).mid(4),
             (QStringList {QStringLiteral("3.jpg"), QStringLiteral("4.jpg")}));
    QCOMPARE(m_server->files(m_datasetId).size(), 4);
    for (const Core::UploadItemResult &result : m_uploads->results())
        QCOMPARE(result.state, State::Done);
}

QTEST_GUILESS_MAIN(WireScenariosTest)
#include "tst_wirescenarios.moc"
