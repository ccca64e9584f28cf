#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QString>
#include <QUrl>

#include <algorithm>

// A small HTTPS server on 127.0.0.1 for the TLS and proxy tests (test code only, never part of the app):
// QSslServer with a certificate made at build time (tests/reliability/make-test-certificates.sh), answering
// every request with one canned JSON body and writing down what arrived. It says whether a request, and
// whether an Api-Key header, ever got through: a TLS failure must leave both lists empty.
class HttpsTestServer final
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray host;
        bool hadApiKey = false;
    };

    // certificateBase: "<folder>/good" uses good.pem and good.key.
    bool start(const QString &certificateBase)
    {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateBase + QStringLiteral(".pem"));
        QFile keyFile(certificateBase + QStringLiteral(".key"));
        if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QSslKey key(&keyFile, QSsl::Ec);
        if (key.isNull())
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // the server asks no certificate of clients
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QSslServer::errorOccurred, &m_server,
                         [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_failedHandshakes; });
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] { acceptAll(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }

    // A server that speaks TLS 1.0 and nothing newer, as an old server or device on the way would: to any
    // ClientHello it answers with a TLS 1.0 ServerHello. (OpenSSL 3 refuses to run TLS 1.0 at all at its
    // default security level, so the one message such a server sends first is written by hand; a client
    // that wants TLS 1.2 or newer stops right there.)
    bool startOldProtocolOnly()
    {
        QObject::connect(&m_oldServer, &QTcpServer::pendingConnectionAvailable, &m_oldServer, [this] {
            while (QTcpSocket *socket = m_oldServer.nextPendingConnection()) {
                QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket] {
                    const QByteArray hello = socket->readAll();
                    if (hello.startsWith('\x16') && !socket->property("answered").toBool()) { // a handshake
                        socket->setProperty("answered", true);
                        socket->write(tls10ServerHello());
                    } else if (!hello.startsWith('\x16') && !hello.startsWith('\x15')) {
                        m_requests.append({hello.split(' ').value(0),
                                           hello.split(' ').value(1),
                                           {},
                                           hello.toLower().contains("api-key:")});
                    }
                });
            }
        });
        return m_oldServer.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_oldServer.isListening() ? m_oldServer.serverPort() : m_server.serverPort(); }
    QUrl url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("https://%1:%2").arg(host).arg(port()));
    }
    void setBody(const QByteArray &body) { m_body = body; }

    const QList<Request> &requests() const { return m_requests; }
    int requestsWithApiKey() const
    {
        return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [](const Request &r) { return r.hadApiKey; }));
    }
    // Connections whose handshake failed on the server's side too (the client hung up on the certificate).
    int failedHandshakes() const { return m_failedHandshakes; }

private:
    static QByteArray tls10ServerHello()
    {
        QByteArray body;
        body += QByteArray::fromHex("0301"); // TLS 1.0
        body += QByteArray(32, '\x2a'); // server random
        body += '\x00'; // no session id
        body += QByteArray::fromHex("002f"); // TLS_RSA_WITH_AES_128_CBC_SHA
        body += '\x00'; // no compression
        QByteArray handshake = QByteArray::fromHex("02") + QByteArray::fromHex("00") + char((body.size() >> 8) & 0xff)
            + char(body.size() & 0xff) + body;
        return QByteArray::fromHex("160301") + char((handshake.size() >> 8) & 0xff) + char(handshake.size() & 0xff)
            + handshake;
    }

    void acceptAll()
    {
        while (QTcpSocket *plain = m_server.nextPendingConnection()) {
            auto *socket = qobject_cast<QSslSocket *>(plain);
            QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket] { read(socket); });
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            // A later socket may get this one's address: nothing of this one may be left under it.
            QObject::connect(socket, &QObject::destroyed, &m_server, [this, socket] { m_buffers.remove(socket); });
            read(socket);
        }
    }

    void read(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "api-key")
                request.hadApiKey = true;
            else if (name == "host")
                request.host = line.mid(colon + 1).trimmed();
        }
        m_requests.append(request);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
        socket->disconnectFromHost();
    }

    QSslServer m_server;
    QTcpServer m_oldServer;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QByteArray m_body = R"({"datasets":[]})";
    QList<Request> m_requests;
    int m_failedHandshakes = 0;
};
