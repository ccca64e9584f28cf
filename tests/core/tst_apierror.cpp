#include "core/api/apierror.h"
#include "core/api/retryafter.h"
#include "core/api/retrypolicy.h"
#include "core/types/uploadsummary.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Ids::Core;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;
using Delivery = ApiError::Delivery;

Q_DECLARE_METATYPE(Ids::Core::ApiError::Kind)
Q_DECLARE_METATYPE(Ids::Core::ApiError::Delivery)

namespace {

ReplyFacts facts(int status, QByteArray body = {}, QByteArray contentType = "application/json")
{
    ReplyFacts f;
    f.httpStatus = status;
    f.body = std::move(body);
    f.contentType = std::move(contentType);
    f.method = "POST";
    f.path = QStringLiteral("/datasets");
    f.time = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    if (status >= 400)
        f.networkError = QNetworkReply::ContentNotFoundError; // Qt sets some error on every 4xx/5xx
    return f;
}

ReplyFacts network(QNetworkReply::NetworkError error, bool offline = false)
{
    ReplyFacts f;
    f.networkError = error;
    f.networkErrorText = QStringLiteral("Qt says something");
    f.offline = offline;
    f.method = "GET";
    f.path = QStringLiteral("/datasets");
    f.time = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    return f;
}

} // namespace

class ApiErrorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapReply_data();
    void mapReply();
    void headlines_areDistinctPerKind();
    void bodyError_wrongShapeAndHtml();
    void details_neverContainHeadersOrKey();
    void extractServerMessage_data();
    void extractServerMessage();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryPolicy_delays();
    void sources_wordTheSameKindForWhatFailed();
    void uploadFileTexts_oneSentencePerReason();
};

