// Kept-alive HTTP/1.1 connections (Http1ConnectionPool, Http1Reply, Http1Response): requests that change
// something reuse the connection the last one left open, over plain http and through the TLS front; and every
// way reuse can go wrong ends safely: a connection the server closed while idle is not used, one past its idle
// time is closed, an answer that says "Connection: close" (or is not HTTP/1.1) leaves nothing behind, a new base
// URL drops what was kept, and a create whose reused connection is lost ends as "may have arrived", sent once.
#include "../common/requirement.h"
#include "../common/tlsfront.h"
#include "core/api/apiclient.h"
#include "core/api/apierror.h"
#include "core/api/datasetjobs.h"
#include "core/api/http1connectionpool.h"
#include "core/api/http1response.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Ids;
using namespace std::chrono_literals;
using Core::Http1Response;

namespace {

// An HTTP/1.1 server that answers each request by the next line of its script, on whatever connection it came.
class KeptAliveServer final : public QTcpServer
{
public:
    // After the answer: keep the connection, close it 50 ms later, or send a 408 on it 50 ms later (an idle
    // timeout's answer); or close it without an answer.
    enum class Then { KeepOpen, CloseSoonAfter, TimeoutAnswerSoonAfter, CloseWithoutAnswer };
    struct Step
    {
        QByteArray answer;
        Then then = Then::KeepOpen;
    };
    QList<Step> script;
    int connections = 0;
    int requests = 0;
    QList<QByteArray> heads; // of the requests, in order

    KeptAliveServer() { listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    static QByteArray created(const QByteArray &id, const QByteArray &extraHeaders = {})
    {
        const QByteArray body = R"({"dataset_id":")" + id + R"(","name":"Shoes","user_id":"u",)"
            + R"("creation_time":"2026-12-01 05:42:51+00:00"})";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    QHash<QTcpSocket *, QByteArray> m_received;

    static QByteArray timeout() { return "HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n"; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray *in = &m_received[socket]; // what this connection sent and is not yet answered
            *in += socket->readAll();
            while (true) {
                const qsizetype headEnd = in->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                qint64 length = 0;
                for (const QByteArray &line : in->left(headEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (in->size() < headEnd + 4 + length)
                    return;
                heads.append(in->left(headEnd));
                in->remove(0, headEnd + 4 + length);
                const Step step = script.value(requests, Step {created("extra")});
                ++requests;
                if (step.then == Then::CloseWithoutAnswer) {
                    socket->abort();
                    return;
                }
                socket->write(step.answer);
                if (step.then == Then::CloseSoonAfter)
                    QTimer::singleShot(50ms, socket, [socket] { socket->disconnectFromHost(); });
                if (step.then == Then::TimeoutAnswerSoonAfter)
                    QTimer::singleShot(50ms, socket, [socket] { socket->write(timeout()); });
            }
        });
    }
};

struct Client
{
    QNetworkAccessManager network;
    Core::ApiClient api {&network};

    explicit Client(const QUrl &baseUrl, const QString &key = QStringLiteral("a-key"))
    {
        api.setBaseUrl(baseUrl);
        api.setApiKey(key);
        api.setTimeouts({3000ms, 8000ms, 3000ms});
    }

    // Creates a dataset and waits for the end; the error (Kind::None when it was created).
    Core::ApiError create(const QString &name)
    {
        auto *job = new Core::CreateDatasetJob(&api, name); // deletes itself once finished
        bool done = false;
        Core::ApiError error;
        QObject::connect(job, &Core::ApiJob::finished, &api, [&done, &error, job] {
            done = true;
            error = job->error();
        });
        job->start();
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            qWarning("the create did not end");
        return error;
    }
};

} // namespace

class Http1ConnectionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answer_data();
    void answer();
    void malformedAnswer_data();
    void malformedAnswer();
    void sandbox_createsInARow_shareOneConnection();
    void tlsFront_createsInARow_shareOneConnection();
    void closedWhileIdle_nextCreateConnectsAnew();
    void bytesWhileIdle_nextCreateConnectsAnew();
    void pastItsIdleTime_notReused();
    void serverKeepsBriefly_notKept();
    void connectionClose_leavesNothingKept();
    void reusedConnectionLost_mayHaveArrived_sentOnce_data();
    void reusedConnectionLost_mayHaveArrived_sentOnce();
    void upload_ownConnectionNeverKept();
    void otherOriginOrTlsConfiguration_notHandedOut();
    void newBaseUrl_dropsKeptConnections();
};

void Http1ConnectionsTest::answer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reusable");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}") << false << QByteArray("{}")
                            << true;
    QTest::newRow("chunks and a trailer") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n1;x=y\r\nd\r\n0\r\nT: 1\r\n\r\n")
                                          << false << QByteArray("abcd") << true;
    QTest::newRow("no content") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << QByteArray() << true;
    QTest::newRow("after 100 Continue") << QByteArray(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nx")
                                        << false << QByteArray("x") << true;
    QTest::newRow("Connection: close") << QByteArray(
        "HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 1\r\n\r\nx")
                                       << false << QByteArray("x") << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << false << QByteArray("x")
                              << false;
    QTest::newRow("until the close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nall of it") << true
                                     << QByteArray("all of it") << false;
    QTest::newRow("bytes after the answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1") << false << QByteArray("x") << false;
}

