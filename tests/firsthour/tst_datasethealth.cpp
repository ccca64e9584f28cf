// The dataset's health line (issue 14, item 7): what each part counts, from real files on disk for sizes,
// and which files each part names. The fingerprints here are set by hand; the perceptual hash that makes
// them from pictures has its own tests.
#include "../common/testimages.h"
#include "core/files/perceptualhash.h"
#include "core/health/datasethealth.h"
#include "models/datasethealthreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids;
using Core::DatasetHealth;
using Core::HealthFacts;

class DatasetHealthTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assess_countsCaptionsAndSmallest();
    void assess_groupsLookAlikesOnly();
    void assess_unknownSizesAndFingerprints_leaveThoseParts();
    void reader_readsSizesFromTheOriginalsHeaders();
    void reader_findsLookAlikesFromKeptThumbnailsAndOriginals();
};

namespace {

HealthFacts facts(const QString &name, bool caption, std::optional<int> side = {}, std::optional<quint64> print = {})
{
    HealthFacts fact;
    fact.fileName = name;
    fact.hasCaption = caption;
    fact.shortSide = side;
    fact.fingerprint = print;
    return fact;
}

} // namespace

void DatasetHealthTest::assess_countsCaptionsAndSmallest()
{
    const DatasetHealth health =
        DatasetHealth::assess(22,
                              {facts(QStringLiteral("a.jpg"), true, 1024), facts(QStringLiteral("b.jpg"), false, 480),
                               facts(QStringLiteral("c.jpg"), false, 480), facts(QStringLiteral("d.jpg"), true, 600)});
    QCOMPARE(health.images, 22);
    QCOMPARE(health.withoutCaption, (QStringList {QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    QCOMPARE(health.smallestSide, std::optional<int>(480));
    QCOMPARE(health.smallest, (QStringList {QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    // Under 512 pixels on the short side: too small to teach much (UploadLimits::MinShortSide).
    QCOMPARE(health.tooSmall, (QStringList {QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    QCOMPARE(health.nearDuplicateCount(), 0);
}

void DatasetHealthTest::assess_groupsLookAlikesOnly()
{
    const quint64 shoe = 0xF0F0'F0F0'0F0F'0F0FULL;
    const quint64 shoeRecompressed = shoe ^ 0b1011; // 3 bits differ
    const quint64 shoeCropped = shoe ^ 0x3FF; // 10 bits: still the same picture to a person
    const quint64 sky = ~shoe; // 64 bits apart
    const quint64 nearlySky = sky ^ (0x7FFULL << 20); // 11 bits from sky: a different picture
    const DatasetHealth health = DatasetHealth::assess(
        6,
        {facts(QStringLiteral("shoe.jpg"), true, {}, shoe), facts(QStringLiteral("sky.jpg"), true, {}, sky),
         facts(QStringLiteral("shoe-2.jpg"), true, {}, shoeRecompressed),
         facts(QStringLiteral("shoe-crop.jpg"), true, {}, shoeCropped),
         facts(QStringLiteral("other.jpg"), true, {}, nearlySky), facts(QStringLiteral("web.jpg"), true)});
    QCOMPARE(Core::PerceptualHash::distance(shoe, shoeCropped), 10);
    QCOMPARE(Core::PerceptualHash::distance(sky, nearlySky), 11);
    QCOMPARE(health.nearDuplicateGroups.size(), 1);
    QCOMPARE(health.nearDuplicateGroups.first(),
             (QStringList {QStringLiteral("shoe.jpg"), QStringLiteral("shoe-2.jpg"), QStringLiteral("shoe-crop.jpg")}));
    QCOMPARE(health.nearDuplicateCount(), 2); // two of them repeat the first
    QCOMPARE(health.nearDuplicateFiles().size(), 3); // all three are shown, to choose between
    QVERIFY(health.withoutCaption.isEmpty());
}

void DatasetHealthTest::assess_unknownSizesAndFingerprints_leaveThoseParts()
{
    // Files added on the website: Ideogram lists them, but this computer has no copy.
    const DatasetHealth health =
        DatasetHealth::assess(2, {facts(QStringLiteral("x.jpg"), true), facts(QStringLiteral("y.jpg"), false)});
    QVERIFY(!health.smallestSide);
    QVERIFY(health.smallest.isEmpty());
    QVERIFY(health.nearDuplicateGroups.isEmpty());
    QCOMPARE(health.withoutCaption, QStringList {QStringLiteral("y.jpg")});
}

void DatasetHealthTest::reader_readsSizesFromTheOriginalsHeaders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        return written ? file.fileName() : QString();
    };
    const QString big = write(QStringLiteral("big.jpg"), TestImages::jpeg(800, 640));
    const QString small = write(QStringLiteral("small.png"), TestImages::png(300, 200));
    QVERIFY(!big.isEmpty() && !small.isEmpty());
    QCOMPARE(Models::DatasetHealthReader::shortSideOf(big), std::optional<int>(640));
    QCOMPARE(Models::DatasetHealthReader::shortSideOf(small), std::optional<int>(200));
    QVERIFY(!Models::DatasetHealthReader::shortSideOf(dir.filePath(QStringLiteral("gone.jpg"))));

    Core::DatasetDetail detail;
    detail.dataset.id = QStringLiteral("d1");
    detail.fileCount = 3;
    Core::DatasetFile a;
    a.fileName = QStringLiteral("big.jpg");
    a.caption = QStringLiteral("a red shoe");
    Core::DatasetFile b;
    b.fileName = QStringLiteral("small.png");
    b.caption = QStringLiteral("  "); // blank: no caption
    Core::DatasetFile c;
    c.fileName = QStringLiteral("website.jpg");
    detail.files = {a, b, c};
    Core::LocalFile bigCopy;
    bigCopy.fileName = QStringLiteral("big.jpg");
    bigCopy.originalPath = big;
    Core::LocalFile smallCopy;
    smallCopy.fileName = QStringLiteral("small.png");
    smallCopy.originalPath = small;

    const DatasetHealth health = Models::DatasetHealthReader::assess(detail, {bigCopy, smallCopy});
    QCOMPARE(health.images, 3);
    QCOMPARE(health.withoutCaption, (QStringList {QStringLiteral("small.png"), QStringLiteral("website.jpg")}));
    QCOMPARE(health.smallestSide, std::optional<int>(200));
    QCOMPARE(health.tooSmall, QStringList {QStringLiteral("small.png")});
}

void DatasetHealthTest::reader_findsLookAlikesFromKeptThumbnailsAndOriginals()
{
    // The perceptual hash of core/files, on the pictures this computer kept: a photo uploaded twice (once
    // resized, its thumbnail kept as PNG; once as the original JPEG, no thumbnail yet) is one group; a mirrored
    // picture is another picture.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QImage photo = TestImages::picture(640, 480);
    const QString original = dir.filePath(QStringLiteral("photo.jpg"));
    QVERIFY(photo.save(original, "JPEG"));
    const auto copy = [](const QString &name, const QByteArray &png, const QString &path = {}) {
        Core::LocalFile file;
        file.fileName = name;
        file.thumbnailPng = png;
        file.originalPath = path;
        return file;
    };
    const QList<Core::LocalFile> local {
        copy(QStringLiteral("photo.jpg"), {}, original),
        copy(QStringLiteral("photo-small.png"), TestImages::encoded(photo.scaled(96, 72), "PNG")),
        copy(QStringLiteral("mirrored.png"), TestImages::encoded(photo.mirrored(true, false), "PNG")),
        copy(QStringLiteral("unreadable.png"), QByteArray("not a picture")),
    };
    Core::DatasetDetail detail;
    detail.dataset.id = QStringLiteral("d2");
    detail.fileCount = 5;
    for (const QString &name :
         {QStringLiteral("photo.jpg"), QStringLiteral("photo-small.png"), QStringLiteral("mirrored.png"),
          QStringLiteral("unreadable.png"), QStringLiteral("website.jpg")}) {
        Core::DatasetFile file;
        file.fileName = name;
        file.caption = QStringLiteral("a caption");
        detail.files.append(file);
    }
    QVERIFY(Models::DatasetHealthReader::fingerprintOf(local.at(0)));
    QVERIFY(!Models::DatasetHealthReader::fingerprintOf(local.at(3)));
    const DatasetHealth health = Models::DatasetHealthReader::assess(detail, local);
    QCOMPARE(health.nearDuplicateGroups,
             (QList<QStringList> {{QStringLiteral("photo.jpg"), QStringLiteral("photo-small.png")}}));
    QCOMPARE(health.nearDuplicateCount(), 1);
    QCOMPARE(health.smallestSide, std::optional<int>(480));
}

QTEST_MAIN(DatasetHealthTest)
#include "tst_datasethealth.moc"
