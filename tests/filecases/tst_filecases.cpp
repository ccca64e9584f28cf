// The file sets people's computers really make (the cases table of the file issue), each built here in the
// shape its tool writes it, with the right answer of the table asserted; and the other kinds of each: every
// skipped name, every caption encoding, every rename clash, unusual images.
#include "fixtures.h"

#include "core/files/uploadlimits.h"
#include "core/files/uploadreview.h"
#include "core/services/uploadplan.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Ids::Core;
using Role = ReviewRow::Role;
using Verdict = ReviewRow::Verdict;

namespace {

int count(const UploadReview &review, Role role, bool sent = true)
{
    return int(std::count_if(review.rows.cbegin(), review.rows.cend(), [&](const ReviewRow &row) {
        return row.role == role && (!sent || row.verdict != Verdict::Refused);
    }));
}

const ReviewRow &row(const UploadReview &review, const QString &sendOrDisplayName)
{
    for (const ReviewRow &r : review.rows) {
        if (r.sendName == sendOrDisplayName || r.file.displayName() == sendOrDisplayName)
            return r;
    }
    qFatal("no row %s", qPrintable(sendOrDisplayName));
}

// Everything a preparation does, done at once (the dialog and --check run the same on workers).
QHash<QString, PreparedFile> fakePrepared(const UploadReview &review)
{
    QHash<QString, PreparedFile> prepared;
    for (const ReviewRow &r : review.rows) {
        if (r.prepare.needed())
            prepared.insert(r.file.key(), {QStringLiteral("/prepared/") + r.sendName, r.file.size, 640, 640, {}});
    }
    return prepared;
}

} // namespace

class FileCasesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void macFinderZip_small10_tenImagesJunkSkippedNotSent();
    void macFinderZip_large60_sixtyImagesNotBlocked();
    void macFinderZip_plain60_control_sixtyImagesNamesInNfc();
    void powerShell51Zip_backslashes_sixteenPairs();
    void powerShell51Zip_climbing_stillRefused();
    void powerShell7Zip_control_sixteenPairs();
    void zipNames_eachEncodingReadAsWritten_data();
    void zipNames_eachEncodingReadAsWritten();
    void zipNames_deviceAndAbsoluteNames_refused_data();
    void zipNames_deviceAndAbsoluteNames_refused();
    void skippedNames_eachListedNeverCounted_data();
    void skippedNames_eachListedNeverCounted();
    void skippedNames_inAFolder_listedNotCounted();
    void utf16Captions_readConvertedAndSaidInTheRow_data();
    void utf16Captions_readConvertedAndSaidInTheRow();
    void nonTextCaption_ownReason_data();
    void nonTextCaption_ownReason();
    void nfdStems_fivePairs_sentInNfc();
    void undecodableNames_noneVanish();
    void webSuffixes_sentAsJpgCaptionsPaired();
    void renameClashes_solvedVisibly_data();
    void renameClashes_solvedVisibly();
    void unusualImages_eachDecidedAndSaid();
    void folderCap_saysHowManyWereLeftOut();
    void zipAsIs_whenClean_planHasTheZipAndItsImages();
    void brokenLink_listedWithItsReason();
    void smallImage_warnedUnder512OnItsShortSide();
    void utf16JsonCaption_readAsAStructuredCaption();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!Fixtures::write(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void FileCasesTest::macFinderZip_small10_tenImagesJunkSkippedNotSent()
{
    const QString path = write(QStringLiteral("mac_small_10.zip"), Fixtures::macFinderZip(10));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 10); // not 20
    // 10 AppleDouble twins, .DS_Store and its twin: listed as skipped, never counted.
    QCOMPARE(count(review, Role::Skipped, false), 12);
    for (const ReviewRow &r : review.rows) {
        if (r.file.zipMember.contains(QLatin1String("__MACOSX"))
            || r.file.zipMember.endsWith(QLatin1String(".DS_Store")))
            QCOMPARE(r.role, Role::Skipped);
    }
    QVERIFY(std::any_of(review.warnings.cbegin(), review.warnings.cend(),
                        [](const QString &w) { return w.contains(QStringLiteral("at least 15")); }));
    const ReviewRow &zip = review.rows.first();
    QCOMPARE(zip.role, Role::Zip);
    QCOMPARE(zip.zipSend, ReviewRow::ZipSend::OneByOne);
    QCOMPARE(zip.zipImages, 10);
    // Sent: the ten images taken out of the archive, and nothing of the junk.
    const UploadPlan plan =
        planUpload(reviewFiles(scanPaths({path}), ReviewOptions {0, {}, fakePrepared(review), {}}), fakePrepared(review));
    QCOMPARE(plan.items.size(), 10);
    for (const UploadItem &item : plan.items) {
        QVERIFY2(!item.part.sentName.startsWith(QLatin1String("._"))
                     && !item.part.sentName.contains(QLatin1String("DS_Store")) && plan.zipImagesOfItem.isEmpty(),
                 qPrintable(item.part.sentName));
    }
}

