// Uploads end to end over real HTTP against the sandbox: per-file results, retries of only what failed,
// lost answers reconciled per file without duplicates, cancel, and the journal after a crash
// (reliability-rules.md R8, R10, R12, R24).
#include "../common/sandboxstores.h"
#include "../common/testimages.h"
#include "core/api/multipartbody.h"
#include "core/services/uploadplan.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "core/storage/journal.h"
#include "core/types/uploadsummary.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

namespace {

using State = UploadItemResult::State;

} // namespace

class UploadServiceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void upload_mixedResults_everyFileGetsItsOwn();
    void upload_internalError_retriedOnceAlone();
    void retryFailed_sendsOnlyTheFailedFiles();
    void upload_replyLostAfterSomeStored_resendsOnlyMissing();
    void upload_replyLostAfterAllStored_sendsNothingAgain();
    void upload_fileChangedAfterReview_isNotSent();
    void cancel_saysCancelledAtOnce_andLeavesNothingBehind();
    void cancel_whileProcessing_filesThatArrivedAreShownUploaded();
    void journal_afterCrash_onlyMissingFilesAreSent();
    void packBatches_keepsGroupsAndLimits();

private:
    QString writeFile(const QString &name, const QByteArray &head, qint64 size);
    // Real images (tests/common/testimages.h); size > the image pads it with zeros after its end.
    QString jpeg(const QString &name, qint64 size = 0) { return writeFile(name, TestImages::jpeg(), size); }
    QString png(const QString &name, qint64 size = 0) { return writeFile(name, TestImages::png(), size); }
    QString webp(const QString &name) { return writeFile(name, TestImages::webp(), 0); }
    QString text(const QString &name, const QByteArray &caption) { return writeFile(name, caption, caption.size()); }
    static UploadItem item(const QString &path, int group, bool isImage = true);
    static QList<QList<int>> allInOne(int count);
    bool runToEnd(const QList<UploadItem> &items, const QList<QList<int>> &batches);
    int uploadPosts() const
    {
        return m_env->server.requestCount("POST",
                                          QStringLiteral("/datasets/") + m_datasetId + QStringLiteral("/upload"));
    }
    QStringList serverFileNames() const;

    std::unique_ptr<SandboxStores> m_env;
    std::unique_ptr<UploadService> m_service;
    QString m_datasetId;
};

void UploadServiceTest::init()
{
    m_env = std::make_unique<SandboxStores>();
    const QString problem = m_env->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_service = std::make_unique<UploadService>(m_env->client(), m_env->content.get());
    m_datasetId = m_env->server.addDataset(QStringLiteral("Shoes")).id;
}

void UploadServiceTest::cleanup()
{
    m_service.reset();
    m_env.reset();
}

QString UploadServiceTest::writeFile(const QString &name, const QByteArray &head, qint64 size)
{
    const QString path = m_env->dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(head);
    if (size > head.size())
        file.resize(size); // zeros after the image's end, which decoders ignore: a large real image
    return path;
}

UploadItem UploadServiceTest::item(const QString &path, int group, bool isImage)
{
    const QFileInfo info(path);
    UploadItem item;
    item.part = {path, info.fileName(),
                 isImage ? (info.suffix() == QLatin1String("png") ? QByteArray("image/png") : QByteArray("image/jpeg"))
                         : QByteArray("text/plain; charset=utf-8"),
                 info.size(), info.lastModified()};
    item.group = group;
    item.isImage = isImage;
    return item;
}

QList<QList<int>> UploadServiceTest::allInOne(int count)
{
    QList<int> batch;
    for (int i = 0; i < count; ++i)
        batch.append(i);
    return {batch};
}

bool UploadServiceTest::runToEnd(const QList<UploadItem> &items, const QList<QList<int>> &batches)
{
    QSignalSpy finished(m_service.get(), &UploadService::finished);
    m_service->start(m_datasetId, items, batches);
    return finished.wait(10000) || !finished.isEmpty();
}

