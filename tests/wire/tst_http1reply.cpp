// Http1Reply on its own, against scripted servers on 127.0.0.1: what it sends (the whole body once,
// framed by Content-Length, with the request's headers), every way an HTTP/1.1 answer can be framed, answers
// that come early or are malformed, a certificate nobody trusts, abort and silence. The upload flows, the
// fault matrix (tests/faults) and the wire tests exercise it through ApiClient as well.
#include "../common/requirement.h"
#include "../common/tlsfront.h"
#include "core/api/http1reply.h"
#include "wirefaultserver.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using Ids::Core::Http1Reply;

namespace {

// Answers each connection's request with `answer` once the request is in (or, answerAfterHead, as soon as its
// head is), then closes unless told to keep reading; `silent` never answers.
class ScriptedServer final : public QTcpServer
{
public:
    QByteArray answer;
    bool answerAfterHead = false;
    bool closeAfterAnswer = true;
    bool silent = false;
    QByteArray received;

    ScriptedServer() { listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/datasets/d1/upload_assets").arg(serverPort())); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            received += socket->readAll();
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (silent || m_answered || headEnd < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : received.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (!answerAfterHead && received.size() < headEnd + 4 + length)
                return;
            m_answered = true;
            socket->write(answer);
            if (closeAfterAnswer)
                socket->disconnectFromHost();
        });
    }

private:
    bool m_answered = false;
};

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 23);
    return bytes;
}

struct Outcome
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    int finishedCount = 0;
    QList<qint64> progress;
};

} // namespace

class Http1ReplyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answer_data();
    void answer();
    void earlyAnswer_endsTheUpload();
    void malformedAnswer_data();
    void malformedAnswer();
    void untrustedCertificate_failsBeforeAnyByte();
    void abort_midUpload_endsOnceAsCancelled();
    void silence_endsAtTheTransferTimeout();

private:
    // Uploads `body` to url and waits for the end; abortAfterBytes >= 0 aborts once that much has left.
    Outcome run(const QUrl &url, const QByteArray &body, int transferTimeoutMs = 5000, qint64 abortAfterBytes = -1);
};

Outcome Http1ReplyTest::run(const QUrl &url, const QByteArray &body, int transferTimeoutMs, qint64 abortAfterBytes)
{
    QNetworkRequest request(url);
    request.setRawHeader("Api-Key", "secret-key");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=x"));
    request.setTransferTimeout(transferTimeoutMs);
    auto *device = new QBuffer;
    device->setData(body);
    device->open(QIODevice::ReadOnly);
    auto *reply = new Http1Reply(request, "POST", device);
    Outcome outcome;
    connect(reply, &QNetworkReply::uploadProgress, reply, [&outcome, reply, abortAfterBytes](qint64 sent, qint64) {
        outcome.progress.append(sent);
        if (abortAfterBytes >= 0 && sent >= abortAfterBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, reply, [&outcome, reply] {
        ++outcome.finishedCount;
        outcome.error = reply->error();
        outcome.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        outcome.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        outcome.body = reply->readAll();
    });
    if (!QTest::qWaitFor([&outcome] { return outcome.finishedCount > 0; }, 20000))
        qWarning("the upload did not end");
    QTest::qWait(20); // a second finished() would show here
    delete reply;
    return outcome;
}

void Http1ReplyTest::answer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray json = R"({"total_count":1})";
    QTest::newRow("Content-Length") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n"
            + json << 200 << json;
    QTest::newRow("chunked, with an extension and a trailer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "a;x=1\r\n{\"total_co\r\n7\r\nunt\":1}\r\n0\r\nX-Trailer: 1\r\n\r\n")
        << 200 << json;
    QTest::newRow("100 Continue first") << "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Type: "
                                           "application/json\r\nContent-Length: 17\r\n\r\n"
            + json << 201 << json;
    QTest::newRow("until the connection closes")
        << "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + json << 200 << json;
    QTest::newRow("502 page") << QByteArray(
        "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 6\r\n\r\n<html>")
                              << 502 << QByteArray("<html>");
}

void Http1ReplyTest::answer()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    ScriptedServer server;
    server.answer = answer;
    const QByteArray sent = pattern(300 * 1024 + 7);

    const Outcome outcome = run(server.url(), sent);

    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.body, body);
    QCOMPARE(outcome.finishedCount, 1);
    // What went out: one request, its head with our framing and the request's own headers, the body once.
    const qsizetype headEnd = server.received.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QByteArray head = server.received.left(headEnd);
    QVERIFY(head.startsWith("POST /datasets/d1/upload_assets HTTP/1.1\r\n"));
    QVERIFY(head.contains(QByteArray("\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()))));
    QVERIFY(head.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(sent.size()))));
    QVERIFY(head.contains("\r\nConnection: close"));
    QVERIFY(head.contains("\r\nApi-Key: secret-key"));
    QVERIFY(!head.toLower().contains("expect:"));
    QCOMPARE(server.received.mid(headEnd + 4), sent);
    // Progress rises to the whole body and never goes back.
    QVERIFY(!outcome.progress.isEmpty());
    QCOMPARE(outcome.progress.last(), qint64(sent.size()));
    QVERIFY(std::is_sorted(outcome.progress.cbegin(), outcome.progress.cend()));
}

void Http1ReplyTest::earlyAnswer_endsTheUpload()
{
    // A proxy that refuses the body from its head alone and answers at once (the client must not wait to
    // send the rest, nor call the answer a broken connection).
    ScriptedServer server;
    server.answer = "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 9\r\n\r\ntoo large";
    server.answerAfterHead = true;
    server.closeAfterAnswer = false;

    const Outcome outcome = run(server.url(), pattern(64 * 1024 * 1024));

    QCOMPARE(outcome.error, QNetworkReply::NoError);
    QCOMPARE(outcome.status, 413);
    QCOMPARE(outcome.body, QByteArray("too large"));
    QVERIFY(server.received.size() < 64 * 1024 * 1024);
}

void Http1ReplyTest::malformedAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n");
    QTest::newRow("a head over 64 KB") << "HTTP/1.1 200 OK\r\nX-Padding: " + QByteArray(70 * 1024, 'x') + "\r\n\r\n";
    QTest::newRow("a chunk size that is not hex")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("a Content-Length that is not a number")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n{}");
    QTest::newRow("cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"a\":");
}