void Http1ConnectionsTest::answer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, body);
    QFETCH(bool, reusable);
    // Whole, and byte by byte: every split of the answer must parse the same.
    for (const bool byteByByte : {false, true}) {
        Http1Response response;
        if (byteByByte) {
            for (const char byte : bytes)
                QVERIFY(response.feed(QByteArray(1, byte)) != Http1Response::State::Failed);
        } else {
            QVERIFY(response.feed(bytes) != Http1Response::State::Failed);
        }
        if (closeAfter) {
            QCOMPARE(response.state(), Http1Response::State::NeedMore);
            response.endOfConnection();
        }
        QCOMPARE(response.state(), Http1Response::State::Complete);
        QCOMPARE(response.body(), body);
        QCOMPARE(response.connectionReusable(), reusable);
    }
}

void Http1ConnectionsTest::malformedAnswer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("failed"); // else: never complete, even once the connection ends
    QTest::newRow("body cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << false;
    QTest::newRow("chunks cut short") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab")
                                      << false;
    QTest::newRow("chunk longer than its size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n0\r\n\r\n") << true;
    QTest::newRow("chunk size not a number")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << true;
    QTest::newRow("chunk size too large")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\n") << true;
    QTest::newRow("no status line") << QByteArray("<html>hello</html>\r\n\r\n") << true;
    QTest::newRow("head over 64 KB") << QByteArray("HTTP/1.1 200 OK\r\nX: " + QByteArray(70 * 1024, 'x')) << true;
}

void Http1ConnectionsTest::malformedAnswer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, failed);
    Http1Response response;
    response.feed(bytes);
    response.endOfConnection();
    QCOMPARE(response.state(), failed ? Http1Response::State::Failed : Http1Response::State::NeedMore);
    QVERIFY(!response.connectionReusable());
}

void Http1ConnectionsTest::sandbox_createsInARow_shareOneConnection()
{
    Sandbox::SandboxServer server;
    QVERIFY(server.start());
    Client client(server.baseUrl(), Sandbox::SandboxServer::defaultApiKey());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.create(QStringLiteral("Shoes %1").arg(i)).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.requestCount("POST", QStringLiteral("/datasets")), 3);
    QCOMPARE(client.api.http1Connections().reuses(), 2);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
}

void Http1ConnectionsTest::tlsFront_createsInARow_shareOneConnection()
{
    IDS_REQUIRE(TlsFront::toolsInstalled(), TlsFront::Tools);
    Sandbox::SandboxServer server;
    QVERIFY(server.start());
    TlsFront front;
    QVERIFY(front.start(server.baseUrl(), TlsFront::Offer::Http2AndHttp11));
    QVERIFY(front.trustInThisProcess());
    Client client(front.baseUrl(), Sandbox::SandboxServer::defaultApiKey());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.create(QStringLiteral("Shoes %1").arg(i)).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.requestCount("POST", QStringLiteral("/datasets")), 3);
    QCOMPARE(client.api.http1Connections().reuses(), 2);
    QTRY_COMPARE(front.requestLog().size(), 3);
    for (const QString &line : front.requestLog())
        QVERIFY2(line.startsWith(QLatin1String("http/1.1 ")), qPrintable(line));
}

void Http1ConnectionsTest::closedWhileIdle_nextCreateConnectsAnew()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a"), KeptAliveServer::Then::CloseSoonAfter},
                     {KeptAliveServer::created("b")}};
    Client client(server.url());
    client.api.http1Connections().setMaxIdle(10min); // only the server's close may end it here
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
    // The server's close reaches the idle connection: it is dropped, not handed to the next create.
    QTRY_COMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
    QCOMPARE(server.requests, 2);
    QCOMPARE(client.api.http1Connections().reuses(), 0);
}

