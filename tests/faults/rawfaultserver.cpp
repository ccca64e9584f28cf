#include "rawfaultserver.h"

#include <QTcpSocket>
#include <QTimer>

RawFaultServer::RawFaultServer(QList<Script> script, QObject *parent)
    : QTcpServer(parent)
    , m_script(std::move(script))
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_connections;
            m_sockets.append(socket);
            if (!m_script.isEmpty() && current().step == Step::ResetOnConnect) {
                ++m_requests;
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        }
    });
}

RawFaultServer::~RawFaultServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

QByteArray RawFaultServer::response(int status, const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

void RawFaultServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (current().step == Step::ResetDuringRequest) {
        ++m_requests;
        socket->abort();
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qsizetype contentLength = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + contentLength)
        return;
    m_heads.append(buffer.left(headEnd));
    buffer.clear();
    const Script script = current();
    ++m_requests;
    perform(socket, script);
}

void RawFaultServer::perform(QTcpSocket *socket, const Script &script)
{
    const QPointer<QTcpSocket> guarded(socket);
    switch (script.step) {
    case Step::Answer:
        socket->write(script.response);
        socket->disconnectFromHost();
        break;
    case Step::NeverAnswer:
        break;
    case Step::Drip: {
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, offset, data = script.response] {
            if (*offset >= data.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(data.mid((*offset)++, 1));
        });
        timer->start(script.delayMs);
        break;
    }
    case Step::ResetAfterRequest:
        socket->abort();
        break;
    case Step::ResetAfterHeaders:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
        socket->flush();
        QTimer::singleShot(50, socket, [guarded] {
            if (guarded)
                guarded->abort();
        });
        break;
    case Step::ResetOnConnect:
    case Step::ResetDuringRequest:
        break; // handled when the connection comes in and when the request starts
    case Step::CloseBeforeAnyByte:
        socket->disconnectFromHost();
        break;
    case Step::TruncatedBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n");
        socket->write(QByteArray(200, ' '));
        socket->disconnectFromHost();
        break;
    case Step::AbortedChunked:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "a\r\n{\"datasets\r\n");
        socket->disconnectFromHost();
        break;
    case Step::AnswerLate:
        QTimer::singleShot(script.delayMs, socket, [guarded, response = script.response] {
            if (!guarded)
                return;
            guarded->write(response);
            guarded->disconnectFromHost();
        });
        break;
    }
}
