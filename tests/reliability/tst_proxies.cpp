// Proxies (issue 17, point 3): the system's proxy settings are honoured (here the https_proxy and no_proxy
// variables, which Qt reads through the system configuration the app turns on), a CONNECT proxy written for
// the test proves the requests go through it, a proxy that wants a password gets a sentence and the
// password (kept in memory only) on the next try, and a proxy that is down is named in the sentence.
#include "../common/connectproxy.h"
#include "../common/httpstestserver.h"
#include "core/api/apiclient.h"
#include "core/api/datasetjobs.h"
#include "core/api/proxycredentials.h"
#include "core/api/systemproxy.h"
#include "core/api/uploadassetsjob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ids::Core;

namespace {

const QString TestKey = QStringLiteral("TESTKEY-proxy-5b2d4c6f8a0b");
// A name only the proxy "resolves" (it tunnels every CONNECT to the test server): a request that reaches
// the server can only have gone through the proxy. The .test domain is reserved: no DNS answers for it.
const QString ApiHost = QStringLiteral("api.ideogram.test");

struct Outcome
{
    bool succeeded = false;
    ApiError error;
};

Outcome list(ApiClient *client)
{
    auto *job = new ListDatasetsJob(client);
    QSignalSpy finished(job, &ApiJob::finished);
    Outcome outcome;
    QObject::connect(job, &ApiJob::finished, job, [&outcome, job] {
        outcome.succeeded = job->succeeded();
        outcome.error = job->error();
    });
    job->start();
    if (!finished.wait(20000))
        qFatal("the request never finished");
    return outcome;
}

} // namespace

class ProxiesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void httpsProxy_requestsGoThroughIt();
    void noProxy_listedHostGoesDirect();
    void upload_goesThroughTheProxyToo();
    void proxyWantsPassword_sentenceThenPasswordWorks();
    void proxyRefusesPassword_askedAgainNoLoop();
    void proxyDown_sentenceNamesTheProxy();

private:
    void useProxy(quint16 port);

    HttpsTestServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProxyCredentials> m_credentials;
    std::unique_ptr<ApiClient> m_client;
};

void ProxiesTest::initTestCase()
{
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(QStringLiteral(IDS_TEST_CERTIFICATES "/ca.pem"));
    QVERIFY2(!ca.isEmpty(), "the build makes the test certificates (tests/reliability/make-test-certificates.sh)");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca); // this process only, standing in for the system's store
    QSslConfiguration::setDefaultConfiguration(configuration);
    QVERIFY(m_server.start(QStringLiteral(IDS_TEST_CERTIFICATES "/good")));
    // libproxy reads the desktop's settings when it sees a desktop session, the variables otherwise.
    for (const char *desktop :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"})
        qunsetenv(desktop);
    for (const char *variable :
         {"http_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(variable);
    SystemProxy::use(); // what main() does
}

void ProxiesTest::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_credentials = std::make_unique<ProxyCredentials>();
    m_credentials->attach(m_network.get());
    m_client = std::make_unique<ApiClient>(m_network.get());
    QUrl url = m_server.url(ApiHost);
    m_client->setBaseUrl(url);
    m_client->setApiKey(TestKey);
    m_client->setRetryPolicy(RetryPolicy::none());
}

void ProxiesTest::cleanup()
{
    m_client.reset();
    m_credentials.reset();
    m_network.reset();
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

void ProxiesTest::useProxy(quint16 port)
{
    qputenv("https_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(port));
}

void ProxiesTest::httpsProxy_requestsGoThroughIt()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start(m_server.port()));
    useProxy(proxy.port());
    const int before = int(m_server.requests().size());

    const Outcome outcome = list(m_client.get());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.details()));
    QCOMPARE(proxy.tunnels(), 1);
    QCOMPARE(proxy.connects().first().target, ApiHost.toLatin1() + ':' + QByteArray::number(m_server.port()));
    QCOMPARE(m_server.requests().size(), before + 1);
    QCOMPARE(m_server.requests().last().host, ApiHost.toLatin1() + ':' + QByteArray::number(m_server.port()));
    QVERIFY(m_server.requests().last().hadApiKey); // over TLS end to end: the proxy only saw the tunnel
}

void ProxiesTest::noProxy_listedHostGoesDirect()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start(m_server.port()));
    useProxy(proxy.port());
    qputenv("no_proxy", ApiHost.toLatin1());

    const Outcome outcome = list(m_client.get());
    QVERIFY(!outcome.succeeded);
    // Directly, the reserved name does not resolve: the request did not take the proxy's way.
    QCOMPARE(ApiError::kindName(outcome.error.kind), QStringLiteral("host-not-found"));
    QCOMPARE(proxy.connects().size(), 0);
}

