#include "zipwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

namespace Ids::Core {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20; // 2.0: folders; stored entries need nothing newer
constexpr quint16 VersionMadeBy = (3 << 8) | 20; // Unix, 2.0: the external attributes below are Unix modes
constexpr quint16 Utf8Flag = 0x0800;
constexpr qint64 Chunk = 64 * 1024;
constexpr int CrcOffsetInLocalHeader = 14;

void put16(QByteArray &bytes, quint16 value)
{
    char buffer[2];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 2);
}

void put32(QByteArray &bytes, quint32 value)
{
    char buffer[4];
    qToLittleEndian(value, buffer);
    bytes.append(buffer, 4);
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

bool writeAll(QIODevice *out, const QByteArray &bytes, QString *error)
{
    if (out->write(bytes) != bytes.size())
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive", "the archive could not be written: %1")
                        .arg(out->errorString()));
    return true;
}

} // namespace

ZipWriter::ZipWriter(QIODevice *out, const QDateTime &modified)
    : m_out(out)
{
    // DOS dates start in 1980; an earlier clock is stored as 1980-01-01.
    const QDateTime local = modified.toLocalTime();
    const QDate date = local.date().year() < 1980 ? QDate(1980, 1, 1) : local.date();
    const QTime time = local.date().year() < 1980 ? QTime(0, 0) : local.time();
    m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

bool ZipWriter::begin(const QString &name, Entry *entry, QString *error)
{
    if (m_entries.size() >= MaxEntries)
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive",
                                                "more than %1 entries need ZIP64, which is not written")
                        .arg(MaxEntries));
    entry->name = name.toUtf8();
    if (entry->name.isEmpty() || entry->name.size() > 0xFFFF)
        return fail(error, QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name is empty or too long"));
    const qint64 offset = m_out->pos();
    if (offset >= MaxSize)
        return fail(
            error,
            QCoreApplication::translate("Ids::Core::ZipArchive", "the archive would reach 4 GiB, which needs ZIP64"));
    entry->offset = quint32(offset);
    QByteArray header;
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, Utf8Flag);
    put16(header, 0); // stored
    put16(header, m_dosTime);
    put16(header, m_dosDate);
    put32(header, 0); // CRC-32, compressed and uncompressed size: written by end()
    put32(header, 0);
    put32(header, 0);
    put16(header, quint16(entry->name.size()));
    put16(header, 0); // no extra field
    header.append(entry->name);
    return writeAll(m_out, header, error);
}

bool ZipWriter::end(Entry entry, qint64 size, quint32 crc, QString *error)
{
    if (size >= MaxSize || m_out->pos() >= MaxSize)
        return fail(
            error,
            QCoreApplication::translate("Ids::Core::ZipArchive", "the archive would reach 4 GiB, which needs ZIP64"));
    entry.crc = crc;
    entry.size = quint32(size);
    const qint64 after = m_out->pos();
    QByteArray patch;
    put32(patch, entry.crc);
    put32(patch, entry.size);
    put32(patch, entry.size);
    if (!m_out->seek(entry.offset + CrcOffsetInLocalHeader) || !writeAll(m_out, patch, error) || !m_out->seek(after))
        return fail(error,
                    QCoreApplication::translate("Ids::Core::ZipArchive", "the archive could not be written: %1")
                        .arg(m_out->errorString()));
    m_entries.append(entry);
    return true;
}

bool ZipWriter::add(const QString &name, QIODevice *in, QString *error)
{
    Entry entry;
    if (!begin(name, &entry, error))
        return false;
    quint32 crc = crc32(0, nullptr, 0);
    qint64 size = 0;
    QByteArray buffer(Chunk, Qt::Uninitialized);
    while (true) {
        const qint64 read = in->read(buffer.data(), Chunk);
        if (read < 0)
            return fail(error,
                        QCoreApplication::translate("Ids::Core::ZipArchive", "a file could not be read: %1")
                            .arg(in->errorString()));
        if (read == 0)
            break;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(buffer.constData()), uInt(read));
        size += read;
        if (size >= MaxSize)
            return fail(error,
                        QCoreApplication::translate("Ids::Core::ZipArchive",
                                                    "an entry of 4 GiB or more needs ZIP64, which is not written"));
        if (m_out->write(buffer.constData(), read) != read)
            return fail(error,
                        QCoreApplication::translate("Ids::Core::ZipArchive", "the archive could not be written: %1")
                            .arg(m_out->errorString()));
    }
    return end(entry, size, crc, error);
}

bool ZipWriter::add(const QString &name, QByteArrayView bytes, QString *error)
{
    Entry entry;
    if (!begin(name, &entry, error))
        return false;
    const quint32 crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size()));
    if (!writeAll(m_out, bytes.toByteArray(), error))
        return false;
    return end(entry, bytes.size(), crc, error);
}

bool ZipWriter::finish(QString *error)
{
    const qint64 start = m_out->pos();
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, CentralSignature);
        put16(directory, VersionMadeBy);
        put16(directory, VersionNeeded);
        put16(directory, Utf8Flag);
        put16(directory, 0); // stored
        put16(directory, m_dosTime);
        put16(directory, m_dosDate);
        put32(directory, entry.crc);
        put32(directory, entry.size);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0100644u << 16); // a regular file, rw-r--r--
        put32(directory, entry.offset);
        directory.append(entry.name);
    }
    if (start + directory.size() >= MaxSize)
        return fail(
            error,
            QCoreApplication::translate("Ids::Core::ZipArchive", "the archive would reach 4 GiB, which needs ZIP64"));
    put32(directory, EndSignature);
    put16(directory, 0);
    put16(directory, 0);
    put16(directory, quint16(m_entries.size()));
    put16(directory, quint16(m_entries.size()));
    put32(directory, 0); // the directory's size, written below
    put32(directory, quint32(start));
    put16(directory, 0); // no comment
    // The directory's size excludes the end record (22 bytes).
    const quint32 directorySize = quint32(directory.size() - 22);
    qToLittleEndian(directorySize, directory.data() + directory.size() - 10);
    return writeAll(m_out, directory, error);
}

} // namespace Ids::Core
