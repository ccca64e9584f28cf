// Captions from the sandbox's describe operation through the real client over HTTP (issue 15 items 3 and 8):
// the price first (nothing billed), 20 images with at most 4 requests in flight, a 429 in the middle waited
// out with no image described twice, a cancel halfway after which nothing more is sent, and a lost answer
// that is not sent again but marked.
#include "../common/sandboxclient.h"
#include "core/api/describejob.h"
#include "core/services/describeservice.h"
#include "sandbox/sandboxserver.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;
using Ids::Sandbox::SandboxServer;
using namespace std::chrono_literals;

class DescribeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void quote_priceOfOneImage_nothingBilled();
    void twentyImages_atMostFourInFlight_eachOnce();
    void rateLimitedInTheMiddle_waitsAndSendsAgain_noDuplicate();
    void cancelHalfway_nothingMoreIsSent();
    void lostAnswer_notSentAgain_marked();
    void structured_jsonCaption();

private:
    QList<DescribeService::Task> images(int n);
    // Every describe answered after this long, so that requests overlap.
    void slowDown(int ms, int times);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<DescribeService> m_service;
};

void DescribeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<SandboxClient>(*m_server, Timeouts {5000ms, 10000ms}, 10ms);
    m_service = std::make_unique<DescribeService>(m_client->client.get());
}

void DescribeTest::cleanup()
{
    m_service.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

QList<DescribeService::Task> DescribeTest::images(int n)
{
    QList<DescribeService::Task> tasks;
    for (int i = 0; i < n; ++i) {
        QImage image(64 + i, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 200, 220));
        const QString name = QStringLiteral("image-%1.png").arg(i, 2, 10, QLatin1Char('0'));
        const QString path = m_dir->filePath(name);
        if (!image.save(path))
            return {};
        tasks.append({path, path, name, "image/png"});
    }
    return tasks;
}

void DescribeTest::slowDown(int ms, int times)
{
    SandboxServer::Fault fault;
    fault.action = SandboxServer::Fault::Action::DelayThenRespond;
    fault.delayMs = ms;
    m_server->injectFault("POST", QStringLiteral("/describe"), fault, times);
}

void DescribeTest::quote_priceOfOneImage_nothingBilled()
{
    const QList<DescribeService::Task> tasks = images(1);
    QSignalSpy quoted(m_service.get(), &DescribeService::quoted);
    m_service->quote(tasks.first(), false);
    QVERIFY(quoted.wait(5000));
    const auto quote = quoted.first().at(0).value<std::optional<PriceQuote>>();
    QVERIFY(quote);
    QCOMPARE(quote->usdMicros, SandboxServer::DescribeUsdMicros);
    QCOMPARE(PriceQuote::formatUsd(quote->usdMicrosFor(20)), QStringLiteral("$0.20"));
    QVERIFY(quoted.first().at(1).toString().isEmpty());
    QCOMPARE(m_server->billedDescribes(), 0);
    // The quote (?dry_run=true) is counted apart from the describes it prices; none was sent.
    QCOMPARE(m_server->quoteRequestCount(QStringLiteral("/describe")), 1);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/describe")), 0);
}

void DescribeTest::twentyImages_atMostFourInFlight_eachOnce()
{
    const QList<DescribeService::Task> tasks = images(20);
    QCOMPARE(tasks.size(), 20);
    slowDown(60, 20);
    QHash<QString, QString> captions;
    int answered = 0;
    int mostInFlight = 0;
    connect(m_service.get(), &DescribeService::captioned, this, [&](const QString &key, const QString &text) {
        captions.insert(key, text);
        ++answered;
        // Measured where the requests arrive: never more than four beyond those answered.
        mostInFlight =
            std::max(mostInFlight, m_server->requestCount("POST", QStringLiteral("/describe")) - answered + 1);
    });
    QSignalSpy finished(m_service.get(), &DescribeService::finished);
    m_service->start(tasks, false);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 20);
    QCOMPARE(captions.size(), 20);
    QCOMPARE(mostInFlight, DescribeService::MaxInFlight);
    QCOMPARE(m_server->billedDescribes(), 20);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/describe")), 20);
    // The sandbox's caption says what the picture is: size and colour.
    QCOMPARE(captions.value(tasks.first().key), QStringLiteral("A landscape 64×48 picture, mostly red."));
}

