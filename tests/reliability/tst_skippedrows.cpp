// One bad row never hides the rest (issue 17, point 1): in every list Ideogram returns, an entry that cannot
// be read is skipped and named (its place and what was wrong, never a value), the rest are used; an answer
// whose envelope is wrong is still an error; and the stored copy of a skipped row is kept.
#include "../common/sandboxstores.h"
#include "core/api/datasetjobs.h"
#include "core/services/modellibrary.h"
#include "core/services/modelpoller.h"
#include "core/services/syncservice.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/modelstore.h"
#include "core/types/custommodel.h"
#include "core/types/generation.h"
#include "core/types/uploadsummary.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray datasetJson(const QString &id, const QString &name)
{
    return QStringLiteral(R"({"dataset_id":"%1","name":"%2","user_id":"u","creation_time":"2024-05-01T10:00:00Z"})")
        .arg(id, name)
        .toUtf8();
}

QList<int> positions(const QList<SkippedRow> &rows)
{
    QList<int> result;
    for (const SkippedRow &row : rows)
        result.append(row.position);
    return result;
}

// A value no message about a skipped row may repeat: it stands for anything the server sent, a key included.
const QString Secretish = QStringLiteral("TESTKEY-0f1e2d3c4b5a");

SandboxServer::Fault answer(const QByteArray &body)
{
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action::Respond;
    fault.status = 200;
    fault.body = body;
    return fault;
}

} // namespace

class SkippedRowsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void datasetList_mixedRows_keepsGoodRowsAndNamesEachBadOne();
    void modelList_mixedRows_keepsGoodModelsAndTheRunsOfKeptOnes();
    void datasetDetail_badFileAndModelId_skippedDetailStillRead();
    void uploadSummary_badEntries_skippedOthersUsed();
    void generation_badImage_skippedOthersKept();
    void wrongEnvelope_isStillAnError_data();
    void wrongEnvelope_isStillAnError();
    void text_oneQuietLine_detailsNamePlaceAndProblemNeverValues();

    void refresh_badRow_listShownAndSkippedReported();
    void refresh_badRowOfStoredDataset_storedCopyKeptNotMarkedGone();
    void refresh_badRowWithoutReadableId_nothingMarkedGone();
    void refresh_wrongEnvelope_failsAndStoreUntouched();
    void detail_badFileRow_storedCopyOfThatFileKept();
    void models_badRowOfStoredModel_storedCopyKept();
    void upload_badResultRow_fileLookedUpNotFailedWhole();

private:
    std::unique_ptr<SandboxStores> m_env;
    std::unique_ptr<SyncService> m_sync;
};

void SkippedRowsTest::init()
{
    m_env = std::make_unique<SandboxStores>();
    const QString problem = m_env->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_sync = std::make_unique<SyncService>(m_env->client(), m_env->store.get(), m_env->content.get());
}

void SkippedRowsTest::cleanup()
{
    m_sync.reset();
    m_env.reset();
}

void SkippedRowsTest::datasetList_mixedRows_keepsGoodRowsAndNamesEachBadOne()
{
    // The report that started it all: one entry with a number where the id should be a string.
    const QByteArray body = "{\"datasets\":[" + datasetJson(QStringLiteral("a"), QStringLiteral("A"))
        + R"(,{"dataset_id":7,"name":"B","user_id":"u","creation_time":"2024-05-01T10:00:00Z"},"text",null,)"
        + datasetJson(QStringLiteral("d"), QStringLiteral("D")) + "]}";
    QString error;
    const std::optional<DatasetList> list = parseDatasetList(parse(body), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->datasets.size(), 2);
    QCOMPARE(list->datasets.at(0).id, QStringLiteral("a"));
    QCOMPARE(list->datasets.at(1).id, QStringLiteral("d"));
    QCOMPARE(positions(list->skipped), (QList<int> {2, 3, 4}));
    QVERIFY2(list->skipped.at(0).problem.contains(QLatin1String("\"dataset_id\" is not a string")),
             qPrintable(list->skipped.at(0).problem));
    QVERIFY(list->skipped.at(1).problem.contains(QLatin1String("not an object")));
    QVERIFY(list->skipped.at(0).id.isEmpty()); // the id itself was the unreadable part
}