void FileCasesTest::macFinderZip_large60_sixtyImagesNotBlocked()
{
    const QString path = write(QStringLiteral("mac_large_60.zip"), Fixtures::macFinderZip(60));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 60); // not 120
    QVERIFY2(review.problems.isEmpty(), qPrintable(review.problems.join(QLatin1Char('\n'))));
    QCOMPARE(count(review, Role::Skipped, false), 62);
    QCOMPARE(reviewFiles(scanPaths({path}), ReviewOptions {0, {}, fakePrepared(review), {}}).canUpload(), true);
}

void FileCasesTest::macFinderZip_plain60_control_sixtyImagesNamesInNfc()
{
    const QString path = write(QStringLiteral("mac_plain_60.zip"), Fixtures::macFinderZip(60, false));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 60);
    QCOMPARE(count(review, Role::Skipped, false), 0);
    QVERIFY(review.problems.isEmpty());
    // Decomposed UTF-8 without the flag: read as UTF-8, sent in NFC.
    QCOMPARE(row(review, QStringLiteral("Dataset/cafe\u0301 terrasse 03.jpeg")).sendName,
             QStringLiteral("caf\u00e9 terrasse 03.jpeg"));
    QCOMPARE(row(review, QStringLiteral("Dataset/Mu\u0308nchen 04.jpeg")).sendName,
             QStringLiteral("M\u00fcnchen 04.jpeg"));
}

void FileCasesTest::powerShell51Zip_backslashes_sixteenPairs()
{
    const QString path = write(QStringLiteral("ps51_compress_archive.zip"), Fixtures::powerShell51Zip(16));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QVERIFY2(review.rows.first().verdict != Verdict::Refused, qPrintable(review.rows.first().reason));
    QCOMPARE(review.newImages, 16);
    QCOMPARE(count(review, Role::Caption), 16);
    for (const ReviewRow &r : review.rows) {
        if (r.role == Role::Caption) {
            QVERIFY(r.pairedWith >= 0);
            QCOMPARE(r.file.zipMember.section(QLatin1Char('/'), 0, 0), QStringLiteral("dataset"));
        }
    }
    QCOMPARE(row(review, QStringLiteral("dataset/0001.jpg")).sendName, QStringLiteral("0001.jpg"));
    // Not every unzip reads '\' as a folder: the files go one by one, under the names read here.
    QCOMPARE(review.rows.first().zipSend, ReviewRow::ZipSend::OneByOne);
}

void FileCasesTest::powerShell51Zip_climbing_stillRefused()
{
    const QString path =
        write(QStringLiteral("ps51_climbing.zip"), Fixtures::powerShell51Zip(3, "dataset\\..\\..\\evil.jpg"));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.rows.size(), 1);
    QCOMPARE(review.rows.first().verdict, Verdict::Refused);
    QVERIFY2(review.rows.first().reason.contains(QStringLiteral("climbs out")), qPrintable(review.rows.first().reason));
    QCOMPARE(review.newImages, 0);
}

void FileCasesTest::powerShell7Zip_control_sixteenPairs()
{
    QList<Fixtures::Entry> entries;
    for (int i = 1; i <= 16; ++i) {
        const QByteArray stem = "dataset/" + QByteArray::number(i).rightJustified(4, '0');
        entries.append({stem + ".jpg", Fixtures::jpeg(640, 640, stem), 0, Fixtures::MadeByMsDos});
        entries.append({stem + ".txt", "caption " + stem, 0, Fixtures::MadeByMsDos});
    }
    const QString path = write(QStringLiteral("ps7_compress_archive.zip"), Fixtures::zip(entries));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 16);
    QCOMPARE(count(review, Role::Caption), 16);
    QCOMPARE(review.rows.first().zipSend, ReviewRow::ZipSend::AsIs);
}