void Http1ConnectionsTest::bytesWhileIdle_nextCreateConnectsAnew()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a"), KeptAliveServer::Then::TimeoutAnswerSoonAfter},
                     {KeptAliveServer::created("b")}};
    Client client(server.url());
    client.api.http1Connections().setMaxIdle(10min);
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
    // A 408 on the idle connection: it belongs to no request, and the connection is dropped.
    QTRY_COMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
    QCOMPARE(client.api.http1Connections().reuses(), 0);
}

void Http1ConnectionsTest::pastItsIdleTime_notReused()
{
    KeptAliveServer server;
    Client client(server.url());
    client.api.http1Connections().setMaxIdle(10min);
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
    // A shorter limit closes it once its time is up, by the pool's own timer.
    client.api.http1Connections().setMaxIdle(30ms);
    QTRY_COMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
    QCOMPARE(client.api.http1Connections().reuses(), 0);
}

void Http1ConnectionsTest::serverKeepsBriefly_notKept()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a", "Keep-Alive: timeout=1, max=100\r\n")}};
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
}

void Http1ConnectionsTest::connectionClose_leavesNothingKept()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a", "Connection: close\r\n")}, {KeptAliveServer::created("b")}};
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
    QCOMPARE(client.api.http1Connections().idleCount(), 1); // the second answer kept it
}

void Http1ConnectionsTest::reusedConnectionLost_mayHaveArrived_sentOnce_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("closed without an answer") << QByteArray();
    QTest::newRow("408, idle too long") << KeptAliveServer::timeout();
}

void Http1ConnectionsTest::reusedConnectionLost_mayHaveArrived_sentOnce()
{
    QFETCH(QByteArray, answer);
    KeptAliveServer server;
    server.script = {
        {KeptAliveServer::created("a")},
        {answer, answer.isEmpty() ? KeptAliveServer::Then::CloseWithoutAnswer : KeptAliveServer::Then::KeepOpen}};
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    // The second create goes out on the kept connection, which the server ends after reading it: the create
    // may have been applied, so it is reported so (and reconciled by its caller), never sent again.
    const Core::ApiError lost = client.create(QStringLiteral("B"));
    QCOMPARE(lost.kind, Core::ApiError::Kind::ConnectionLost);
    QCOMPARE(client.api.http1Connections().reuses(), 1);
    QTest::qWait(100); // a second send would arrive here
    QCOMPARE(server.requests, 2);
    QCOMPARE(server.connections, 1);
}

void Http1ConnectionsTest::upload_ownConnectionNeverKept()
{
    KeptAliveServer server;
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
    Core::ApiRequest upload;
    upload.method = "POST";
    upload.path = QStringLiteral("/datasets/a/upload_assets");
    upload.body = QByteArray(256 * 1024, 'x');
    upload.contentType = "application/octet-stream";
    upload.largeBody = true;
    QNetworkReply *reply = client.api.send(upload);
    QVERIFY(reply);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    delete reply;
    // Its own connection, closed after the answer; the kept one is left for the next small request.
    QCOMPARE(server.connections, 2);
    QVERIFY2(server.heads.last().toLower().contains("connection: close"), server.heads.last().constData());
    QCOMPARE(client.api.http1Connections().reuses(), 0);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
}

void Http1ConnectionsTest::otherOriginOrTlsConfiguration_notHandedOut()
{
    KeptAliveServer server;
    Core::Http1ConnectionPool pool;
    pool.setMaxIdle(10min);
    auto *socket = new QTcpSocket;
    socket->connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(socket->state(), QAbstractSocket::ConnectedState);
    // The pool does not look at the socket's kind: an https address here stands for an encrypted connection.
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/datasets").arg(server.serverPort()));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    QSslConfiguration other = trusting;
    other.setPeerVerifyDepth(trusting.peerVerifyDepth() + 1);
    pool.keep(url, trusting, socket);
    QCOMPARE(pool.idleCount(), 1);
    QUrl otherPort = url;
    otherPort.setPort(server.serverPort() + 1);
    QUrl plain = url;
    plain.setScheme(QStringLiteral("http"));
    QCOMPARE(pool.take(otherPort, trusting), nullptr);
    QCOMPARE(pool.take(plain, trusting), nullptr);
    QCOMPARE(pool.take(url, other), nullptr);
    QAbstractSocket *taken = pool.take(url, trusting);
    QCOMPARE(taken, socket);
    QCOMPARE(pool.idleCount(), 0);
    QCOMPARE(pool.reuses(), 1);
    delete taken;
}

void Http1ConnectionsTest::newBaseUrl_dropsKeptConnections()
{
    KeptAliveServer server;
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 1);
    client.api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(client.api.http1Connections().idleCount(), 0);
}

QTEST_GUILESS_MAIN(Http1ConnectionsTest)
#include "tst_http1connections.moc"