void SkippedRowsTest::modelList_mixedRows_keepsGoodModelsAndTheRunsOfKeptOnes()
{
    const QByteArray body = R"({"models":[
        {"model_id":"m1","name":"one","status":"TRAINING","creation_time":"2024-05-01T10:00:00Z",
         "is_available_for_generation":false,"is_owned":true,
         "training_runs":[{"training_run_id":"r1","status":"QUEUED","creation_time":"2024-05-01T10:00:00Z"},
                          {"training_run_id":"r2","status":3,"creation_time":"2024-05-01T10:00:00Z"}]},
        {"model_id":"m2","name":"two","status":"COMPLETED","creation_time":"2024-05-01T10:00:00Z"},
        {"model_id":"m3","name":"three","status":"COMPLETED","creation_time":"2024-05-01T10:00:00Z",
         "is_available_for_generation":true}]})";
    QString error;
    const std::optional<ModelList> list = parseModelList(parse(body), &error);
    QVERIFY2(list, qPrintable(error));
    QCOMPARE(list->models.size(), 2);
    QCOMPARE(list->models.at(0).trainingRuns.size(), 1);
    QCOMPARE(list->skipped.size(), 2);
    QCOMPARE(list->skipped.at(0).list, SkippedRow::List::TrainingRuns);
    QCOMPARE(list->skipped.at(0).position, 2);
    QVERIFY(list->skipped.at(0).problem.startsWith(QLatin1String("model 1: ")));
    QCOMPARE(list->skipped.at(1).list, SkippedRow::List::Models);
    QCOMPARE(list->skipped.at(1).position, 2);
    QCOMPARE(list->skipped.at(1).id, QStringLiteral("m2")); // readable: its stored copy can be kept
}

void SkippedRowsTest::datasetDetail_badFileAndModelId_skippedDetailStillRead()
{
    const QByteArray body = R"({"dataset":)" + datasetJson(QStringLiteral("d1"), QStringLiteral("Shoes"))
        + R"(,"file_count":3,"files":[{"file_name":"a.jpg"},{"file_name":"b.jpg","file_size_bytes":"big"},
           {"file_name":"c.jpg","caption":"red"}],"custom_model_ids":["m1",4]})";
    QString error;
    const std::optional<DatasetDetail> detail = DatasetDetail::fromJson(parse(body), &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->files.size(), 2);
    QCOMPARE(detail->files.at(1).fileName, std::optional(QStringLiteral("c.jpg")));
    QCOMPARE(detail->customModelIds, QStringList {QStringLiteral("m1")});
    QCOMPARE(detail->skipped.size(), 2);
    QCOMPARE(detail->skipped.at(0).list, SkippedRow::List::DatasetFiles);
    QCOMPARE(detail->skipped.at(0).position, 2);
    QCOMPARE(detail->skipped.at(1).list, SkippedRow::List::DatasetModels);
    QCOMPARE(detail->skipped.at(1).position, 2);
}

void SkippedRowsTest::uploadSummary_badEntries_skippedOthersUsed()
{
    const QByteArray body = R"({"total_count":3,"success_count":2,"failure_count":1,
        "successful_assets":[{"asset_identifier":{"asset_type":"UPLOAD","asset_id":"a1"},"file_name":"a.jpg"},
                             {"asset_identifier":"x","file_name":"b.jpg"}],
        "failed_assets":[{"failure_reason":5,"file_name":"c.jpg"},{"failure_reason":"INVALID_IMAGE","file_name":"d.jpg"}]})";
    QString error;
    const std::optional<UploadSummary> summary = UploadSummary::fromJson(parse(body), &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->successful.size(), 1);
    QCOMPARE(summary->failed.size(), 1);
    QCOMPARE(summary->failed.first().fileName, std::optional(QStringLiteral("d.jpg")));
    QCOMPARE(summary->skipped.size(), 2);
    QCOMPARE(summary->skipped.at(0).list, SkippedRow::List::UploadedFiles);
    QCOMPARE(summary->skipped.at(1).list, SkippedRow::List::FailedFiles);
}