void ApiErrorTest::mapReply_data()
{
    QTest::addColumn<ReplyFacts>("input");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Delivery>("delivery");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("headlineContains");

    QTest::newRow("offline") << network(QNetworkReply::HostNotFoundError, true) << Kind::Offline << Delivery::NotSent
                             << false << "offline";
    QTest::newRow("session failed") << network(QNetworkReply::NetworkSessionFailedError) << Kind::Offline
                                    << Delivery::NotSent << false << "offline";
    QTest::newRow("dns failure") << network(QNetworkReply::HostNotFoundError) << Kind::HostNotFound << Delivery::NotSent
                                 << true << "could not be found";
    QTest::newRow("connection refused") << network(QNetworkReply::ConnectionRefusedError) << Kind::ConnectionRefused
                                        << Delivery::NotSent << true << "refused";
    QTest::newRow("tls failure") << network(QNetworkReply::SslHandshakeFailedError) << Kind::Tls << Delivery::NotSent
                                 << false << "certificate";
    ReplyFacts selfSigned = network(QNetworkReply::SslHandshakeFailedError);
    selfSigned.sslErrors = {QSslError::SelfSignedCertificate, QSslError::HostNameMismatch};
    QTest::newRow("self-signed for another host")
        << selfSigned << Kind::Tls << Delivery::NotSent << false << "made for itself";
    ReplyFacts expiredAsUnknown = network(QNetworkReply::UnknownNetworkError);
    expiredAsUnknown.sslErrors = {QSslError::CertificateExpired};
    QTest::newRow("expired, reported as another error")
        << expiredAsUnknown << Kind::Tls << Delivery::NotSent << false << "expired";
    ReplyFacts oldProtocol = network(QNetworkReply::SslHandshakeFailedError);
    oldProtocol.networkErrorText =
        QStringLiteral("SSL handshake failed: error:0A000102:SSL routines::unsupported protocol");
    QTest::newRow("old protocol") << oldProtocol << Kind::Tls << Delivery::NotSent << false << "old, unsafe";
    ReplyFacts proxyDown = network(QNetworkReply::ProxyConnectionRefusedError);
    proxyDown.proxy = QStringLiteral("proxy.example:3128");
    QTest::newRow("proxy down") << proxyDown << Kind::ProxyUnreachable << Delivery::NotSent << false
                                << "proxy.example:3128";
    // Qt reports a proxy that refuses the connection as an unknown network error: through a proxy, failing to
    // connect is failing to reach the proxy.
    ReplyFacts viaProxy = network(QNetworkReply::UnknownNetworkError);
    viaProxy.proxy = QStringLiteral("proxy.example:3128");
    QTest::newRow("refused by the proxy")
        << viaProxy << Kind::ProxyUnreachable << Delivery::NotSent << false << "proxy.example:3128";
    ReplyFacts proxyAuth = network(QNetworkReply::ProxyAuthenticationRequiredError);
    proxyAuth.proxy = QStringLiteral("proxy.example:3128");
    QTest::newRow("proxy wants a password")
        << proxyAuth << Kind::ProxyAuthRequired << Delivery::NotSent << false << "user name and password";
    ReplyFacts httpProxy407 = facts(407);
    httpProxy407.proxy = QStringLiteral("proxy.example:3128");
    QTest::newRow("407 from an http proxy")
        << httpProxy407 << Kind::ProxyAuthRequired << Delivery::NotSent << false << "user name and password";
    QTest::newRow("qt transfer timeout") << network(QNetworkReply::OperationCanceledError) << Kind::Cancelled
                                         << Delivery::MaybeApplied << false << "Cancelled";
    ReplyFacts timedOut = network(QNetworkReply::OperationCanceledError);
    timedOut.timedOut = true;
    QTest::newRow("timeout") << timedOut << Kind::Timeout << Delivery::MaybeApplied << true << "in time";
    QTest::newRow("remote closed") << network(QNetworkReply::RemoteHostClosedError) << Kind::ConnectionLost
                                   << Delivery::MaybeApplied << true << "broke off";
    QTest::newRow("other network") << network(QNetworkReply::UnknownNetworkError) << Kind::Network
                                   << Delivery::MaybeApplied << true << "network error";
    ReplyFacts resetWhileWriting = network(QNetworkReply::UnknownNetworkError);
    resetWhileWriting.requestBytesSent = true;
    QTest::newRow("socket error mid-body")
        << resetWhileWriting << Kind::ConnectionLost << Delivery::MaybeApplied << true << "broke off";
    QTest::newRow("400 with text") << facts(400, R"({"error":"Name is required"})") << Kind::BadRequest
                                   << Delivery::Rejected << false << "Name is required";
    QTest::newRow("400 without body") << facts(400) << Kind::BadRequest << Delivery::Rejected << false << "invalid";
    QTest::newRow("401") << facts(401, R"({"error":"bad key"})") << Kind::Unauthorized << Delivery::Rejected << false
                         << "rejected this key";
    QTest::newRow("402 with reason") << facts(402, R"({"error":"x","reject_reason":"insufficient_funds"})")
                                     << Kind::PaymentRequired << Delivery::Rejected << false << "insufficient_funds";
    QTest::newRow("403") << facts(403) << Kind::Forbidden << Delivery::Rejected << false << "not allowed";
    QTest::newRow("404") << facts(404) << Kind::NotFound << Delivery::Rejected << false << "does not know";
    QTest::newRow("413") << facts(413) << Kind::PayloadTooLarge << Delivery::Rejected << false << "too large";
    QTest::newRow("422") << facts(422, R"({"error":"unsafe prompt"})") << Kind::Unprocessable << Delivery::Rejected
                         << false << "unsafe prompt";
    ReplyFacts tooMany = facts(429, R"({"error":"busy","reject_reason":"inflight_limit"})");
    tooMany.retryAfterHeader = "7";
    QTest::newRow("429 with wait") << tooMany << Kind::RateLimited << Delivery::NotSent << true << "Wait 7 second";
    QTest::newRow("429 without wait") << facts(429) << Kind::RateLimited << Delivery::NotSent << true
                                      << "Wait a minute";
    QTest::newRow("500") << facts(500) << Kind::Server << Delivery::MaybeApplied << true << "error 500";
    QTest::newRow("502 html") << facts(502, "<html><body>Bad gateway</body></html>", "text/html") << Kind::Server
                              << Delivery::MaybeApplied << true << "error 502";
    QTest::newRow("503") << facts(503) << Kind::Server << Delivery::MaybeApplied << true << "error 503";
    QTest::newRow("302 redirect") << facts(302) << Kind::Redirect << Delivery::Rejected << false << "elsewhere";
    QTest::newRow("418 unexpected") << facts(418) << Kind::UnexpectedStatus << Delivery::MaybeApplied << false
                                    << "status 418";
}

void ApiErrorTest::mapReply()
{
    QFETCH(ReplyFacts, input);
    QFETCH(Kind, kind);
    QFETCH(Delivery, delivery);
    QFETCH(bool, transient);
    QFETCH(QString, headlineContains);

    const ApiError error = Ids::Core::mapReply(input);
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(kind));
    QCOMPARE(int(error.delivery()), int(delivery));
    QCOMPARE(error.isTransient(), transient);
    const QString headline = error.headline();
    QVERIFY2(headline.contains(headlineContains, Qt::CaseInsensitive), qPrintable(headline));
    // A sentence for people: no Qt enum names, no class names.
    static const QRegularExpression technical(QStringLiteral(R"(QNetwork|Error\b|::|_)"));
    QVERIFY2(!technical.match(headline).hasMatch() || headline.contains(QStringLiteral("insufficient_funds")),
             qPrintable(headline));
    const QString details = error.details();
    QVERIFY(details.contains(QString::fromLatin1(input.method)));
    QVERIFY(details.contains(input.path));
    if (input.httpStatus)
        QVERIFY(details.contains(QString::number(input.httpStatus)));
}

