#include "wirefaultserver.h"

#include "core/types/datasetdetail.h"
#include "core/types/uploadsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtEndian>

#include <sys/socket.h>

namespace {

// RFC 9113 §6: frame types, flags and error codes used here.
constexpr quint8 Data = 0x0, Headers = 0x1, RstStream = 0x3, Settings = 0x4, Ping = 0x6, GoAway = 0x7,
                 WindowUpdate = 0x8;
constexpr quint8 EndStream = 0x1, Ack = 0x1, EndHeaders = 0x4, Padded = 0x8;
constexpr quint32 NoError = 0x0, InternalError = 0x2;
const QByteArray ClientPreface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

// The file names of a multipart body, in order.
QStringList fileNamesIn(const QByteArray &body)
{
    static const QRegularExpression name(QStringLiteral("filename=\"([^\"]*)\""));
    QStringList names;
    for (const QRegularExpressionMatch &match : name.globalMatch(QString::fromUtf8(body)))
        names.append(match.captured(1));
    return names;
}

} // namespace

WireFaultServer::WireFaultServer(Fault fault, qint64 cutAfterBytes, const QSslCertificate &certificate,
                                 const QSslKey &key, QObject *parent)
    : QTcpServer(parent)
    , m_fault(fault)
    , m_cutAfterBytes(cutAfterBytes)
    , m_certificate(certificate)
    , m_key(key)
{
    listen(QHostAddress::LocalHost);
}

WireFaultServer::~WireFaultServer()
{
    for (const QPointer<QSslSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

QUrl WireFaultServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort()));
}

void WireFaultServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(m_certificate);
    configuration.setPrivateKey(m_key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({QByteArrayLiteral("h2"), QSslConfiguration::NextProtocolHttp1_1});
    socket->setSslConfiguration(configuration);
    m_sockets.append(socket);
    m_connections.insert(socket, {});
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { onEncrypted(socket); });
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.remove(socket); });
    socket->startServerEncryption();
}

void WireFaultServer::onEncrypted(QSslSocket *socket)
{
    Connection &connection = m_connections[socket];
    connection.http2 = socket->sslConfiguration().nextNegotiatedProtocol() == "h2";
    m_protocols.append(connection.http2 ? QStringLiteral("h2") : QStringLiteral("http/1.1"));
    if (connection.http2) // the server's preface: its SETTINGS, here all defaults (64 KiB windows)
        socket->write(frame(Settings, 0, 0, {}));
}

void WireFaultServer::onReadyRead(QSslSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += socket->readAll();
    if (it->http2)
        readHttp2(socket, *it);
    else
        readHttp1(socket, *it);
}

void WireFaultServer::readHttp2(QSslSocket *socket, Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    if (!connection.prefaceRead) {
        if (buffer.size() < ClientPreface.size())
            return;
        buffer.remove(0, ClientPreface.size());
        connection.prefaceRead = true;
    }
    quint32 consumed = 0;
    while (buffer.size() >= 9) {
        const auto *head = reinterpret_cast<const uchar *>(buffer.constData());
        const quint32 length = (quint32(head[0]) << 16) | (quint32(head[1]) << 8) | head[2];
        if (quint32(buffer.size()) < 9 + length)
            break;
        const quint8 type = head[3];
        const quint8 flags = head[4];
        const quint32 streamId = qFromBigEndian<quint32>(head + 5) & 0x7fffffffu;
        QByteArray payload = buffer.mid(9, length);
        buffer.remove(0, 9 + length);

        if (type == Settings && !(flags & Ack)) {
            socket->write(frame(Settings, Ack, 0, {}));
        } else if (type == Ping && !(flags & Ack)) {
            socket->write(frame(Ping, Ack, 0, payload));
        } else if (type == Headers) {
            Stream &stream = connection.streams[streamId];
            stream.hasBody = !(flags & EndStream);
            m_requests.append(stream.hasBody ? QStringLiteral("POST") : QStringLiteral("GET"));
            if (!stream.hasBody)
                writeHttp2Answer(socket, streamId, answerFor(stream));
        } else if (type == Data) {
            consumed += length;
            Stream &stream = connection.streams[streamId];
            if (stream.cutOff)
                continue;
            if (flags & Padded && !payload.isEmpty())
                payload = payload.mid(1, payload.size() - 1 - quint8(payload.at(0)));
            stream.body += payload;
            if (shouldCut(stream.body.size())) {
                cutHttp2(socket, streamId);
                if (m_fault != Fault::ResetStream)
                    return; // the connection is gone
                continue;
            }
            // Credit what was read, so the client may go on sending (a 64 KiB window otherwise stalls it).
            if (length > 0)
                socket->write(frame(WindowUpdate, 0, streamId, be32(length)));
            if (flags & EndStream)
                writeHttp2Answer(socket, streamId, answerFor(stream));
        }
        // PRIORITY, RST_STREAM, GOAWAY, WINDOW_UPDATE and CONTINUATION from the client need nothing here.
    }
    if (consumed > 0)
        socket->write(frame(WindowUpdate, 0, 0, be32(consumed)));
}

