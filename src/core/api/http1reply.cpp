#include "http1reply.h"

#include "http1connectionpool.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <cstring>

namespace Ids::Core {

namespace {

// Headers this reply writes itself, or that must not travel on a request it frames alone.
bool isFramingHeader(const QByteArray &name)
{
    static const QByteArrayList framing {"host",   "content-length", "connection", "transfer-encoding",
                                         "expect", "keep-alive",     "upgrade",    "te"};
    return framing.contains(name.toLower());
}

} // namespace

Http1Reply::Http1Reply(const QNetworkRequest &request, const QByteArray &method, QIODevice *body,
                       Http1ConnectionPool *pool, QObject *parent)
    : QNetworkReply(parent)
    , m_method(method)
    , m_body(body)
    , m_pool(pool)
    , m_bodyTotal(body->size())
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    m_body->setParent(this);
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this,
            [this] { fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled")); });
    open(QIODevice::ReadOnly);
    // Started from the event loop, as QNetworkAccessManager does: the caller connects to the signals first.
    QMetaObject::invokeMethod(this, &Http1Reply::start, Qt::QueuedConnection);
}

Http1Reply::~Http1Reply()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void Http1Reply::start()
{
    if (m_done)
        return;
    const QUrl target = url();
    const bool https = target.scheme() == QLatin1String("https");
    if (!https && target.scheme() != QLatin1String("http")) {
        fail(QNetworkReply::ProtocolUnknownError, QStringLiteral("Protocol \"%1\" is unknown").arg(target.scheme()));
        return;
    }
    if (m_pool) {
        if (QAbstractSocket *open = m_pool->take(target, request().sslConfiguration())) {
            open->setParent(this);
            m_socket = open;
            m_reused = true;
            connectSocket();
            onConnected();
            return;
        }
    }
    if (https) {
        auto *socket = new QSslSocket(this);
        QSslConfiguration configuration = request().sslConfiguration();
        configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        socket->setSslConfiguration(configuration);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connectSocket();
    // ApiClient sends here only what goes direct (a proxy's tunnel and password question are
    // QNetworkAccessManager's): no proxy of the socket's own choosing either.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    touch();
    const quint16 port = quint16(target.port(https ? 443 : 80));
    if (https)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(target.host(), port);
    else
        m_socket->connectToHost(target.host(), port);
}

void Http1Reply::connectSocket()
{
    if (auto *socket = qobject_cast<QSslSocket *>(m_socket)) {
        // Certificate errors are never ignored: an unverified peer fails the handshake and errorOccurred()
        // reports it. What was wrong is passed on as QNetworkAccessManager's replies do, for the sentence that
        // names it.
        connect(socket, &QSslSocket::sslErrors, this, &QNetworkReply::sslErrors);
        if (!m_reused)
            connect(socket, &QSslSocket::encrypted, this, &Http1Reply::onConnected);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, &Http1Reply::sendBody);
    } else if (!m_reused) {
        connect(m_socket, &QAbstractSocket::connected, this, &Http1Reply::onConnected);
    }
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &Http1Reply::sendBody);
    connect(m_socket, &QAbstractSocket::readyRead, this, &Http1Reply::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Http1Reply::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Http1Reply::onDisconnected);
}

