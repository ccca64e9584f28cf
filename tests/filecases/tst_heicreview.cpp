// 100 iPhone photos (HEIC) in the review sheet: every one converted to JPEG and thumbnailed on workers, the
// sheet ready to upload. The longest event-loop pause meanwhile is measured and printed (the figure the file
// issue asks for, under 100 ms); no verdict depends on it, so the machine's speed cannot fail this test.
// IDS_HEIC_EDGE=4032 measures with full-size iPhone photos (4032 x 3024) instead of the quicker default.
#include "../common/timebudget.h"
#include "../common/widgetchild.h"
#include "fixtures.h"

#include "core/api/apiclient.h"
#include "core/services/uploadservice.h"
#include "core/storage/contentstore.h"
#include "core/storage/datasetstore.h"
#include "models/thumbnailer.h"
#include "models/uploadreviewmodel.h"
#include "widgets/uploaddialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;

class HeicReviewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hundredHeicPhotos_convertedAndThumbnailedOffTheGuiThread();
};

void HeicReviewTest::hundredHeicPhotos_convertedAndThumbnailedOffTheGuiThread()
{
    QTemporaryDir dir;
    const int edge =
        qEnvironmentVariableIntValue("IDS_HEIC_EDGE") > 0 ? qEnvironmentVariableIntValue("IDS_HEIC_EDGE") : 1600;
    const QByteArray heic = Fixtures::heif(Fixtures::picture(edge, edge * 3 / 4));
    QStringList paths;
    for (int i = 0; i < 100; ++i) {
        paths << dir.filePath(QStringLiteral("IMG_%1.HEIC").arg(1000 + i));
        QVERIFY(Fixtures::write(paths.last(), heic));
    }

    QNetworkAccessManager network; // never used: nothing is uploaded here
    Core::ApiClient client(&network);
    Core::DatasetStore store(dir.filePath(QStringLiteral("db.sqlite")));
    QVERIFY(store.open());
    Core::ContentStore content(&store);
    Core::UploadService uploads(&client, &content);
    Models::Thumbnailer thumbnailer;
    Core::Dataset dataset;
    dataset.id = QStringLiteral("d1");
    dataset.name = QStringLiteral("Phone");
    Widgets::UploadDialog dialog(dataset, &uploads, &thumbnailer);
    dialog.setExistingImageCount(0);
    dialog.show();

    TimeBudget::Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    dialog.addPaths(paths);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.model()->rowCount() == 100, 60000);
    QVERIFY(dialog.isPreparing()); // nothing is sent before it is converted
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreparing(), 300000);
    QTRY_VERIFY_WITH_TIMEOUT(!thumbnailer.isPending(), 300000);
    const qint64 elapsed = clock.elapsed();

    const Core::UploadReview &review = dialog.model()->review();
    QCOMPARE(review.newImages, 100);
    for (const Core::ReviewRow &row : review.rows) {
        QCOMPARE(row.sendName, QFileInfo(row.file.path).completeBaseName() + QStringLiteral(".jpg"));
        QVERIFY(row.note.contains(QStringLiteral("HEIC photo, will be sent as JPEG")));
        QVERIFY(!dialog.model()
                     ->data(dialog.model()->index(int(&row - review.rows.constData()), 0), Qt::DecorationRole)
                     .value<QImage>()
                     .isNull());
    }
    QVERIFY(Tests::child<QPushButton>(&dialog, "uploadButton")->isEnabled());
    qInfo("100 HEIC photos of %d x %d: converted and thumbnailed in %lld ms; longest event-loop pause %lld ms "
          "(%lld ms wall clock, waits for a CPU included)",
          edge, edge * 3 / 4, elapsed, heartbeat.longestGapMs(), heartbeat.longestWallGapMs());
}

QTEST_MAIN(HeicReviewTest)
#include "tst_heicreview.moc"