void ApiErrorTest::headlines_areDistinctPerKind()
{
    // Every kind after None, up to the first value kindName() does not know: a kind added at the end is
    // covered without touching this test.
    QSet<QString> seen;
    int kinds = 0;
    for (int k = int(Kind::Offline); ApiError::kindName(Kind(k)) != QLatin1String("unknown"); ++k) {
        ++kinds;
        ApiError error;
        error.kind = Kind(k);
        error.httpStatus = 500;
        const QString headline = error.headline();
        QVERIFY2(!headline.isEmpty(), qPrintable(ApiError::kindName(error.kind)));
        QVERIFY2(!seen.contains(headline), qPrintable(headline));
        seen.insert(headline);
    }
    QCOMPARE(kinds, int(Kind::ProxyUnreachable)); // Offline … ProxyUnreachable, the last kind, included
}

void ApiErrorTest::bodyError_wrongShapeAndHtml()
{
    const ApiError shape = bodyError(facts(200, R"({"unexpected":1})"), Kind::BadShape, QStringLiteral("missing"));
    QCOMPARE(shape.kind, Kind::BadShape);
    QCOMPARE(shape.delivery(), Delivery::MaybeApplied);
    QVERIFY(shape.headline().contains(QStringLiteral("unexpected form")));
    const ApiError html = bodyError(facts(200, "<html></html>", "text/html"), Kind::NotJson, QStringLiteral("html"));
    QVERIFY(html.headline().contains(QStringLiteral("web page")));
    QCOMPARE(html.delivery(), Delivery::MaybeApplied);
    QVERIFY(!html.isTransient()); // a 200 page would come back the same
    const ApiError empty = bodyError(facts(200, ""), Kind::NotJson, QStringLiteral("empty body"));
    QVERIFY(empty.headline().contains(QStringLiteral("empty answer")));
}

void ApiErrorTest::details_neverContainHeadersOrKey()
{
    ReplyFacts f = facts(401, R"({"error":"Invalid API key"})");
    const ApiError error = Ids::Core::mapReply(f);
    QVERIFY(!error.details().contains(QStringLiteral("Api-Key"), Qt::CaseInsensitive));
}

void ApiErrorTest::extractServerMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("message");
    QTest::newRow("error key") << QByteArray(R"({"error":"Bad name"})") << QByteArray("application/json") << "Bad name";
    QTest::newRow("message key") << QByteArray(R"({"message":"Nope"})") << QByteArray("application/json") << "Nope";
    QTest::newRow("detail key") << QByteArray(R"({"detail":"Missing"})") << QByteArray("application/json") << "Missing";
    QTest::newRow("detail array") << QByteArray(R"({"detail":[{"msg":"x"}]})") << QByteArray("application/json")
                                  << R"([{"msg":"x"}])";
    QTest::newRow("plain text") << QByteArray("Service down\n") << QByteArray("text/plain") << "Service down";
    QTest::newRow("html ignored") << QByteArray("<!DOCTYPE html><html>x</html>") << QByteArray("text/html") << "";
    QTest::newRow("empty") << QByteArray() << QByteArray() << "";
    QTest::newRow("json without known key") << QByteArray(R"({"x":1})") << QByteArray("application/json") << "";
    QTest::newRow("html markup kept as text")
        << QByteArray(R"({"error":"<b>x</b>"})") << QByteArray("application/json") << "<b>x</b>";
}

void ApiErrorTest::extractServerMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, message);
    QCOMPARE(Ids::Core::extractServerMessage(body, contentType), message);
}

void ApiErrorTest::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: none
    QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("decimal") << QByteArray("2.5") << qint64(2500);
    QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::newRow("3600") << QByteArray("3600") << qint64(3600000);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("abc") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    QTest::newRow("overflow") << QByteArray("1e309") << qint64(-1);
    QTest::newRow("http date ahead") << QByteArray("Tue, 24 Nov 2026 10:00:03 GMT") << qint64(3000);
    QTest::newRow("http date past") << QByteArray("Tue, 24 Nov 2026 09:00:00 GMT") << qint64(0);
    QTest::newRow("bad date") << QByteArray("Tue, 99 Nov 2026 10:00:03 GMT") << qint64(-1);
}

void ApiErrorTest::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    const auto parsed = Ids::Core::parseRetryAfter(value, now);
    QCOMPARE(parsed.has_value(), expectedMs >= 0);
    if (parsed)
        QCOMPARE(qint64(parsed->count()), expectedMs);
}

