// Choosing the HTTP version (README, "Set-up"): HTTP/1.1 unless the setting or, for one run, the
// environment variable asks for HTTP/2; values that name no version change nothing.
#include "core/api/httpversion.h"
#include "core/settings/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

class HttpVersionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { qunsetenv(HttpVersionEnvironmentVariable); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("version"); // -1: none
        QTest::newRow("1.1") << "1.1" << int(HttpVersion::Http1);
        QTest::newRow("http/1.1") << " HTTP/1.1 " << int(HttpVersion::Http1);
        QTest::newRow("2") << "2" << int(HttpVersion::Http2);
        QTest::newRow("h2") << "h2" << int(HttpVersion::Http2);
        QTest::newRow("http2") << "Http2" << int(HttpVersion::Http2);
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("3") << "3" << -1;
        QTest::newRow("quic") << "quic" << -1;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, version);
        const std::optional<HttpVersion> parsed = parseHttpVersion(text);
        QCOMPARE(parsed ? int(*parsed) : -1, version);
        if (parsed)
            QCOMPARE(parseHttpVersion(httpVersionName(*parsed)), parsed);
    }

    void setting_defaultsToHttp1_storesHttp2_ignoresNonsense()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.conf"));
        {
            AppSettings settings(file);
            QCOMPARE(settings.httpVersion(), HttpVersion::Http1);
            settings.setHttpVersion(HttpVersion::Http2);
            QVERIFY(settings.sync());
        }
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("network/httpVersion")).toString(), QStringLiteral("2"));
        QCOMPARE(AppSettings(file).httpVersion(), HttpVersion::Http2);
        raw.setValue(QStringLiteral("network/httpVersion"), QStringLiteral("fast please"));
        raw.sync();
        QCOMPARE(AppSettings(file).httpVersion(), HttpVersion::Http1);
    }

    void environment_winsOverThePreference_forThisRun()
    {
        QCOMPARE(httpVersionForThisRun(HttpVersion::Http1), HttpVersion::Http1);
        QCOMPARE(httpVersionForThisRun(HttpVersion::Http2), HttpVersion::Http2);
        qputenv(HttpVersionEnvironmentVariable, "2");
        QCOMPARE(httpVersionForThisRun(HttpVersion::Http1), HttpVersion::Http2);
        qputenv(HttpVersionEnvironmentVariable, "1.1");
        QCOMPARE(httpVersionForThisRun(HttpVersion::Http2), HttpVersion::Http1);
        qputenv(HttpVersionEnvironmentVariable, "nonsense");
        QCOMPARE(httpVersionForThisRun(HttpVersion::Http2), HttpVersion::Http2);
    }
};

QTEST_GUILESS_MAIN(HttpVersionTest)
#include "tst_httpversion.moc"
