#include "zipdirectory.h"

#include "skippedfiles.h"

#include <QBuffer>
#include <QCoreApplication>
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

// What the central directory says of one entry, before its name is decoded: the code page is chosen
// from all the names of the archive together.
struct RawEntry
{
    ZipEntry entry;
    quint16 flags = 0;
    quint16 madeBy = 0;
    QByteArray extra;
};

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
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
        return failed(
            QCoreApplication::translate("Ids::Core::ZipArchive", "the file is too short to be a ZIP archive"));

    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const qint64 tailSize = std::min(size, EndOfDirectorySize + MaxCommentSize);
    if (!device->seek(size - tailSize))
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "the file could not be read"));
    const QByteArray tail = device->read(tailSize);
    if (tail.size() != tailSize)
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "the file could not be read"));
    qsizetype end = -1;
    for (qsizetype i = tail.size() - EndOfDirectorySize; i >= 0; --i) {
        if (u32(tail.constData() + i) == EndOfDirectorySignature) {
            end = i;
            break;
        }
    }
    if (end < 0)
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive",
                                                  "its table of contents is missing; the archive is damaged"));
    const char *record = tail.constData() + end;
    const quint16 entryCount = u16(record + 10);
    const quint32 directorySize = u32(record + 12);
    const quint32 directoryOffset = u32(record + 16);
    if (entryCount == 0xffff || directorySize == 0xffffffff || directoryOffset == 0xffffffff)
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "ZIP64 archives are not supported"));
    if (entryCount > MaxEntries)
        return failed(
            QCoreApplication::translate("Ids::Core::ZipArchive", "it holds more than %1 entries").arg(MaxEntries));
    if (qint64(directoryOffset) + directorySize > size)
        return failed(QCoreApplication::translate(
            "Ids::Core::ZipArchive", "its table of contents points outside the file; the archive is damaged"));

    if (!device->seek(directoryOffset))
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "the file could not be read"));
    const QByteArray directory = device->read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return failed(QCoreApplication::translate("Ids::Core::ZipArchive",
                                                  "its table of contents is cut short; the archive is damaged"));

    QList<RawEntry> raw;
    qint64 totalUncompressed = 0;
    qsizetype offset = 0;
    for (int i = 0; i < entryCount; ++i) {
        if (offset + 46 > directory.size())
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive",
                                                      "its table of contents is cut short; the archive is damaged"));
        const char *entry = directory.constData() + offset;
        if (u32(entry) != DirectoryEntrySignature)
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "its table of contents is damaged"));
        RawEntry item;
        item.madeBy = u16(entry + 4);
        item.flags = u16(entry + 8);
        item.entry.method = u16(entry + 10);
        item.entry.crc32 = u32(entry + 16);
        const quint32 compressed = u32(entry + 20);
        const quint32 uncompressed = u32(entry + 24);
        const quint16 nameLength = u16(entry + 28);
        const quint16 extraLength = u16(entry + 30);
        const quint16 commentLength = u16(entry + 32);
        item.entry.localHeaderOffset = u32(entry + 42);
        if (offset + 46 + nameLength + extraLength + commentLength > directory.size())
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive",
                                                      "its table of contents is cut short; the archive is damaged"));
        if (item.flags & 0x1)
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "it is encrypted"));
        if (compressed == 0xffffffff || uncompressed == 0xffffffff)
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "ZIP64 archives are not supported"));
        if (item.entry.localHeaderOffset >= qint64(directoryOffset) && directoryOffset > 0)
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive",
                                                      "an entry points outside the archive; the archive is damaged"));
        item.entry.rawName = QByteArray(entry + 46, nameLength);
        item.extra = QByteArray(entry + 46 + nameLength, extraLength);
        item.entry.compressedSize = compressed;
        item.entry.uncompressedSize = uncompressed;
        if (item.entry.rawName.contains('\0'))
            return failed(
                QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name holds control characters"));
        totalUncompressed += uncompressed;
        if (totalUncompressed > MaxTotalUncompressed)
            return failed(QCoreApplication::translate("Ids::Core::ZipArchive", "it would expand to more than 2 GB"));
        raw.append(item);
        offset += 46 + nameLength + extraLength + commentLength;
    }

    ZipListing listing;
    // Names without the UTF-8 flag or a Unicode Path field: UTF-8 when every one of them is (macOS and
    // Linux zip write UTF-8 without the flag), else the code page that reads them all best.
    QList<QByteArray> unflagged;
    for (const RawEntry &item : std::as_const(raw)) {
        if (!(item.flags & 0x800) && ZipNames::unicodePathField(item.extra, item.entry.rawName).isEmpty()
            && !isAscii(item.entry.rawName))
            unflagged.append(item.entry.rawName);
    }
    const bool unflaggedAreUtf8 = std::all_of(unflagged.cbegin(), unflagged.cend(), &ZipNames::isValidUtf8);
    listing.codePage = unflaggedAreUtf8 ? ZipCodePage::Cp437 : ZipNames::detectCodePage(unflagged);

    for (RawEntry &item : raw) {
        ZipEntry &entry = item.entry;
        QString name;
        if (item.flags & 0x800) {
            if (!ZipNames::isValidUtf8(entry.rawName))
                return failed(
                    QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name is marked UTF-8 but is not"));
            name = QString::fromUtf8(entry.rawName);
            entry.nameSource = isAscii(entry.rawName) ? ZipNameSource::Ascii : ZipNameSource::Utf8Flag;
        } else if (const QString unicode = ZipNames::unicodePathField(item.extra, entry.rawName); !unicode.isEmpty()) {
            name = unicode;
            entry.nameSource = ZipNameSource::UnicodePathField;
        } else if (isAscii(entry.rawName)) {
            name = QString::fromLatin1(entry.rawName);
            entry.nameSource = ZipNameSource::Ascii;
        } else if (unflaggedAreUtf8) {
            name = QString::fromUtf8(entry.rawName);
            entry.nameSource = ZipNameSource::Utf8Guess;
        } else {
            name = ZipNames::decode(entry.rawName, listing.codePage);
            entry.nameSource = ZipNameSource::CodePage;
        }
        // Decoded first, then split: a two-byte character's second byte may be 0x5C.
        const bool windows = ZipNames::isWindowsHost(item.madeBy);
        listing.madeOnWindows = listing.madeOnWindows || (windows && name.contains(QLatin1Char('\\')));
        if (const QString problem = ZipNames::unsafeNameProblem(name); !problem.isEmpty())
            return failed(problem);
        entry.name = ZipNames::normaliseSeparators(name, windows);
        entry.isDirectory = entry.name.endsWith(QLatin1Char('/'));
        // Entries that are skipped are never inflated (Finder's .DS_Store and AppleDouble files are mostly
        // zeros and compress far beyond the ratio); every other one is held to it.
        const qint64 ratio = entry.uncompressedSize / std::max<qint64>(entry.compressedSize, 1);
        if (entry.uncompressedSize > 0 && (entry.compressedSize == 0 || ratio > MaxRatio)
            && skipReasonFor(entry.name) == SkipReason::None)
            return failed(
                QCoreApplication::translate("Ids::Core::ZipArchive", "an entry expands more than %1 times (a ZIP bomb)")
                    .arg(MaxRatio));
        const QString lower = entry.name.toLower();
        for (const char *nested : {".zip", ".rar", ".7z", ".gz", ".tar", ".tgz", ".bz2", ".xz"}) {
            if (lower.endsWith(QLatin1String(nested)))
                return failed(
                    QCoreApplication::translate("Ids::Core::ZipArchive", "the archive holds another archive"));
        }
        listing.entries.append(entry);
    }
    return listing;
}

} // namespace Ids::Core