QStringList UploadServiceTest::serverFileNames() const
{
    QStringList names;
    for (const DatasetFile &file : m_env->server.files(m_datasetId))
        names.append(file.fileName.value_or(QString()));
    names.sort();
    return names;
}

void UploadServiceTest::upload_mixedResults_everyFileGetsItsOwn()
{
    const QList<UploadItem> items {item(jpeg(QStringLiteral("a.jpg")), 0),
                                   item(text(QStringLiteral("a.txt"), "a red shoe"), 0, false),
                                   item(jpeg(QStringLiteral("b.jpg")), 1), item(png(QStringLiteral("c.png")), 2),
                                   item(webp(QStringLiteral("d.webp")), 3)};
    m_env->server.rejectFile(QStringLiteral("b.jpg"), FailureReason::FailedSafetyCheck);
    QSignalSpy stored(m_service.get(), &UploadService::fileStored);

    QVERIFY(runToEnd(items, allInOne(5)));

    const QList<UploadItemResult> &results = m_service->results();
    QCOMPARE(results.at(0).state, State::Done);
    QVERIFY(!results.at(0).assetId.isEmpty());
    QCOMPARE(results.at(1).state, State::Done);
    QCOMPARE(results.at(2).state, State::Failed);
    QCOMPARE(results.at(2).failureReason, FailureReason::FailedSafetyCheck);
    QVERIFY(results.at(2).message.contains(QStringLiteral("safety")));
    QCOMPARE(results.at(3).state, State::Done);
    QCOMPARE(results.at(4).state, State::Done);
    QCOMPARE(uploadPosts(), 1);
    QCOMPARE(serverFileNames(),
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("c.png"), QStringLiteral("d.webp")}));
    QCOMPARE(m_env->server.files(m_datasetId).first().caption.value_or(QString()), QStringLiteral("a red shoe"));
    // Images that arrived are remembered locally (their thumbnails are kept there); captions are not files.
    QCOMPARE(stored.count(), 3);
    QCOMPARE(m_env->content->localFiles(m_datasetId).size(), 3);
    QVERIFY(Journal(m_env->store.get()).uploads().isEmpty());
}

void UploadServiceTest::upload_internalError_retriedOnceAlone()
{
    const QList<UploadItem> items {item(jpeg(QStringLiteral("a.jpg")), 0), item(jpeg(QStringLiteral("b.jpg")), 1)};
    m_env->server.rejectFile(QStringLiteral("a.jpg"), FailureReason::InternalError);

    QVERIFY(runToEnd(items, allInOne(2)));

    QCOMPARE(uploadPosts(), 2);
    QCOMPARE(m_env->server.uploadedFileNames(m_datasetId),
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("a.jpg")}));
    QCOMPARE(m_service->results().at(0).state, State::Done);
    QCOMPARE(m_service->results().at(1).state, State::Done);
}

void UploadServiceTest::retryFailed_sendsOnlyTheFailedFiles()
{
    const QList<UploadItem> items {item(jpeg(QStringLiteral("a.jpg")), 0), item(jpeg(QStringLiteral("b.jpg")), 1),
                                   item(text(QStringLiteral("b.txt"), "blue"), 1, false)};
    m_env->server.rejectFile(QStringLiteral("b.jpg"), FailureReason::InvalidImage);
    QVERIFY(runToEnd(items, allInOne(3)));
    QCOMPARE(m_service->results().at(1).state, State::Failed);
    // The caption's image was refused, so Ideogram had nothing to attach it to: it failed too, and both are
    // what Retry Failed sends.
    QCOMPARE(m_service->results().at(2).state, State::Failed);
    QCOMPARE(m_service->retryableCount(), 2);

    QSignalSpy finished(m_service.get(), &UploadService::finished);
    m_service->retryFailed();
    QVERIFY(finished.wait(10000));

    QCOMPARE(uploadPosts(), 2);
    // The retry carries the image and its caption (they pair within one request), not a.jpg.
    const QStringList sent = m_env->server.uploadedFileNames(m_datasetId).mid(3);
    QCOMPARE(sent, (QStringList {QStringLiteral("b.jpg"), QStringLiteral("b.txt")}));
    for (const UploadItemResult &result : m_service->results())
        QCOMPARE(result.state, State::Done);
}