// Uploads are sent by a reply of their own on a direct connection (Http1Reply); behind a proxy they
// must take the proxy's way like every other request, or a user who must use one could never upload.
void ProxiesTest::upload_goesThroughTheProxyToo()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start(m_server.port()));
    useProxy(proxy.port());
    QTemporaryDir dir;
    QFile photo(dir.filePath(QStringLiteral("photo.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(QByteArray("\xff\xd8\xff\xe0") + QByteArray(4096, 'x'));
    photo.close();
    MultipartBody::Part part {photo.fileName(), QStringLiteral("photo.jpg"), "image/jpeg", photo.size(), {}};

    auto *job = new UploadAssetsJob(m_client.get(), QStringLiteral("d1"), {part});
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    QVERIFY(finished.wait(20000));
    // The server answers every request with a list, so the upload's answer is not one it can read: what
    // matters is that the request reached Ideogram's host through the proxy's tunnel, with the key.
    QCOMPARE(proxy.tunnels(), 1);
    QCOMPARE(proxy.connects().first().target, ApiHost.toLatin1() + ':' + QByteArray::number(m_server.port()));
    QVERIFY(!m_server.requests().isEmpty());
    QCOMPARE(m_server.requests().last().method, QByteArray("POST"));
    QVERIFY(m_server.requests().last().path.endsWith("/datasets/d1/upload_assets"));
    QVERIFY(m_server.requests().last().hadApiKey);
}

void ProxiesTest::proxyWantsPassword_sentenceThenPasswordWorks()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start(m_server.port()));
    proxy.requireCredentials("ana", "proxy-pa55");
    useProxy(proxy.port());
    const int before = int(m_server.requests().size());
    const QString proxyName = QStringLiteral("127.0.0.1:%1").arg(proxy.port());

    const Outcome first = list(m_client.get());
    QVERIFY(!first.succeeded);
    QCOMPARE(ApiError::kindName(first.error.kind), QStringLiteral("proxy-auth-required"));
    QVERIFY2(first.error.headline().contains(QLatin1String("needs a user name and password")),
             qPrintable(first.error.headline()));
    QCOMPARE(first.error.proxy, proxyName);
    QCOMPARE(first.error.delivery(), ApiError::Delivery::NotSent);
    QCOMPARE(m_server.requests().size(), before); // nothing got past the proxy
    QCOMPARE(proxy.tunnels(), 0);

    // The user types them in the prompt; the next try carries them.
    m_credentials->set(proxyName, QStringLiteral("ana"), QStringLiteral("proxy-pa55"));
    const Outcome second = list(m_client.get());
    QVERIFY2(second.succeeded, qPrintable(second.error.details()));
    QCOMPARE(proxy.tunnels(), 1);
    QCOMPARE(proxy.connects().last().authorization, QByteArray("Basic " + QByteArray("ana:proxy-pa55").toBase64()));
    QCOMPARE(m_server.requests().size(), before + 1);
    QVERIFY(m_credentials->secrets().contains(QStringLiteral("proxy-pa55")));
    QVERIFY(!first.error.details().contains(QLatin1String("proxy-pa55")));
}

void ProxiesTest::proxyRefusesPassword_askedAgainNoLoop()
{
    ConnectProxy proxy;
    QVERIFY(proxy.start(m_server.port()));
    proxy.requireCredentials("ana", "right");
    useProxy(proxy.port());
    const QString proxyName = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    m_credentials->set(proxyName, QStringLiteral("ana"), QStringLiteral("wrong"));

    const Outcome outcome = list(m_client.get());
    QVERIFY(!outcome.succeeded);
    QCOMPARE(ApiError::kindName(outcome.error.kind), QStringLiteral("proxy-auth-required"));
    QVERIFY(m_credentials->wasRefused(proxyName));
    QVERIFY2(proxy.connects().size() <= 3, "the wrong password was offered again and again");
    QCOMPARE(proxy.tunnels(), 0);
}

void ProxiesTest::proxyDown_sentenceNamesTheProxy()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    useProxy(closedPort);
    const QString proxyName = QStringLiteral("127.0.0.1:%1").arg(closedPort);

    const Outcome outcome = list(m_client.get());
    QVERIFY(!outcome.succeeded);
    QVERIFY2(outcome.error.kind == ApiError::Kind::ProxyUnreachable, qPrintable(outcome.error.details()));
    QVERIFY2(outcome.error.headline().contains(proxyName), qPrintable(outcome.error.headline()));
    QVERIFY(!outcome.error.headline().contains(QLatin1String("Ideogram server could not be found")));
    QCOMPARE(outcome.error.delivery(), ApiError::Delivery::NotSent);
}

QTEST_GUILESS_MAIN(ProxiesTest)
#include "tst_proxies.moc"
