// The rules applied before anything is sent: what a file is (from its bytes), the name it is sent under,
// what a ZIP holds, and the verdicts of the review sheet (reliability-rules.md R23–R27).
#include "core/files/filenamesanitiser.h"
#include "core/files/filesniffer.h"
#include "core/files/uploadlimits.h"
#include "core/files/uploadreview.h"
#include "core/files/zipdirectory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Ids::Core;
using Verdict = ReviewRow::Verdict;
using Role = ReviewRow::Role;

namespace {

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray le32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

struct ZipSpec
{
    QByteArray name;
    QByteArray data;
    quint32 declaredUncompressed = 0; // 0: the data's size
    quint32 declaredCompressed = 0;
    quint16 flags = 0;
};

// A stored (uncompressed) ZIP built by hand, so each field can be made to lie.
QByteArray makeZip(const QList<ZipSpec> &entries, bool cutDirectory = false)
{
    QByteArray body;
    QByteArray directory;
    for (const ZipSpec &entry : entries) {
        const quint32 offset = quint32(body.size());
        const quint32 compressed = entry.declaredCompressed ? entry.declaredCompressed : quint32(entry.data.size());
        const quint32 uncompressed =
            entry.declaredUncompressed ? entry.declaredUncompressed : quint32(entry.data.size());
        body += le32(0x04034b50) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0) + le32(0)
            + le32(compressed) + le32(uncompressed) + le16(quint16(entry.name.size())) + le16(0) + entry.name
            + entry.data;
        directory += le32(0x02014b50) + le16(20) + le16(20) + le16(entry.flags) + le16(0) + le16(0) + le16(0) + le32(0)
            + le32(compressed) + le32(uncompressed) + le16(quint16(entry.name.size())) + le16(0) + le16(0) + le16(0)
            + le16(0) + le32(0) + le32(offset) + entry.name;
    }
    const quint32 directoryOffset = quint32(body.size());
    if (cutDirectory)
        directory.chop(10);
    return body + directory + le32(0x06054b50) + le16(0) + le16(0) + le16(quint16(entries.size()))
        + le16(quint16(entries.size())) + le32(quint32(directory.size())) + le32(directoryOffset) + le16(0);
}

const QByteArray Jpeg("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
const QByteArray Png("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
const QByteArray WebP("RIFF\x24\x00\x00\x00WEBPVP8 ", 16);

ScannedFile scanned(const QString &name, FileKind kind, qint64 size = 1000, const QString &caption = {})
{
    ScannedFile file;
    file.path = QStringLiteral("/pictures/") + name;
    file.sentName = FileNameSanitiser::sanitise(name);
    file.size = size;
    file.kind = kind;
    file.captionText = caption;
    return file;
}

const ReviewRow &rowNamed(const UploadReview &review, const QString &name)
{
    for (const ReviewRow &row : review.rows) {
        if (row.file.sentName == name)
            return row;
    }
    qFatal("no row named %s", qPrintable(name));
}

} // namespace

Q_DECLARE_METATYPE(Ids::Core::FileKind)

class FileReviewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniff_data();
    void sniff();
    void sanitise_data();
    void sanitise();
    void sanitise_longMultibyteName_keepsExtensionAndValidUtf8();
    void sanitise_cutEndingOnSpaces_isStable();
    void zip_data();
    void zip();
    void zip_tooManyEntries_refused();
    void review_verdicts_data();
    void review_verdicts();
    void review_pairsCaptionsByStem();
    void review_ambiguousStem_warnsOnImagesAndRefusesCaption();
    void review_sameNameTwice_secondRenamedVisibly();
    void review_98Plus3_blockedWithTheLimit();
    void review_fewerThan15_warnsButAllows();
    void review_zipImagesCountTowardsLimit();
    void scan_realFiles_readsBytesAndExpandsFolders();
};