void FileCasesTest::zipNames_eachEncodingReadAsWritten_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("madeBy");
    QTest::addColumn<QString>("unicodeField");
    QTest::addColumn<QString>("expected");
    const int dos = Fixtures::MadeByMsDos;
    const int posix = Fixtures::MadeByUnix;
    QTest::newRow("UTF-8 flag") << QString::fromUtf8("Stra\u00dfe.jpg").toUtf8() << 0x800 << posix << QString()
                                << QStringLiteral("Stra\u00dfe.jpg");
    QTest::newRow("Unicode Path field") << QByteArray("caf\x82.jpg") << 0 << dos
                                        << QStringLiteral("caf\u00e9 (unicode).jpg")
                                        << QStringLiteral("caf\u00e9 (unicode).jpg");
    QTest::newRow("CP437") << QByteArray("caf\x82 \x81"
                                         "ber.jpg")
                           << 0 << dos << QString() << QStringLiteral("caf\u00e9 \u00fcber.jpg");
    // 表紙: the second byte of 表 is 0x5C, the backslash: one character, not a folder.
    QTest::newRow("Shift_JIS, 0x5C trail byte")
        << QByteArray("\x95\x5c\x8e\x86_03.jpg") << 0 << dos << QString() << QStringLiteral("\u8868\u7d19_03.jpg");
    QTest::newRow("Shift_JIS kana") << QByteArray("\x82\xb3\x82\xad\x82\xe7.jpg") << 0 << dos << QString()
                                    << QStringLiteral("\u3055\u304f\u3089.jpg");
    QTest::newRow("GBK") << QByteArray("\xb7\xe7\xbe\xb0_01.jpg") << 0 << dos << QString()
                         << QStringLiteral("\u98ce\u666f_01.jpg");
    QTest::newRow("GBK photo") << QByteArray("\xd5\xd5\xc6\xac.jpg") << 0 << dos << QString()
                               << QStringLiteral("\u7167\u7247.jpg");
    QTest::newRow("Big5") << QByteArray("\xb7\xd3\xa4\xf9_01.jpg") << 0 << dos << QString()
                          << QStringLiteral("\u7167\u7247_01.jpg");
    QTest::newRow("CP949") << QByteArray("\xbb\xe7\xc1\xf8_01.jpg") << 0 << dos << QString()
                           << QStringLiteral("\uc0ac\uc9c4_01.jpg");
    QTest::newRow("UTF-8 without flag") << QString::fromUtf8("\u00e9t\u00e9.jpg").toUtf8() << 0 << posix << QString()
                                        << QStringLiteral("\u00e9t\u00e9.jpg");
}

void FileCasesTest::zipNames_eachEncodingReadAsWritten()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, flags);
    QFETCH(int, madeBy);
    QFETCH(QString, unicodeField);
    QFETCH(QString, expected);
    // Inside a folder written with '\', as Windows does.
    const QByteArray name = madeBy == Fixtures::MadeByMsDos ? "photos\\" + raw : "photos/" + raw;
    const QByteArray extra = unicodeField.isEmpty()
        ? QByteArray()
        : Fixtures::unicodePathExtra(name, QStringLiteral("photos/") + unicodeField);
    const QString path = write(QStringLiteral("names.zip"),
                               Fixtures::zip({{name, Fixtures::jpeg(), quint16(flags), quint16(madeBy), extra}}));
    const ScannedFile zip = scanPaths({path}).first();
    QVERIFY2(zip.zip.problem.isEmpty(), qPrintable(zip.zip.problem));
    QCOMPARE(zip.members.size(), 1);
    QCOMPARE(zip.members.first().zipMember, QStringLiteral("photos/") + expected);
    QCOMPARE(zip.members.first().sentName, expected);
}

void FileCasesTest::zipNames_deviceAndAbsoluteNames_refused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("device") << QByteArray("dataset\\CON.jpg") << QStringLiteral("device");
    QTest::newRow("numbered device") << QByteArray("LPT1") << QStringLiteral("device");
    QTest::newRow("absolute") << QByteArray("\\Windows\\x.jpg") << QStringLiteral("absolute");
    QTest::newRow("drive") << QByteArray("C:\\x.jpg") << QStringLiteral("drive letter");
    QTest::newRow("climbing") << QByteArray("a\\..\\..\\x.jpg") << QStringLiteral("climbs out");
}

