// Uploads stream from disk: sending 100 files of 10 MB (a full dataset) must not grow this process's peak
// memory by more than 64 MB. The sandbox runs in a process of its own so only the client is measured.
#include "../common/externalsandbox.h"
#include "../common/requirement.h"
#include "../common/testimages.h"
#include "core/api/apiclient.h"
#include "core/files/uploadlimits.h"
#include "core/services/uploadplan.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

namespace {

// Peak resident memory of this process so far (Linux), in bytes.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class UploadStreamingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hundredTenMegabyteFiles_peakMemoryGrowsUnder64MB();
};

void UploadStreamingTest::hundredTenMegabyteFiles_peakMemoryGrowsUnder64MB()
{
    IDS_REQUIRE(peakResidentBytes() >= 0, "/proc/self/status (Linux) to read the peak memory");
    ExternalSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral(IDS_SANDBOX_SERVER), {QStringLiteral("Full")}));
    QTemporaryDir dir;
    constexpr qint64 FileBytes = 10LL * 1024 * 1024;
    QList<UploadItem> items;
    for (int i = 0; i < UploadLimits::MaxImagesPerDataset; ++i) {
        const QString path = dir.filePath(QStringLiteral("image-%1.jpg").arg(i, 3, 10, QLatin1Char('0')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestImages::jpeg()); // a real image, padded after its end (sparse: 1 GB without 1 GB of disk)
        QVERIFY(file.resize(FileBytes));
        file.close();
        UploadItem item;
        item.part = {path, QFileInfo(path).fileName(), "image/jpeg", FileBytes, QFileInfo(path).lastModified()};
        item.group = i;
        items.append(item);
    }
    QList<int> all;
    for (int i = 0; i < items.size(); ++i)
        all.append(i);

    QNetworkAccessManager network;
    ApiClient client(&network);
    client.setBaseUrl(sandbox.baseUrl());
    client.setApiKey(sandbox.apiKey());
    DatasetStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    ContentStore content(&store);
    UploadService uploads(&client, &content);
    QSignalSpy finished(&uploads, &UploadService::finished);

    const qint64 before = peakResidentBytes();
    uploads.start(sandbox.datasetIds().first(), items,
                  packBatches(items, all, UploadLimits::MaxFilesPerBatch, UploadLimits::MaxBatchBytes));
    QVERIFY(finished.wait(240000));
    const qint64 growth = peakResidentBytes() - before;

    QCOMPARE(finished.first().at(0).toInt(), 100); // all done
    qInfo("sent %lld MB; peak memory grew by %.1f MB", FileBytes * 100 / (1024 * 1024), double(growth) / (1024 * 1024));
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine (256 MB by default), so resident memory says nothing
    // about what the uploader holds; the upload itself is still checked above.
    qInfo("memory not asserted under AddressSanitizer");
#else
    QVERIFY2(growth < 64LL * 1024 * 1024, qPrintable(QString::number(growth)));
#endif
}

QTEST_GUILESS_MAIN(UploadStreamingTest)
#include "tst_uploadstreaming.moc"
