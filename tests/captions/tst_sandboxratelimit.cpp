// The sandbox's 429 "when asked" from the command line (issue 15 item 8): ids-sandbox-server
// --describe-rate-limit-every 3 answers every third describe with 429 and Retry-After, over real HTTP;
// without the option it never does. (The app's --sandbox-describe-rate-limit-every sets the same knob.)
#include "../common/externalsandbox.h"
#include "../common/testimages.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class SandboxRateLimitTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describe_every3rdIs429_whenAsked_data();
    void describe_every3rdIs429_whenAsked();
};

namespace {

// POSTs one describe and returns its HTTP status and Retry-After header.
QPair<int, QByteArray> describeOnce(QNetworkAccessManager &network, const ExternalSandbox &sandbox)
{
    QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/describe"))));
    request.setRawHeader("Api-Key", sandbox.apiKey().toLatin1());
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart image;
    image.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QStringLiteral("form-data; name=\"image_file\"; filename=\"a.png\""));
    image.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/png"));
    image.setBody(TestImages::png(20, 10));
    multipart->append(image);
    QNetworkReply *reply = network.post(request, multipart);
    multipart->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {-1, {}};
    const QPair<int, QByteArray> answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                         reply->rawHeader("Retry-After")};
    reply->deleteLater();
    return answer;
}

} // namespace

void SandboxRateLimitTest::describe_every3rdIs429_whenAsked_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("asked: every 3rd") << QStringList(
        {QStringLiteral("--describe-rate-limit-every"), QStringLiteral("3")})
                                      << QList<int>({200, 200, 429, 200, 200, 429});
    QTest::newRow("not asked") << QStringList() << QList<int>({200, 200, 200, 200, 200, 200});
}

void SandboxRateLimitTest::describe_every3rdIs429_whenAsked()
{
    QFETCH(QStringList, arguments);
    QFETCH(QList<int>, statuses);
    ExternalSandbox sandbox;
    QVERIFY(sandbox.start(QStringLiteral(IDS_SANDBOX_SERVER), {}, arguments));
    QNetworkAccessManager network;
    QList<int> seen;
    for (int i = 0; i < statuses.size(); ++i) {
        const auto [status, retryAfter] = describeOnce(network, sandbox);
        seen.append(status);
        QCOMPARE(retryAfter, status == 429 ? QByteArray("1") : QByteArray());
    }
    QCOMPARE(seen, statuses);
}

QTEST_GUILESS_MAIN(SandboxRateLimitTest)
#include "tst_sandboxratelimit.moc"
