// The perceptual hash behind duplicate finding (issue 14 item 7): known grids with known hashes, and known
// pairs of pictures that must (a re-saved, resized or brightened copy) or must not (a mirror, another picture)
// count as the same.
#include "core/files/perceptualhash.h"
#include "imaging/fingerprint.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Core::GreyImage;
using Core::PerceptualHash;

namespace {

GreyImage grid(int width, int height, const std::function<int(int, int)> &shade)
{
    GreyImage image;
    image.width = width;
    image.height = height;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.pixels.append(char(std::clamp(shade(x, y), 0, 255)));
    }
    return image;
}

// A "photo": shapes in colours picked from the seed, so two seeds give two unrelated pictures.
QImage photo(quint32 seed, int width = 640, int height = 480)
{
    QRandomGenerator random(seed);
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(random.bounded(360)), 80, 200));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 12; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv(int(random.bounded(360)), int(random.bounded(256)), int(random.bounded(256))));
        const QRect box(int(random.bounded(width)) - width / 4, int(random.bounded(height)) - height / 4,
                        int(random.bounded(width / 2)) + 20, int(random.bounded(height / 2)) + 20);
        if (i % 2)
            painter.drawEllipse(box);
        else
            painter.drawRect(box);
    }
    return image;
}

QImage reencoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return QImage::fromData(bytes);
}

int distance(const QImage &a, const QImage &b)
{
    const auto ha = Imaging::Fingerprint::perceptualHash(a);
    const auto hb = Imaging::Fingerprint::perceptualHash(b);
    return ha && hb ? PerceptualHash::distance(*ha, *hb) : 65;
}

} // namespace

class PerceptualHashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dHash_knownGrids_knownHashes();
    void dHash_tooSmallOrInvalid_none();
    void dHash_uniformlyBrighter_sameHash();
    void hex_roundTrips();
    void knownPairs_copiesAreNear_othersAreFar_data();
    void knownPairs_copiesAreNear_othersAreFar();
    void transparentPixels_hashAsWhite();
    void findDuplicates_exactAndNearAndTransitive();
    void findDuplicates_nothingAlike_noGroups();
    void ofFile_jpegAndPngOfOnePicture_nearButNotExact();
    void contentHash_isSha256();
};

