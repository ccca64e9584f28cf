#include "zipdirectory.h"

#include <QBuffer>
#include <QIODevice>
#include <QtEndian>

namespace Ids::Core {

namespace {

constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr quint32 DirectoryEntrySignature = 0x02014b50;
constexpr qint64 EndOfDirectorySize = 22;
constexpr qint64 MaxCommentSize = 0xffff;

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

ZipListing failed(const QString &problem)
{
    ZipListing listing;
    listing.problem = problem;
    return listing;
}

// The name rules of reliability-rules.md R26 (zip-slip and friends). Empty when the name is acceptable.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return QStringLiteral("an entry has no name");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("an entry name holds control characters");
    }
    if (name.startsWith(QLatin1Char('/')))
        return QStringLiteral("an entry has an absolute path");
    if (name.contains(QLatin1Char('\\')))
        return QStringLiteral("an entry name holds a backslash");
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return QStringLiteral("an entry name starts with a drive letter");
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("an entry name climbs out of the archive (..)");
    const QString lower = name.toLower();
    for (const char *nested : {".zip", ".rar", ".7z", ".gz", ".tar", ".tgz", ".bz2", ".xz"}) {
        if (lower.endsWith(QLatin1String(nested)))
            return QStringLiteral("the archive holds another archive");
    }
    return {};
}

} // namespace

ZipListing ZipDirectory::read(QByteArrayView bytes)
{
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer);
}

ZipListing ZipDirectory::read(QIODevice *device)
{
    const qint64 size = device->size();
    if (size < EndOfDirectorySize)
        return failed(QStringLiteral("the file is too short to be a ZIP archive"));

    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const qint64 tailSize = std::min(size, EndOfDirectorySize + MaxCommentSize);
    if (!device->seek(size - tailSize))
        return failed(QStringLiteral("the file could not be read"));
    const QByteArray tail = device->read(tailSize);
    if (tail.size() != tailSize)
        return failed(QStringLiteral("the file could not be read"));
    qsizetype end = -1;
    for (qsizetype i = tail.size() - EndOfDirectorySize; i >= 0; --i) {
        if (u32(tail.constData() + i) == EndOfDirectorySignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return failed(QStringLiteral("its table of contents is missing; the archive is damaged"));
    const char *record = tail.constData() + end;
    const quint16 entryCount = u16(record + 10);
    const quint32 directorySize = u32(record + 12);
    const quint32 directoryOffset = u32(record + 16);
    if (entryCount == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return failed(QStringLiteral("ZIP64 archives are not supported"));
    if (entryCount > MaxEntries)
        return failed(QStringLiteral("it holds more than %1 entries").arg(MaxEntries));
    if (qint64(directoryOffset) + directorySize > size)
        return failed(QStringLiteral("its table of contents points outside the file; the archive is damaged"));

    if (!device->seek(directoryOffset))
        return failed(QStringLiteral("the file could not be read"));
    const QByteArray directory = device->read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return failed(QStringLiteral("its table of contents is cut short; the archive is damaged"));

    ZipListing listing;
    qint64 totalUncompressed = 0;
    qsizetype offset = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (offset + 46 > directory.size())
            return failed(QStringLiteral("its table of contents is cut short; the archive is damaged"));
        const char *entry = directory.constData() + offset;
        if (u32(entry) != DirectoryEntrySignature)
            return failed(QStringLiteral("its table of contents is damaged"));
        const quint16 flags = u16(entry + 8);
        const quint32 compressed = u32(entry + 20);
        const quint32 uncompressed = u32(entry + 24);
        const quint16 nameLength = u16(entry + 28);
        const quint16 extraLength = u16(entry + 30);
        const quint16 commentLength = u16(entry + 32);
        if (offset + 46 + nameLength + extraLength + commentLength > directory.size())
            return failed(QStringLiteral("its table of contents is cut short; the archive is damaged"));
        if (flags & 0x1)
            return failed(QStringLiteral("it is encrypted"));
        if (compressed == 0xffffffff || uncompressed == 0xffffffff)
            return failed(QStringLiteral("ZIP64 archives are not supported"));
        const QByteArray rawName(entry + 46, nameLength);
        // Bit 11: the name is UTF-8; otherwise CP437, which matches Latin-1 for what matters here.
        ZipEntry zipEntry;
        zipEntry.name = (flags & 0x800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        zipEntry.compressedSize = compressed;
        zipEntry.uncompressedSize = uncompressed;
        zipEntry.isDirectory = zipEntry.name.endsWith(QLatin1Char('/'));
        if (rawName.contains('\0'))
            return failed(QStringLiteral("an entry name holds control characters"));
        if (const QString problem = nameProblem(zipEntry.name); !problem.isEmpty())
            return failed(problem);
        if (uncompressed > 0
            && (compressed == 0 || uncompressed / std::max<quint32>(compressed, 1) > quint32(MaxRatio)))
            return failed(QStringLiteral("an entry expands more than %1 times (a ZIP bomb)").arg(MaxRatio));
        totalUncompressed += uncompressed;
        if (totalUncompressed > MaxTotalUncompressed)
            return failed(QStringLiteral("it would expand to more than 2 GB"));
        listing.entries.append(zipEntry);
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return listing;
}

} // namespace Ids::Core