void Http1Reply::onConnected()
{
    if (m_done)
        return;
    m_connected = true;
    // Our writes are large; the last, small one must not wait for an acknowledgement (Nagle's algorithm).
    // (A reused connection has it already.)
    if (!m_reused)
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QUrl target = url();
    QByteArray path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (path.isEmpty())
        path = "/";
    QByteArray head = m_method + ' ' + path
        + " HTTP/1.1\r\nHost: " + target.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    for (const QByteArray &name : request().rawHeaderList()) {
        if (!isFramingHeader(name))
            head += name + ": " + request().rawHeader(name) + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(m_bodyTotal) + "\r\n";
    // Without a pool the connection ends with the answer; with one, HTTP/1.1 keeps it open by default.
    head += m_pool ? QByteArray("\r\n") : QByteArray("Connection: close\r\n\r\n");
    m_socket->write(head); // goes out with the first piece of the body (both are queued in this turn)
    touch();
    sendBody();
    // A small request is all written: out now rather than on the socket's next turn of the event loop (a turn
    // less per round trip). flush() never waits; it writes what the kernel takes.
    if (!m_done && m_bodyHanded == m_bodyTotal)
        m_socket->flush();
}

qint64 Http1Reply::pendingBytes() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void Http1Reply::sendBody()
{
    if (m_done || !m_connected)
        return;
    touch();
    while (!m_done && m_bodyHanded < m_bodyTotal && pendingBytes() < HighWaterBytes) {
        // One buffer for every read: a fresh one per piece would cost the kernel a page fault per 4 KB.
        m_piece.resize(ChunkBytes);
        const qint64 got = m_body->read(m_piece.data(), std::min(ChunkBytes, m_bodyTotal - m_bodyHanded));
        if (got <= 0) {
            // A file that shrank or could not be read: what left cannot be completed (Content-Length).
            const QString why = m_body->errorString().isEmpty() ? QStringLiteral("the upload's body ended early")
                                                                : m_body->errorString();
            fail(QNetworkReply::UnknownNetworkError, why);
            return;
        }
        m_socket->write(m_piece.constData(), got);
        m_bodyHanded += got;
    }
    reportProgress();
}

void Http1Reply::reportProgress()
{
    // Bytes of the body that left this process: handed to the socket, less what still waits in its queue
    // (the queue holds our head first, and TLS framing: an estimate that errs on the low side).
    const qint64 sent = std::clamp<qint64>(m_bodyHanded - pendingBytes(), 0, m_bodyTotal);
    if (sent != m_lastProgress) {
        m_lastProgress = sent;
        Q_EMIT uploadProgress(sent, m_bodyTotal);
    }
}

void Http1Reply::onReadyRead()
{
    if (m_done)
        return;
    touch();
    const bool headBefore = m_response.headRead();
    const Http1Response::State state = m_response.feed(m_socket->readAll());
    if (state == Http1Response::State::Failed) {
        fail(QNetworkReply::ProtocolFailure, m_response.errorText());
        return;
    }
    if (!headBefore && m_response.headRead() && m_reused
        && (m_response.status() == 408 || m_bodyHanded < m_bodyTotal || pendingBytes() > 0)) {
        // On a kept connection, an answer before our request has left (or a 408, "you were idle too long") is
        // the server ending the connection, not an answer to this request: lost, and it may have arrived.
        fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("the server closed the kept connection"));
        return;
    }
    if (!headBefore && m_response.headRead()) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status());
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_response.reasonPhrase());
        for (const auto &[name, value] : m_response.headers())
            setRawHeader(name, value);
        Q_EMIT metaDataChanged();
    }
    if (!m_response.headRead())
        return;
    Q_EMIT downloadProgress(m_response.body().size(), m_response.expectedBodySize());
    if (state == Http1Response::State::Complete)
        finishWith(QNetworkReply::NoError, {});
}

bool Http1Reply::answeredBeforeTheEnd(bool closedCleanly)
{
    // Whatever arrived before the end is read first: a whole answer followed by a close is an answer.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return true;
    if (closedCleanly && m_response.endOfConnection() == Http1Response::State::Complete) {
        finishWith(QNetworkReply::NoError, {});
        return true;
    }
    return false;
}

void Http1Reply::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_done || answeredBeforeTheEnd(error == QAbstractSocket::RemoteHostClosedError))
        return;
    const QString text = m_socket->errorString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(QNetworkReply::ConnectionRefusedError, text);
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(QNetworkReply::HostNotFoundError, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(QNetworkReply::TimeoutError, text);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        // Once encrypted, a TLS failure is the connection lost with the request perhaps sent.
        fail(m_connected ? QNetworkReply::RemoteHostClosedError : QNetworkReply::SslHandshakeFailedError, text);
        break;
    default:
        // Once connected, a reset or a broken pipe is the connection lost, as QNetworkAccessManager says it.
        fail(m_connected ? QNetworkReply::RemoteHostClosedError : QNetworkReply::UnknownNetworkError, text);
        break;
    }
}

void Http1Reply::onDisconnected()
{
    if (m_done || answeredBeforeTheEnd(true))
        return;
    fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
}

void Http1Reply::touch()
{
    if (request().transferTimeout() > 0)
        m_inactivity.start(request().transferTimeout());
}

void Http1Reply::abort()
{
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void Http1Reply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    finishWith(error, text);
}

void Http1Reply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_inactivity.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        // A connection whose answer was read whole after the whole request left may carry the next request.
        const bool reusable = error == QNetworkReply::NoError && m_pool && m_response.connectionReusable()
            && m_bodyHanded == m_bodyTotal && pendingBytes() == 0;
        if (reusable) {
            m_pool->keep(url(), request().sslConfiguration(), m_socket, m_response.keepAliveTimeout());
        } else {
            m_socket->abort(); // an answer that came early ends the upload too: the server will not read on
        }
        m_socket = nullptr;
    }
    if (error == QNetworkReply::NoError && m_response.status() >= 400) {
        // The words QNetworkAccessManager gives an HTTP error, for the details under the sentence.
        setErrorString(QStringLiteral("Error transferring %1 - server replied: %2")
                           .arg(url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                QString::fromLatin1(m_response.reasonPhrase())));
    }
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        Q_EMIT errorOccurred(error);
    } else if (!m_response.body().isEmpty()) {
        Q_EMIT readyRead();
    }
    setFinished(true);
    Q_EMIT finished();
}

qint64 Http1Reply::bytesAvailable() const
{
    return m_response.body().size() - m_readPosition + QIODevice::bytesAvailable();
}

qint64 Http1Reply::readData(char *data, qint64 maxSize)
{
    const QByteArray &answer = m_response.body();
    const qint64 count = std::min<qint64>(maxSize, answer.size() - m_readPosition);
    if (count <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, answer.constData() + m_readPosition, size_t(count));
    m_readPosition += count;
    return count;
}

} // namespace Ids::Core