void SkippedRowsTest::generation_badImage_skippedOthersKept()
{
    const QByteArray body = R"({"created":"2024-05-01T10:00:00Z","data":[
        {"url":"https://example.invalid/a.png","is_image_safe":true,"seed":1},
        {"url":"https://example.invalid/b.png","is_image_safe":"yes"},
        {"url":null,"is_image_safe":false,"seed":3}]})";
    QString error;
    const std::optional<GenerationResponse> response = GenerationResponse::fromJson(parse(body), &error);
    QVERIFY2(response, qPrintable(error));
    QCOMPARE(response->images.size(), 2);
    QCOMPARE(positions(response->skipped), QList<int> {2});
}

void SkippedRowsTest::wrongEnvelope_isStillAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::newRow("no datasets array") << QByteArray(R"({"items":[]})") << QStringLiteral("bad-shape");
    QTest::newRow("datasets not an array") << QByteArray(R"({"datasets":{"a":1}})") << QStringLiteral("bad-shape");
    QTest::newRow("a top-level array") << QByteArray(R"([{"dataset_id":"a"}])") << QStringLiteral("bad-shape");
    QTest::newRow("not JSON") << QByteArray("<html>login</html>") << QStringLiteral("not-json");
    QTest::newRow("truncated") << QByteArray(R"({"datasets":[)") << QStringLiteral("bad-shape");
}

void SkippedRowsTest::wrongEnvelope_isStillAnError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), answer(body), 3); // a read is tried 3 times
    auto *job = new ListDatasetsJob(m_env->client());
    QSignalSpy finished(job, &ApiJob::finished);
    ApiError error;
    connect(job, &ApiJob::finished, this, [&error, job] { error = job->error(); });
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(ApiError::kindName(error.kind), kind);
}

void SkippedRowsTest::text_oneQuietLine_detailsNamePlaceAndProblemNeverValues()
{
    const QByteArray body = "{\"datasets\":[" + datasetJson(QStringLiteral("a"), QStringLiteral("A"))
        + R"(,{"dataset_id":")" + Secretish.toUtf8() + R"(","name":42,"user_id":"u","creation_time":"x"}]})";
    const std::optional<DatasetList> list = parseDatasetList(parse(body), nullptr);
    QVERIFY(list);
    // (English plural forms come from translations/ideogram-datasets_en.ts; the source text says "dataset(s)".)
    const QString line = SkippedRowsText::line(list->skipped);
    QVERIFY2(line.startsWith(QLatin1String("1 dataset"))
                 && line.endsWith(QLatin1String("from Ideogram could not be read")),
             qPrintable(line));
    const QString details = SkippedRowsText::details(list->skipped);
    QVERIFY2(details.contains(QLatin1String("entry 2")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("\"name\" is not a string")), qPrintable(details));
    QVERIFY2(!details.contains(Secretish), qPrintable(details));
    QVERIFY(!SkippedRowsText::line(list->skipped).contains(Secretish));
    QVERIFY(SkippedRowsText::line({}).isEmpty());

    QList<SkippedRow> two = list->skipped;
    two.append(list->skipped.first());
    QVERIFY(SkippedRowsText::line(two).startsWith(QLatin1String("2 dataset")));
}

void SkippedRowsTest::refresh_badRow_listShownAndSkippedReported()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    const QByteArray body = "{\"datasets\":[" + QJsonDocument(shoes.toJson()).toJson(QJsonDocument::Compact)
        + R"(,{"dataset_id":7,"name":"Broken","user_id":"u","creation_time":"2024-05-01T10:00:00Z"}]})";
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), answer(body));
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    QSignalSpy failed(m_sync.get(), &SyncService::refreshFailed);
    QSignalSpy skipped(m_sync.get(), &SyncService::rowsSkipped);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_env->store->datasets().size(), 1);
    QCOMPARE(m_env->store->datasets().first().id, shoes.id);
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().first().value<QList<SkippedRow>>().size(), 1);

    // The next clean answer clears the report.
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(skipped.size(), 2);
    QVERIFY(skipped.last().first().value<QList<SkippedRow>>().isEmpty());
}

