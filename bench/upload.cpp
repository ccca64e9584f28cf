// Uploads every file of a folder to a dataset through the app's own uploader (UploadService, in batches as
// the app sends them) and prints "<seconds> <peak memory growth in bytes>".
// usage: bench_upload <base URL> <API key> <dataset id> <folder> [--ca <pem>]
#include <core/api/apiclient.h>
#include <core/files/uploadlimits.h>
#include <core/services/uploadplan.h>
#include <core/services/uploadservice.h>
#include <core/storage/contentstore.h>
#include <core/storage/datasetstore.h>
#include <tlsfront.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

namespace {

qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && !(args.size() == 7 && args.at(5) == QLatin1String("--ca"))) {
        std::fprintf(stderr, "usage: bench_upload <base URL> <API key> <dataset id> <folder> [--ca <pem>]\n");
        return 2;
    }
    // An https front made for the benchmark: trust its CA, and only it.
    if (args.size() == 7 && !TlsFront::trustOnly(args.at(6))) {
        std::fprintf(stderr, "no certificate in %s\n", qPrintable(args.at(6)));
        return 2;
    }
    QList<Ids::Core::UploadItem> items;
    QList<int> all;
    const QDir folder(args.at(4));
    for (const QFileInfo &info : folder.entryInfoList(QDir::Files, QDir::Name)) {
        Ids::Core::UploadItem item;
        item.part = {info.absoluteFilePath(), info.fileName(), "image/jpeg", info.size(), info.lastModified()};
        item.group = int(items.size());
        all.append(int(items.size()));
        items.append(item);
    }

    QNetworkAccessManager network;
    Ids::Core::ApiClient client(&network);
    client.setBaseUrl(QUrl(args.at(1)));
    client.setApiKey(args.at(2));
    // As the app does: HTTP/1.1 unless IDEOGRAM_DATASETS_HTTP_VERSION says otherwise.
    client.setHttpVersion(Ids::Core::httpVersionForThisRun(Ids::Core::HttpVersion::Http1));
    QTemporaryDir dir;
    Ids::Core::DatasetStore store(dir.filePath(QStringLiteral("db.sqlite")));
    if (!store.open())
        return 1;
    Ids::Core::ContentStore content(&store);
    Ids::Core::UploadService uploads(&client, &content);

    QElapsedTimer timer;
    const qint64 before = peakResidentBytes();
    QObject::connect(&uploads, &Ids::Core::UploadService::finished, &app, [&](int done, int failed, int) {
        std::printf("%.3f %lld\n", double(timer.nsecsElapsed()) / 1e9, peakResidentBytes() - before);
        if (failed > 0 || done != items.size())
            std::fprintf(stderr, "%d uploaded, %d failed\n", done, failed);
        app.exit(failed > 0 ? 1 : 0);
    });
    timer.start();
    uploads.start(args.at(3), items,
                  Ids::Core::packBatches(items, all, Ids::Core::UploadLimits::MaxFilesPerBatch,
                                         Ids::Core::UploadLimits::MaxBatchBytes));
    return app.exec();
}