void UploadServiceTest::upload_replyLostAfterSomeStored_resendsOnlyMissing()
{
    QList<UploadItem> items;
    for (const QString &name :
         {QStringLiteral("1.jpg"), QStringLiteral("2.jpg"), QStringLiteral("3.jpg"), QStringLiteral("4.jpg")})
        items.append(item(jpeg(name), int(items.size())));
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action::ApplySomeThenDrop;
    fault.applyFiles = 2;
    m_env->server.injectFault("POST", QStringLiteral("/datasets/%1/upload_assets").arg(m_datasetId), fault);

    QVERIFY(runToEnd(items, allInOne(4)));

    QCOMPARE(uploadPosts(), 2);
    QCOMPARE(m_env->server.requestCount("GET", QStringLiteral("/datasets/") + m_datasetId), 1);
    QCOMPARE(m_env->server.uploadedFileNames(m_datasetId).mid(4),
             (QStringList {QStringLiteral("3.jpg"), QStringLiteral("4.jpg")}));
    QCOMPARE(serverFileNames(),
             (QStringList {QStringLiteral("1.jpg"), QStringLiteral("2.jpg"), QStringLiteral("3.jpg"),
                           QStringLiteral("4.jpg")}));
    for (const UploadItemResult &result : m_service->results())
        QCOMPARE(result.state, State::Done);
}

void UploadServiceTest::upload_replyLostAfterAllStored_sendsNothingAgain()
{
    const QList<UploadItem> items {item(jpeg(QStringLiteral("a.jpg")), 0), item(png(QStringLiteral("b.png")), 1)};
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action::DropAfterApply;
    m_env->server.injectFault("POST", QStringLiteral("/datasets/%1/upload_assets").arg(m_datasetId), fault);

    QVERIFY(runToEnd(items, allInOne(2)));

    QCOMPARE(uploadPosts(), 1);
    QCOMPARE(m_service->results().at(0).state, State::Done);
    QCOMPARE(m_service->results().at(1).state, State::Done);
    QVERIFY(Journal(m_env->store.get()).uploads().isEmpty());
}

void UploadServiceTest::upload_fileChangedAfterReview_isNotSent()
{
    const QString path = jpeg(QStringLiteral("a.jpg"), 4096);
    const QList<UploadItem> items {item(path, 0)};
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(1000)); // truncated between review and upload (R24)
    file.close();

    QVERIFY(runToEnd(items, allInOne(1)));

    QCOMPARE(uploadPosts(), 0);
    QCOMPARE(m_service->results().at(0).state, State::Failed);
    QVERIFY(!m_service->results().at(0).message.isEmpty());
}

void UploadServiceTest::cancel_saysCancelledAtOnce_andLeavesNothingBehind()
{
    QList<UploadItem> items;
    for (int i = 0; i < 4; ++i)
        items.append(item(jpeg(QStringLiteral("big%1.jpg").arg(i), 24 * 1024 * 1024), i));
    QSignalSpy finished(m_service.get(), &UploadService::finished);
    bool cancelled = false;
    qint64 cancelTookMs = -1;
    connect(m_service.get(), &UploadService::progress, this, [&](qint64 sent) {
        if (cancelled || sent <= 0)
            return;
        cancelled = true;
        QElapsedTimer timer;
        timer.start();
        m_service->cancel();
        cancelTookMs = timer.elapsed();
    });
    m_service->start(m_datasetId, items, packBatches(items, {0, 1, 2, 3}, 2, 1LL << 40));
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 10000);
    // The states changed within the cancel call, not after some round trip.
    for (const UploadItemResult &result : m_service->results())
        QVERIFY(result.state == State::Cancelled || result.state == State::Done);
    QVERIFY(cancelTookMs < 200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    // The second batch never left; the first may or may not have reached the server whole, and nothing but
    // one quiet check of what arrived follows the cancel (R12).
    QVERIFY(uploadPosts() <= 1);
    QVERIFY(m_env->server.uploadedPartCount() <= 2);
    QVERIFY(m_env->server.requestCount("GET", QStringLiteral("/datasets/") + m_datasetId) <= 1);
    QTRY_COMPARE(MultipartBody::liveCount(), 0);
    QVERIFY(Journal(m_env->store.get()).uploads().isEmpty());
}

