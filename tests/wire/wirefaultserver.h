#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QSslSocket;

// An https server on 127.0.0.1 that breaks an upload off in the middle of its body, the way a server or a
// proxy can and nghttpx cannot be told to: over HTTP/2 with RST_STREAM or GOAWAY, over HTTP/1.1 with a reset
// or a closed connection. The protocol is the one ALPN settles on (it offers h2 and http/1.1), and it speaks
// just enough of either for an upload and its reconciliation, with the frames written by hand (RFC 9113;
// no HPACK decoding is needed: a request without a body is a GET, one with a body a POST):
// - the first POST is cut off once `cutAfterBytes` of its body have arrived;
// - every later POST is read whole and each file in it is reported stored;
// - a GET is answered with the dataset holding `arrivedFiles` (what the server kept of the broken upload).
class WireFaultServer final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Fault {
        ResetStream, // HTTP/2: RST_STREAM(INTERNAL_ERROR) on the upload's stream; the connection lives on
        GoAwayUnprocessed, // HTTP/2: GOAWAY saying no stream was processed, then the connection closes
        GoAwayProcessed, // HTTP/2: GOAWAY counting the upload's stream as processed, then the connection closes
        ResetConnection, // HTTP/1.1 (and HTTP/2): a TCP reset
        CloseConnection, // HTTP/1.1 (and HTTP/2): the connection closed without an answer
    };

    WireFaultServer(Fault fault, qint64 cutAfterBytes, const QSslCertificate &certificate, const QSslKey &key,
                    QObject *parent = nullptr);
    ~WireFaultServer() override;

    QUrl baseUrl() const;
    void setArrivedFiles(const QStringList &fileNames) { m_arrivedFiles = fileNames; }

    // The ALPN protocol of every connection ("h2" or "http/1.1"), in order.
    const QStringList &protocols() const { return m_protocols; }
    // "POST" or "GET" for every request begun, in order (the cut-off upload included).
    const QStringList &requests() const { return m_requests; }
    // The file names of every POST read whole, one list per request.
    const QList<QStringList> &completedUploads() const { return m_completedUploads; }
    bool faultDone() const { return m_faultDone; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Stream
    {
        bool hasBody = false;
        bool cutOff = false;
        QByteArray body;
    };
    struct Connection
    {
        QByteArray buffer;
        bool http2 = false;
        bool prefaceRead = false; // HTTP/2
        QHash<quint32, Stream> streams; // HTTP/2
        bool requestCounted = false; // HTTP/1.1: the request in the buffer is in m_requests already
    };

    void onEncrypted(QSslSocket *socket);
    void onReadyRead(QSslSocket *socket);
    void readHttp2(QSslSocket *socket, Connection &connection);
    void readHttp1(QSslSocket *socket, Connection &connection);
    // Whether a request body that has reached `received` bytes is the one to cut off now.
    bool shouldCut(qint64 received) const { return !m_faultDone && received >= m_cutAfterBytes; }
    void cutHttp2(QSslSocket *socket, quint32 streamId);
    void breakConnection(QSslSocket *socket, bool reset);
    QByteArray answerFor(const Stream &stream);

    static QByteArray frame(quint8 type, quint8 flags, quint32 streamId, const QByteArray &payload);
    static void writeHttp2Answer(QSslSocket *socket, quint32 streamId, const QByteArray &json);

    Fault m_fault;
    qint64 m_cutAfterBytes;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QStringList m_arrivedFiles;
    QStringList m_protocols;
    QStringList m_requests;
    QList<QStringList> m_completedUploads;
    bool m_faultDone = false;
    QHash<QSslSocket *, Connection> m_connections;
    QList<QPointer<QSslSocket>> m_sockets;
};
