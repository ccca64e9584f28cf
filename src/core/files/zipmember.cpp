#include "zipmember.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <QScopeGuard>

#include <functional>

namespace Ids::Core {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr qint64 Chunk = 64 * 1024;

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// Positions the device at the entry's data.
bool seekToData(QIODevice *zip, const ZipEntry &entry, QString *error)
{
    if (!zip->seek(entry.localHeaderOffset))
        return fail(error, QCoreApplication::translate("Ids::Core::ZipArchive", "the archive could not be read"));
    const QByteArray header = zip->read(30);
    if (header.size() != 30 || qFromLittleEndian<quint32>(header.constData()) != LocalHeaderSignature)
        return fail(error, QCoreApplication::translate("Ids::Core::ZipArchive", "an entry's header is damaged"));
    const qint64 nameLength = qFromLittleEndian<quint16>(header.constData() + 26);
    const qint64 extraLength = qFromLittleEndian<quint16>(header.constData() + 28);
    const qint64 data = entry.localHeaderOffset + 30 + nameLength + extraLength;
    if (data + entry.compressedSize > zip->size())
        return fail(
            error,
            QCoreApplication::translate("Ids::Core::ZipArchive", "an entry is cut short; the archive is damaged"));
    if (!zip->seek(data))
        return fail(error, QCoreApplication::translate("Ids::Core::ZipArchive", "the archive could not be read"));
    return true;
}

// Feeds the entry's uncompressed bytes to sink until it returns false or the entry ends. complete says
// whether the whole entry went through (then its size and CRC were checked).
bool pump(QIODevice *zip, const ZipEntry &entry, const std::function<bool(const char *, qint64)> &sink, bool *complete,
          QString *error)
{
    *complete = false;
    if (entry.method != 0 && entry.method != 8)
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive",
                                                "an entry is compressed with method %1, which cannot be read")
                        .arg(entry.method));
    if (!seekToData(zip, entry, error))
        return false;
    quint32 crc = crc32(0, nullptr, 0);
    qint64 produced = 0;
    qint64 remaining = entry.compressedSize;
    auto deliver = [&](const char *data, qint64 size) {
        if (produced + size > entry.uncompressedSize)
            return fail(
                error,
                QCoreApplication::translate("Ids::Core::ZipArchive", "an entry holds more than its declared size"));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), uInt(size));
        produced += size;
        return true;
    };

    if (entry.method == 0) {
        while (remaining > 0) {
            const QByteArray bytes = zip->read(std::min(remaining, Chunk));
            if (bytes.isEmpty())
                return fail(error,
                            QCoreApplication::translate("Ids::Core::ZipArchive",
                                                        "an entry is cut short; the archive is damaged"));
            remaining -= bytes.size();
            if (!deliver(bytes.constData(), bytes.size()))
                return false;
            if (!sink(bytes.constData(), bytes.size()))
                return true;
        }
    } else {
        z_stream stream {};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return fail(error,
                        QCoreApplication::translate("Ids::Core::ZipArchive", "the decompressor could not start"));
        const auto cleanup = qScopeGuard([&] { inflateEnd(&stream); });
        QByteArray in;
        QByteArray out(int(Chunk), Qt::Uninitialized);
        int status = Z_OK;
        while (status != Z_STREAM_END) {
            if (stream.avail_in == 0) {
                if (remaining == 0)
                    return fail(error,
                                QCoreApplication::translate("Ids::Core::ZipArchive",
                                                            "an entry's compressed data ends too early"));
                in = zip->read(std::min(remaining, Chunk));
                if (in.isEmpty())
                    return fail(error,
                                QCoreApplication::translate("Ids::Core::ZipArchive",
                                                            "an entry is cut short; the archive is damaged"));
                remaining -= in.size();
                stream.next_in = reinterpret_cast<Bytef *>(in.data());
                stream.avail_in = uInt(in.size());
            }
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            status = inflate(&stream, Z_NO_FLUSH);
            if (status != Z_OK && status != Z_STREAM_END)
                return fail(
                    error,
                    QCoreApplication::translate("Ids::Core::ZipArchive", "an entry's compressed data is damaged"));
            const qint64 made = out.size() - qint64(stream.avail_out);
            if (made > 0) {
                if (!deliver(out.constData(), made))
                    return false;
                if (!sink(out.constData(), made))
                    return true;
            }
        }
    }
    if (produced != entry.uncompressedSize)
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive", "an entry is shorter than its declared size"));
    if (crc != entry.crc32)
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive",
                                                "an entry's checksum does not match; the archive is damaged"));
    *complete = true;
    return true;
}

} // namespace

QByteArray ZipMember::read(QIODevice *zip, const ZipEntry &entry, qint64 maxBytes, QString *error)
{
    QByteArray result;
    bool complete = false;
    const bool ok = pump(
        zip, entry,
        [&](const char *data, qint64 size) {
            result.append(data, qsizetype(std::min(size, maxBytes - result.size())));
            return result.size() < maxBytes;
        },
        &complete, error);
    if (!ok)
        return {};
    return result;
}

bool ZipMember::extract(QIODevice *zip, const ZipEntry &entry, QIODevice *out, QString *error)
{
    bool complete = false;
    bool written = true;
    const bool ok = pump(
        zip, entry,
        [&](const char *data, qint64 size) {
            written = out->write(data, size) == size;
            return written;
        },
        &complete, error);
    if (ok && !written)
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive", "the extracted file could not be written"));
    return ok && complete;
}

} // namespace Ids::Core