void ApiErrorTest::retryPolicy_delays()
{
    RetryPolicy policy = RetryPolicy::standard();
    policy.jitter = [] { return 0.75; };
    ApiError server;
    server.kind = Kind::Server;
    server.httpStatus = 503;
    QCOMPARE(policy.delayBeforeRetry(server, 1), std::optional(375ms));
    QCOMPARE(policy.delayBeforeRetry(server, 2), std::optional(750ms));
    QCOMPARE(policy.delayBeforeRetry(server, 3), std::nullopt); // three attempts in all

    ApiError waitTwo = server;
    waitTwo.retryAfter = 2000ms;
    QCOMPARE(policy.delayBeforeRetry(waitTwo, 1), std::optional(2000ms));
    ApiError waitHour = server;
    waitHour.retryAfter = 3600000ms;
    QCOMPARE(policy.delayBeforeRetry(waitHour, 1), std::nullopt);

    for (Kind kind : {Kind::BadRequest, Kind::Unauthorized, Kind::PaymentRequired, Kind::Forbidden, Kind::NotFound,
                      Kind::Unprocessable, Kind::Tls, Kind::Cancelled, Kind::BadShape}) {
        ApiError error;
        error.kind = kind;
        QVERIFY2(!policy.delayBeforeRetry(error, 1), qPrintable(ApiError::kindName(kind)));
    }

    RetryPolicy realJitter = RetryPolicy::standard();
    for (int i = 0; i < 100; ++i) {
        const auto delay = realJitter.delayBeforeRetry(server, 2);
        QVERIFY(delay && *delay > 749ms && *delay <= 1000ms);
    }
}

void ApiErrorTest::sources_wordTheSameKindForWhatFailed()
{
    // A 403 from the API is the key's business; from an image address it means the link expired.
    ApiError forbidden = Ids::Core::mapReply(facts(403));
    QVERIFY(forbidden.headline().contains(QStringLiteral("not allowed")));
    forbidden.source = ApiError::Source::ImageAddress;
    QVERIFY2(forbidden.headline().contains(QStringLiteral("HTTP 403")) && forbidden.headline().contains(u"expired"),
             qPrintable(forbidden.headline()));
    QVERIFY(!forbidden.headline().contains(QStringLiteral("key")));

    ApiError refusedAddress;
    refusedAddress.kind = Kind::Redirect;
    refusedAddress.source = ApiError::Source::ImageAddress;
    QVERIFY(refusedAddress.headline().contains(QStringLiteral("does not download from")));
    ApiError notImage = bodyError(facts(200, "GIF89a"), Kind::BadShape, QStringLiteral("not an image (GIF)"));
    notImage.source = ApiError::Source::ImageAddress;
    QVERIFY(notImage.headline().contains(QStringLiteral("not an image")));

    // A generation's 422 is the safety check on the prompt, its 402 the images' price.
    ApiError unsafe = Ids::Core::mapReply(facts(422, R"({"error":"unsafe"})"));
    const QString generic = unsafe.headline();
    unsafe.source = ApiError::Source::Generation;
    QVERIFY(unsafe.headline() != generic);
    QVERIFY(unsafe.headline().contains(QStringLiteral("safety check refused this prompt")));
    ApiError broke = Ids::Core::mapReply(facts(402));
    broke.source = ApiError::Source::Generation;
    QVERIFY(broke.headline().contains(QStringLiteral("does not cover these images")));
    // Kinds a source has no words of its own for keep the common sentence.
    ApiError server = Ids::Core::mapReply(facts(500));
    const QString common = server.headline();
    server.source = ApiError::Source::Generation;
    QCOMPARE(server.headline(), common);
}

void ApiErrorTest::uploadFileTexts_oneSentencePerReason()
{
    QSet<QString> sentences;
    for (const QString &reason :
         {FailureReason::FailedSafetyCheck, FailureReason::FileTooLarge, FailureReason::InternalError,
          FailureReason::InvalidCaption, FailureReason::InvalidCaptionJson, FailureReason::InvalidImage,
          FailureReason::InvalidZip, FailureReason::TooManyImages}) {
        const QString sentence = UploadFileText::refused(reason);
        QVERIFY2(!sentence.contains(reason), qPrintable(sentence)); // words, not the server's enum
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), 8);
    QVERIFY(UploadFileText::refused(QStringLiteral("NEW_REASON")).contains(QStringLiteral("NEW_REASON")));
    QVERIFY(!UploadFileText::unconfirmed().isEmpty());
    QVERIFY(UploadFileText::notStored() != UploadFileText::unconfirmed());
}

QTEST_GUILESS_MAIN(ApiErrorTest)
#include "tst_apierror.moc"
