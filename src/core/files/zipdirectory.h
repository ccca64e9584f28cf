#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace Ids::Core {

struct ZipEntry
{
    QString name; // as stored, UTF-8 or CP437 decoded
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    bool isDirectory = false;
};

// The table of contents of a ZIP, read from its central directory only: nothing is extracted, nothing is
// written to disk (reliability-rules.md R26). problem is empty when the archive passed every rule.
struct ZipListing
{
    QList<ZipEntry> entries;
    QString problem; // untranslated, for logs and tests; the review turns it into a sentence
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