void FileCasesTest::zipNames_deviceAndAbsoluteNames_refused()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, problem);
    const QString path =
        write(QStringLiteral("bad.zip"), Fixtures::zip({{name, Fixtures::jpeg(), 0, Fixtures::MadeByMsDos}}));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.rows.size(), 1);
    QCOMPARE(review.rows.first().verdict, Verdict::Refused);
    QVERIFY2(review.rows.first().reason.contains(problem), qPrintable(review.rows.first().reason));
}

void FileCasesTest::skippedNames_eachListedNeverCounted_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("__MACOSX/") << QByteArray("__MACOSX/a.jpg") << Fixtures::jpeg();
    QTest::newRow("._ AppleDouble") << QByteArray("photos/._b.jpg") << Fixtures::appleDouble();
    QTest::newRow(".DS_Store") << QByteArray("photos/.DS_Store") << QByteArray("\0\0\0\1Bud1", 8);
    QTest::newRow("Thumbs.db") << QByteArray("photos/Thumbs.db") << QByteArray("\xD0\xCF\x11\xE0", 4);
    QTest::newRow("desktop.ini") << QByteArray("photos/desktop.ini") << QByteArray("[.ShellClassInfo]\r\n");
    QTest::newRow("empty folder") << QByteArray("photos/empty/") << QByteArray();
}

void FileCasesTest::skippedNames_eachListedNeverCounted()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, data);
    const QString path =
        write(QStringLiteral("junk.zip"), Fixtures::zip({{"photos/keep.jpg", Fixtures::jpeg()}, {name, data}}));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 1);
    QCOMPARE(count(review, Role::Skipped, false), 1);
    const auto skipped = std::find_if(review.rows.cbegin(), review.rows.cend(),
                                      [](const ReviewRow &r) { return r.role == Role::Skipped; });
    QVERIFY(skipped->reason.startsWith(QStringLiteral("Skipped:")));
    QCOMPARE(review.rows.first().zipSend, ReviewRow::ZipSend::OneByOne); // never the junk
}

void FileCasesTest::skippedNames_inAFolder_listedNotCounted()
{
    write(QStringLiteral("folder/a.jpg"), Fixtures::jpeg());
    write(QStringLiteral("folder/._a.jpg"), Fixtures::appleDouble());
    write(QStringLiteral("folder/.DS_Store"), "Bud1");
    write(QStringLiteral("folder/Thumbs.db"), "x");
    write(QStringLiteral("folder/desktop.ini"), "[.ShellClassInfo]");
    write(QStringLiteral("folder/.git/config"), "[core]");
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("folder"))}), 0);
    QCOMPARE(review.newImages, 1);
    QCOMPARE(review.rows.size(), 6); // every entry the user gave has a row (the hidden folder as one)
    QCOMPARE(count(review, Role::Skipped, false), 5);
}

void FileCasesTest::utf16Captions_readConvertedAndSaidInTheRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("a red caf\u00e9 at dusk, \u201cquoted\u201d\r\nsecond line");
    QTest::newRow("UTF-16 LE BOM (PowerShell 5.1)") << Fixtures::utf16(text, true, true) << "UTF-16 LE with BOM";
    QTest::newRow("UTF-16 BE BOM") << Fixtures::utf16(text, false, true) << "UTF-16 BE with BOM";
    QTest::newRow("UTF-16 LE, no BOM") << Fixtures::utf16(text, true, false) << "UTF-16 LE";
    QTest::newRow("UTF-16 BE, no BOM") << Fixtures::utf16(text, false, false) << "UTF-16 BE";
    QTest::newRow("UTF-8 BOM (Notepad)") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8 with BOM";
    QTest::newRow("UTF-8, CRLF only") << text.toUtf8() << "CRLF";
}

void FileCasesTest::utf16Captions_readConvertedAndSaidInTheRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    write(QStringLiteral("captions/img_001.jpg"), Fixtures::jpeg());
    write(QStringLiteral("captions/img_001.txt"), bytes);
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("captions"))}), 0);
    const ReviewRow &caption = row(review, QStringLiteral("img_001.txt"));
    QCOMPARE(caption.role, Role::Caption);
    QVERIFY(caption.verdict != Verdict::Refused);
    QVERIFY(caption.pairedWith >= 0);
    QVERIFY(caption.prepare.rewriteCaption);
    QVERIFY2(caption.note.contains(encoding), qPrintable(caption.note));
    // What is sent: UTF-8, no BOM, LF.
    QCOMPARE(caption.file.caption.utf8,
             QStringLiteral("a red caf\u00e9 at dusk, \u201cquoted\u201d\nsecond line").toUtf8());
}