void PerceptualHashTest::contentHash_isSha256()
{
    // FIPS 180-2 test vectors, and one of 5 MB against Qt's own SHA-256.
    QCOMPARE(Imaging::Fingerprint::contentHash(QByteArray("abc")).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(Imaging::Fingerprint::contentHash(QByteArray()).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QByteArray large(5 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 131) ^ (i >> 9));
    QCOMPARE(Imaging::Fingerprint::contentHash(large), QCryptographicHash::hash(large, QCryptographicHash::Sha256));
#ifdef Q_OS_LINUX
    // Debian's Qt network library depends on libssl3: the fast SHA-256 is there to be used.
    QVERIFY(Imaging::Fingerprint::contentHashUsesLibcrypto());
#endif
}

void PerceptualHashTest::dHash_knownGrids_knownHashes()
{
    // Brighter on the left everywhere: every comparison is "brighter than the right neighbour".
    const GreyImage fallingRamp = grid(72, 64, [](int x, int) { return 255 - x * 3; });
    QCOMPARE(PerceptualHash::dHash(fallingRamp), std::optional<quint64>(~quint64(0)));
    // Darker on the left everywhere, and a flat grey: no bit set.
    QCOMPARE(PerceptualHash::dHash(grid(72, 64, [](int x, int) { return x * 3; })), std::optional<quint64>(0));
    QCOMPARE(PerceptualHash::dHash(grid(90, 80, [](int, int) { return 128; })), std::optional<quint64>(0));
    // Bright top half falling to the right, dark bottom half rising: the top four rows' bits only.
    const GreyImage halves = grid(72, 64, [](int x, int y) { return y < 32 ? 255 - x * 3 : x; });
    QCOMPARE(PerceptualHash::toHex(*PerceptualHash::dHash(halves)), QStringLiteral("ffffffff00000000"));
    // One bright column between cells 3 and 4 of every row: only cell 4 is brighter than its neighbour (bit 4
    // of each row, counted from the left, is the fifth: 0b00001000 = 0x08).
    const GreyImage column = grid(9, 8, [](int x, int) { return x == 4 ? 255 : 0; });
    QCOMPARE(PerceptualHash::toHex(*PerceptualHash::dHash(column)), QStringLiteral("0808080808080808"));
}

void PerceptualHashTest::dHash_tooSmallOrInvalid_none()
{
    QVERIFY(!PerceptualHash::dHash(GreyImage {}));
    QVERIFY(!PerceptualHash::dHash(grid(8, 8, [](int, int) { return 0; }))); // narrower than the grid
    GreyImage broken = grid(72, 64, [](int, int) { return 0; });
    broken.pixels.chop(1);
    QVERIFY(!PerceptualHash::dHash(broken));
    QVERIFY(!Imaging::Fingerprint::perceptualHash(QImage()));
}

void PerceptualHashTest::dHash_uniformlyBrighter_sameHash()
{
    const GreyImage picture = grid(72, 64, [](int x, int y) { return (x * 7 + y * 13) % 200; });
    const GreyImage brighter = grid(72, 64, [](int x, int y) { return (x * 7 + y * 13) % 200 + 40; });
    QCOMPARE(PerceptualHash::dHash(brighter), PerceptualHash::dHash(picture));
}

void PerceptualHashTest::hex_roundTrips()
{
    QCOMPARE(PerceptualHash::fromHex(PerceptualHash::toHex(0x0123456789abcdefULL)),
             std::optional<quint64>(0x0123456789abcdefULL));
    QVERIFY(!PerceptualHash::fromHex(QStringLiteral("12")));
    QVERIFY(!PerceptualHash::fromHex(QStringLiteral("zzzzzzzzzzzzzzzz")));
    QCOMPARE(PerceptualHash::distance(0, ~quint64(0)), 64);
    QCOMPARE(PerceptualHash::distance(0xf0, 0x0f), 8);
}

void PerceptualHashTest::knownPairs_copiesAreNear_othersAreFar_data()
{
    QTest::addColumn<QImage>("a");
    QTest::addColumn<QImage>("b");
    QTest::addColumn<bool>("near");
    const QImage original = photo(1);
    QTest::newRow("the same picture") << original << original << true;
    QTest::newRow("re-saved as JPEG at quality 60") << original << reencoded(original, "JPEG", 60) << true;
    QTest::newRow("half the size") << original
                                   << original.scaled(320, 240, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                   << true;
    QTest::newRow("a 128-pixel thumbnail")
        << original << original.scaled(128, 128, Qt::KeepAspectRatio, Qt::SmoothTransformation) << true;
    QImage brighter = original;
    for (int y = 0; y < brighter.height(); ++y) {
        for (int x = 0; x < brighter.width(); ++x)
            brighter.setPixelColor(x, y, brighter.pixelColor(x, y).lighter(115));
    }
    QTest::newRow("brighter") << original << brighter << true;
    QTest::newRow("mirrored") << original << original.mirrored(true, false) << false;
    QTest::newRow("another picture") << original << photo(2) << false;
    QTest::newRow("a third picture") << photo(3) << photo(4) << false;
}

void PerceptualHashTest::knownPairs_copiesAreNear_othersAreFar()
{
    QFETCH(QImage, a);
    QFETCH(QImage, b);
    QFETCH(bool, near);
    const int bits = distance(a, b);
    if (near)
        QVERIFY2(bits <= 4, qPrintable(QStringLiteral("%1 bits apart").arg(bits)));
    else
        QVERIFY2(bits > PerceptualHash::NearDistance, qPrintable(QStringLiteral("%1 bits apart").arg(bits)));
}

void PerceptualHashTest::transparentPixels_hashAsWhite()
{
    QImage clear(200, 100, QImage::Format_ARGB32);
    clear.fill(QColor(0, 0, 0, 0)); // transparent black
    QImage white(200, 100, QImage::Format_RGB32);
    white.fill(Qt::white);
    QCOMPARE(Imaging::Fingerprint::perceptualHash(clear), Imaging::Fingerprint::perceptualHash(white));
}

void PerceptualHashTest::findDuplicates_exactAndNearAndTransitive()
{
    // a and c have the same bytes; b looks like d (3 bits); e looks like d (4 bits) but 7 from b; f stands alone.
    const QList<Core::ImageFingerprint> images {
        {QStringLiteral("a"), "same", 0x0000ffff0000ffffULL}, {QStringLiteral("b"), "b", 0x00000000000000ffULL},
        {QStringLiteral("c"), "same", 0x0000ffff0000ffffULL}, {QStringLiteral("d"), "d", 0x00000000000000f8ULL},
        {QStringLiteral("e"), "e", 0x0000000000000008ULL},    {QStringLiteral("f"), "f", 0xffffffffffffffffULL},
    };
    const QList<Core::DuplicateGroup> groups = Core::findDuplicates(images, 4);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).keys, (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
    QVERIFY(groups.at(0).exact);
    QCOMPARE(groups.at(0).largestDistance, 0);
    QCOMPARE(groups.at(1).keys, (QStringList {QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("e")}));
    QVERIFY(!groups.at(1).exact);
    QCOMPARE(groups.at(1).largestDistance, 7); // b to e
    // Byte-identical files are one group even when one could not be decoded (no dHash).
    const QList<Core::DuplicateGroup> undecoded =
        Core::findDuplicates({{QStringLiteral("x"), "bytes", std::nullopt}, {QStringLiteral("y"), "bytes", 0x1ULL}});
    QCOMPARE(undecoded.size(), 1);
    QVERIFY(undecoded.first().exact);
}

void PerceptualHashTest::findDuplicates_nothingAlike_noGroups()
{
    QVERIFY(Core::findDuplicates({}).isEmpty());
    QVERIFY(Core::findDuplicates({{QStringLiteral("a"), {}, 0x0ULL},
                                  {QStringLiteral("b"), {}, ~quint64(0)},
                                  {QStringLiteral("c"), {}, std::nullopt},
                                  {QStringLiteral("d"), {}, std::nullopt}})
                .isEmpty());
}

void PerceptualHashTest::ofFile_jpegAndPngOfOnePicture_nearButNotExact()
{
    QTemporaryDir dir;
    const QImage picture = photo(7, 800, 600);
    const QString jpegPath = dir.filePath(QStringLiteral("a.jpg"));
    const QString pngPath = dir.filePath(QStringLiteral("b.png"));
    const QString copyPath = dir.filePath(QStringLiteral("c.jpg"));
    QVERIFY(picture.save(jpegPath, "JPEG", 85));
    QVERIFY(picture.save(pngPath, "PNG"));
    QVERIFY(QFile::copy(jpegPath, copyPath));
    const QList<Core::ImageFingerprint> prints {Imaging::Fingerprint::ofFile(QStringLiteral("a"), jpegPath),
                                                Imaging::Fingerprint::ofFile(QStringLiteral("b"), pngPath),
                                                Imaging::Fingerprint::ofFile(QStringLiteral("c"), copyPath)};
    for (const Core::ImageFingerprint &print : prints) {
        QCOMPARE(print.contentHash.size(), 32);
        QVERIFY(print.dHash);
    }
    QVERIFY(prints.at(0).contentHash != prints.at(1).contentHash);
    QCOMPARE(prints.at(0).contentHash, prints.at(2).contentHash);
    QVERIFY(PerceptualHash::distance(*prints.at(0).dHash, *prints.at(1).dHash) <= 4);
    const QList<Core::DuplicateGroup> groups = Core::findDuplicates(prints);
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().keys.size(), 3);
    QVERIFY(!groups.first().exact); // b is only alike
    // A file that is not there has no fingerprint parts.
    const Core::ImageFingerprint missing =
        Imaging::Fingerprint::ofFile(QStringLiteral("m"), dir.filePath(QStringLiteral("m")));
    QVERIFY(missing.contentHash.isEmpty());
    QVERIFY(!missing.dHash);
}

QTEST_MAIN(PerceptualHashTest)
#include "tst_perceptualhash.moc"
