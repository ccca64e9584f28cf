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
#include "core/api/http1response.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
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
    enum class Then { KeepOpen, CloseSoonAfter, CloseWithoutAnswer };
    struct Step
    {
        QByteArray answer;
        Then then = Then::KeepOpen;
    };
    QList<Step> script;
    int connections = 0;
    int requests = 0;

    KeptAliveServer() { listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

    static QByteArray created(const QByteArray &id, const QByteArray &extraHeaders = {})
    {
        const QByteArray body = R"({"dataset_id":")" + id + R"(","name":"Shoes","user_id":"u",)"
            + R"("creation_time":"2026-12-01 05:42:51+00:00"})";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto *in = new QByteArray;
        connect(socket, &QObject::destroyed, this, [in] { delete in; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, in] {
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
    void sandbox_createsInARow_shareOneConnection();
    void tlsFront_createsInARow_shareOneConnection();
    void closedWhileIdle_nextCreateConnectsAnew();
    void pastItsIdleTime_closed();
    void connectionClose_leavesNothingKept();
    void reusedConnectionLost_mayHaveArrived_sentOnce();
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
    // Byte by byte: every split of the answer must parse the same.
    Http1Response response;
    for (const char byte : bytes)
        QVERIFY(response.feed(QByteArray(1, byte)) != Http1Response::State::Failed);
    if (closeAfter) {
        QCOMPARE(response.state(), Http1Response::State::NeedMore);
        response.endOfConnection();
    }
    QCOMPARE(response.state(), Http1Response::State::Complete);
    QCOMPARE(response.body(), body);
    QCOMPARE(response.connectionReusable(), reusable);
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

void Http1ConnectionsTest::pastItsIdleTime_closed()
{
    KeptAliveServer server;
    Client client(server.url());
    client.api.http1Connections().setMaxIdle(30ms);
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QTRY_COMPARE(client.api.http1Connections().idleCount(), 0);
    QCOMPARE(client.create(QStringLiteral("B")).kind, Core::ApiError::Kind::None);
    QCOMPARE(server.connections, 2);
    QCOMPARE(client.api.http1Connections().reuses(), 0);
}

void Http1ConnectionsTest::connectionClose_leavesNothingKept()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a", "Connection: close\r\n")}};
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    QCOMPARE(client.api.http1Connections().idleCount(), 0);
}

void Http1ConnectionsTest::reusedConnectionLost_mayHaveArrived_sentOnce()
{
    KeptAliveServer server;
    server.script = {{KeptAliveServer::created("a")}, {{}, KeptAliveServer::Then::CloseWithoutAnswer}};
    Client client(server.url());
    QCOMPARE(client.create(QStringLiteral("A")).kind, Core::ApiError::Kind::None);
    // The second create goes out on the kept connection, which the server drops after reading it: the create
    // may have been applied, so it is reported so (and reconciled by its caller), never sent again.
    const Core::ApiError lost = client.create(QStringLiteral("B"));
    QCOMPARE(lost.kind, Core::ApiError::Kind::ConnectionLost);
    QCOMPARE(client.api.http1Connections().reuses(), 1);
    QTest::qWait(100); // a second send would arrive here
    QCOMPARE(server.requests, 2);
    QCOMPARE(server.connections, 1);
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