void FileCasesTest::nonTextCaption_ownReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff\x00\x10\x80", 8) << "does not hold text";
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0b",
                                              5)
                                << "does not hold text";
    QTest::newRow("Latin-1") << QByteArray("caf\xe9 cr\xe8me") << "not UTF-8 or UTF-16";
    // Found by fuzz_captions: a lone low surrogate (DF9D) that Qt's UTF-16 decoder lets through.
    QTest::newRow("UTF-16, lone surrogate") << QByteArray("\xFF\xFE"
                                                          "a\0b\0\x9d\xdf"
                                                          "c\0",
                                                          10)
                                            << "does not hold text";
}

void FileCasesTest::nonTextCaption_ownReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reasonPart);
    write(QStringLiteral("bad/img.jpg"), Fixtures::jpeg());
    write(QStringLiteral("bad/img.txt"), bytes);
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("bad"))}), 0);
    const ReviewRow &caption = row(review, QStringLiteral("img.txt"));
    QCOMPARE(caption.verdict, Verdict::Refused);
    QCOMPARE(caption.role, Role::Caption);
    QVERIFY2(caption.reason.contains(reasonPart), qPrintable(caption.reason));
    QVERIFY(!caption.reason.contains(QStringLiteral("not a JPEG")));
}

void FileCasesTest::nfdStems_fivePairs_sentInNfc()
{
    const auto nfd = [](const QString &s) { return s.normalized(QString::NormalizationForm_D); };
    const auto nfc = [](const QString &s) { return s.normalized(QString::NormalizationForm_C); };
    write(QStringLiteral("nfd/") + nfd(QStringLiteral("Zo\u00eb_01.jpg")), Fixtures::jpeg());
    write(QStringLiteral("nfd/") + nfc(QStringLiteral("Zo\u00eb_01.txt")), "ohwx woman");
    write(QStringLiteral("nfd/") + nfc(QStringLiteral("caf\u00e9_02.png")), Fixtures::png());
    write(QStringLiteral("nfd/") + nfd(QStringLiteral("caf\u00e9_02.txt")), "a street cafe");
    write(QStringLiteral("nfd/") + nfd(QStringLiteral("\u00c5ngstr\u00f6m_03.jpg")), Fixtures::jpeg());
    write(QStringLiteral("nfd/") + nfc(QStringLiteral("\u00c5ngstr\u00f6m_03.txt")), "a lab bench");
    write(QStringLiteral("nfd/") + nfd(QStringLiteral("S\u00e3o Paulo_04.jpg")), Fixtures::jpeg());
    write(QStringLiteral("nfd/") + nfc(QStringLiteral("S\u00e3o Paulo_04.json")), R"({"subject": "skyline"})");
    write(QStringLiteral("nfd/plain_05.jpg"), Fixtures::jpeg());
    write(QStringLiteral("nfd/plain_05.txt"), "control");
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("nfd"))}), 0);
    int pairs = 0;
    for (const ReviewRow &r : review.rows) {
        if (r.role == Role::Caption && r.pairedWith >= 0)
            ++pairs;
        QCOMPARE(r.sendName, nfc(r.sendName));
    }
    QCOMPARE(pairs, 5);
    QVERIFY(row(review, nfc(QStringLiteral("Zo\u00eb_01.jpg"))).isSent());
}

