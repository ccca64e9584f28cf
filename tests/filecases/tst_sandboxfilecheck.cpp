// The sandbox's own strict checks (sandboxfilecheck.h): Python's idea of UTF-8, magic bytes, zipfile's
// reading of names. Expected values are Python's (bytes.decode("utf-8"), zipfile.ZipInfo.filename).
#include "fixtures.h"

#include "sandbox/sandboxfilecheck.h"

#include <QStringDecoder>
#include <QTest>

using namespace Ids::Sandbox;

class SandboxFileCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strictUtf8_data();
    void strictUtf8();
    void kindOf_magicBytesOnly();
    void readZip_namesAsZipfileReadsThem();
    void readZip_unsafeOrDamaged_refused();
};

void SandboxFileCheckTest::strictUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("a caption") << true;
    QTest::newRow("two-byte") << QByteArray("caf\xC3\xA9") << true;
    QTest::newRow("four-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("BOM kept") << QByteArray("\xEF\xBB\xBFx") << true;
    QTest::newRow("U+FEFF inside kept") << QByteArray("a\xEF\xBB\xBF"
                                                      "b")
                                        << true; // found by fuzz_captions
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("cut") << QByteArray("ab\xE2\x82") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("latin-1") << QByteArray("caf\xE9") << false;
}

void SandboxFileCheckTest::strictUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const std::optional<QString> text = FileCheck::strictUtf8(bytes);
    QCOMPARE(text.has_value(), valid);
    if (valid)
        // Python keeps a BOM as U+FEFF; so does a Qt decoder told to.
        QCOMPARE(*text, QString(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)(bytes)));
}

void SandboxFileCheckTest::kindOf_magicBytesOnly()
{
    QCOMPARE(FileCheck::kindOf(Fixtures::jpeg()), FileCheck::Kind::Jpeg);
    QCOMPARE(FileCheck::kindOf(Fixtures::png()), FileCheck::Kind::Png);
    QCOMPARE(FileCheck::kindOf(QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16)), FileCheck::Kind::WebP);
    QCOMPARE(FileCheck::kindOf(QByteArray("\x89PNG\r\n", 6)), FileCheck::Kind::Other); // a cut signature
    QCOMPARE(FileCheck::kindOf(QByteArray("\0\0\0\x18"
                                          "ftypheic",
                                          12)),
             FileCheck::Kind::Other);
}

void SandboxFileCheckTest::readZip_namesAsZipfileReadsThem()
{
    const QByteArray archive = Fixtures::zip({{"dir/", {}},
                                              {"dir/caf\x82.jpg", Fixtures::jpeg()},
                                              {QString::fromUtf8("\u00fc.jpg").toUtf8(), "x", 0x800},
                                              {"stored.txt", "plain", 0, Fixtures::MadeByUnix}});
    const auto files = FileCheck::readZip(archive, 1 << 20);
    QVERIFY(files);
    QCOMPARE(files->size(), 3);
    QCOMPARE(files->at(0).name, QStringLiteral("caf\u00e9.jpg")); // CP437 0x82 = é
    QCOMPARE(files->at(0).data, Fixtures::jpeg());
    QCOMPARE(files->at(1).name, QStringLiteral("\u00fc.jpg"));
    QCOMPARE(files->at(2).data, QByteArray("plain"));
}

void SandboxFileCheckTest::readZip_unsafeOrDamaged_refused()
{
    QVERIFY(!FileCheck::readZip(Fixtures::zip({{"../x.jpg", "x"}}), 1 << 20));
    QVERIFY(!FileCheck::readZip(Fixtures::zip({{"/x.jpg", "x"}}), 1 << 20));
    QVERIFY(!FileCheck::readZip(QByteArray(100, 'x'), 1 << 20));
    QByteArray cut = Fixtures::zip({{"a.jpg", Fixtures::jpeg()}});
    cut[60] = char(cut[60] ^ 0x55); // a byte of the compressed data: the CRC no longer matches
    QVERIFY(!FileCheck::readZip(cut, 1 << 20));
    QVERIFY(!FileCheck::readZip(Fixtures::zip({{"big.txt", QByteArray(2000, 'a')}}), 1000)); // over the cap
}

QTEST_GUILESS_MAIN(SandboxFileCheckTest)
#include "tst_sandboxfilecheck.moc"
