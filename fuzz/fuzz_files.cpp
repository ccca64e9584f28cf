// The upload review's readers of untrusted bytes: the content sniffer, the ZIP directory reader and the file
// name sanitiser. Never a crash; a sanitised name is stable, short enough and free of header-breaking bytes.
#include <core/files/filenamesanitiser.h>
#include <core/files/filesniffer.h>
#include <core/files/zipdirectory.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Ids::Core::FileSniffer::sniff(bytes);
    const Ids::Core::ZipListing listing = Ids::Core::ZipDirectory::read(bytes);
    if (!listing.problem.isEmpty() && !listing.entries.isEmpty()
        && listing.entries.size() > Ids::Core::ZipDirectory::MaxEntries)
        __builtin_trap();

    const QString name = Ids::Core::FileNameSanitiser::sanitise(QString::fromUtf8(bytes));
    const QByteArray utf8 = name.toUtf8();
    if (name.isEmpty() || utf8.size() > Ids::Core::FileNameSanitiser::MaxBytes)
        __builtin_trap();
    for (const char c : utf8) {
        if (c == '"' || c == '\\' || c == '\r' || c == '\n' || c == '/' || c == '\0')
            __builtin_trap();
    }
    if (Ids::Core::FileNameSanitiser::sanitise(name) != name)
        __builtin_trap();
    return 0;
}
