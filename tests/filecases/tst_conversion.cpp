// The convert step: HEIC/AVIF decoded with libheif and sent as JPEG (PNG with transparency) under the
// original stem, photos stored sideways sent upright, a too-large image made smaller on request, sizes
// judged after conversion; the thumbnails show the same upright picture.
#include "fixtures.h"

#include "core/files/uploadlimits.h"
#include "core/files/uploadreview.h"
#include "imaging/prepare.h"
#include "models/thumbnailer.h"

#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Imaging::prepareFile;

namespace {

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

} // namespace

class ConversionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void heic_sentAsJpegUnderItsStem_captionPaired();
    void avif_sentAsJpeg();
    void heifWithTransparency_sentAsPng();
    void sidewaysJpeg_sentUpright_data();
    void sidewaysJpeg_sentUpright();
    void tooLarge_oneClickDownscale_fitsAfterConversion();
    void thumbnails_heicAndSideways_upright();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!Fixtures::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    // The review, then every preparation it asks for, then the review again (as the sheet does).
    UploadReview prepared(const QList<ScannedFile> &files, ReviewOptions options = {})
    {
        UploadReview review = reviewFiles(files, options);
        for (const ReviewRow &row : std::as_const(review.rows)) {
            if (row.pending)
                options.prepared.insert(row.file.key(), prepareFile(row, m_dir.filePath(QStringLiteral("work"))));
        }
        m_options = options;
        return reviewFiles(files, options);
    }
    QTemporaryDir m_dir;
    ReviewOptions m_options;
};

void ConversionTest::heic_sentAsJpegUnderItsStem_captionPaired()
{
    const QString heic = write(QStringLiteral("phone/IMG_0042.HEIC"), Fixtures::heif(Fixtures::picture(1200, 900)));
    write(QStringLiteral("phone/IMG_0042.txt"), "a phone photo");
    const QList<ScannedFile> files = scanPaths({m_dir.filePath(QStringLiteral("phone"))});
    QCOMPARE(files.first().kind, FileKind::Heif);
    QCOMPARE(files.first().image.width, 1200);
    QVERIFY(reviewFiles(files, 0).rows.first().pending); // nothing is sent before it is converted
    QVERIFY(!reviewFiles(files, 0).canUpload());

    const UploadReview review = prepared(files);
    const ReviewRow &image = review.rows.first();
    QCOMPARE(image.verdict, ReviewRow::Verdict::Ok);
    QCOMPARE(image.sendName, QStringLiteral("IMG_0042.jpg"));
    QVERIFY2(image.note.contains(QStringLiteral("HEIC photo, will be sent as JPEG")), qPrintable(image.note));
    QCOMPARE(review.rows.at(1).pairedWith, 0);
    QCOMPARE(review.rows.at(1).sendName, QStringLiteral("IMG_0042.txt"));
    const PreparedFile out = m_options.prepared.value(files.first().key());
    QVERIFY(out.path.endsWith(QLatin1String("/IMG_0042.jpg")));
    QImageReader reader(out.path);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), QSize(1200, 900));
    QCOMPARE(image.sendSize, QFileInfo(out.path).size());
    QVERIFY(review.canUpload());
    Q_UNUSED(heic)
}

void ConversionTest::avif_sentAsJpeg()
{
    write(QStringLiteral("avif/pic.avif"), Fixtures::heif(Fixtures::picture(640, 600), true));
    const UploadReview review = prepared(scanPaths({m_dir.filePath(QStringLiteral("avif"))}));
    QCOMPARE(review.rows.first().sendName, QStringLiteral("pic.jpg"));
    QCOMPARE(QImageReader(m_options.prepared.begin()->path).format(), QByteArray("jpeg"));
}

void ConversionTest::heifWithTransparency_sentAsPng()
{
    write(QStringLiteral("alpha/logo.heic"), Fixtures::heif(Fixtures::picture(640, 640, true)));
    const UploadReview review = prepared(scanPaths({m_dir.filePath(QStringLiteral("alpha"))}));
    QCOMPARE(review.rows.first().sendName, QStringLiteral("logo.png"));
    const QImage sent(m_options.prepared.begin()->path);
    QVERIFY(sent.hasAlphaChannel());
}