void SkippedRowsTest::refresh_badRowOfStoredDataset_storedCopyKeptNotMarkedGone()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    const Dataset hats = m_env->server.addDataset(QStringLiteral("Hats"));
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_env->store->datasets().size(), 2);

    // Hats comes back with its name of the wrong type: the id is readable, so only Hats is protected, and a
    // dataset truly gone from the answer is still marked.
    const Dataset bags = m_env->server.addDataset(QStringLiteral("Bags"));
    m_env->store->upsert(bags);
    const QByteArray body = "{\"datasets\":[" + QJsonDocument(shoes.toJson()).toJson(QJsonDocument::Compact)
        + R"(,{"dataset_id":")" + hats.id.toUtf8() + R"(","name":{"x":1},"user_id":"u","creation_time":"x"}]})";
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), answer(body));
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_env->store->datasets().size(), 3);
    QCOMPARE(m_env->store->missingIds(), QSet<QString> {bags.id});
    const QList<Dataset> stored = m_env->store->datasets();
    const auto kept = std::find_if(stored.cbegin(), stored.cend(), [&](const Dataset &d) { return d.id == hats.id; });
    QVERIFY(kept != stored.cend());
    QCOMPARE(kept->name, QStringLiteral("Hats")); // the stored copy, unchanged
}

void SkippedRowsTest::refresh_badRowWithoutReadableId_nothingMarkedGone()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    const Dataset hats = m_env->server.addDataset(QStringLiteral("Hats"));
    QSignalSpy refreshed(m_sync.get(), &SyncService::refreshed);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));

    // Hats is missing from the answer, but an entry whose id cannot be read may be Hats: nothing is marked.
    const QByteArray body = "{\"datasets\":[" + QJsonDocument(shoes.toJson()).toJson(QJsonDocument::Compact)
        + R"(,{"dataset_id":null,"name":"?"}]})";
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), answer(body));
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(m_env->store->missingIds().isEmpty());
    QCOMPARE(m_env->store->datasets().size(), 2);

    // A clean answer without Hats marks it as before.
    m_env->server.removeDataset(hats.id);
    m_sync->refresh();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_env->store->missingIds(), QSet<QString> {hats.id});
}

void SkippedRowsTest::refresh_wrongEnvelope_failsAndStoreUntouched()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->store->upsert(shoes);
    m_env->server.injectFault("GET", QStringLiteral("/datasets"), answer(R"({"data":[]})"), 3);
    QSignalSpy failed(m_sync.get(), &SyncService::refreshFailed);
    QSignalSpy skipped(m_sync.get(), &SyncService::rowsSkipped);
    m_sync->refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::BadShape);
    QCOMPARE(skipped.size(), 0);
    QCOMPARE(m_env->store->datasets().size(), 1);
    QVERIFY(m_env->store->missingIds().isEmpty());
}

void SkippedRowsTest::detail_badFileRow_storedCopyOfThatFileKept()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    m_env->server.addImages(shoes.id, 2); // image-01.png, image-02.png
    QSignalSpy loaded(m_sync.get(), &SyncService::detailLoaded);
    m_sync->loadDetail(shoes.id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_env->content->detail(shoes.id)->files.size(), 2);

    const QByteArray body = R"({"dataset":)" + QJsonDocument(shoes.toJson()).toJson(QJsonDocument::Compact)
        + R"(,"file_count":2,"files":[{"file_name":"image-01.png"},{"file_name":["image-02.png"]}]})";
    m_env->server.injectFault("GET", QStringLiteral("/datasets/") + shoes.id, answer(body));
    loaded.clear();
    m_sync->loadDetail(shoes.id);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 5000); // the cached copy, then the server's
    const DatasetDetail shown = loaded.last().first().value<DatasetDetail>();
    QVERIFY(loaded.last().at(1).toBool());
    QCOMPARE(shown.skipped.size(), 1);
    QCOMPARE(shown.files.size(), 2); // image-02.png kept from the stored copy
    QCOMPARE(m_env->content->detail(shoes.id)->files.size(), 2);
}

