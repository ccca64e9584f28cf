#pragma once

#include "zipnames.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace Ids::Core {

struct ZipEntry
{
    QString name; // decoded (see ZipNames), '/' as the only separator, as the archiver meant it
    QByteArray rawName; // the bytes stored in the central directory
    ZipNameSource nameSource = ZipNameSource::Ascii;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    bool isDirectory = false;
    quint16 method = 0; // 0 stored, 8 deflated; others cannot be read here
    quint32 crc32 = 0;
    qint64 localHeaderOffset = 0;
};

// The table of contents of a ZIP, read from its central directory only: nothing is extracted, nothing is
// written to disk (reliability-rules.md R26). problem is empty when the archive passed every rule; with a
// problem, entries is empty.
struct ZipListing
{
    QList<ZipEntry> entries;
    QString problem; // untranslated, for logs and tests; the review turns it into a sentence
    ZipCodePage codePage = ZipCodePage::Cp437; // of the names without UTF-8 flag or Unicode Path field
    bool madeOnWindows = false; // '\' was read as a folder separator
};

class ZipDirectory final
{
public:
    static constexpr int MaxEntries = 1000;
    static constexpr qint64 MaxTotalUncompressed = 2LL * 1024 * 1024 * 1024;
    static constexpr int MaxRatio = 100;

    // Reads the end-of-central-directory record and the directory through seek() and read().
    static ZipListing read(QIODevice *device);
    static ZipListing read(QByteArrayView bytes);
};

} // namespace Ids::Core
