#include "streameduploadreply.h"

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

StreamedUploadReply::StreamedUploadReply(const QNetworkRequest &request, const QByteArray &method, QIODevice *body,
                                         QObject *parent)
    : QNetworkReply(parent)
    , m_method(method)
    , m_body(body)
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
    QMetaObject::invokeMethod(this, &StreamedUploadReply::start, Qt::QueuedConnection);
}

StreamedUploadReply::~StreamedUploadReply()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void StreamedUploadReply::start()
{
    if (m_done)
        return;
    const QUrl target = url();
    const bool https = target.scheme() == QLatin1String("https");
    if (!https && target.scheme() != QLatin1String("http")) {
        fail(QNetworkReply::ProtocolUnknownError, QStringLiteral("Protocol \"%1\" is unknown").arg(target.scheme()));
        return;
    }
    if (https) {
        auto *socket = new QSslSocket(this);
        QSslConfiguration configuration = request().sslConfiguration();
        configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        socket->setSslConfiguration(configuration);
        // Certificate errors are never ignored: an unverified peer fails the handshake and errorOccurred()
        // reports it. What was wrong is passed on as QNetworkAccessManager's replies do, for the sentence that
        // names it.
        connect(socket, &QSslSocket::sslErrors, this, &QNetworkReply::sslErrors);
        connect(socket, &QSslSocket::encrypted, this, &StreamedUploadReply::onConnected);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, &StreamedUploadReply::sendBody);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QAbstractSocket::connected, this, &StreamedUploadReply::onConnected);
    }
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &StreamedUploadReply::sendBody);
    connect(m_socket, &QAbstractSocket::readyRead, this, &StreamedUploadReply::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &StreamedUploadReply::onSocketError);
    connect(m_socket, &QAbstractSocket::disconnected, this, &StreamedUploadReply::onDisconnected);
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

void StreamedUploadReply::onConnected()
{
    if (m_done)
        return;
    m_connected = true;
    // Our writes are large; the last, small one must not wait for an acknowledgement (Nagle's algorithm).
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
    head += "Content-Length: " + QByteArray::number(m_bodyTotal) + "\r\nConnection: close\r\n\r\n";
    m_socket->write(head); // goes out with the first piece of the body (both are queued in this turn)
    touch();
    sendBody();
}

qint64 StreamedUploadReply::pendingBytes() const
{
    const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
    return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}

void StreamedUploadReply::sendBody()
{
    if (m_done || !m_connected)
        return;
    touch();
    while (m_bodyHanded < m_bodyTotal && pendingBytes() < HighWaterBytes) {
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

void StreamedUploadReply::reportProgress()
{
    // Bytes of the body that left this process: handed to the socket, less what still waits in its queue
    // (the queue holds our head first, and TLS framing: an estimate that errs on the low side).
    const qint64 sent = std::clamp<qint64>(m_bodyHanded - pendingBytes(), 0, m_bodyTotal);
    if (sent != m_lastProgress) {
        m_lastProgress = sent;
        Q_EMIT uploadProgress(sent, m_bodyTotal);
    }
}

void StreamedUploadReply::onReadyRead()
{
    if (m_done)
        return;
    touch();
    m_in += m_socket->readAll();
    if (!m_headRead && !readHead())
        return;
    readBody();
}

bool StreamedUploadReply::readHead()
{
    while (!m_headRead) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if ((end < 0 ? m_in.size() : end) > MaxHeadBytes) {
            fail(QNetworkReply::ProtocolFailure, QStringLiteral("the answer's head is larger than 64 KB"));
            return false;
        }
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        const QByteArray statusLine = lines.first().trimmed();
        const qsizetype firstSpace = statusLine.indexOf(' ');
        bool ok = false;
        const int status = firstSpace < 0 ? 0 : statusLine.mid(firstSpace + 1, 3).toInt(&ok);
        if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
            fail(QNetworkReply::ProtocolFailure,
                 QStringLiteral("the answer does not start with an HTTP/1 status line"));
            return false;
        }
        if (status < 200 && status != 101)
            continue; // an interim answer (100 Continue): the real one follows
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, statusLine.mid(firstSpace + 5).trimmed());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            setRawHeader(name, hasRawHeader(name) ? rawHeader(name) + ", " + value : value);
        }
        m_headRead = true;
        if (status == 204 || status == 304) {
            m_framing = Framing::Length;
            m_contentLength = 0;
        } else if (rawHeader("Transfer-Encoding").toLower().contains("chunked")) {
            m_framing = Framing::Chunked;
        } else if (hasRawHeader("Content-Length")) {
            m_contentLength = rawHeader("Content-Length").toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(QNetworkReply::ProtocolFailure, QStringLiteral("the answer's Content-Length is not a number"));
                return false;
            }
            m_framing = Framing::Length;
        } else {
            m_framing = Framing::UntilClose;
        }
        Q_EMIT metaDataChanged();
    }
    return true;
}