void FileCasesTest::undecodableNames_noneVanish()
{
    // Names that are not valid UTF-8, as old unzip leaves them (Latin-1, CP932 with a 0x5C trail byte).
    const QByteArray folder = QFile::encodeName(m_dir.filePath(QStringLiteral("undecodable")));
    QDir().mkpath(QString::fromLocal8Bit(folder));
    const QList<QByteArray> names {"caf\xe9_01.jpg",
                                   "caf\xe9_01.txt",
                                   "\xc5ngstr\xf6m_02.jpg",
                                   "\x95\x5c\x8e\x86_03.jpg",
                                   "na\xefve_04.jpg",
                                   "na\xefve_04.txt",
                                   "ok_05.jpg",
                                   "ok_06.jpg",
                                   "ok_07.jpg",
                                   "ok_07.txt"};
    for (const QByteArray &name : names) {
        const QByteArray path = folder + '/' + name;
        FILE *file = fopen(path.constData(), "wb");
        QVERIFY(file);
        const QByteArray data = name.endsWith(".txt") ? QByteArray("a caption") : Fixtures::jpeg();
        fwrite(data.constData(), 1, size_t(data.size()), file);
        fclose(file);
    }
    // QTemporaryDir cannot remove what Qt cannot name: removed here by their bytes.
    const auto cleanup = qScopeGuard([&] {
        for (const QByteArray &name : names)
            unlink(QByteArray(folder + '/' + name).constData());
    });
    const UploadReview review = reviewFiles(scanPaths({QString::fromLocal8Bit(folder)}), 0);
    QCOMPARE(review.rows.size(), 10); // every file has a row
    int unreadable = 0;
    for (const ReviewRow &r : review.rows) {
        if (r.file.nameUnreadable) {
            ++unreadable;
            QCOMPARE(r.verdict, Verdict::Refused);
            QVERIFY2(r.reason.contains(QStringLiteral("Rename")), qPrintable(r.reason));
        }
    }
    QCOMPARE(unreadable, 6);
    QCOMPARE(review.newImages, 3);
    // One such file given on its own (as a drop passes it: the name already decoded with U+FFFD).
    const QString single = QString::fromLocal8Bit(folder) + QStringLiteral("/caf\ufffd_01.jpg");
    const UploadReview alone = reviewFiles(scanPaths({single}), 0);
    QCOMPARE(alone.rows.size(), 1);
    QVERIFY2(alone.rows.first().reason.contains(QStringLiteral("not valid text")),
             qPrintable(alone.rows.first().reason));
}

void FileCasesTest::webSuffixes_sentAsJpgCaptionsPaired()
{
    for (const char *name :
         {"EbX9aQUXkAAt3vb.jpg_large", "FQm2pZ8WUAc1Lxq.jpg_orig", "portrait.jpe", "sunset.jfif", "control.jpg"}) {
        const QString file = QString::fromLatin1(name);
        write(QStringLiteral("web/") + file, Fixtures::jpeg(640, 640, name));
        write(QStringLiteral("web/") + file.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".txt"), "a caption");
    }
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("web"))}), 0);
    QStringList sent;
    for (const ReviewRow &r : review.rows) {
        if (r.role == Role::Image) {
            sent << r.sendName;
            QVERIFY(r.pairedWith >= 0);
            QCOMPARE(review.rows.at(r.pairedWith).sendName,
                     r.sendName.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".txt"));
        }
    }
    sent.sort();
    QCOMPARE(
        sent,
        (QStringList {QStringLiteral("EbX9aQUXkAAt3vb.jpg"), QStringLiteral("FQm2pZ8WUAc1Lxq.jpg"),
                      QStringLiteral("control.jpg"), QStringLiteral("portrait.jpg"), QStringLiteral("sunset.jpg")}));
    QVERIFY(row(review, QStringLiteral("sunset.jpg")).note.contains(QStringLiteral(".jfif")));
    QCOMPARE(row(review, QStringLiteral("sunset.jpg")).verdict, Verdict::Ok);
}

void FileCasesTest::renameClashes_solvedVisibly_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("sent");
    QTest::newRow("odd suffix beside .jpg") << QStringList {QStringLiteral("a/x.jpg"), QStringLiteral("a/x.jfif")}
                                            << QStringList {QStringLiteral("x.jpg"), QStringLiteral("x (2).jpg")};
    QTest::newRow("same name, two folders") << QStringList {QStringLiteral("a/y.jpg"), QStringLiteral("b/y.jpg")}
                                            << QStringList {QStringLiteral("y.jpg"), QStringLiteral("y (2).jpg")};
    QTest::newRow("HEIC beside its JPEG") << QStringList {QStringLiteral("a/IMG_1.jpg"), QStringLiteral("a/IMG_1.HEIC")}
                                          << QStringList {QStringLiteral("IMG_1.jpg"), QStringLiteral("IMG_1 (2).jpg")};
    QTest::newRow("case only") << QStringList {QStringLiteral("a/Z.jpg"), QStringLiteral("b/z.JPG")}
                               << QStringList {QStringLiteral("Z.jpg"), QStringLiteral("z (2).JPG")};
    QTest::newRow("pairs in two folders") << QStringList {QStringLiteral("a/p.jpg"), QStringLiteral("a/p.txt"),
                                                          QStringLiteral("b/p.jpg"), QStringLiteral("b/p.txt")}
                                          << QStringList {QStringLiteral("p.jpg"), QStringLiteral("p.txt"),
                                                          QStringLiteral("p (2).jpg"), QStringLiteral("p (2).txt")};
}