void FileReviewTest::sniff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FileKind>("kind");
    QTest::newRow("jpeg") << Jpeg << FileKind::Jpeg;
    QTest::newRow("png") << Png << FileKind::Png;
    QTest::newRow("webp") << WebP << FileKind::WebP;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00", 6) << FileKind::Zip;
    QTest::newRow("empty zip") << QByteArray("PK\x05\x06\x00\x00", 6) << FileKind::Zip;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00") << FileKind::Gif;
    QTest::newRow("bmp") << QByteArray("BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00", 14) << FileKind::Bmp;
    QTest::newRow("heic") << QByteArray("\x00\x00\x00\x18"
                                        "ftypheic\x00\x00\x00\x00",
                                        16)
                          << FileKind::Heif;
    QTest::newRow("avif") << QByteArray("\x00\x00\x00\x1c"
                                        "ftypavif\x00\x00\x00\x00",
                                        16)
                          << FileKind::Heif;
    QTest::newRow("tiff") << QByteArray("II*\x00\x08\x00", 6) << FileKind::Tiff;
    QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>") << FileKind::Svg;
    QTest::newRow("svg with prolog") << QByteArray("<?xml version='1.0'?>\n<svg/>") << FileKind::Svg;
    QTest::newRow("utf-8 text") << QByteArray("a caf\xC3\xA9 at dusk") << FileKind::Text;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBFhello") << FileKind::Text;
    QTest::newRow("latin-1 text") << QByteArray("a caf\xE9 at dusk") << FileKind::NonUtf8Text;
    QTest::newRow("empty") << QByteArray() << FileKind::Empty;
    QTest::newRow("three bytes") << QByteArray("\xFF\xD8", 2) << FileKind::Unknown;
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\x03", 4) << FileKind::Unknown;
    QTest::newRow("riff but wav") << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) << FileKind::Unknown;
}

void FileReviewTest::sniff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FileKind, kind);
    QCOMPARE(FileSniffer::sniff(bytes), kind);
}

void FileReviewTest::sanitise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("sunset.jpg") << QStringLiteral("sunset.jpg");
    QTest::newRow("directories dropped") << QStringLiteral("/home/ann/pics/sunset.jpg") << QStringLiteral("sunset.jpg");
    QTest::newRow("windows path") << QStringLiteral("C:\\Users\\ann\\sunset.jpg") << QStringLiteral("sunset.jpg");
    QTest::newRow("header injection") << QStringLiteral("evil\r\nContent-Type: x.jpg")
                                      << QStringLiteral("evilContent-Type_ x.jpg");
    QTest::newRow("quote") << QStringLiteral("a\"b.jpg") << QStringLiteral("a_b.jpg");
    QTest::newRow("bidi override") << QStringLiteral("gpj.\u202Eexe.jpg") << QStringLiteral("gpj.exe.jpg");
    QTest::newRow("leading dots") << QStringLiteral("..hidden.png") << QStringLiteral("hidden.png");
    QTest::newRow("dot then space") << QStringLiteral(". x.jpg") << QStringLiteral("x.jpg"); // found by fuzz_files
    QTest::newRow("leading dot, long suffix") << QStringLiteral(".a.txtcaptioKPnLxx") // found by fuzz_files
                                              << QStringLiteral("a.txtcaptioKPnLxx");
    QTest::newRow("only an extension") << QStringLiteral(".jpg") << QStringLiteral("file.jpg");
    QTest::newRow("nothing left") << QStringLiteral("\r\n") << QStringLiteral("file");
    QTest::newRow("unicode kept") << QStringLiteral("Straße über.png") << QStringLiteral("Straße über.png");
}

void FileReviewTest::sanitise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FileNameSanitiser::sanitise(input), expected);
    QCOMPARE(FileNameSanitiser::sanitise(expected), expected);
    // The same rule for image and caption keeps the stems paired.
    const QString caption =
        FileNameSanitiser::sanitise(input.section(QLatin1Char('.'), 0, -2) + QStringLiteral(".txt"));
    if (expected.contains(QLatin1Char('.')) && !expected.startsWith(QLatin1String("file.")))
        QCOMPARE(caption.section(QLatin1Char('.'), 0, -2), expected.section(QLatin1Char('.'), 0, -2));
}

void FileReviewTest::sanitise_longMultibyteName_keepsExtensionAndValidUtf8()
{
    const QString name = QString(150, QChar(0x00e9)) + QStringLiteral(".jpeg"); // 300 bytes of é
    const QString sent = FileNameSanitiser::sanitise(name);
    QVERIFY(sent.endsWith(QLatin1String(".jpeg")));
    QVERIFY(sent.toUtf8().size() <= FileNameSanitiser::MaxBytes);
    QVERIFY(sent.toUtf8().size() >= FileNameSanitiser::MaxBytes - 1);
    QCOMPARE(QString::fromUtf8(sent.toUtf8()), sent);
}