void SkippedRowsTest::models_badRowOfStoredModel_storedCopyKept()
{
    ModelStore models(m_env->store.get());
    ModelPoller poller(m_env->client(), &models);
    ModelLibrary library(m_env->client(), &models, &poller);
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    const CustomModel first = m_env->server.addCompletedModel(QStringLiteral("first model"), shoes.id);
    const CustomModel second = m_env->server.addCompletedModel(QStringLiteral("second model"), shoes.id);
    QSignalSpy changed(&library, &ModelLibrary::modelsChanged);
    QSignalSpy skipped(&library, &ModelLibrary::rowsSkipped);
    library.refresh();
    QVERIFY(changed.wait(5000));
    QCOMPARE(models.models().size(), 2);

    // The second comes back unreadable: kept as stored. A model really gone (first) goes as before.
    const QByteArray body = R"({"models":[{"model_id":")" + second.id.toUtf8() + R"(","name":5}]})";
    m_env->server.injectFault("GET", QStringLiteral("/models"), answer(body));
    library.refresh();
    QVERIFY(changed.wait(5000));
    QCOMPARE(models.models().size(), 1);
    QCOMPARE(models.models().first().id, second.id);
    QCOMPARE(models.models().first().name, QStringLiteral("second model"));
    QCOMPARE(skipped.last().first().value<QList<SkippedRow>>().size(), 1);
    Q_UNUSED(first);
}

void SkippedRowsTest::upload_badResultRow_fileLookedUpNotFailedWhole()
{
    const Dataset shoes = m_env->server.addDataset(QStringLiteral("Shoes"));
    QTemporaryDir files;
    QList<UploadItem> items;
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("b.png")}) {
        QFile file(files.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        file.close();
        UploadItem item;
        item.part.filePath = file.fileName();
        item.part.sentName = name;
        item.part.mimeType = "image/png";
        item.part.size = file.size();
        item.group = int(items.size());
        items.append(item);
    }
    // Ideogram answers with a readable row for a.png and an unreadable one for b.png (and stores neither:
    // a canned answer). b.png is looked up in the dataset instead of failing the whole batch.
    const QByteArray body = R"({"total_count":2,"success_count":2,"failure_count":0,"successful_assets":[
        {"asset_identifier":{"asset_type":"UPLOAD","asset_id":"x1"},"file_name":"a.png"},
        {"asset_identifier":{"asset_id":"x2"},"file_name":"b.png"}]})";
    m_env->server.injectFault("POST", QStringLiteral("/datasets/") + shoes.id + QStringLiteral("/upload_assets"),
                              answer(body));
    UploadService uploads(m_env->client(), m_env->content.get());
    QSignalSpy finished(&uploads, &UploadService::finished);
    uploads.start(shoes.id, items, {{0, 1}});
    QVERIFY(finished.wait(10000));
    QCOMPARE(uploads.results().at(0).state, UploadItemResult::State::Done);
    QCOMPARE(uploads.results().at(1).state, UploadItemResult::State::Failed);
    QCOMPARE(uploads.results().at(1).message, UploadFileText::notStored());
    QCOMPARE(m_env->server.exactRequestCount("GET", QStringLiteral("/datasets/") + shoes.id), 1);
    QCOMPARE(uploads.skippedRows().size(), 1);
    QCOMPARE(uploads.skippedRows().first().list, SkippedRow::List::UploadedFiles);
}

QTEST_GUILESS_MAIN(SkippedRowsTest)
#include "tst_skippedrows.moc"