void UploadServiceTest::cancel_whileProcessing_filesThatArrivedAreShownUploaded()
{
    m_env->server.setUploadResponseDelay(3000);
    const QList<UploadItem> items {item(jpeg(QStringLiteral("a.jpg")), 0)};
    QSignalSpy processing(m_service.get(), &UploadService::processing);
    QSignalSpy finished(m_service.get(), &UploadService::finished);
    m_service->start(m_datasetId, items, allInOne(1));
    QVERIFY(processing.wait(5000));
    m_service->cancel();
    QCOMPARE(m_service->results().at(0).state, State::Cancelled);
    QVERIFY(finished.wait(5000));
    // The sandbox had stored it before it was asked to wait: the quiet check finds it.
    QCOMPARE(m_service->results().at(0).state, State::Done);
    QCOMPARE(uploadPosts(), 1);
}

void UploadServiceTest::journal_afterCrash_onlyMissingFilesAreSent()
{
    // A run that died after journaling a batch of two, of which the server stored one.
    const QString a = jpeg(QStringLiteral("a.jpg"));
    const QString b = jpeg(QStringLiteral("b.jpg"));
    {
        UploadService first(m_env->client(), m_env->content.get());
        QSignalSpy finished(&first, &UploadService::finished);
        first.start(m_datasetId, {item(a, 0)}, allInOne(1));
        QVERIFY(finished.wait(5000));
    }
    QList<JournaledUpload> journal;
    for (const QString &path : {a, b}) {
        const QFileInfo info(path);
        journal.append({0, m_datasetId, path, info.fileName(), "image/jpeg", info.size(), info.lastModified(),
                        QDateTime::currentDateTimeUtc()});
    }
    QVERIFY(Journal(m_env->store.get()).addUploads(journal));
    const int postsBefore = uploadPosts();

    QSignalSpy resumed(m_service.get(), &UploadService::journalResumed);
    m_service->resumeJournal();
    QVERIFY(resumed.wait(10000));

    QCOMPARE(uploadPosts(), postsBefore + 1);
    QCOMPARE(m_env->server.uploadedFileNames(m_datasetId).last(), QStringLiteral("b.jpg"));
    QCOMPARE(serverFileNames(), (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
    QVERIFY(Journal(m_env->store.get()).uploads().isEmpty());
}

void UploadServiceTest::packBatches_keepsGroupsAndLimits()
{
    QList<UploadItem> items;
    const QList<int> groups {0, 0, 1, 2, 2, 3};
    const QList<qint64> sizes {10, 1, 10, 10, 1, 30};
    for (int i = 0; i < groups.size(); ++i) {
        UploadItem entry;
        entry.part.size = sizes.at(i);
        entry.group = groups.at(i);
        items.append(entry);
    }
    const QList<QList<int>> batches = packBatches(items, {0, 1, 2, 3, 4, 5}, 3, 25);
    QCOMPARE(batches, (QList<QList<int>> {{0, 1, 2}, {3, 4}, {5}}));
}

QTEST_GUILESS_MAIN(UploadServiceTest)
#include "tst_uploadservice.moc"
