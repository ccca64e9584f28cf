#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <optional>

namespace Ids::Core {

// Reads one HTTP/1.x answer from the bytes a connection delivers (RFC 9112): the status line, the headers, and
// a body framed by Content-Length, by chunks, or by the end of the connection. Interim answers (1xx, such as
// 100 Continue) are skipped. Pure parsing, no socket: Http1Reply feeds it what it reads.
class Http1Response final
{
public:
    enum class State { NeedMore, Complete, Failed };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024; // of the status line and headers, and of a trailer

    // Appends what arrived and parses as far as it can. Failed (with errorText()) on a malformed answer.
    State feed(const QByteArray &bytes);
    // The connection ended: an answer framed by the end of the connection is then complete.
    State endOfConnection();

    State state() const { return m_state; }
    bool headRead() const { return m_headRead; }
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // In the order received; a repeated name is joined with ", " into one.
    QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    const QByteArray &body() const { return m_body; }
    // The body's size when the head said it (Content-Length), else -1.
    qint64 expectedBodySize() const { return m_framing == Framing::Length ? m_contentLength : -1; }
    QString errorText() const { return m_error; }

    // Whether the connection may carry another request once this answer is complete: HTTP/1.1, no
    // "Connection: close", a framed body, and no byte after the answer.
    bool connectionReusable() const;
    // How long the server keeps the connection open while idle, from "Keep-Alive: timeout=N" (seconds);
    // nullopt when it does not say.
    std::optional<std::chrono::seconds> keepAliveTimeout() const;
    // The largest chunk accepted (a larger size line is an error, not an allocation).
    static constexpr qint64 MaxChunkBytes = qint64(1) << 30;

private:
    enum class Framing { Unknown, Length, Chunked, UntilClose };

    bool readHead(); // false: the head is not complete yet (or the answer failed)
    void readBody();
    bool readChunks(); // true when the last chunk (and the trailer) is in
    State fail(const QString &why);

    QByteArray m_in; // received and not yet parsed
    State m_state = State::NeedMore;
    bool m_headRead = false;
    bool m_http11 = false;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    Framing m_framing = Framing::Unknown;
    qint64 m_contentLength = -1;
    enum class Chunk { SizeLine, Data, DataEnd, Trailer };
    Chunk m_chunk = Chunk::SizeLine;
    qint64 m_chunkLeft = 0; // data bytes of the current chunk still to come
    QByteArray m_body;
    QString m_error;
};

} // namespace Ids::Core