void ConversionTest::sidewaysJpeg_sentUpright_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("upright");
    QTest::addColumn<QPoint>("redCorner"); // where the stored top-left corner ends up, in 0/1 units
    QTest::newRow("6: rotate 90 clockwise") << 6 << QSize(600, 800) << QPoint(1, 0);
    QTest::newRow("8: rotate 90 counter-clockwise") << 8 << QSize(600, 800) << QPoint(0, 1);
    QTest::newRow("3: rotate 180") << 3 << QSize(800, 600) << QPoint(1, 1);
    QTest::newRow("2: mirrored") << 2 << QSize(800, 600) << QPoint(1, 0);
    QTest::newRow("5: transposed") << 5 << QSize(600, 800) << QPoint(0, 0);
    QTest::newRow("7: transversed") << 7 << QSize(600, 800) << QPoint(1, 1);
}

void ConversionTest::sidewaysJpeg_sentUpright()
{
    QFETCH(int, orientation);
    QFETCH(QSize, upright);
    QFETCH(QPoint, redCorner);
    const QString name = QStringLiteral("side%1/photo.jpg").arg(orientation);
    write(name, Fixtures::jpegWithOrientation(Fixtures::picture(800, 600), orientation));
    const UploadReview review = prepared(scanPaths({m_dir.filePath(name)}));
    const ReviewRow &row = review.rows.first();
    QCOMPARE(row.file.image.orientation, orientation);
    QVERIFY2(row.note.contains(QStringLiteral("upright")), qPrintable(row.note));
    const QImage sent(m_options.prepared.begin()->path);
    QCOMPARE(sent.size(), upright);
    const int x = redCorner.x() ? sent.width() - 10 : 10;
    const int y = redCorner.y() ? sent.height() - 10 : 10;
    QVERIFY2(isRed(sent.pixel(x, y)), qPrintable(QString::number(sent.pixel(x, y), 16)));
    // An upright photo is sent as it is: no re-encoding where none is needed.
    write(QStringLiteral("upright/photo.jpg"), Fixtures::jpegWithOrientation(Fixtures::picture(800, 600), 1));
    QVERIFY(!reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("upright/photo.jpg"))}), 0)
                 .rows.first()
                 .prepare.needed());
}

void ConversionTest::tooLarge_oneClickDownscale_fitsAfterConversion()
{
    // Noise does not compress: 5000 x 2000 pixels make a PNG over 25 MB.
    QImage noise(5000, 2000, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y)
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.scanLine(y)), noise.width());
    const QString path = write(QStringLiteral("big/huge.png"), Fixtures::encode(noise, "png"));
    QVERIFY(QFileInfo(path).size() > UploadLimits::MaxFileBytes);
    const QList<ScannedFile> files = scanPaths({path});
    const UploadReview before = reviewFiles(files, 0);
    QCOMPARE(before.rows.first().verdict, ReviewRow::Verdict::Refused);
    QVERIFY(before.rows.first().canDownscale);
    QVERIFY2(before.rows.first().reason.contains(QStringLiteral("Make Smaller")),
             qPrintable(before.rows.first().reason));

    ReviewOptions options;
    options.downscale.insert(files.first().key());
    const UploadReview after = prepared(files, options);
    const ReviewRow &row = after.rows.first();
    QVERIFY2(row.verdict != ReviewRow::Verdict::Refused, qPrintable(row.reason));
    QVERIFY(row.sendSize <= UploadLimits::MaxFileBytes);
    QVERIFY2(row.note.contains(QStringLiteral("4096")), qPrintable(row.note));
    QCOMPARE(QImageReader(m_options.prepared.begin()->path).size(), QSize(4096, 1638));
}

void ConversionTest::thumbnails_heicAndSideways_upright()
{
    const QString heic = write(QStringLiteral("thumbs/a.heic"), Fixtures::heif(Fixtures::picture(800, 400)));
    QString error;
    const QImage fromHeic = Ids::Models::Thumbnailer::make(heic, &error);
    QVERIFY2(!fromHeic.isNull(), qPrintable(error));
    QCOMPARE(fromHeic.width(), Ids::Models::Thumbnailer::Edge);
    const QString sideways =
        write(QStringLiteral("thumbs/b.jpg"), Fixtures::jpegWithOrientation(Fixtures::picture(800, 400), 6));
    const QImage upright = Ids::Models::Thumbnailer::make(sideways);
    QCOMPARE(upright.height(), Ids::Models::Thumbnailer::Edge); // taller than wide once turned
    QVERIFY(isRed(upright.pixel(upright.width() - 3, 3)));
}

QTEST_GUILESS_MAIN(ConversionTest)
#include "tst_conversion.moc"