void FileReviewTest::sanitise_cutEndingOnSpaces_isStable()
{
    // Found by fuzz_files: a name cut at 255 bytes in the middle of spaces changed again on a second pass.
    const QString name = QString(250, QLatin1Char('x')) + QString(20, QLatin1Char(' ')) + QStringLiteral("}}}}");
    const QString once = FileNameSanitiser::sanitise(name);
    QCOMPARE(FileNameSanitiser::sanitise(once), once);
    QVERIFY(!once.endsWith(QLatin1Char(' ')));
    const QByteArray crash = QByteArray::fromBase64(
        "aX19fX19fYd9fX19fX19fX19fX19fX19fX19fX3c3Nzc3Nzc3Nzc3NzcfQAAAAF9fX19fX19fQAAAAF9fX19fX19fX19fX19//9JSuBGRth9"
        "fX19fX19fX19fX19fX19fX19fX19fX19fX19/9h9fX19fXV9fX19fSAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg"
        "ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICB9fX19");
    const QString fuzzed = FileNameSanitiser::sanitise(QString::fromUtf8(crash));
    QCOMPARE(FileNameSanitiser::sanitise(fuzzed), fuzzed);
}

void FileReviewTest::zip_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<int>("entries");
    QTest::addColumn<QString>("problem");
    QTest::newRow("three images") << makeZip({{"a.jpg", Jpeg}, {"b.png", Png}, {"dir/c.webp", WebP}}) << 3 << QString();
    QTest::newRow("empty archive") << makeZip({}) << 0 << QString();
    QTest::newRow("zip slip") << makeZip({{"../evil.jpg", Jpeg}}) << 0 << QStringLiteral("climbs out");
    QTest::newRow("absolute") << makeZip({{"/abs.jpg", Jpeg}}) << 0 << QStringLiteral("absolute path");
    QTest::newRow("drive letter") << makeZip({{"C:x.jpg", Jpeg}}) << 0 << QStringLiteral("drive letter");
    // Written on Windows (the helper's "version made by" says MS-DOS): '\' separates folders.
    QTest::newRow("backslash from Windows") << makeZip({{"a\\b.jpg", Jpeg}}) << 1 << QString();
    QTest::newRow("backslash climbing") << makeZip({{"a\\..\\..\\b.jpg", Jpeg}}) << 0 << QStringLiteral("climbs out");
    QTest::newRow("control char") << makeZip({{"a\x01.jpg", Jpeg}}) << 0 << QStringLiteral("control characters");
    QTest::newRow("nested") << makeZip({{"inner.zip", "PK"}}) << 0 << QStringLiteral("another archive");
    QTest::newRow("ratio bomb") << makeZip({{"bomb.jpg", Jpeg, 500u * 1024 * 1024, 1000}}) << 0
                                << QStringLiteral("ZIP bomb");
    QTest::newRow("encrypted") << makeZip({{"a.jpg", Jpeg, 0, 0, 1}}) << 0 << QStringLiteral("encrypted");
    QTest::newRow("cut directory") << makeZip({{"a.jpg", Jpeg}}, true) << 0 << QStringLiteral("damaged");
    QTest::newRow("garbage") << QByteArray(100, 'x') << 0 << QStringLiteral("table of contents is missing");
    QTest::newRow("tiny") << QByteArray("PK\x03\x04", 4) << 0 << QStringLiteral("too short");
}

void FileReviewTest::zip()
{
    QFETCH(QByteArray, archive);
    QFETCH(int, entries);
    QFETCH(QString, problem);
    const ZipListing listing = ZipDirectory::read(archive);
    if (problem.isEmpty()) {
        QVERIFY2(listing.problem.isEmpty(), qPrintable(listing.problem));
        QCOMPARE(listing.entries.size(), entries);
    } else {
        QVERIFY2(listing.problem.contains(problem), qPrintable(listing.problem));
    }
}

void FileReviewTest::zip_tooManyEntries_refused()
{
    QList<ZipSpec> entries;
    for (int i = 0; i <= ZipDirectory::MaxEntries; ++i)
        entries.append({QByteArray("f") + QByteArray::number(i) + ".jpg", Jpeg});
    QVERIFY(ZipDirectory::read(makeZip(entries)).problem.contains(QStringLiteral("more than 1000")));
    entries.removeLast();
    QVERIFY(ZipDirectory::read(makeZip(entries)).problem.isEmpty());
}

