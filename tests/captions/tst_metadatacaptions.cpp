// Captions from metadata.jsonl and metadata.csv (issue 15 item 4): the Hugging Face image-folder convention,
// read strictly but forgivingly (one bad line never hides the rest), matched with the review's images.
#include "core/captions/metadatacaptions.h"

#include <QTest>

using namespace Ids::Core;

class MetadataCaptionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonl_withBom_badLineNamed_restUsed();
    void csv_quotedCommasQuotesAndLineBreaks_bom_crlf();
    void csv_withoutTheColumns_saysSo();
    void match_byRelativePathThenName_unknownNamesAndMissingRowsListed();
    void fileNames();
};

void MetadataCaptionsTest::jsonl_withBom_badLineNamed_restUsed()
{
    const QByteArray bytes = "\xEF\xBB\xBF{\"file_name\": \"a.jpg\", \"text\": \"acme shoe, red\"}\n"
                             "not json\n"
                             "\n"
                             "{\"file_name\": \"images/b.png\", \"caption\": \"Stra\xC3\x9F"
                             "e, blue\"}\n"
                             "{\"file_name\": \"c.png\"}\n";
    const MetadataCaptions metadata = parseMetadataJsonl(bytes);
    QCOMPARE(metadata.entries.size(), 2);
    QCOMPARE(metadata.entries.at(0), qMakePair(QStringLiteral("a.jpg"), QStringLiteral("acme shoe, red")));
    QCOMPARE(metadata.entries.at(1), qMakePair(QStringLiteral("images/b.png"), QStringLiteral("Straße, blue")));
    QCOMPARE(metadata.problems.size(), 2);
    QVERIFY(metadata.problems.at(0).startsWith(QStringLiteral("Line 2")));
    QVERIFY(metadata.problems.at(1).startsWith(QStringLiteral("Line 5")));
}

void MetadataCaptionsTest::csv_quotedCommasQuotesAndLineBreaks_bom_crlf()
{
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "file_name,text,extra\r\n"
                             "a.jpg,\"acme shoe, red, on grass\",x\r\n"
                             "b.jpg,\"the \"\"acme\"\" boot\nsecond line\",y\r\n"
                             "c.jpg,plain words,z\r\n"
                             "\r\n"
                             "d.jpg\r\n";
    const MetadataCaptions metadata = parseMetadataCsv(bytes);
    QCOMPARE(metadata.entries.size(), 3);
    QCOMPARE(metadata.entries.at(0).second, QStringLiteral("acme shoe, red, on grass"));
    QCOMPARE(metadata.entries.at(1).second, QStringLiteral("the \"acme\" boot\nsecond line"));
    QCOMPARE(metadata.entries.at(2), qMakePair(QStringLiteral("c.jpg"), QStringLiteral("plain words")));
    // The record without a caption is named, not guessed.
    QCOMPARE(metadata.problems.size(), 1);
}

void MetadataCaptionsTest::csv_withoutTheColumns_saysSo()
{
    const MetadataCaptions metadata = parseMetadataCsv("name,description\na.jpg,shoe\n");
    QVERIFY(metadata.entries.isEmpty());
    QCOMPARE(metadata.problems.size(), 1);
    QVERIFY(metadata.problems.first().contains(QStringLiteral("file_name")));
}

void MetadataCaptionsTest::match_byRelativePathThenName_unknownNamesAndMissingRowsListed()
{
    MetadataCaptions metadata;
    metadata.entries = {{QStringLiteral("images/a.jpg"), QStringLiteral("A")},
                        {QStringLiteral("./b.jpg"), QStringLiteral("B")},
                        {QStringLiteral("gone.jpg"), QStringLiteral("G")},
                        {QStringLiteral("sub\\c.jpg"), QStringLiteral("C")}};
    const QList<QPair<QString, QString>> images {{QStringLiteral("/p/images/a.jpg"), QStringLiteral("images/a.jpg")},
                                                 {QStringLiteral("/p/other/b.jpg"), QStringLiteral("other/b.jpg")},
                                                 {QStringLiteral("/p/sub/c.jpg"), QStringLiteral("sub/c.jpg")},
                                                 {QStringLiteral("/p/d.jpg"), QStringLiteral("d.jpg")}};
    const MetadataMatch match = matchMetadata(metadata, images);
    QCOMPARE(match.captions.value(QStringLiteral("/p/images/a.jpg")).text, QStringLiteral("A"));
    QCOMPARE(match.captions.value(QStringLiteral("/p/images/a.jpg")).source, CaptionSource::Metadata);
    QCOMPARE(match.captions.value(QStringLiteral("/p/other/b.jpg")).text, QStringLiteral("B")); // by name alone
    QCOMPARE(match.captions.value(QStringLiteral("/p/sub/c.jpg")).text, QStringLiteral("C")); // a Windows path
    QCOMPARE(match.unknownNames, QStringList {QStringLiteral("gone.jpg")});
    QCOMPARE(match.imagesWithoutEntry, QStringList {QStringLiteral("/p/d.jpg")});
}

void MetadataCaptionsTest::fileNames()
{
    QVERIFY(isMetadataFileName(QStringLiteral("metadata.jsonl")));
    QVERIFY(isMetadataFileName(QStringLiteral("train/METADATA.CSV")));
    QVERIFY(!isMetadataFileName(QStringLiteral("metadata.json")));
    QVERIFY(!isMetadataFileName(QStringLiteral("my-metadata.csv")));
}

QTEST_GUILESS_MAIN(MetadataCaptionsTest)
#include "tst_metadatacaptions.moc"
