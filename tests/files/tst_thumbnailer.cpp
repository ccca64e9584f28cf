// Thumbnails: small, made from the bytes whatever the name says, and never from an image that declares more
// pixels than the cap (a "pixel bomb" would otherwise take gigabytes to decode).
#include "imaging/fingerprint.h"
#include "imaging/smallpicture.h"
#include "models/thumbnailer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <atomic>

using Ids::Models::Thumbnailer;

namespace {

// PNG's CRC-32 (ISO 3309), small enough to spell out rather than link zlib for a test.
quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= static_cast<unsigned char>(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian(quint32(data.size()), length.data());
    QByteArray crc(4, '\0');
    const QByteArray typed = type + data;
    qToBigEndian(crc32Of(typed), crc.data());
    return length + typed + crc;
}

// A valid PNG header that declares width x height, followed by almost no pixel data.
QByteArray declaredPng(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + chunk("IHDR", header)
        + chunk("IDAT", QByteArray::fromHex("789c030000000001")) + chunk("IEND", {});
}

} // namespace

class ThumbnailerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void make_largeImage_scaledToEdge();
    void make_pngNamedJpg_decodedFromBytes();
    void make_pixelBomb_refusedBeforeDecoding();
    void make_notAnImage_failsWithReason();
    void request_answersOnTheGuiThreadAndCaches();
    void smallPicture_decodedOnceForAllAskers_againWhenTheFileChanges();
};

void ThumbnailerTest::make_largeImage_scaledToEdge()
{
    QTemporaryDir dir;
    QImage image(1600, 900, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = dir.filePath(QStringLiteral("wide.jpg"));
    QVERIFY(image.save(path, "JPEG"));
    const QImage thumbnail = Thumbnailer::make(path);
    QCOMPARE(thumbnail.width(), Thumbnailer::Edge);
    QCOMPARE(thumbnail.height(), 72);
    QCOMPARE(Thumbnailer::fromPng(Thumbnailer::toPng(thumbnail)).size(), thumbnail.size());
}

void ThumbnailerTest::make_pngNamedJpg_decodedFromBytes()
{
    QTemporaryDir dir;
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString path = dir.filePath(QStringLiteral("lying.jpg"));
    QVERIFY(image.save(path, "PNG"));
    QVERIFY(!Thumbnailer::make(path).isNull());
}

void ThumbnailerTest::make_pixelBomb_refusedBeforeDecoding()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(declaredPng(50000, 50000)); // 2.5 gigapixels in a file of a few dozen bytes
    file.close();
    QString error;
    QVERIFY(Thumbnailer::make(path, &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("50000")), qPrintable(error));
}

void ThumbnailerTest::make_notAnImage_failsWithReason()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fake.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    QString error;
    QVERIFY(Thumbnailer::make(path, &error).isNull());
    QVERIFY(!error.isEmpty());
}

void ThumbnailerTest::request_answersOnTheGuiThreadAndCaches()
{
    QTemporaryDir dir;
    QImage image(300, 300, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const QString path = dir.filePath(QStringLiteral("a.png"));
    QVERIFY(image.save(path));
    Thumbnailer thumbnailer;
    QSignalSpy ready(&thumbnailer, &Thumbnailer::ready);
    // Direct: runs in whichever thread emits, so it records where the answer comes from.
    QList<QThread *> emittedOn;
    connect(
        &thumbnailer, &Thumbnailer::ready, &thumbnailer, [&emittedOn] { emittedOn.append(QThread::currentThread()); },
        Qt::DirectConnection);
    thumbnailer.request(path);
    QVERIFY(thumbnailer.isPending());
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().at(0).toString(), path);
    QCOMPARE(emittedOn, QList<QThread *> {QCoreApplication::instance()->thread()});
    QVERIFY(!thumbnailer.cachedPng(path).isEmpty());
    thumbnailer.request(path); // cached: at once
    QCOMPARE(ready.count(), 2);
}

void ThumbnailerTest::smallPicture_decodedOnceForAllAskers_againWhenTheFileChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.jpg"));
    QImage picture(1200, 900, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(path, "JPEG"));
    std::atomic_int reads = 0;
    const auto read = [&reads, path] {
        ++reads;
        QThread::msleep(50); // a slow disk: the other askers arrive while the first decodes
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // The thumbnail and the duplicate check of a dropped photo, and two more, at once on four threads.
    QList<QFuture<QImage>> askers;
    for (int i = 0; i < 4; ++i)
        askers.append(QtConcurrent::run([&] { return Ids::Imaging::SmallPicture::of(path, -1, read, nullptr); }));
    for (QFuture<QImage> &asker : askers)
        QCOMPARE(asker.result().size(), QSize(128, 96));
    QCOMPARE(reads.load(), 1);
    // The app's own two callers find it too.
    QCOMPARE(Thumbnailer::make(path).size(), QSize(128, 96));
    QVERIFY(Ids::Imaging::Fingerprint::ofFile(QStringLiteral("k"), path).dHash.has_value());
    QCOMPARE(reads.load(), 1);

    // Another picture under the same name (another size, a later time): decoded anew.
    QImage other(600, 800, QImage::Format_RGB32);
    other.fill(Qt::darkRed);
    QVERIFY(other.save(path, "JPEG"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(Ids::Imaging::SmallPicture::of(path, -1, read, nullptr).size(), QSize(96, 128));
    QCOMPARE(reads.load(), 2);
}

QTEST_GUILESS_MAIN(ThumbnailerTest)
#include "tst_thumbnailer.moc"