void FileReviewTest::review_verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FileKind>("kind");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("reasonPart");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("jpeg") << "a.jpg" << FileKind::Jpeg << 1000LL << Verdict::Ok << QString();
    QTest::newRow("png named .jpg") << "b.jpg" << FileKind::Png << 1000LL << Verdict::Warning << "PNG";
    QTest::newRow("webp named .png") << "c.png" << FileKind::WebP << 1000LL << Verdict::Warning << "WebP";
    QTest::newRow("jpeg named .jpeg") << "d.jpeg" << FileKind::Jpeg << 1000LL << Verdict::Ok << QString();
    QTest::newRow("gif named .png") << "e.png" << FileKind::Gif << 1000LL << Verdict::Refused << "GIF";
    QTest::newRow("heic named .jpg") << "f.jpg" << FileKind::Heif << 1000LL << Verdict::Ok << QString(); // converted
    QTest::newRow("bmp") << "g.bmp" << FileKind::Bmp << 1000LL << Verdict::Refused << "BMP";
    QTest::newRow("svg") << "h.svg" << FileKind::Svg << 1000LL << Verdict::Refused << "SVG";
    QTest::newRow("text named .webp") << "i.webp" << FileKind::Text << 10LL << Verdict::Refused << "text file";
    QTest::newRow("empty") << "j.png" << FileKind::Empty << 0LL << Verdict::Refused << "empty";
    QTest::newRow("unknown") << "k.jpg" << FileKind::Unknown << 3LL << Verdict::Refused << "not a JPEG";
    QTest::newRow("latin-1 caption") << "l.txt" << FileKind::NonUtf8Text << 10LL << Verdict::Refused << "UTF-8";
    QTest::newRow("10 MB exactly") << "m.jpg" << FileKind::Jpeg << 10 * mb << Verdict::Ok << QString();
    QTest::newRow("over 10 MB") << "n.jpg" << FileKind::Jpeg << 10 * mb + 1 << Verdict::Warning << "may refuse";
    QTest::newRow("25 MB exactly") << "o.jpg" << FileKind::Jpeg << 25 * mb << Verdict::Warning << "may refuse";
    QTest::newRow("over 25 MB") << "p.jpg" << FileKind::Jpeg << 25 * mb + 1 << Verdict::Refused << "limit";
}

void FileReviewTest::review_verdicts()
{
    QFETCH(QString, name);
    QFETCH(FileKind, kind);
    QFETCH(qint64, size);
    QFETCH(Verdict, verdict);
    QFETCH(QString, reasonPart);
    const UploadReview review = reviewFiles({scanned(name, kind, size)}, 0);
    const ReviewRow &row = review.rows.first();
    QCOMPARE(row.verdict, verdict);
    QVERIFY2(row.reason.contains(reasonPart), qPrintable(row.reason));
    QCOMPARE(row.reason.isEmpty(), verdict == Verdict::Ok);
}

void FileReviewTest::review_pairsCaptionsByStem()
{
    const UploadReview review = reviewFiles(
        {scanned(QStringLiteral("sunset.txt"), FileKind::Text, 20, QStringLiteral("x")),
         scanned(QStringLiteral("sunset.jpg"), FileKind::Jpeg), scanned(QStringLiteral("beach.png"), FileKind::Png),
         scanned(QStringLiteral("notes.txt"), FileKind::Text, 20)},
        0);
    QCOMPARE(review.rows.at(0).role, Role::Caption);
    QCOMPARE(review.rows.at(0).pairedWith, 1);
    QCOMPARE(review.rows.at(1).pairedWith, 0);
    QCOMPARE(review.rows.at(2).pairedWith, -1);
    QCOMPARE(rowNamed(review, QStringLiteral("notes.txt")).verdict, Verdict::Refused);
    QVERIFY(rowNamed(review, QStringLiteral("notes.txt")).reason.contains(QStringLiteral("no image named")));
    QCOMPARE(review.newImages, 2);
    QVERIFY(review.canUpload());
}

void FileReviewTest::review_ambiguousStem_warnsOnImagesAndRefusesCaption()
{
    const UploadReview review =
        reviewFiles({scanned(QStringLiteral("a.jpg"), FileKind::Jpeg), scanned(QStringLiteral("a.png"), FileKind::Png),
                     scanned(QStringLiteral("a.txt"), FileKind::Text, 5)},
                    0);
    QCOMPARE(review.rows.at(2).verdict, Verdict::Refused);
    QVERIFY(review.rows.at(2).reason.contains(QStringLiteral("a.jpg, a.png")));
    QCOMPARE(review.rows.at(0).verdict, Verdict::Warning);
    QCOMPARE(review.rows.at(1).verdict, Verdict::Warning);
}

void FileReviewTest::review_sameNameTwice_secondRenamedVisibly()
{
    ScannedFile first = scanned(QStringLiteral("a.jpg"), FileKind::Jpeg);
    ScannedFile second = first;
    second.path = QStringLiteral("/other/a.jpg");
    const UploadReview review = reviewFiles({first, second}, 0);
    QCOMPARE(review.rows.at(0).verdict, Verdict::Ok);
    QCOMPARE(review.rows.at(0).sendName, QStringLiteral("a.jpg"));
    // Never sent under one name (Ideogram would keep one): the second gets a number, and its row says so.
    QCOMPARE(review.rows.at(1).verdict, Verdict::Ok);
    QCOMPARE(review.rows.at(1).sendName, QStringLiteral("a (2).jpg"));
    QVERIFY2(review.rows.at(1).note.contains(QStringLiteral("a (2).jpg")), qPrintable(review.rows.at(1).note));
}