void Http1ReplyTest::malformedAnswer()
{
    QFETCH(QByteArray, answer);
    ScriptedServer server;
    server.answer = answer;
    const Outcome outcome = run(server.url(), pattern(1000));
    QCOMPARE(outcome.finishedCount, 1);
    if (QByteArray(QTest::currentDataTag()) == "cut short")
        QCOMPARE(outcome.error, QNetworkReply::RemoteHostClosedError);
    else
        QCOMPARE(outcome.error, QNetworkReply::ProtocolFailure);
}

void Http1ReplyTest::untrustedCertificate_failsBeforeAnyByte()
{
    IDS_REQUIRE(TlsFront::toolsInstalled(), TlsFront::Tools);
    QTemporaryDir serverCa;
    QTemporaryDir otherCa;
    QVERIFY(TlsFront::makeCertificate(serverCa.path()));
    QVERIFY(TlsFront::makeCertificate(otherCa.path()));
    QFile keyFile(serverCa.filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    WireFaultServer server(WireFaultServer::Fault::CloseConnection, 0,
                           QSslCertificate::fromPath(serverCa.filePath(QStringLiteral("server.pem"))).first(),
                           QSslKey(keyFile.readAll(), QSsl::Ec));
    // The client trusts another CA only: the server's certificate is valid, for this address, and not trusted.
    QVERIFY(TlsFront::trustOnly(otherCa.filePath(QStringLiteral("ca.pem"))));

    const Outcome outcome =
        run(server.baseUrl().resolved(QUrl(QStringLiteral("/datasets/d1/upload_assets"))), pattern(100 * 1024));

    QCOMPARE(outcome.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(server.requests().isEmpty()); // not one byte of the request was readable by the server
    QCOMPARE(outcome.progress.value(outcome.progress.size() - 1, 0), 0);
}

void Http1ReplyTest::abort_midUpload_endsOnceAsCancelled()
{
    ScriptedServer server;
    server.silent = true; // reads everything, answers nothing
    const Outcome outcome = run(server.url(), pattern(32 * 1024 * 1024), 5000, 1);
    QCOMPARE(outcome.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(outcome.finishedCount, 1);
}

void Http1ReplyTest::silence_endsAtTheTransferTimeout()
{
    ScriptedServer server;
    server.silent = true;
    const Outcome outcome = run(server.url(), pattern(1000), 300);
    QCOMPARE(outcome.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(outcome.finishedCount, 1);
    QCOMPARE(server.received.size() > 1000, true); // the request was sent whole before the silence
}

QTEST_GUILESS_MAIN(Http1ReplyTest)
#include "tst_http1reply.moc"
