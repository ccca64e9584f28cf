#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

// A small HTTP proxy on 127.0.0.1 for the proxy tests (test code only): it answers CONNECT host:port by
// opening a tunnel to one fixed local port (whatever host was asked for, so a test can use a name such as
// api.ideogram.test that no DNS knows) and copying bytes both ways. With credentials set, a CONNECT without
// the matching Proxy-Authorization gets 407 and nothing goes further. It writes down every CONNECT it got.
class ConnectProxy final
{
public:
    struct Connect
    {
        QByteArray target; // "api.ideogram.test:443"
        QByteArray authorization; // the Proxy-Authorization header as sent, empty when none
        bool tunnelled = false;
    };

    bool start(quint16 upstreamPort)
    {
        m_upstreamPort = upstreamPort;
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] { acceptAll(); });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    // Basic credentials the proxy wants; empty: none wanted.
    void requireCredentials(const QByteArray &user, const QByteArray &password)
    {
        m_expected = "Basic " + QByteArray(user + ':' + password).toBase64();
    }
    const QList<Connect> &connects() const { return m_connects; }
    int tunnels() const
    {
        return int(std::count_if(m_connects.cbegin(), m_connects.cend(), [](const Connect &c) { return c.tunnelled; }));
    }

private:
    void acceptAll()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            QObject::connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
            // A later socket may get this one's address: nothing of this one may be left under it.
            QObject::connect(client, &QObject::destroyed, &m_server, [this, client] { m_heads.remove(client); });
            QObject::connect(client, &QIODevice::readyRead, client, [this, client] { readHead(client); });
        }
    }

    void readHead(QTcpSocket *client)
    {
        if (client->property("tunnelled").toBool())
            return;
        QByteArray &buffer = m_heads[client];
        buffer += client->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QByteArray rest = buffer.mid(end + 4);
        m_heads.remove(client);
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Connect connect;
        connect.target = first.value(1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (line.left(colon).trimmed().toLower() == "proxy-authorization")
                connect.authorization = line.mid(colon + 1).trimmed();
        }
        if (first.value(0) != "CONNECT") {
            m_connects.append(connect);
            client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        if (!m_expected.isEmpty() && connect.authorization != m_expected) {
            m_connects.append(connect);
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"test proxy\"\r\nContent-Length: 0\r\n\r\n");
            return; // the client may answer the challenge on the same connection
        }
        connect.tunnelled = true;
        m_connects.append(connect);
        client->setProperty("tunnelled", true);
        auto *upstream = new QTcpSocket(client);
        QObject::disconnect(client, &QIODevice::readyRead, nullptr, nullptr);
        QObject::connect(upstream, &QAbstractSocket::connected, client, [client, upstream, rest] {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            if (!rest.isEmpty())
                upstream->write(rest);
            upstream->write(client->readAll());
        });
        QObject::connect(client, &QIODevice::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QIODevice::readyRead, client,
                         [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QAbstractSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        QObject::connect(client, &QAbstractSocket::disconnected, upstream,
                         [upstream] { upstream->disconnectFromHost(); });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    QByteArray m_expected;
    QHash<QTcpSocket *, QByteArray> m_heads;
    QList<Connect> m_connects;
};