void WireFaultServer::cutHttp2(QSslSocket *socket, quint32 streamId)
{
    m_faultDone = true;
    m_connections[socket].streams[streamId].cutOff = true;
    switch (m_fault) {
    case Fault::ResetStream:
        socket->write(frame(RstStream, 0, streamId, be32(InternalError)));
        break;
    case Fault::GoAwayUnprocessed:
    case Fault::GoAwayProcessed: {
        const quint32 lastProcessed = m_fault == Fault::GoAwayProcessed ? streamId : 0;
        socket->write(frame(GoAway, 0, 0, be32(lastProcessed) + be32(NoError)));
        breakConnection(socket, false);
        break;
    }
    case Fault::ResetConnection:
    case Fault::CloseConnection:
        breakConnection(socket, m_fault == Fault::ResetConnection);
        break;
    }
}

void WireFaultServer::readHttp1(QSslSocket *socket, Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    while (true) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qint64 contentLength = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (!connection.requestCounted) {
            connection.requestCounted = true;
            m_requests.append(head.startsWith("POST") ? QStringLiteral("POST") : QStringLiteral("GET"));
        }
        const qint64 received = buffer.size() - (headEnd + 4);
        if (contentLength > 0 && shouldCut(std::min(received, contentLength))) {
            m_faultDone = true;
            breakConnection(socket, m_fault != Fault::CloseConnection);
            return;
        }
        if (received < contentLength)
            return;
        const Stream stream {contentLength > 0, false, buffer.mid(headEnd + 4, contentLength)};
        buffer.remove(0, headEnd + 4 + contentLength);
        connection.requestCounted = false;
        const QByteArray json = answerFor(stream);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(json.size()) + "\r\n\r\n" + json);
    }
}

void WireFaultServer::breakConnection(QSslSocket *socket, bool reset)
{
    // Whatever the client still sends on this connection is not read: the request was cut off here.
    m_connections.remove(socket);
    if (reset) {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        const linger hard {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        socket->abort();
        return;
    }
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray WireFaultServer::answerFor(const Stream &stream)
{
    using namespace Ids::Core;
    if (stream.hasBody) {
        const QStringList names = fileNamesIn(stream.body);
        m_completedUploads.append(names);
        UploadSummary summary;
        summary.totalCount = summary.successCount = names.size();
        for (const QString &name : names)
            summary.successful.append(
                {AssetIdentifier {QStringLiteral("UPLOAD"), QStringLiteral("a-") + name, {}}, name});
        return QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact);
    }
    QJsonArray files;
    for (const QString &name : std::as_const(m_arrivedFiles))
        files.append(QJsonObject {{QStringLiteral("file_name"), name}});
    const QJsonObject dataset {{QStringLiteral("dataset_id"), QStringLiteral("d1")},
                               {QStringLiteral("name"), QStringLiteral("Shoes")},
                               {QStringLiteral("user_id"), QStringLiteral("u1")},
                               {QStringLiteral("creation_time"), QStringLiteral("2026-01-01T00:00:00Z")},
                               {QStringLiteral("cover_asset_identifier"), QJsonValue()}};
    const QJsonObject detail {{QStringLiteral("dataset"), dataset},
                              {QStringLiteral("file_count"), files.size()},
                              {QStringLiteral("files"), files},
                              {QStringLiteral("custom_model_ids"), QJsonArray()}};
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

QByteArray WireFaultServer::frame(quint8 type, quint8 flags, quint32 streamId, const QByteArray &payload)
{
    QByteArray bytes;
    bytes.reserve(9 + payload.size());
    bytes.append(char((payload.size() >> 16) & 0xff));
    bytes.append(char((payload.size() >> 8) & 0xff));
    bytes.append(char(payload.size() & 0xff));
    bytes.append(char(type));
    bytes.append(char(flags));
    bytes.append(be32(streamId & 0x7fffffffu));
    return bytes + payload;
}

void WireFaultServer::writeHttp2Answer(QSslSocket *socket, quint32 streamId, const QByteArray &json)
{
    // HPACK (RFC 7541): ":status: 200" is entry 8 of the static table; content-type goes as a literal
    // without indexing and with a literal name, no Huffman coding.
    QByteArray block("\x88", 1);
    block += '\0';
    block += char(12);
    block += "content-type";
    block += char(16);
    block += "application/json";
    socket->write(frame(Headers, EndHeaders, streamId, block));
    socket->write(frame(Data, EndStream, streamId, json)); // small enough for one frame
}
