#include "core/logging/logredactor.h"

#include <QLoggingCategory>
#include <QTest>
#include <QUrl>

using namespace Ids::Core;

namespace {

QStringList s_captured;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_captured.append(message);
}

const QString Key = QStringLiteral("TESTKEY-7f3c9a1e5b2d4c6f8a0b");

Q_LOGGING_CATEGORY(lcTest, "ids.test")

} // namespace

class LogRedactorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void installed_handler_redactsEveryLevel();
};

void LogRedactorTest::redact_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("mustNotContain");
    QTest::newRow("plain") << QStringLiteral("key is %1 ok").arg(Key) << Key;
    QTest::newRow("base64") << QStringLiteral("b64 %1").arg(QString::fromLatin1(Key.toUtf8().toBase64()))
                            << QString::fromLatin1(Key.toUtf8().toBase64());
    const QString special = QStringLiteral("key with/slash+plus=");
    QTest::newRow("percent-encoded")
        << QStringLiteral("url ?k=%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(Key + special)))
        << QString::fromLatin1(QUrl::toPercentEncoding(Key + special));
    QTest::newRow("header of another key")
        << QStringLiteral("Api-Key: someOtherSecret123 next") << QStringLiteral("someOtherSecret123");
    QTest::newRow("json header") << QStringLiteral(R"({"api-key": "anotherSecret456"})")
                                 << QStringLiteral("anotherSecret456");
}

void LogRedactorTest::redact()
{
    QFETCH(QString, message);
    QFETCH(QString, mustNotContain);
    const QString special = QStringLiteral("key with/slash+plus=");
    const QString clean = LogRedactor::redact(message, {Key, Key + special});
    QVERIFY2(!clean.contains(mustNotContain), qPrintable(clean));
    QVERIFY(clean.contains(QStringLiteral("<redacted>")));
}

void LogRedactorTest::installed_handler_redactsEveryLevel()
{
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    LogRedactor::install();
    LogRedactor::setSecrets({Key});
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    qDebug("debug %s", qPrintable(Key));
    qInfo("info %s", qPrintable(Key));
    qWarning("warning %s", qPrintable(Key));
    qCDebug(lcTest) << "category" << Key;
    LogRedactor::uninstall();
    qInstallMessageHandler(previous);
    QCOMPARE(s_captured.size(), 4);
    for (const QString &line : std::as_const(s_captured)) {
        QVERIFY2(!line.contains(Key), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("<redacted>")));
    }
}

QTEST_GUILESS_MAIN(LogRedactorTest)
#include "tst_logredactor.moc"
