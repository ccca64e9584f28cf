#include "http1response.h"

#include <algorithm>

namespace Ids::Core {

Http1Response::State Http1Response::fail(const QString &why)
{
    m_error = why;
    m_state = State::Failed;
    return m_state;
}

QByteArray Http1Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Http1Response::State Http1Response::feed(const QByteArray &bytes)
{
    if (m_state == State::Complete)
        m_in += bytes; // bytes after the answer: the connection cannot carry another request
    if (m_state != State::NeedMore)
        return m_state;
    m_in += bytes;
    if (!m_headRead && !readHead())
        return m_state;
    readBody();
    return m_state;
}

Http1Response::State Http1Response::endOfConnection()
{
    if (m_state == State::NeedMore && m_headRead && m_framing == Framing::UntilClose) {
        m_body += m_in;
        m_in.clear();
        m_state = State::Complete;
    }
    return m_state;
}

bool Http1Response::connectionReusable() const
{
    return m_state == State::Complete && m_http11 && m_framing != Framing::UntilClose && m_in.isEmpty()
        && !header("Connection").toLower().contains("close");
}

bool Http1Response::readHead()
{
    while (!m_headRead) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if ((end < 0 ? m_in.size() : end) > MaxHeadBytes) {
            fail(QStringLiteral("the answer's head is larger than 64 KB"));
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
            fail(QStringLiteral("the answer does not start with an HTTP/1 status line"));
            return false;
        }
        if (status < 200 && status != 101)
            continue; // an interim answer (100 Continue): the real one follows
        m_http11 = statusLine.startsWith("HTTP/1.1");
        m_status = status;
        m_reason = statusLine.mid(firstSpace + 5).trimmed();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            const auto same = std::find_if(m_headers.begin(), m_headers.end(), [&name](const auto &header) {
                return header.first.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (same == m_headers.end())
                m_headers.append({name, value});
            else
                same->second += ", " + value;
        }
        m_headRead = true;
        if (status == 204 || status == 304) {
            m_framing = Framing::Length;
            m_contentLength = 0;
        } else if (header("Transfer-Encoding").toLower().contains("chunked")) {
            m_framing = Framing::Chunked;
        } else if (const QByteArray length = header("Content-Length"); !length.isEmpty()) {
            m_contentLength = length.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(QStringLiteral("the answer's Content-Length is not a number"));
                return false;
            }
            m_framing = Framing::Length;
        } else {
            m_framing = Framing::UntilClose;
        }
    }
    return true;
}

void Http1Response::readBody()
{
    switch (m_framing) {
    case Framing::Length: {
        const qint64 take = std::min<qint64>(m_contentLength - m_body.size(), m_in.size());
        m_body.append(m_in.constData(), take);
        m_in.remove(0, take);
        if (m_body.size() == m_contentLength)
            m_state = State::Complete;
        break;
    }
    case Framing::Chunked:
        if (readChunks() && m_state == State::NeedMore)
            m_state = State::Complete;
        break;
    case Framing::UntilClose:
        m_body += m_in;
        m_in.clear();
        break;
    case Framing::Unknown:
        break;
    }
}

bool Http1Response::readChunks()
{
    while (true) {
        switch (m_chunk) {
        case Chunk::SizeLine: {
            const qsizetype end = m_in.indexOf("\r\n");
            if (end < 0) {
                if (m_in.size() > 1024)
                    fail(QStringLiteral("a chunk size line is too long"));
                return false;
            }
            bool ok = false;
            const qint64 size = m_in.left(end).split(';').first().trimmed().toLongLong(&ok, 16);
            m_in.remove(0, end + 2);
            if (!ok || size < 0 || size > MaxChunkBytes) {
                fail(QStringLiteral("a chunk size is not a number, or too large"));
                return false;
            }
            m_chunkLeft = size;
            m_chunk = size == 0 ? Chunk::Trailer : Chunk::Data;
            break;
        }
        case Chunk::Data: {
            const qint64 take = std::min<qint64>(m_chunkLeft, m_in.size());
            m_body.append(m_in.constData(), take);
            m_in.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft > 0)
                return false;
            m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::DataEnd: // the CRLF after a chunk's data: anything else means the framing is lost
            if (m_in.size() < 2)
                return false;
            if (!m_in.startsWith("\r\n")) {
                fail(QStringLiteral("a chunk does not end where its size said"));
                return false;
            }
            m_in.remove(0, 2);
            m_chunk = Chunk::SizeLine;
            break;
        case Chunk::Trailer:
            // Optional trailer lines, then an empty line; all of it is consumed, so the connection may go on.
            if (m_in.startsWith("\r\n")) {
                m_in.remove(0, 2);
                return true;
            }
            if (const qsizetype end = m_in.indexOf("\r\n\r\n"); end >= 0) {
                m_in.remove(0, end + 4);
                return true;
            }
            if (m_in.size() > MaxHeadBytes)
                fail(QStringLiteral("the answer's trailer is larger than 64 KB"));
            return false;
        }
    }
}

std::optional<std::chrono::seconds> Http1Response::keepAliveTimeout() const
{
    for (const QByteArray &part : header("Keep-Alive").split(',')) {
        const QByteArray trimmed = part.trimmed().toLower();
        if (trimmed.startsWith("timeout=")) {
            bool ok = false;
            const int seconds = trimmed.mid(8).trimmed().toInt(&ok);
            if (ok && seconds >= 0)
                return std::chrono::seconds(seconds);
        }
    }
    return std::nullopt;
}

} // namespace Ids::Core
