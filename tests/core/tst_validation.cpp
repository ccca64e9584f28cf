#include "core/validation/apikey.h"
#include "core/validation/baseurl.h"
#include "core/validation/datasetname.h"

#include <QTest>

using namespace Ids::Core;

class ValidationTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datasetName_check_data();
    void datasetName_check();
    void apiKey_check_data();
    void apiKey_check();
    void apiKey_masked_showsOnlyLastFour();
    void baseUrl_check_data();
    void baseUrl_check();
    void baseUrl_sameOrigin_data();
    void baseUrl_sameOrigin();
};

void ValidationTest::datasetName_check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << "Summer shoes" << true << "Summer shoes";
    QTest::newRow("trimmed") << "  Summer shoes \t" << true << "Summer shoes";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("whitespace only") << " \t " << false << "";
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true << QString(64, QLatin1Char('a'));
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false << QString(65, QLatin1Char('a'));
    QTest::newRow("10000 chars") << QString(10000, QLatin1Char('x')) << false << QString(10000, QLatin1Char('x'));
    QTest::newRow("64 emoji (128 UTF-16 units)") << QString::fromUcs4(std::u32string(64, U'\U0001F600').c_str()) << true
                                                 << QString::fromUcs4(std::u32string(64, U'\U0001F600').c_str());
    QTest::newRow("unicode letters") << QStringLiteral("Café Ünïcode 日本") << true
                                     << QStringLiteral("Café Ünïcode 日本");
    QTest::newRow("NFC normalised") << QStringLiteral("Cafe\u0301") << true << QStringLiteral("Caf\u00e9");
    QTest::newRow("newline inside") << "a\nb" << false << "a\nb";
    QTest::newRow("tab inside") << "a\tb" << false << "a\tb";
    QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << false << QStringLiteral("a\u0085b");
    QTest::newRow("DEL") << QStringLiteral("a\u007fb") << false << QStringLiteral("a\u007fb");
    QTest::newRow("RLO bidi override") << QStringLiteral("evil\u202Egpj.exe") << false
                                       << QStringLiteral("evil\u202Egpj.exe");
    QTest::newRow("LRI isolate") << QStringLiteral("a\u2066b") << false << QStringLiteral("a\u2066b");
    QTest::newRow("unpaired surrogate") << QString(QChar(0xD800)) + QStringLiteral("x") << false
                                        << QString(QChar(0xD800)) + QStringLiteral("x");
    QTest::newRow("html is just text") << "<b>bold</b>" << true << "<b>bold</b>";
    QTest::newRow("sql-looking text") << "x'; DROP TABLE datasets;--" << true << "x'; DROP TABLE datasets;--";
}

void ValidationTest::datasetName_check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    const DatasetName::Check check = DatasetName::check(input);
    QCOMPARE(check.ok(), ok);
    QCOMPARE(check.reason.isEmpty(), ok);
    if (ok)
        QCOMPARE(check.name, normalised);
}

void ValidationTest::apiKey_check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "abcdefghijklmnop1234" << true << "abcdefghijklmnop1234";
    QTest::newRow("pasted with spaces and newline") << "  abcdefghijklmnop1234\n" << true << "abcdefghijklmnop1234";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("too short") << "abc123" << false << "";
    QTest::newRow("header injection") << "abcdefghijklmnop\r\nX-Evil: 1" << false << "";
    QTest::newRow("space inside") << "abcdefgh ijklmnop" << false << "";
    QTest::newRow("unicode look-alike") << QStringLiteral("abcdefghijklmnop\u0430") << false << "";
    QTest::newRow("10 KB") << QString(10240, QLatin1Char('k')) << false << "";
}

void ValidationTest::apiKey_check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, key);
    const ApiKey::Check check = ApiKey::check(input);
    QCOMPARE(check.ok(), ok);
    if (ok)
        QCOMPARE(check.key, key);
    else
        QVERIFY(!check.reason.contains(input.trimmed()) || input.trimmed().isEmpty());
}

void ValidationTest::apiKey_masked_showsOnlyLastFour()
{
    const QString masked = ApiKey::masked(QStringLiteral("secret-key-0000-WXYZ"));
    QVERIFY(masked.endsWith(QStringLiteral("WXYZ")));
    QVERIFY(!masked.contains(QStringLiteral("secret")));
    QCOMPARE(ApiKey::masked(QString()), QString());
}

void ValidationTest::baseUrl_check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("default") << "https://api.ideogram.ai" << true << "https://api.ideogram.ai";
    QTest::newRow("trailing slash") << "https://api.ideogram.ai/" << true << "https://api.ideogram.ai";
    QTest::newRow("upper-case host") << "https://API.Ideogram.AI" << true << "https://api.ideogram.ai";
    QTest::newRow("proxy path") << "https://proxy.example.com/ideogram/" << true
                                << "https://proxy.example.com/ideogram";
    QTest::newRow("http public") << "http://api.ideogram.ai" << false << "";
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080";
    QTest::newRow("http ::1") << "http://[::1]:8080" << true << "http://[::1]:8080";
    QTest::newRow("http localhost") << "http://localhost:8080" << true << "http://localhost:8080";
    QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com" << false << "";
    QTest::newRow("http 127.0.0.2") << "http://127.0.0.2" << false << "";
    QTest::newRow("userinfo") << "https://user:pw@api.ideogram.ai" << false << "";
    QTest::newRow("query") << "https://api.ideogram.ai/?x=1" << false << "";
    QTest::newRow("fragment") << "https://api.ideogram.ai/#x" << false << "";
    QTest::newRow("file") << "file:///etc/passwd" << false << "";
    QTest::newRow("ftp") << "ftp://api.ideogram.ai" << false << "";
    QTest::newRow("no scheme") << "api.ideogram.ai" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("garbage") << "ht!tp://" << false << "";
}

void ValidationTest::baseUrl_check()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    const BaseUrl::Check check = BaseUrl::check(input);
    QVERIFY2(check.ok() == ok, qPrintable(check.reason));
    if (ok)
        QCOMPARE(check.url.toString(), normalised);
    else
        QVERIFY(!check.reason.isEmpty());
}

void ValidationTest::baseUrl_sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << "https://api.ideogram.ai/datasets"
                               << "https://api.ideogram.ai" << true;
    QTest::newRow("default port explicit") << "https://api.ideogram.ai:443/x"
                                           << "https://api.ideogram.ai" << true;
    QTest::newRow("other port") << "https://api.ideogram.ai:8443/x"
                                << "https://api.ideogram.ai" << false;
    QTest::newRow("other scheme") << "http://api.ideogram.ai/x"
                                  << "https://api.ideogram.ai" << false;
    QTest::newRow("other host") << "https://evil.example/x"
                                << "https://api.ideogram.ai" << false;
    QTest::newRow("loopback ports") << "http://127.0.0.1:1000/x"
                                    << "http://127.0.0.1:1001" << false;
}

void ValidationTest::baseUrl_sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(BaseUrl::sameOrigin(QUrl(a), QUrl(b)), same);
}

QTEST_GUILESS_MAIN(ValidationTest)
#include "tst_validation.moc"
