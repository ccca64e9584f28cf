#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Ids::Core {

// An upload's POST over HTTP/1.1 on a socket of its own, in the caller's thread, instead of through
// QNetworkAccessManager. Qt 6.4 runs HTTP in a thread of its own and fetches a request body from the caller's
// thread 16 KB per round trip between the two threads: over TLS on loopback, 100 x 10 MB took about twice
// curl's time, with some ten system calls per 16 KB (bench/run.sh, strace). Here the body is read into one
// buffer and handed to the socket as it drains, with TCP_NODELAY: about curl's time and CPU. Each turn of the
// event loop costs this thread a read and a TLS record or a few (microseconds); it never waits, and
// QNetworkAccessManager too reads request bodies on the caller's thread. A connection per request costs a TLS
// handshake per batch of files (milliseconds against seconds of sending).
//
// It is a QNetworkReply so ApiJob treats it like any other: the same signals (uploadProgress, downloadProgress,
// errorOccurred, finished), the HTTP status and headers as attributes, the answer's body to read() once
// finished, and the error codes QNetworkAccessManager gives for the same faults (a timeout of
// request.transferTimeout() without progress, and abort(), are OperationCanceledError). Like the rest of the
// client it never re-sends (one connection per request, "Connection: close"), never follows a redirect, and
// never ignores a TLS error: certificates are checked with request.sslConfiguration().
class StreamedUploadReply final : public QNetworkReply
{
    Q_OBJECT
public:
    // body: a device of body->size() bytes, read once from the start (never rewound); it becomes this reply's
    // child. request: http or https URL, the headers to send (Host, Content-Length and Connection are set here).
    StreamedUploadReply(const QNetworkRequest &request, const QByteArray &method, QIODevice *body,
                        QObject *parent = nullptr);
    ~StreamedUploadReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // The size of each read from the body (one TLS record), and how much may wait unsent in the socket before
    // the next read. Larger pieces measured slower: every buffer Qt allocates for them is new memory to the
    // kernel (four times the page faults at 64 KB).
    static constexpr qint64 ChunkBytes = 16 * 1024;
    static constexpr qint64 HighWaterBytes = 128 * 1024;
    static constexpr qsizetype MaxHeadBytes = 64 * 1024; // of the answer's status line and headers

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class Framing { Unknown, Length, Chunked, UntilClose };

    void start();
    void onConnected();
    void sendBody();
    void reportProgress();
    void onReadyRead();
    bool readHead(); // false: the head is not complete yet (or the reply failed)
    void readBody();
    bool readChunks(); // true when the last chunk is in
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void touch();
    qint64 pendingBytes() const;
    void succeed();
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void finishWith(QNetworkReply::NetworkError error, const QString &text);

    QByteArray m_method;
    QIODevice *m_body;
    QAbstractSocket *m_socket = nullptr;
    QTimer m_inactivity;
    qint64 m_bodyTotal = 0;
    qint64 m_bodyHanded = 0; // given to the socket; some may not have left yet
    QByteArray m_piece; // the read buffer, ChunkBytes
    qint64 m_lastProgress = -1;
    bool m_connected = false;
    QByteArray m_in; // received and not yet parsed
    bool m_headRead = false;
    Framing m_framing = Framing::Unknown;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = -1; // bytes of the current chunk still to come (+2 for its CRLF); -1 between chunks
    QByteArray m_answer; // the answer's body
    qint64 m_readPosition = 0;
    bool m_done = false;
};

} // namespace Ids::Core