void DescribeTest::rateLimitedInTheMiddle_waitsAndSendsAgain_noDuplicate()
{
    const QList<DescribeService::Task> tasks = images(20);
    m_server->setDescribeRateLimitEvery(7); // every 7th request gets a 429 with Retry-After: 1
    QSet<QString> captioned;
    int twice = 0;
    connect(m_service.get(), &DescribeService::captioned, this, [&](const QString &key) {
        twice += captioned.contains(key);
        captioned.insert(key);
    });
    QSignalSpy waiting(m_service.get(), &DescribeService::waiting);
    QSignalSpy failed(m_service.get(), &DescribeService::failed);
    QSignalSpy finished(m_service.get(), &DescribeService::finished);
    m_service->start(tasks, false);
    QVERIFY(finished.wait(30000));
    QVERIFY(waiting.size() >= 1);
    QCOMPARE(waiting.first().at(0).value<std::chrono::milliseconds>(), 1000ms);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(captioned.size(), 20);
    QCOMPARE(twice, 0);
    QCOMPARE(m_server->billedDescribes(), 20);
    // Calls 7, 14 and 21 were refused (not billed) and each of those images sent once more: 20 + 3.
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/describe")), 23);
}

void DescribeTest::cancelHalfway_nothingMoreIsSent()
{
    const QList<DescribeService::Task> tasks = images(20);
    slowDown(40, 20);
    int captioned = 0;
    int sentAtCancel = -1;
    connect(m_service.get(), &DescribeService::captioned, this, [&] {
        if (++captioned == 8) {
            m_service->cancel();
            sentAtCancel = m_server->requestCount("POST", QStringLiteral("/describe"));
        }
    });
    QSignalSpy finished(m_service.get(), &DescribeService::finished);
    m_service->start(tasks, false);
    QVERIFY(finished.wait(20000));
    QVERIFY(sentAtCancel >= 8 && sentAtCancel <= 8 + DescribeService::MaxInFlight);
    QCOMPARE(finished.first().at(0).toInt(), 8);
    QCOMPARE(finished.first().at(0).toInt() + finished.first().at(1).toInt() + finished.first().at(2).toInt(), 20);
    // Whatever was still to go stays unsent: the server sees nothing more, now or later.
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/describe")), sentAtCancel);
    QVERIFY(!m_service->isBusy());
}

void DescribeTest::lostAnswer_notSentAgain_marked()
{
    const QList<DescribeService::Task> tasks = images(5);
    SandboxServer::Fault lost;
    lost.action = SandboxServer::Fault::Action::DropAfterApply; // described and billed, the answer lost
    m_server->injectFault("POST", QStringLiteral("/describe"), lost, 1);
    QSignalSpy failed(m_service.get(), &DescribeService::failed);
    QSignalSpy finished(m_service.get(), &DescribeService::finished);
    m_service->start(tasks, false);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 4);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), DescribeText::lost());
    QVERIFY(failed.first().at(2).toBool()); // may have been billed
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/describe")), 5);
    QCOMPARE(m_server->billedDescribes(), 5);
}

void DescribeTest::structured_jsonCaption()
{
    const QList<DescribeService::Task> tasks = images(1);
    QSignalSpy quoted(m_service.get(), &DescribeService::quoted);
    m_service->quote(tasks.first(), true);
    QVERIFY(quoted.wait(5000));
    QCOMPARE(quoted.first().at(0).value<std::optional<PriceQuote>>()->usdMicros, SandboxServer::DescribeV4UsdMicros);
    QSignalSpy captioned(m_service.get(), &DescribeService::captioned);
    QSignalSpy finished(m_service.get(), &DescribeService::finished);
    m_service->start(tasks, true);
    QVERIFY(finished.wait(5000));
    QCOMPARE(captioned.size(), 1);
    QVERIFY(captioned.first().at(2).toBool());
    const QJsonObject prompt = QJsonDocument::fromJson(captioned.first().at(1).toString().toUtf8()).object();
    QVERIFY(prompt.value(QStringLiteral("high_level_description")).toString().contains(QStringLiteral("64×48")));
    QCOMPARE(m_server->quoteRequestCount(QStringLiteral("/v1/ideogram-v4/describe")), 1);
    QCOMPARE(m_server->requestCount("POST", QStringLiteral("/v1/ideogram-v4/describe")), 1);
}

QTEST_GUILESS_MAIN(DescribeTest)
#include "tst_describe.moc"
