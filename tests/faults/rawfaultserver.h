#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

// A scripted HTTP/1.1 server on 127.0.0.1 that misbehaves at the socket level (in the style of Qt's own
// MiniHttpServer): each request gets the next step of the script, the last step repeating.
class RawFaultServer final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Step {
        Answer, // write `response`, then close
        NeverAnswer, // keep the connection, say nothing
        Drip, // write `response` one byte every `delayMs`
        ResetAfterRequest, // RST once the request is in
        ResetAfterHeaders, // status line and headers, then RST
        CloseBeforeAnyByte, // FIN without a byte
        TruncatedBody, // Content-Length 500, 200 bytes, close
        AbortedChunked, // one chunk, then close without the last chunk
        AnswerLate, // write `response` after `delayMs`
        ResetOnConnect, // RST as soon as the connection is accepted, before any request byte is read
        ResetDuringRequest, // RST at the first bytes of the request (mid-body for a large upload)
    };
    struct Script
    {
        Step step = Step::Answer;
        QByteArray response;
        int delayMs = 0;
    };

    explicit RawFaultServer(QList<Script> script, QObject *parent = nullptr);
    ~RawFaultServer() override;

    // Requests that reached the server: read in full, or cut off by a Reset… step (each counts as one).
    int requests() const { return m_requests; }
    int connections() const { return m_connections; }
    // The head (request line and headers) of every request read in full, in order.
    const QList<QByteArray> &requestHeads() const { return m_heads; }

    static QByteArray response(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                               const QByteArray &extraHeaders = {});

private:
    void onReadyRead(QTcpSocket *socket);
    void perform(QTcpSocket *socket, const Script &script);
    Script current() const { return m_script.at(std::min<qsizetype>(m_requests, m_script.size() - 1)); }

    QList<Script> m_script;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
    int m_connections = 0;
    QList<QByteArray> m_heads;
};