void FileCasesTest::renameClashes_solvedVisibly()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, sent);
    QStringList paths;
    for (const QString &name : names) {
        const bool heic = name.endsWith(QLatin1String(".HEIC"));
        paths << write(QStringLiteral("clash/") + name,
                       name.endsWith(QLatin1String(".txt")) ? QByteArray("caption")
                           : heic                           ? Fixtures::heif(Fixtures::picture(640, 640))
                                                            : Fixtures::jpeg(640, 640, name.toUtf8()));
    }
    const UploadReview review = reviewFiles(scanPaths(paths), 0);
    QStringList actual;
    for (const ReviewRow &r : review.rows)
        actual << r.sendName;
    QCOMPARE(actual, sent);
    for (int i = 0; i < review.rows.size(); ++i) {
        if (sent.at(i).contains(QLatin1String("(2)")))
            QVERIFY2(review.rows.at(i).note.contains(sent.at(i)), qPrintable(review.rows.at(i).note));
    }
}

void FileCasesTest::unusualImages_eachDecidedAndSaid()
{
    // CMYK JPEG: Adobe's 4-component frame header (SOF0 with 4 components) → re-encoded as RGB.
    QImage cmyk(8, 8, QImage::Format_RGB32);
    cmyk.fill(Qt::blue);
    QByteArray cmykJpeg = Fixtures::encode(cmyk, "jpeg");
    const qsizetype sof = cmykJpeg.indexOf(QByteArray("\xFF\xC0", 2));
    QVERIFY(sof > 0);
    cmykJpeg[sof + 9] = 4; // the component count the probe reads (only the header matters for the verdict)
    // 16-bit PNG: the IHDR bit depth.
    QImage deep(600, 600, QImage::Format_RGBX64);
    deep.fill(Qt::darkGreen);
    const QByteArray png16 = Fixtures::encode(deep, "png");
    QCOMPARE(int(png16.at(24)), 16);
    // Animated WebP: RIFF, WEBP, VP8X with the animation flag, ANIM.
    const QByteArray animated = QByteArray("RIFF\x30\0\0\0WEBPVP8X\x0a\0\0\0", 20) + QByteArray("\x02\0\0\0", 4)
        + QByteArray("\x57\x02\0\x57\x02\0", 6) + QByteArray("ANIM\x06\0\0\0", 8) + QByteArray(6, '\0');
    const UploadReview review = reviewFiles(
        scanPaths({write(QStringLiteral("odd/cmyk.jpg"), cmykJpeg), write(QStringLiteral("odd/deep.png"), png16),
                   write(QStringLiteral("odd/moving.webp"), animated)}),
        0);
    const ReviewRow &c = row(review, QStringLiteral("cmyk.jpg"));
    QVERIFY(c.prepare.reencode);
    QCOMPARE(c.prepare.outputKind, FileKind::Jpeg);
    QVERIFY2(c.note.contains(QStringLiteral("CMYK")), qPrintable(c.note));
    const ReviewRow &d = row(review, QStringLiteral("deep.png"));
    QCOMPARE(d.verdict, Verdict::Ok);
    QVERIFY(!d.prepare.needed());
    QVERIFY2(d.note.contains(QStringLiteral("16-bit")), qPrintable(d.note));
    const ReviewRow &m = row(review, QStringLiteral("moving.webp"));
    QCOMPARE(m.verdict, Verdict::Refused);
    QVERIFY2(m.reason.contains(QStringLiteral("animated")), qPrintable(m.reason));
}

void FileCasesTest::folderCap_saysHowManyWereLeftOut()
{
    for (int i = 0; i < UploadLimits::MaxFolderFiles + 7; ++i)
        write(QStringLiteral("many/%1.txt").arg(i, 5, 10, QLatin1Char('0')), "x");
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("many"))}), 0);
    QCOMPARE(review.rows.size(), UploadLimits::MaxFolderFiles + 1);
    const ReviewRow &marker = review.rows.last();
    QCOMPARE(marker.file.leftOut, 7);
    QVERIFY2(marker.reason.contains(QStringLiteral("7 more file")), qPrintable(marker.reason));
}

