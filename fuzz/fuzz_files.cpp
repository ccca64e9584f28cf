// The upload review's readers of untrusted bytes: the content sniffer, the ZIP directory reader and the file
// name sanitiser. Never a crash, and the promises below.
#include "fuzzoracle.h"

#include <core/files/filenamesanitiser.h>
#include <core/files/filesniffer.h>
#include <core/files/skippedfiles.h>
#include <core/files/zipdirectory.h>

#include <algorithm>

IDS_FUZZ_PROMISES("a refused ZIP lists no entries (nothing of it is sent)",
                  "an accepted ZIP holds at most MaxEntries entries within the size limits",
                  "no accepted ZIP entry leaves the archive or hides control characters",
                  "a sanitised name is never empty and at most MaxBytes of UTF-8",
                  "a sanitised name holds no byte that breaks a multipart header or a path",
                  "sanitising a sanitised name changes nothing");

namespace {

// A '\\' is a folder separator in archives from Windows (read as '/') and a character elsewhere: either way
// no part of the name may climb out.
bool climbsOutOrHides(const QString &name)
{
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    QString unified = name;
    unified.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return unified.startsWith(QLatin1Char('/')) || unified.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Ids::Core::FileSniffer::sniff(bytes);
    const Ids::Core::ZipListing listing = Ids::Core::ZipDirectory::read(bytes);
    if (!listing.problem.isEmpty()) {
        IDS_FUZZ_KEEPS("a refused ZIP lists no entries (nothing of it is sent)", listing.entries.isEmpty());
    } else if (!listing.entries.isEmpty()) {
        qint64 total = 0;
        bool eachWithinRatio = true;
        bool eachNameSafe = true;
        for (const Ids::Core::ZipEntry &entry : listing.entries) {
            total += entry.uncompressedSize;
            // Skipped entries (Mac and Windows metadata) are never inflated, so the ratio is not theirs to keep.
            const bool skipped = Ids::Core::skipReasonFor(entry.name) != Ids::Core::SkipReason::None;
            eachWithinRatio = eachWithinRatio
                && (skipped || entry.uncompressedSize == 0
                    || entry.uncompressedSize / std::max<qint64>(entry.compressedSize, 1)
                        <= Ids::Core::ZipDirectory::MaxRatio);
            eachNameSafe = eachNameSafe && !entry.name.isEmpty() && !climbsOutOrHides(entry.name);
        }
        IDS_FUZZ_KEEPS("an accepted ZIP holds at most MaxEntries entries within the size limits",
                       listing.entries.size() <= Ids::Core::ZipDirectory::MaxEntries
                           && total <= Ids::Core::ZipDirectory::MaxTotalUncompressed && eachWithinRatio);
        IDS_FUZZ_KEEPS("no accepted ZIP entry leaves the archive or hides control characters", eachNameSafe);
    }

    const QString name = Ids::Core::FileNameSanitiser::sanitise(QString::fromUtf8(bytes));
    const QByteArray utf8 = name.toUtf8();
    IDS_FUZZ_KEEPS("a sanitised name is never empty and at most MaxBytes of UTF-8",
                   !name.isEmpty() && utf8.size() <= Ids::Core::FileNameSanitiser::MaxBytes);
    IDS_FUZZ_KEEPS("a sanitised name holds no byte that breaks a multipart header or a path",
                   std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
                       return c == '"' || c == '\\' || c == '\r' || c == '\n' || c == '/' || c == '\0';
                   }));
    IDS_FUZZ_KEEPS("sanitising a sanitised name changes nothing", Ids::Core::FileNameSanitiser::sanitise(name) == name);
    return 0;
}
