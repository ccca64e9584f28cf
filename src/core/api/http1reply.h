#pragma once

#include "http1response.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace Ids::Core {

class Http1ConnectionPool;

// A request that changes something (a create, a training, a generation, an upload) sent over HTTP/1.1 in the
// caller's thread, instead of through QNetworkAccessManager. Qt 6.4 runs HTTP in a thread of its own: a small
// request crosses between the two threads at least four times (about 0.3 ms over TLS on loopback, twice curl's
// round trip), and a request body is fetched from the caller's thread 16 KB per crossing (100 x 10 MB took
// about twice curl's time, with some ten system calls per 16 KB; bench/run.sh, strace). Here the head and the
// body are handed to the socket as it drains, with TCP_NODELAY: about curl's time and CPU. Each turn of the
// event loop costs this thread a read and a TLS record or a few (microseconds); it never waits.
//
// Small requests may go out on a connection a previous one left open (Http1ConnectionPool, given a pool);
// uploads get a connection of their own ("Connection: close"): a TLS handshake per batch of files is
// milliseconds against seconds of sending.
//
// It is a QNetworkReply so ApiJob treats it like any other: the same signals (uploadProgress, downloadProgress,
// errorOccurred, finished), the HTTP status and headers as attributes, the answer's body to read() once
// finished, and the error codes QNetworkAccessManager gives for the same faults (a timeout of
// request.transferTimeout() without progress, and abort(), are OperationCanceledError; a connection lost before
// the answer, a reused one included, is RemoteHostClosedError). Like the rest of the client it never re-sends,
// never follows a redirect, and never ignores a TLS error: certificates are checked with
// request.sslConfiguration().
class Http1Reply final : public QNetworkReply
{
    Q_OBJECT
public:
    // body: a device of body->size() bytes, read once from the start (never rewound); it becomes this reply's
    // child. request: http or https URL, the headers to send (Host, Content-Length and Connection are set here).
    // pool: where to look for an open connection first and to leave this one once answered; nullptr: a
    // connection of its own, closed after the answer.
    Http1Reply(const QNetworkRequest &request, const QByteArray &method, QIODevice *body,
               Http1ConnectionPool *pool = nullptr, QObject *parent = nullptr);
    ~Http1Reply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // The size of each read from the body (one TLS record), and how much may wait unsent in the socket before
    // the next read. Larger pieces measured slower: every buffer Qt allocates for them is new memory to the
    // kernel (four times the page faults at 64 KB).
    static constexpr qint64 ChunkBytes = 16 * 1024;
    static constexpr qint64 HighWaterBytes = 128 * 1024;
    static constexpr qsizetype MaxHeadBytes = Http1Response::MaxHeadBytes;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void start();
    void connectSocket();
    void onConnected();
    void sendBody();
    void reportProgress();
    void onReadyRead();
    // The connection ended (closedCleanly: by the server's close, not a reset or an error): reads what is left,
    // and finishes the reply when that completes the answer. True when the reply is finished.
    bool answeredBeforeTheEnd(bool closedCleanly);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void touch();
    qint64 pendingBytes() const;
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void finishWith(QNetworkReply::NetworkError error, const QString &text);

    QByteArray m_method;
    QIODevice *m_body;
    QPointer<Http1ConnectionPool> m_pool;
    QAbstractSocket *m_socket = nullptr;
    QTimer m_inactivity;
    qint64 m_bodyTotal = 0;
    qint64 m_bodyHanded = 0; // given to the socket; some may not have left yet
    QByteArray m_piece; // the read buffer, ChunkBytes
    qint64 m_lastProgress = -1;
    bool m_connected = false;
    bool m_reused = false; // on a connection an earlier request left open (already encrypted)
    Http1Response m_response;
    qint64 m_readPosition = 0;
    bool m_done = false;
};

} // namespace Ids::Core