void FileCasesTest::zipAsIs_whenClean_planHasTheZipAndItsImages()
{
    const QString path = write(QStringLiteral("more.zip"),
                               Fixtures::zip({{"a.jpg", Fixtures::jpeg(640, 640, "a")},
                                              {"b.jpg", Fixtures::jpeg(640, 640, "b")},
                                              {"c.jpg", Fixtures::jpeg(640, 640, "c")},
                                              {"a.txt", "caption a"}}));
    const UploadReview review = reviewFiles(scanPaths({path}), 0);
    QCOMPARE(review.newImages, 3); // the ZIP's images, not 1
    QCOMPARE(review.rows.first().zipSend, ReviewRow::ZipSend::AsIs);
    const UploadPlan plan = planUpload(review);
    QCOMPARE(plan.items.size(), 1);
    QVERIFY(plan.zipImagesOfItem.contains(0));
    QCOMPARE(plan.items.first().part.sentName, QStringLiteral("more.zip"));
    QCOMPARE(plan.zipImagesOfItem.value(0),
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    QCOMPARE(plan.memberRowsOfItem.first().size(), 4);

    // The user removes one image of it: the ZIP stays, its other files go one by one.
    QList<ScannedFile> files = scanPaths({path});
    files.first().removeMember(1);
    const UploadReview fewer = reviewFiles(files, 0);
    QCOMPARE(fewer.newImages, 2);
    QCOMPARE(fewer.rows.first().zipSend, ReviewRow::ZipSend::OneByOne);
}

void FileCasesTest::brokenLink_listedWithItsReason()
{
    QVERIFY(
        QFile::link(m_dir.filePath(QStringLiteral("nowhere.jpg")), m_dir.filePath(QStringLiteral("links/broken.jpg")))
        || (QDir().mkpath(m_dir.filePath(QStringLiteral("links")))
            && QFile::link(m_dir.filePath(QStringLiteral("nowhere.jpg")),
                           m_dir.filePath(QStringLiteral("links/broken.jpg")))));
    write(QStringLiteral("links/real.jpg"), Fixtures::jpeg());
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("links"))}), 0);
    QCOMPARE(review.rows.size(), 2);
    const ReviewRow &broken = row(review, QStringLiteral("broken.jpg"));
    QCOMPARE(broken.verdict, Verdict::Refused);
    QVERIFY2(broken.reason.contains(QStringLiteral("no longer exists")), qPrintable(broken.reason));
}

void FileCasesTest::smallImage_warnedUnder512OnItsShortSide()
{
    const UploadReview review =
        reviewFiles(scanPaths({write(QStringLiteral("small/tiny.jpg"), Fixtures::jpeg(900, 300)),
                               write(QStringLiteral("small/fine.jpg"), Fixtures::jpeg(900, 512))}),
                    0);
    const ReviewRow &tiny = row(review, QStringLiteral("tiny.jpg"));
    QCOMPARE(tiny.verdict, Verdict::Warning);
    QVERIFY2(tiny.reason.contains(QStringLiteral("900 × 300")) && tiny.reason.contains(QStringLiteral("512")),
             qPrintable(tiny.reason));
    QCOMPARE(row(review, QStringLiteral("fine.jpg")).verdict, Verdict::Ok);
}

void FileCasesTest::utf16JsonCaption_readAsAStructuredCaption()
{
    write(QStringLiteral("json/img_002.jpg"), Fixtures::jpeg());
    write(QStringLiteral("json/img_002.json"),
          Fixtures::utf16(QStringLiteral("{\"subject\": \"caf\u00e9\", \"time\": \"dusk\"}\r\n"), true, true));
    const UploadReview review = reviewFiles(scanPaths({m_dir.filePath(QStringLiteral("json"))}), 0);
    const ReviewRow &caption = row(review, QStringLiteral("img_002.json"));
    QCOMPARE(caption.role, Role::Caption);
    QVERIFY2(caption.verdict != Verdict::Refused, qPrintable(caption.reason));
    QVERIFY(caption.prepare.rewriteCaption);
    QCOMPARE(caption.file.caption.utf8, QStringLiteral("{\"subject\": \"caf\u00e9\", \"time\": \"dusk\"}\n").toUtf8());
}

QTEST_GUILESS_MAIN(FileCasesTest)
#include "tst_filecases.moc"
