// A ZIP upload end to end: review → plan → upload job → sandbox over real HTTP → a result per file. Ideogram
// does not document whether its answer names the ZIP or the files inside it, so the sandbox answers each
// way (and with nothing) and the result must read the same. A Mac ZIP goes file by file, without its junk.
#include "../common/sandboxclient.h"
#include "fixtures.h"

#include "core/services/uploadplan.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "imaging/prepare.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using Ids::Sandbox::SandboxState;
using namespace std::chrono_literals;
using State = UploadItemResult::State;

Q_DECLARE_METATYPE(Ids::Sandbox::SandboxState::ZipAnswer)

class ZipUploadTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void zipSentAsIs_eachAnswerStyle_threeImagesAddedWithNames_data();
    void zipSentAsIs_eachAnswerStyle_threeImagesAddedWithNames();
    void zipSentAsIs_imagesAlreadyThere_saidSoNotFailed();
    void macZip_sentFileByFile_noJunkNamesInNfc();

private:
    // The pipeline as the review sheet runs it, with the preparations done here instead of on workers.
    UploadPlan review(const QStringList &paths, UploadReview *out = nullptr)
    {
        const QList<ScannedFile> files = scanPaths(paths);
        ReviewOptions options;
        UploadReview result = reviewFiles(files, options);
        for (int round = 0; round < 3 && result.pending > 0; ++round) {
            for (const ReviewRow &row : std::as_const(result.rows)) {
                if (row.pending)
                    options.prepared.insert(row.file.key(),
                                            Ids::Imaging::prepareFile(row, m_dir->filePath(QStringLiteral("work"))));
            }
            result = reviewFiles(files, options);
        }
        if (out)
            *out = result;
        m_prepared = options.prepared;
        return planUpload(result, options.prepared);
    }
    bool run(const UploadPlan &plan)
    {
        QSignalSpy finished(m_service.get(), &UploadService::finished);
        m_service->start(m_datasetId, plan.items, plan.batches, plan.zipImagesOfItem);
        return finished.wait(20000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<UploadService> m_service;
    QHash<QString, PreparedFile> m_prepared;
    QString m_datasetId;
};

void ZipUploadTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Timeouts {2000ms, 5000ms}, 20ms);
    m_store = std::make_unique<DatasetStore>(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY(m_store->open());
    m_store->setScope(QStringLiteral("sandbox"));
    m_content = std::make_unique<ContentStore>(m_store.get());
    m_service = std::make_unique<UploadService>(m_client->client.get(), m_content.get());
    m_datasetId = m_server->addDataset(QStringLiteral("Shoes")).id;
}

void ZipUploadTest::cleanup()
{
    m_service.reset();
    m_content.reset();
    m_store.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void ZipUploadTest::zipSentAsIs_eachAnswerStyle_threeImagesAddedWithNames_data()
{
    QTest::addColumn<SandboxState::ZipAnswer>("answer");
    QTest::newRow("answer names the files inside") << SandboxState::ZipAnswer::Members;
    QTest::newRow("answer names the ZIP") << SandboxState::ZipAnswer::ZipName;
    QTest::newRow("answer names neither") << SandboxState::ZipAnswer::Nothing;
}

void ZipUploadTest::zipSentAsIs_eachAnswerStyle_threeImagesAddedWithNames()
{
    QFETCH(SandboxState::ZipAnswer, answer);
    m_server->setZipAnswer(answer);
    const QString path = m_dir->filePath(QStringLiteral("more.zip"));
    QVERIFY(Fixtures::write(path,
                            Fixtures::zip({{"a.jpg", Fixtures::jpeg(640, 640, "a")},
                                           {"b.jpg", Fixtures::jpeg(640, 640, "b")},
                                           {"c.jpg", Fixtures::jpeg(640, 640, "c")},
                                           {"a.txt", "the first caption"}})));
    UploadReview reviewed;
    const UploadPlan plan = review({path}, &reviewed);
    QCOMPARE(reviewed.newImages, 3); // the review counts the ZIP's images, not 1
    QCOMPARE(plan.items.size(), 1);
    QVERIFY(run(plan));

    const UploadItemResult result = m_service->results().first();
    QCOMPARE(result.state, State::Done);
    QCOMPARE(result.message, QStringLiteral("more.zip: 3 image(s) added (a.jpg, b.jpg, c.jpg)"));
    QCOMPARE(result.zipAdded,
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    QCOMPARE(m_server->files(m_datasetId).size(), 3);
    QCOMPARE(m_server->files(m_datasetId).first().caption.value_or(QString()), QStringLiteral("the first caption"));
    // Nothing was sent twice, whatever the answer said.
    QCOMPARE(m_server->uploadedFileNames(m_datasetId), QStringList {QStringLiteral("more.zip")});
}

void ZipUploadTest::zipSentAsIs_imagesAlreadyThere_saidSoNotFailed()
{
    m_server->setZipAnswer(SandboxState::ZipAnswer::Nothing);
    const QString path = m_dir->filePath(QStringLiteral("again.zip"));
    QVERIFY(Fixtures::write(
        path, Fixtures::zip({{"a.jpg", Fixtures::jpeg(640, 640, "a")}, {"b.jpg", Fixtures::jpeg(640, 640, "b")}})));
    QVERIFY(run(review({path})));
    QCOMPARE(m_service->results().first().state, State::Done);
    // The same ZIP again: the list before and after shows nothing new, but nothing is missing either.
    QVERIFY(run(review({path})));
    const UploadItemResult again = m_service->results().first();
    QCOMPARE(again.state, State::Done);
    QVERIFY2(again.message.contains(QStringLiteral("already in the dataset")), qPrintable(again.message));
}

void ZipUploadTest::macZip_sentFileByFile_noJunkNamesInNfc()
{
    const QString path = m_dir->filePath(QStringLiteral("mac_small_10.zip"));
    QVERIFY(Fixtures::write(path, Fixtures::macFinderZip(10)));
    UploadReview reviewed;
    const UploadPlan plan = review({path}, &reviewed);
    QCOMPARE(reviewed.newImages, 10);
    QVERIFY(reviewed.canUpload());
    QCOMPARE(plan.items.size(), 10);
    QVERIFY(run(plan));
    for (const UploadItemResult &result : m_service->results())
        QCOMPARE(result.state, State::Done);
    const QStringList sent = m_server->uploadedFileNames(m_datasetId);
    QCOMPARE(sent.size(), 10);
    for (const QString &name : sent) {
        QVERIFY2(!name.startsWith(QLatin1String("._")) && !name.contains(QLatin1String("DS_Store")), qPrintable(name));
        QCOMPARE(name, name.normalized(QString::NormalizationForm_C));
    }
    QVERIFY(sent.contains(QStringLiteral("caf\u00e9 terrasse 03.jpeg")));
    QCOMPARE(m_server->files(m_datasetId).size(), 10);
}

QTEST_GUILESS_MAIN(ZipUploadTest)
#include "tst_zipupload.moc"