void StreamedUploadReply::readBody()
{
    bool complete = false;
    switch (m_framing) {
    case Framing::Length: {
        const qint64 take = std::min<qint64>(m_contentLength - m_answer.size(), m_in.size());
        m_answer.append(m_in.constData(), take);
        m_in.remove(0, take);
        complete = m_answer.size() == m_contentLength;
        break;
    }
    case Framing::Chunked:
        complete = readChunks();
        break;
    case Framing::UntilClose:
        m_answer += m_in;
        m_in.clear();
        break;
    case Framing::Unknown:
        return;
    }
    if (m_done)
        return;
    Q_EMIT downloadProgress(m_answer.size(), m_framing == Framing::Length ? m_contentLength : -1);
    if (complete)
        succeed();
}

bool StreamedUploadReply::readChunks()
{
    constexpr qint64 AfterLastChunk = -2;
    while (true) {
        if (m_chunkLeft == AfterLastChunk) {
            // Optional trailer lines, then an empty line.
            if (m_in.startsWith("\r\n") || m_in.contains("\r\n\r\n"))
                return true;
            if (m_in.size() > MaxHeadBytes)
                fail(QNetworkReply::ProtocolFailure, QStringLiteral("the answer's trailer is larger than 64 KB"));
            return false;
        }
        if (m_chunkLeft < 0) {
            const qsizetype end = m_in.indexOf("\r\n");
            if (end < 0) {
                if (m_in.size() > 1024)
                    fail(QNetworkReply::ProtocolFailure, QStringLiteral("a chunk size line is too long"));
                return false;
            }
            bool ok = false;
            const qint64 size = m_in.left(end).split(';').first().trimmed().toLongLong(&ok, 16);
            m_in.remove(0, end + 2);
            if (!ok || size < 0) {
                fail(QNetworkReply::ProtocolFailure, QStringLiteral("a chunk size is not a number"));
                return false;
            }
            m_chunkLeft = size == 0 ? AfterLastChunk : size + 2; // the chunk's data, then its CRLF
            continue;
        }
        const qint64 take = std::min<qint64>(m_chunkLeft, m_in.size());
        const qint64 data = std::clamp<qint64>(m_chunkLeft - 2, 0, take);
        m_answer.append(m_in.constData(), data);
        m_in.remove(0, take);
        m_chunkLeft -= take;
        if (m_chunkLeft > 0)
            return false;
        m_chunkLeft = -1;
    }
}

void StreamedUploadReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    // Whatever arrived before the error is read first: a whole answer followed by a close is an answer.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_headRead && m_framing == Framing::UntilClose) {
        succeed();
        return;
    }
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
        fail(QNetworkReply::SslHandshakeFailedError, text);
        break;
    default:
        // Once connected, a reset or a broken pipe is the connection lost, as QNetworkAccessManager says it.
        fail(m_connected ? QNetworkReply::RemoteHostClosedError : QNetworkReply::UnknownNetworkError, text);
        break;
    }
}

void StreamedUploadReply::onDisconnected()
{
    if (m_done)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_done)
        return;
    if (m_headRead && m_framing == Framing::UntilClose)
        succeed();
    else
        fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
}

void StreamedUploadReply::touch()
{
    if (request().transferTimeout() > 0)
        m_inactivity.start(request().transferTimeout());
}

void StreamedUploadReply::abort()
{
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void StreamedUploadReply::succeed()
{
    finishWith(QNetworkReply::NoError, {});
}

void StreamedUploadReply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    finishWith(error, text);
}

void StreamedUploadReply::finishWith(QNetworkReply::NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_inactivity.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // an answer that came early ends the upload too: the server will not read on
    }
    if (error != QNetworkReply::NoError) {
        setError(error, text);
        Q_EMIT errorOccurred(error);
    } else if (!m_answer.isEmpty()) {
        Q_EMIT readyRead();
    }
    setFinished(true);
    Q_EMIT finished();
}

qint64 StreamedUploadReply::bytesAvailable() const
{
    return m_answer.size() - m_readPosition + QIODevice::bytesAvailable();
}

qint64 StreamedUploadReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_answer.size() - m_readPosition);
    if (count <= 0)
        return m_done ? -1 : 0;
    std::memcpy(data, m_answer.constData() + m_readPosition, size_t(count));
    m_readPosition += count;
    return count;
}

} // namespace Ids::Core
