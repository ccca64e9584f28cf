// Photos dropped on a dataset (issue 18, figures 3 and 4): every file of a folder handed to the review sheet
// (UploadDialog, as a drop does), timed until every verdict and every thumbnail is shown and every file that
// needs converting (HEIC) is converted and ready to send. Prints one line:
//   "<ms until all shown and ready> <longest event-loop stall, ms> <peak memory, MiB> <ms until converted>"
// The stall is the longest pause between ticks of a 16 ms timer on the GUI thread, less the time the thread
// waited for a CPU (tests/common/timebudget.h): what the app did, not what the loaded machine did.
// usage: bench_review <folder>
//        bench_review --make <folder> <count> <width> <height>   writes count JPEGs (quality 90) of varied content
//        (gradients, shapes and grain differing per file, about 4 MB at 12 megapixels), on all cores
#include "../tests/common/timebudget.h"

#include <core/api/apiclient.h>
#include <core/services/uploadservice.h>
#include <core/storage/contentstore.h>
#include <core/storage/datasetstore.h>
#include <models/thumbnailer.h>
#include <models/uploadreviewmodel.h>
#include <widgets/uploaddialog.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

qint64 peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return 0;
}

// A photo-like picture: a gradient, a few hundred soft shapes and grain, all from seed.
bool makePhoto(const QString &path, int width, int height, quint32 seed)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QLinearGradient sky(0, 0, width, height);
    sky.setColorAt(0, QColor::fromHsv(int(random.bounded(360)), 120, 230));
    sky.setColorAt(1, QColor::fromHsv(int(random.bounded(360)), 200, 90));
    QPainter painter(&image);
    painter.fillRect(image.rect(), sky);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 300; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(
            QColor::fromHsv(int(random.bounded(360)), int(random.bounded(256)), int(random.bounded(256)), 160));
        const int size = int(random.bounded(width / 6)) + 8;
        painter.drawEllipse(int(random.bounded(width)), int(random.bounded(height)), size, size * 2 / 3);
    }
    painter.end();
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int grain = int(random.generate() & 31) - 16;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + grain, 0, 255), std::clamp(qGreen(p) + grain, 0, 255),
                           std::clamp(qBlue(p) + grain, 0, 255));
        }
    }
    return image.save(path, "JPEG", 90);
}

int makePhotos(const QString &folder, int count, int width, int height)
{
    QList<int> indexes;
    for (int i = 0; i < count; ++i)
        indexes.append(i);
    const QList<bool> written = QtConcurrent::blockingMapped(indexes, [&](int i) {
        return makePhoto(QStringLiteral("%1/IMG_%2.jpg").arg(folder).arg(1000 + i), width, height, quint32(i + 1));
    });
    return written.contains(false) ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 6 && QByteArray(argv[1]) == "--make") {
        QCoreApplication app(argc, argv); // painting into a QImage needs no display
        return makePhotos(QString::fromLocal8Bit(argv[2]), atoi(argv[3]), atoi(argv[4]), atoi(argv[5]));
    }
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_review <folder>\n");
        return 2;
    }
    QStringList paths;
    for (const QFileInfo &info : QDir(QString::fromLocal8Bit(argv[1])).entryInfoList(QDir::Files, QDir::Name))
        paths.append(info.absoluteFilePath());

    QTemporaryDir dir;
    QNetworkAccessManager network; // never used: nothing is uploaded
    Ids::Core::ApiClient client(&network);
    Ids::Core::DatasetStore store(dir.filePath(QStringLiteral("db.sqlite")));
    if (!store.open())
        return 1;
    Ids::Core::ContentStore content(&store);
    Ids::Core::UploadService uploads(&client, &content);
    Ids::Models::Thumbnailer thumbnailer;
    Ids::Core::Dataset dataset;
    dataset.id = QStringLiteral("bench");
    dataset.name = QStringLiteral("Phone photos");
    Ids::Widgets::UploadDialog dialog(dataset, &uploads, &thumbnailer);
    dialog.setExistingImageCount(0);
    dialog.show();

    TimeBudget::Heartbeat heartbeat;
    QElapsedTimer clock;
    qint64 convertedMs = -1;
    // Polled: the figure is the moment all is on screen, whichever of the three signals comes last.
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (dialog.isScanning() || dialog.model()->rowCount() != paths.size())
            return;
        if (dialog.isPreparing())
            return;
        if (convertedMs < 0)
            convertedMs = clock.elapsed();
        if (thumbnailer.isPending())
            return;
        const qint64 allMs = clock.elapsed();
        // Every row must show its thumbnail, or the figure would time less than it claims.
        int shown = 0;
        for (int row = 0; row < dialog.model()->rowCount(); ++row)
            shown += dialog.model()->data(dialog.model()->index(row, 0), Qt::DecorationRole).isNull() ? 0 : 1;
        std::printf("%lld %lld %lld %lld\n", allMs, heartbeat.longestGapMs(), peakResidentMiB(), convertedMs);
        if (shown != paths.size())
            std::fprintf(stderr, "only %d of %lld thumbnails shown\n", shown, qlonglong(paths.size()));
        app.exit(shown == paths.size() ? 0 : 1);
    });
    clock.start();
    dialog.addPaths(paths);
    poll.start();
    return app.exec();
}
