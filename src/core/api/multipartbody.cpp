#include "multipartbody.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstring>

namespace Ids::Core {

namespace {

QAtomicInt g_liveBodies;

QByteArray makeBoundary()
{
    static const char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray boundary = "ids-";
    for (int i = 0; i < 32; ++i)
        boundary += Alphabet[QRandomGenerator::global()->bounded(int(sizeof(Alphabet) - 1))];
    return boundary;
}

// The sanitiser already removed quotes, backslashes and line breaks; this only spells the header.
QByteArray partHeader(const QByteArray &boundary, const MultipartBody::Part &part)
{
    if (part.isText())
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.fieldName + "\"\r\n\r\n";
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.fieldName + "\"; filename=\""
        + part.sentName.toUtf8() + "\"\r\nContent-Type: " + part.mimeType + "\r\n\r\n";
}

} // namespace

MultipartBody::MultipartBody(QList<Part> parts, QObject *parent)
    : QIODevice(parent)
    , m_parts(std::move(parts))
    , m_boundary(makeBoundary())
{
    g_liveBodies.ref();
    for (int i = 0; i < m_parts.size(); ++i) {
        const QByteArray header =
            (i == 0 ? QByteArray() : QByteArrayLiteral("\r\n")) + partHeader(m_boundary, m_parts.at(i));
        m_segments.append({header, -1, header.size()});
        if (m_parts.at(i).isText())
            m_segments.append({m_parts.at(i).text, -1, m_parts.at(i).text.size()});
        else
            m_segments.append({{}, i, m_parts.at(i).size});
    }
    const QByteArray closing = "\r\n--" + m_boundary + "--\r\n";
    m_segments.append({closing, -1, closing.size()});
    for (const Segment &segment : std::as_const(m_segments))
        m_total += segment.length;
    open(QIODevice::ReadOnly);
}

MultipartBody::~MultipartBody()
{
    g_liveBodies.deref();
}

int MultipartBody::liveCount()
{
    return g_liveBodies.loadRelaxed();
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QString MultipartBody::changedFile() const
{
    for (const Part &part : m_parts) {
        if (part.isText())
            continue;
        const QFileInfo info(part.filePath);
        if (!info.exists() || info.size() != part.size
            || (part.modified.isValid() && info.lastModified() != part.modified))
            return QFileInfo(part.filePath).fileName();
    }
    return {};
}

bool MultipartBody::openPart(int partIndex)
{
    m_file = std::make_unique<QFile>(m_parts.at(partIndex).filePath);
    if (!m_file->open(QIODevice::ReadOnly)) {
        setErrorString(m_file->errorString());
        return false;
    }
    return true;
}

qint64 MultipartBody::readData(char *data, qint64 maxSize)
{
    qint64 written = 0;
    while (written < maxSize && m_segment < m_segments.size()) {
        const Segment &segment = m_segments.at(m_segment);
        const qint64 wanted = std::min(maxSize - written, segment.length - m_segmentOffset);
        qint64 got = 0;
        if (segment.partIndex < 0) {
            std::memcpy(data + written, segment.bytes.constData() + m_segmentOffset, size_t(wanted));
            got = wanted;
        } else {
            if (!m_file && !openPart(segment.partIndex))
                return -1;
            got = m_file->read(data + written, wanted);
            // A file that shrank since it was reviewed would send fewer bytes than Content-Length promised.
            if (got <= 0 && wanted > 0) {
                setErrorString(QStringLiteral("%1 became shorter while it was being sent")
                                   .arg(m_parts.at(segment.partIndex).sentName));
                return -1;
            }
        }
        written += got;
        m_segmentOffset += got;
        if (m_segmentOffset == segment.length) {
            m_file.reset();
            ++m_segment;
            m_segmentOffset = 0;
        }
    }
    m_position += written;
    if (written == 0 && m_segment >= m_segments.size())
        return -1;
    return written;
}

} // namespace Ids::Core