void FileReviewTest::review_98Plus3_blockedWithTheLimit()
{
    QList<ScannedFile> files;
    for (int i = 0; i < 3; ++i)
        files.append(scanned(QStringLiteral("%1.jpg").arg(i), FileKind::Jpeg));
    const UploadReview blocked = reviewFiles(files, 98);
    QCOMPARE(blocked.problems.size(), 1);
    QVERIFY(blocked.problems.first().contains(QStringLiteral("101")));
    QVERIFY(blocked.problems.first().contains(QStringLiteral("100")));
    QVERIFY(!blocked.canUpload());
    QVERIFY(reviewFiles(files, 97).canUpload());
}

void FileReviewTest::review_fewerThan15_warnsButAllows()
{
    QList<ScannedFile> files;
    for (int i = 0; i < 4; ++i)
        files.append(scanned(QStringLiteral("%1.jpg").arg(i), FileKind::Jpeg));
    const UploadReview few = reviewFiles(files, 10);
    QCOMPARE(few.warnings.size(), 1);
    QVERIFY(few.warnings.first().contains(QStringLiteral("15")));
    QVERIFY(few.canUpload());
    QVERIFY(reviewFiles(files, 11).warnings.isEmpty());
}

void FileReviewTest::review_zipImagesCountTowardsLimit()
{
    // The ZIP's entries are read by the scan, as for a dropped file.
    QTemporaryDir dir;
    QFile archive(dir.filePath(QStringLiteral("batch.zip")));
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.write(makeZip({{"a.jpg", Jpeg}, {"b.png", Png}, {"a.txt", "caption"}}));
    archive.close();
    const ScannedFile zip = scanPaths({archive.fileName()}).first();
    QVERIFY(zip.zip.problem.isEmpty());
    QCOMPARE(zip.members.size(), 3);
    QCOMPARE(reviewFiles({zip}, 0).newImages, 2);
    QCOMPARE(reviewFiles({zip}, 99).problems.size(), 1);
    ScannedFile bad = scanned(QStringLiteral("bad.zip"), FileKind::Zip);
    bad.zip = ZipDirectory::read(makeZip({{"../x.jpg", Jpeg}}));
    QCOMPARE(reviewFiles({bad}, 0).rows.first().verdict, Verdict::Refused);
}

void FileReviewTest::scan_realFiles_readsBytesAndExpandsFolders()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder/sub")));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("photo.jpg"), Png); // lies
    write(QStringLiteral("folder/b.jpg"), Jpeg);
    write(QStringLiteral("folder/b.txt"), "a caption");
    write(QStringLiteral("folder/sub/c.webp"), WebP);
    write(QStringLiteral("folder/.DS_Store"), "junk");
    write(QStringLiteral("archive.zip"), makeZip({{"z.jpg", Jpeg}}));

    const QList<ScannedFile> files =
        scanPaths({dir.filePath(QStringLiteral("photo.jpg")), dir.filePath(QStringLiteral("folder")),
                   dir.filePath(QStringLiteral("archive.zip"))});
    QStringList names;
    for (const ScannedFile &file : files)
        names.append(file.sentName);
    // .DS_Store is listed (as skipped), not dropped: nothing vanishes.
    QCOMPARE(names,
             (QStringList {QStringLiteral("photo.jpg"), QStringLiteral("file.DS_Store"), QStringLiteral("b.jpg"),
                           QStringLiteral("b.txt"), QStringLiteral("c.webp"), QStringLiteral("archive.zip")}));
    QCOMPARE(files.at(1).skip, SkipReason::DsStore);
    QCOMPARE(files.at(0).kind, FileKind::Png);
    QCOMPARE(files.at(3).kind, FileKind::Text);
    QCOMPARE(files.at(3).captionText, QStringLiteral("a caption"));
    QCOMPARE(files.at(5).kind, FileKind::Zip);
    QCOMPARE(files.at(5).zip.entries.size(), 1);
    QCOMPARE(files.at(2).size, Jpeg.size());

    const QList<ScannedFile> missing = scanPaths({dir.filePath(QStringLiteral("gone.jpg"))});
    QCOMPARE(missing.size(), 1);
    QVERIFY(!missing.first().readError.isEmpty());
    QCOMPARE(reviewFiles(missing, 0).rows.first().verdict, Verdict::Refused);
}

QTEST_GUILESS_MAIN(FileReviewTest)
#include "tst_filereview.moc"
